"""Identical single uploads sent at the same moment without an Idempotency-Key or external_id
(an ATS that fires its retries in parallel) make one application, as bulk uploads do: on a real
uvicorn process, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from app.models import Application
from tests.processes import free_port, wait_until_ready
from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, Tenant

COPIES = 6


@pytest.fixture(scope="module")
def base(db_url: str) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        env={**os.environ, "DATABASE_URL": db_url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, url, timeout=180)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _vacancy(base: str, tenant: Tenant) -> str:
    response = httpx.post(
        base + "/v1/vacancies", json={"spec": TEST_SPEC}, headers=tenant.headers(), timeout=60
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _all_at_once(send: Callable[[], httpx.Response]) -> list[httpx.Response]:
    start = threading.Barrier(COPIES)
    answers: list[httpx.Response] = []

    def one() -> None:
        start.wait()
        answers.append(send())

    threads = [threading.Thread(target=one) for _ in range(COPIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.mark.parametrize("form", ["json", "file"])
def test_six_identical_uploads_at_once_make_one_application(
    base: str,
    make_tenant: Callable[..., Tenant],
    count_rows: Callable[..., int],
    form: str,
) -> None:
    tenant = make_tenant()
    vacancy = _vacancy(base, tenant)
    path = f"{base}/v1/vacancies/{vacancy}/applications"
    sent: dict[str, Any] = (
        {"json": {"statement": {"text": STRONG_STATEMENT}}}
        if form == "json"
        else {"files": {"file": ("statement.txt", STRONG_STATEMENT.encode(), "text/plain")}}
    )
    answers = _all_at_once(
        lambda: httpx.post(path, headers=tenant.headers("ats"), timeout=120, **sent)
    )
    assert sorted(a.status_code for a in answers) == [200] * (COPIES - 1) + [201], [
        a.text for a in answers
    ]
    assert len({a.json()["id"] for a in answers}) == 1
    assert count_rows(Application, vacancy_id=vacancy) == 1
    # sent again later, it is still the same application
    again = httpx.post(path, headers=tenant.headers("ats"), timeout=120, **sent)
    assert again.status_code == 200 and again.json()["id"] == answers[0].json()["id"]


def test_the_same_text_from_applicants_with_their_own_references_is_kept_apart(
    base: str, make_tenant: Callable[..., Tenant], count_rows: Callable[..., int]
) -> None:
    """An ATS that names each applicant keeps two people who sent the same words apart."""
    tenant = make_tenant()
    vacancy = _vacancy(base, tenant)
    path = f"{base}/v1/vacancies/{vacancy}/applications"
    for reference in ("ats-1", "ats-2"):
        answer = httpx.post(
            path,
            json={"statement": {"text": STRONG_STATEMENT}, "external_id": reference},
            headers=tenant.headers("ats"),
            timeout=120,
        )
        assert answer.status_code == 201, answer.text
    assert count_rows(Application, vacancy_id=vacancy) == 2
