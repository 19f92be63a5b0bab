"""The append-only audit log. There is deliberately no update or delete function here, and on
PostgreSQL and SQLite the database refuses UPDATE and DELETE on ``audit_log`` (0001_core).

Keep ``detail`` non-identifying (ids, versions, verdicts, reasons; never names, contact details
or statement text), so an audit line may outlive the application it describes.
"""

from __future__ import annotations

from typing import Any

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
