"""API keys: missing, unknown, revoked, wrong role and another organisation's objects."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.auth.service import Role, revoke_key
from app.models import Application, AuditEntry, Vacancy

from .conftest import TEST_SPEC, Tenant


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    return body


def test_missing_key_is_401_with_a_bearer_challenge(client: TestClient) -> None:
    response = client.get("/v1/vacancies")
    body = _problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in body["detail"]


def test_unknown_key_is_401(client: TestClient) -> None:
    response = client.get("/v1/vacancies", headers={"Authorization": "Bearer sl_live_madeup"})
    assert "not recognised" in _problem(response, 401)["detail"]


def test_revoked_key_is_401(
    client: TestClient, tenant: Tenant, session_factory: sessionmaker[Session]
) -> None:
    assert client.get("/v1/vacancies", headers=tenant.headers("recruiter")).status_code == 200
    with session_factory() as session:
        assert revoke_key(session, tenant.prefixes[Role.recruiter]) is not None
        session.commit()
    response = client.get("/v1/vacancies", headers=tenant.headers("recruiter"))
    assert "revoked" in _problem(response, 401)["detail"]
    # the organisation's other keys still work
    assert client.get("/v1/vacancies", headers=tenant.headers("admin")).status_code == 200


@pytest.mark.parametrize("role", ["panel", "ats"])
def test_wrong_role_is_403_and_writes_nothing(
    client: TestClient, tenant: Tenant, role: str, count_rows: Callable[..., int]
) -> None:
    response = client.post("/v1/vacancies", json={"spec": TEST_SPEC}, headers=tenant.headers(role))
    assert "admin, recruiter" in _problem(response, 403)["detail"]
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_panel_key_cannot_score_or_upload(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    body = {"vacancy_id": vacancy["id"], "statement": {"text": "I am registered."}}
    _problem(client.post("/v1/score", json=body, headers=tenant.headers("panel")), 403)
    upload = {"statement": {"text": "I am registered."}}
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications", json=upload, headers=tenant.headers("panel")
    )
    _problem(response, 403)


def test_another_organisations_objects_are_404_and_never_shown(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    owner, stranger = make_tenant(), make_tenant()
    vacancy = make_vacancy(owner)
    application = upload(owner, vacancy["id"], name="Ada Applicant")
    paths = [
        f"/v1/vacancies/{vacancy['id']}",
        f"/v1/vacancies/{vacancy['id']}/applications",
        f"/v1/vacancies/{vacancy['id']}/spec/versions",
        f"/v1/applications/{application['id']}",
        f"/v1/applications/{application['id']}/document",
    ]
    for path in paths:
        response = client.get(path, headers=stranger.headers("admin"))
        _problem(response, 404)
        assert "Ada" not in response.text and vacancy["title"] not in response.text
    writes = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={"statement": {"text": "I am registered with Social Work England."}},
        headers=stranger.headers("ats"),
    )
    _problem(writes, 404)
    spec = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": TEST_SPEC},
        headers=stranger.headers("admin"),
    )
    _problem(spec, 404)
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 1
    listing = client.get("/v1/vacancies", headers=stranger.headers("admin")).json()
    assert listing["total"] == 0


def test_audit_log_refuses_update_and_delete(
    tenant: Tenant, session_factory: sessionmaker[Session], count_rows: Callable[..., int]
) -> None:
    before = count_rows(AuditEntry, org_id=tenant.org_id)
    assert before >= len(Role)  # one line per key created
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with session_factory() as session, pytest.raises(DBAPIError, match="append-only"):
            session.execute(text(statement))
            session.commit()
    assert count_rows(AuditEntry, org_id=tenant.org_id) == before


def _shortlist(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": db_url}
    return subprocess.run(
        [str(Path(sys.executable).parent / "shortlist"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_keys_create_prints_the_key_alone_on_the_last_line_and_revoke_stops_it(
    client: TestClient, db_url: str
) -> None:
    created = _shortlist(
        db_url,
        "keys",
        "create",
        "--org",
        "CLI Council",
        "--role",
        "recruiter",
        "--name",
        "Jo Recruiter",
    )
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("sl_live_") and " " not in key and len(key) > 40
    headers = {"Authorization": f"Bearer {key}"}
    assert client.get("/v1/vacancies", headers=headers).status_code == 200

    revoked = _shortlist(db_url, "keys", "revoke", key[:16])
    assert revoked.returncode == 0, revoked.stderr
    assert client.get("/v1/vacancies", headers=headers).status_code == 401

    listed = _shortlist(db_url, "keys", "list")
    assert listed.returncode == 0, listed.stderr
    line = next(row for row in listed.stdout.splitlines() if key[:16] in row)
    assert "CLI Council" in line and "recruiter" in line and "Jo Recruiter" in line
    assert line.count(":") == 2  # created and revoked times
    assert key not in listed.stdout  # only the prefix is ever shown again

    unknown = _shortlist(db_url, "keys", "revoke", "sl_live_nothere")
    assert unknown.returncode == 1
    assert unknown.stderr.strip().startswith("error: no key with prefix")
    assert "Traceback" not in unknown.stderr


def test_keys_create_refuses_an_unknown_role(db_url: str) -> None:
    result = _shortlist(db_url, "keys", "create", "--org", "X", "--role", "superuser")
    assert result.returncode == 2
    assert "superuser" in result.stderr
    assert "Traceback" not in result.stderr
