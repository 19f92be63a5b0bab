"""Right to erasure and the retention period, checked row by row in the database."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Application,
    ApplicationResult,
    AuditEntry,
    CriterionResultRow,
    Decision,
    IdempotencyKey,
    PanelCompletion,
    PanelScore,
    utcnow,
)
from tests.service.conftest import Tenant
from tests.service.test_shortlist_api import SIFT_CRITERIA, STRONG, create_vacancy, upload

SHORTLIST = Path(sys.executable).parent / "shortlist"


def test_erasing_an_application_leaves_one_non_identifying_audit_line(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    count_rows: Callable[..., int],
    session_factory: sessionmaker[Session],
) -> None:
    tenant = make_tenant()
    vacancy_id = create_vacancy(client, tenant)
    person = {
        "external_id": "ats-erase-1",
        "text": STRONG + " My name is Jo Bloggs-Erasure.",
        "name": "Jo Bloggs-Erasure",
        "email": "jo.erasure@example.org",
        "phone": "07700 900456",
    }
    response = client.post(
        f"/v1/vacancies/{vacancy_id}/applications",
        json={
            "external_id": person["external_id"],
            "statement": {"text": person["text"]},
            "applicant": {k: person[k] for k in ("name", "email", "phone")},
        },
        headers=tenant.headers("recruiter", **{"Idempotency-Key": "erase-me-1"}),
    )
    assert response.status_code == 201, response.text
    application = response.json()
    other = upload(client, tenant, vacancy_id, {"external_id": "ats-keep", "text": STRONG})
    lead = {"Authorization": f"Bearer {make_key(tenant, 'panel', name='Lead', lead=True)}"}
    url = f"/v1/applications/{application['id']}"
    scores = [{"criterion_id": c, "verdict": "met", "reason": "checked"} for c in SIFT_CRITERIA]
    assert (
        client.put(f"{url}/panel/scores", json={"scores": scores}, headers=lead).status_code == 200
    )
    assert client.post(f"{url}/panel/complete", headers=lead).status_code == 200
    assert (
        client.post(
            f"{url}/decision", json={"decision": "shortlist", "reason": "strong"}, headers=lead
        ).status_code
        == 200
    )
    assert count_rows(IdempotencyKey, org_id=tenant.org_id) == 1

    assert client.delete(url, headers=tenant.headers("panel")).status_code == 403
    assert client.delete(url, headers=make_tenant().headers()).status_code == 404
    erased = client.delete(url, headers=tenant.headers("recruiter"))
    assert erased.status_code == 204

    for model in (Application, ApplicationResult, CriterionResultRow):
        key = "id" if model is Application else "application_id"
        assert count_rows(model, **{key: application["id"]}) == 0, model
    for model in (PanelScore, PanelCompletion, Decision):
        assert count_rows(model, application_id=application["id"]) == 0, model
    # The stored answer to the upload (which repeated the applicant's data) is gone too.
    assert count_rows(IdempotencyKey, org_id=tenant.org_id) == 0
    assert client.get(url, headers=tenant.headers()).status_code == 404
    assert client.delete(url, headers=tenant.headers()).status_code == 404
    # The other applicant is untouched.
    assert (
        client.get(f"/v1/applications/{other['id']}", headers=tenant.headers()).status_code == 200
    )
    shortlist = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers())
    assert [e["application_id"] for e in shortlist.json()["applicants"]] == [other["id"]]

    with session_factory() as session:
        lines = session.scalars(select(AuditEntry).where(AuditEntry.org_id == tenant.org_id)).all()
    everything = json.dumps([[line.actor, line.action, line.detail] for line in lines])
    for secret in ("Jo Bloggs", "jo.erasure@example.org", "07700 900456", "Bloggs-Erasure"):
        assert secret not in everything
    (line,) = [line for line in lines if line.action == "application.erased"]
    assert line.subject_type == "vacancy" and line.subject_id == vacancy_id
    message = line.detail["message"]
    assert message.startswith(f"application {application['applicant_ref']} erased by recruiter:")
    assert "test recruiter" in message
    trail = client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=tenant.headers()).json()
    assert any(entry["action"] == "application.erased" for entry in trail)


def _run_purge(db_url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "RETENTION_DAYS"}
    environment.update({"DATABASE_URL": db_url, **env})
    return subprocess.run(
        [str(SHORTLIST), "retention", "purge", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def _age(session_factory: sessionmaker[Session], application_id: str, days: int) -> None:
    with session_factory() as session:
        session.execute(
            update(Application)
            .where(Application.id == application_id)
            .values(created_at=utcnow() - dt.timedelta(days=days))
        )
        session.commit()


def test_retention_purge_erases_only_applications_older_than_the_period(
    client: TestClient,
    db_url: str,
    make_tenant: Callable[..., Tenant],
    session_factory: sessionmaker[Session],
) -> None:
    tenant = make_tenant()
    vacancy_id = create_vacancy(client, tenant)
    old = upload(client, tenant, vacancy_id, {"external_id": "old", "text": STRONG})
    older = upload(client, tenant, vacancy_id, {"external_id": "older", "text": STRONG + " "})
    new = upload(client, tenant, vacancy_id, {"external_id": "new", "text": STRONG + "  "})
    _age(session_factory, old["id"], 40)
    _age(session_factory, older["id"], 400)

    refused = _run_purge(db_url)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "error: no retention period: pass --days N or set RETENTION_DAYS"
    )

    by_setting = _run_purge(db_url, RETENTION_DAYS="365")
    assert by_setting.returncode == 0, by_setting.stderr
    assert "purged 1 application(s)" in by_setting.stdout
    by_option = _run_purge(db_url, "--days", "30", RETENTION_DAYS="365")
    assert by_option.returncode == 0, by_option.stderr
    assert "purged 1 application(s)" in by_option.stdout

    remaining = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers())
    assert [e["application_id"] for e in remaining.json()["applicants"]] == [new["id"]]
    trail = client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=tenant.headers()).json()
    erased = [e["detail"] for e in trail if e["action"] == "application.erased"]
    assert [e["applicant_ref"] for e in erased] == [older["applicant_ref"], old["applicant_ref"]]
    assert all(e["why"] == "retention" for e in erased)
    assert "retention policy (30 days)" in erased[1]["message"]


def test_purge_reports_an_unreachable_database_in_one_line() -> None:
    result = _run_purge("postgresql+psycopg://nobody@127.0.0.1:1/none", "--days", "30")
    assert result.returncode == 1
    assert result.stderr.startswith("error: the database refused the purge:")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
