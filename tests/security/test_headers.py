"""Every answer carries the headers a council's security review asks for: pages cannot be framed
and load nothing from elsewhere, personal data is never cached, and the interactive API docs
still work (they keep Swagger UI's own page, without the pages' policy)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.service.conftest import Tenant


def test_pages_and_api_answers_are_not_cached_or_framed(client: TestClient, tenant: Tenant) -> None:
    answers = {
        "sign-in page": client.get("/sign-in"),
        "vacancy list (API)": client.get("/v1/vacancies", headers=tenant.headers()),
        "unknown key (API)": client.get("/v1/vacancies", headers={"Authorization": "Bearer x"}),
    }
    for what, response in answers.items():
        assert response.headers["cache-control"] == "no-store", what
        assert response.headers["x-frame-options"] == "DENY", what
        assert response.headers["x-content-type-options"] == "nosniff", what
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy, what
        assert "unsafe-inline" not in policy, what
    assert "strict-transport-security" not in answers["sign-in page"].headers


def test_https_answers_ask_browsers_to_stay_on_https(client: TestClient) -> None:
    response = client.get("https://testserver/sign-in")
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_static_files_may_be_cached_and_api_docs_keep_their_page(client: TestClient) -> None:
    static = client.get("/static/pages.css")
    assert static.status_code == 200
    assert static.headers.get("cache-control") != "no-store"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "content-security-policy" not in docs.headers
