"""The append-only audit log. There is deliberately no delete function here, and on PostgreSQL
and SQLite the database refuses DELETE on ``audit_log`` and every UPDATE but one (0004): when
an application is erased, :func:`erase_details` cuts the detail of the lines about it to the
applicant reference, the vacancy and ``"erased": true``. The line (who did what, when) stays;
the free text a panel member or the lead wrote (reasons that can name the applicant) goes.

Keep ``detail`` non-identifying (ids, versions, verdicts; never names, contact details or
statement text), so an audit line may outlive the application it describes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry


def record(
    session: Session,
    org_id: str | None,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str | None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit line in the caller's transaction (it lands or vanishes with the change)."""
    entry = AuditEntry(
        org_id=org_id,
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail or {},
    )
    session.add(entry)
    return entry


def erased_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """The detail an erased application's audit line keeps: exactly the shape the database
    triggers allow (key order matters on SQLite, which compares the JSON text)."""
    return {
        "applicant_ref": detail.get("applicant_ref"),
        "vacancy_id": detail.get("vacancy_id"),
        "erased": True,
    }


def erase_details(session: Session, application_ids: list[str]) -> int:
    """Cut the audit lines about these applications to :func:`erased_detail`; returns how many."""
    lines = session.scalars(
        select(AuditEntry).where(
            AuditEntry.subject_type == "application", AuditEntry.subject_id.in_(application_ids)
        )
    ).all()
    for line in lines:
        line.detail = erased_detail(line.detail or {})
    session.flush()
    return len(lines)
