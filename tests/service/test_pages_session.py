"""Signing in to the pages: the session cookie, its checks on every request, and CSRF."""

from __future__ import annotations

import stat
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.auth.service import Role, create_key, revoke_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.main import create_app
from app.models import Vacancy
from app.pages.session import SESSION_COOKIE, session_cookie, signing_secret
from app.settings import Settings
from tests.service.conftest import Tenant
from tests.service.pages_support import form_token, signed_in


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="pages-test-secret-" + "x" * 20)


def test_the_session_cookie_is_signed_httponly_lax_and_names_the_key_not_the_secret(
    app: FastAPI, tenant: Tenant
) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    header = visit.sign_in_answer.headers["set-cookie"]
    assert header.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in header and "SameSite=lax" in header and "Path=/" in header
    assert "Secure" not in header  # plain http: a Secure cookie would never come back
    value = visit.client.cookies[SESSION_COOKIE]
    assert tenant.keys[Role.recruiter] not in value
    assert visit.client.get("/vacancies").status_code == 200


def test_over_https_the_cookie_is_secure(app: FastAPI, tenant: Tenant) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter], base_url="https://testserver")
    assert "Secure" in visit.sign_in_answer.headers["set-cookie"]


def test_a_revoked_key_is_signed_out_on_its_next_page(
    app: FastAPI, tenant: Tenant, session_factory: sessionmaker[Session]
) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    with session_factory() as session:
        revoke_key(session, tenant.prefixes[Role.recruiter])
        session.commit()
    answer = visit.client.get("/vacancies", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/sign-in?next=%2Fvacancies")
    assert "revoked" in visit.client.get(answer.headers["location"]).text


def test_a_forged_or_altered_cookie_is_no_session(app: FastAPI, tenant: Tenant) -> None:
    visit = signed_in(app, tenant.keys[Role.admin])
    key_id, issued, mac = visit.client.cookies[SESSION_COOKIE].split(".")
    for forged in (f"{key_id}.{int(issued) + 60}.{mac}", f"{key_id}.{issued}.{'0' * 64}", "x"):
        client = TestClient(app, cookies={SESSION_COOKIE: forged})
        answer = client.get("/vacancies", follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/sign-in")


def test_a_wrong_or_empty_key_shows_the_form_again_with_the_reason(app: FastAPI) -> None:
    client = TestClient(app)
    token = form_token(client.get("/sign-in").text)
    wrong = client.post("/sign-in", data={"api_key": "sl_live_wrong", "csrf_token": token})
    assert wrong.status_code == 401
    assert "this API key is not recognised" in wrong.text
    assert 'aria-invalid="true"' in wrong.text
    empty = client.post("/sign-in", data={"api_key": "  ", "csrf_token": token})
    assert empty.status_code == 401 and "an API key is required" in empty.text
    assert SESSION_COOKIE not in client.cookies


def test_sign_in_needs_the_form_it_was_shown(app: FastAPI, tenant: Tenant) -> None:
    client = TestClient(app)  # never fetched the form: no form cookie (a cross-site post)
    answer = client.post(
        "/sign-in", data={"api_key": tenant.keys[Role.admin], "csrf_token": "guess"}
    )
    assert answer.status_code == 403 and "the sign-in form expired" in answer.text
    assert SESSION_COOKIE not in client.cookies


def test_an_ats_key_is_for_systems_and_cannot_sign_in(app: FastAPI, tenant: Tenant) -> None:
    client = TestClient(app)
    token = form_token(client.get("/sign-in").text)
    answer = client.post("/sign-in", data={"api_key": tenant.keys[Role.ats], "csrf_token": token})
    assert answer.status_code == 403 and "ATS key" in answer.text


@pytest.mark.parametrize(
    ("asked", "landing"),
    [
        ("/vacancies?status=open", "/vacancies?status=open"),
        ("//evil.example/phish", "/vacancies"),
        ("https://evil.example/", "/vacancies"),
        ("/\\evil.example", "/vacancies"),
    ],
)
def test_after_sign_in_only_a_path_on_this_site_is_followed(
    app: FastAPI, tenant: Tenant, asked: str, landing: str
) -> None:
    client = TestClient(app)
    token = form_token(client.get("/sign-in", params={"next": asked}).text)
    answer = client.post(
        "/sign-in",
        data={"api_key": tenant.keys[Role.admin], "csrf_token": token, "next": asked},
        follow_redirects=False,
    )
    assert answer.headers["location"] == landing


def test_a_post_without_the_session_token_is_refused_and_changes_nothing(
    app: FastAPI, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    form = {"role_id": "experienced-social-worker-band-b"}
    for token in (None, "", "0" * 64, visit.csrf + "0"):
        data = form if token is None else {**form, "csrf_token": token}
        answer = visit.client.post("/vacancies/new/library", data=data)
        assert answer.status_code == 403
        assert answer.headers["content-type"].startswith("text/html")
        assert "Form refused" in answer.text
    other = signed_in(app, tenant.keys[Role.admin])  # another session's token is no good either
    answer = visit.client.post("/sign-out", data={"csrf_token": other.csrf})
    assert answer.status_code == 403
    assert visit.client.get("/vacancies").status_code == 200
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_sign_out_ends_the_session(app: FastAPI, tenant: Tenant) -> None:
    visit = signed_in(app, tenant.keys[Role.panel])
    answer = visit.client.post("/sign-out", data={"csrf_token": visit.csrf}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/sign-in"
    assert visit.client.get("/vacancies", follow_redirects=False).status_code == 303


def test_without_a_configured_secret_one_is_made_once_and_shared(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'shortlist.db'}")
    first = signing_secret(settings)
    second = signing_secret(Settings(database_url=f"sqlite:///{tmp_path / 'shortlist.db'}"))
    assert first == second and len(first) >= 32
    secret_file = tmp_path / "session-secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["session-secret"]
    assert signing_secret(Settings(database_url="sqlite:///x.db", session_secret="set")) == b"set"


def test_an_unreachable_database_is_a_page_saying_so_not_a_traceback() -> None:
    secret = "unreachable-" + "z" * 24
    nowhere = "postgresql+psycopg://postgres@127.0.0.1:9/shortlist?connect_timeout=2"
    app = create_app(Settings(database_url=nowhere, session_secret=secret))
    cookie = session_cookie(secret.encode(), str(uuid.uuid4()))
    client = TestClient(app, raise_server_exceptions=False, cookies={SESSION_COOKIE: cookie})
    answer = client.get("/vacancies")
    assert answer.status_code == 503
    assert answer.headers["content-type"].startswith("text/html")
    assert "the database is unreachable; try again shortly" in answer.text


def test_the_secret_is_made_only_when_someone_first_signs_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shortlist.db'}"
    upgrade(url)
    app = create_app(Settings(database_url=url))
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        key = create_key(session, "Secretless Council", Role.admin).secret
        session.commit()
    engine.dispose()
    api = TestClient(app).get("/v1/vacancies", headers={"Authorization": f"Bearer {key}"})
    assert api.status_code == 200
    assert not (tmp_path / "session-secret").exists()  # an API-only process writes nothing
    signed_in(app, key)
    assert (tmp_path / "session-secret").exists()


def test_a_browser_at_an_address_with_no_page_gets_a_page_and_the_api_keeps_problem_json(
    client: TestClient,
) -> None:
    browser = client.get("/no-such-page", headers={"Accept": "text/html,application/xhtml+xml"})
    assert browser.status_code == 404
    assert browser.headers["content-type"].startswith("text/html")
    assert "there is no page at this address" in browser.text
    api = client.get("/v1/no-such-endpoint", headers={"Accept": "text/html"})
    assert api.status_code == 404
    assert api.headers["content-type"] == "application/problem+json"
    script = client.get("/no-such-page")
    assert script.headers["content-type"] == "application/problem+json"
