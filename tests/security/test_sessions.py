"""Sessions end when their owner says so, the sign-in form's token is the service's own, and
the sign-in page shows only the service's own words."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.auth.service import Role
from app.main import create_app
from app.pages.session import SESSION_COOKIE, SIGN_IN_COOKIE
from app.settings import Settings
from tests.service.conftest import Tenant
from tests.service.pages_support import signed_in


@pytest.fixture(scope="module")
def app(db_url: str) -> FastAPI:
    return create_app(Settings(database_url=db_url, session_secret="sessions-" + "s" * 30))


def test_sign_out_ends_the_session_on_the_server_not_just_in_the_browser(
    app: FastAPI, tenant: Tenant
) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    cookie = visit.client.cookies.get(SESSION_COOKIE)
    assert visit.client.get("/vacancies", follow_redirects=False).status_code == 200
    copied = TestClient(app, cookies={SESSION_COOKIE: cookie})  # e.g. a stolen cookie
    assert copied.get("/vacancies", follow_redirects=False).status_code == 200
    signed_out = visit.client.post("/sign-out", data={"csrf_token": visit.csrf})
    assert signed_out.status_code in {200, 303}
    assert copied.get("/vacancies", follow_redirects=False).status_code == 303
    # signing in again afterwards gives a working session
    again = signed_in(app, tenant.keys[Role.recruiter])
    assert again.client.get("/vacancies", follow_redirects=False).status_code == 200


def test_a_planted_sign_in_token_is_refused(app: FastAPI, tenant: Tenant) -> None:
    # Login CSRF: a sibling site plants its own token as cookie and form field alike.
    planted = "attacker-chosen-token"
    client = TestClient(app, cookies={SIGN_IN_COOKIE: planted})
    answer = client.post(
        "/sign-in",
        data={"api_key": tenant.keys[Role.admin], "csrf_token": planted},
        follow_redirects=False,
    )
    assert answer.status_code == 403
    assert SESSION_COOKIE not in answer.cookies


def test_the_sign_in_page_shows_no_words_from_the_link(app: FastAPI) -> None:
    client = TestClient(app)
    page = client.get("/sign-in", params={"reason": "Your key leaked: call 0800 000 000 now"})
    assert page.status_code == 200
    assert "0800 000 000" not in page.text
    ended = client.get("/sign-in", params={"reason": "your session has ended; sign in again"})
    assert "your session has ended; sign in again" in ended.text
