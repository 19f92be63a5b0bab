"""Erasure leaves the audit's lines but not their free text: a panel member's reason and the
lead's decision reason, which can name the applicant, go with the application; the reference
and what happened stay. The database allows exactly that rewrite, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEntry
from tests.service.conftest import Tenant

NAME = "Perpetua Vanstone"


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def scored_and_decided(
    client: TestClient,
    tenant: Tenant,
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> tuple[str, str]:
    """An application a panel member and the lead gave reasons naming her; (vacancy, app) ids."""
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"], name=NAME)
    lead = _bearer(make_key(tenant, "panel", name="Lead Member", lead=True))
    result = client.get(f"/v1/applications/{application['id']}", headers=tenant.headers()).json()
    scores = [
        {
            "criterion_id": c["id"],
            "verdict": c["verdict"],
            "reason": f"{NAME} told us about her AMHP work",
        }
        for c in result["result"]["criteria"]
        if c["id"] != "teamwork"
    ]
    url = f"/v1/applications/{application['id']}"
    assert (
        client.put(f"{url}/panel/scores", json={"scores": scores}, headers=lead).status_code == 200
    )
    assert client.post(f"{url}/panel/complete", headers=lead).status_code == 200
    decision = {"decision": "shortlist", "reason": f"Shortlist {NAME}: strong safeguarding"}
    made = client.post(f"{url}/decision", json=decision, headers=lead)
    assert made.status_code == 200, made.text
    return vacancy["id"], application["id"]


def test_erasure_keeps_each_audit_line_without_its_free_text(
    client: TestClient,
    tenant: Tenant,
    scored_and_decided: tuple[str, str],
    session_factory: sessionmaker[Session],
) -> None:
    vacancy_id, application_id = scored_and_decided
    with session_factory() as session:
        before = session.scalars(
            select(AuditEntry).where(AuditEntry.subject_id == application_id)
        ).all()
        actions = sorted(line.action for line in before)
        assert NAME in json.dumps([line.detail for line in before])  # the reasons were there
    erased = client.delete(f"/v1/applications/{application_id}", headers=tenant.headers())
    assert erased.status_code == 204
    with session_factory() as session:
        after = session.scalars(
            select(AuditEntry).where(AuditEntry.subject_id == application_id)
        ).all()
        assert sorted(line.action for line in after) == actions  # what happened stays
        for line in after:
            assert line.detail["erased"] is True
            assert line.detail["applicant_ref"]
        everything = session.scalars(
            select(AuditEntry).where(AuditEntry.org_id == tenant.org_id)
        ).all()
        assert NAME not in json.dumps([line.detail for line in everything])
    trail = client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=tenant.headers())
    assert trail.status_code == 200
    assert NAME not in trail.text


@pytest.mark.parametrize(
    "statement",
    [
        'UPDATE audit_log SET detail = \'{"applicant_ref": "A-9999"}\' WHERE id = :id',
        "UPDATE audit_log SET action = 'nothing.happened' WHERE id = :id",
        "UPDATE audit_log SET actor = 'someone else' WHERE id = :id",
        "DELETE FROM audit_log WHERE id = :id",
    ],
)
def test_the_database_refuses_any_other_change_to_the_audit(
    tenant: Tenant,
    scored_and_decided: tuple[str, str],
    session_factory: sessionmaker[Session],
    statement: str,
) -> None:
    _, application_id = scored_and_decided
    with session_factory() as session:
        line_id = session.scalars(
            select(AuditEntry.id).where(AuditEntry.subject_id == application_id)
        ).first()
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(text(statement), {"id": line_id})
            session.flush()
        session.rollback()
