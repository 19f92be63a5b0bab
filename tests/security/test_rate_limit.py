"""Refused API keys are rate limited per client address and per key prefix (429 + Retry-After),
while other callers carry on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.auth.ratelimit import AuthFailureLimiter
from app.auth.service import Role
from app.main import create_app
from app.pages.session import SIGN_IN_COOKIE
from app.settings import Settings
from tests.service.conftest import Tenant

LIMIT_PER_ADDRESS = 3
LIMIT_PER_PREFIX = 5


@pytest.fixture
def strict_app(db_url: str) -> Any:
    return create_app(
        Settings(
            database_url=db_url,
            auth_failures_per_address=LIMIT_PER_ADDRESS,
            auth_failures_per_prefix=LIMIT_PER_PREFIX,
            auth_failure_window_seconds=60,
        )
    )


@pytest.fixture
def from_address(strict_app: Any) -> Iterator[Callable[[str], TestClient]]:
    """``from_address("203.0.113.7")``: a client of the strict app calling from that address."""
    clients: list[TestClient] = []

    def make(address: str) -> TestClient:
        client = TestClient(strict_app, raise_server_exceptions=False, client=(address, 40000))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
    strict_app.state.engine.dispose()


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_repeated_bad_keys_from_one_address_get_429_and_others_still_get_in(
    from_address: Callable[[str], TestClient], tenant: Tenant
) -> None:
    attacker = from_address("203.0.113.7")
    for attempt in range(LIMIT_PER_ADDRESS):
        response = attacker.get("/v1/vacancies", headers=_bearer(f"sl_live_guess{attempt:04d}xxxx"))
        assert response.status_code == 401
    refused = attacker.get("/v1/vacancies", headers=_bearer("sl_live_guess9999xxxx"))
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert "this address" in refused.json()["detail"]
    # a good key is never locked out by the bad ones (everyone behind a council's proxy shares
    # the address); the bad ones keep getting 429
    assert attacker.get("/v1/vacancies", headers=tenant.headers("admin")).status_code == 200
    assert attacker.get("/v1/vacancies", headers=_bearer("sl_live_guess8888xx")).status_code == 429
    other = from_address("198.51.100.20")
    assert other.get("/v1/vacancies", headers=tenant.headers("admin")).status_code == 200


def test_one_key_prefix_guessed_from_many_addresses_gets_429(
    from_address: Callable[[str], TestClient], tenant: Tenant
) -> None:
    prefix = "sl_live_AbCdEfGh"
    for attempt in range(LIMIT_PER_PREFIX):
        client = from_address(f"192.0.2.{attempt + 1}")
        response = client.get("/v1/vacancies", headers=_bearer(f"{prefix}wrong{attempt}"))
        assert response.status_code == 401
    fresh = from_address("192.0.2.200")
    refused = fresh.get("/v1/vacancies", headers=_bearer(f"{prefix}wrong-again"))
    assert refused.status_code == 429
    assert "this key prefix" in refused.json()["detail"]
    assert int(refused.headers["retry-after"]) >= 1
    # that address has no failures of its own: another key still works from it
    assert fresh.get("/v1/vacancies", headers=tenant.headers("recruiter")).status_code == 200


def test_requests_without_any_key_are_not_counted_as_guesses(
    from_address: Callable[[str], TestClient], tenant: Tenant
) -> None:
    browser = from_address("203.0.113.99")
    for _ in range(LIMIT_PER_ADDRESS * 3):
        assert browser.get("/v1/vacancies").status_code == 401
    assert browser.get("/v1/vacancies", headers=tenant.headers("admin")).status_code == 200


def test_a_block_ends_when_the_failures_leave_the_window() -> None:
    now = [1000.0]
    limiter = AuthFailureLimiter(
        max_per_address=2, max_per_prefix=100, window_seconds=60, clock=lambda: now[0]
    )
    limiter.failed("203.0.113.7", "sl_live_aaaaaaaa-1")
    now[0] += 10
    limiter.failed("203.0.113.7", "sl_live_bbbbbbbb-2")
    blocked = limiter.check("203.0.113.7", "sl_live_cccccccc-3")
    assert blocked is not None and blocked.retry_after == 50
    now[0] += 50
    assert limiter.check("203.0.113.7", "sl_live_cccccccc-3") is None  # the first one expired
    now[0] += 1
    limiter.failed("203.0.113.7", "sl_live_dddddddd-4")
    assert limiter.check("203.0.113.7", None) is not None


def test_the_pages_sign_in_form_is_limited_too(
    from_address: Callable[[str], TestClient], tenant: Tenant
) -> None:
    browser = from_address("203.0.113.50")

    def sign_in(key: str) -> Any:
        browser.get("/sign-in")
        token = browser.cookies.get(SIGN_IN_COOKIE)
        form = {"api_key": key, "csrf_token": token, "next": "/vacancies"}
        return browser.post(
            "/sign-in", data=form, headers={"Accept": "text/html"}, follow_redirects=False
        )

    for attempt in range(LIMIT_PER_ADDRESS):
        assert sign_in(f"sl_live_page{attempt:04d}guess").status_code == 401
    refused = sign_in("sl_live_pageXXXXguess")
    assert refused.status_code == 429 and "retry-after" in refused.headers
    assert refused.headers["content-type"].startswith("text/html")  # a page, for a browser
    assert "too many refused API keys" in refused.text
    assert sign_in(tenant.keys[Role.admin]).status_code == 303  # a good key still signs in
    other = from_address("198.51.100.50")
    other.get("/sign-in")
    form = {
        "api_key": tenant.keys[Role.admin],
        "csrf_token": other.cookies.get(SIGN_IN_COOKIE),
        "next": "/vacancies",
    }
    assert other.post("/sign-in", data=form, follow_redirects=False).status_code == 303
