"""SQL the pages need beyond the services': the signed-in key, and per-vacancy progress counts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    ApiKey,
    Application,
    AuditEntry,
    Decision,
    Organisation,
    PanelCompletion,
)


def key_by_id(session: Session, key_id: str) -> tuple[ApiKey, Organisation] | None:
    row = session.execute(
        select(ApiKey, Organisation)
        .join(Organisation, Organisation.id == ApiKey.org_id)
        .where(ApiKey.id == key_id)
    ).first()
    return (row[0], row[1]) if row else None


def decided_counts(session: Session, vacancy_ids: list[str]) -> dict[str, int]:
    """Applications with a finalised decision, per vacancy."""
    if not vacancy_ids:
        return {}
    rows = session.execute(
        select(Application.vacancy_id, func.count())
        .join(Decision, Decision.application_id == Application.id)
        .where(Application.vacancy_id.in_(vacancy_ids))
        .group_by(Application.vacancy_id)
    ).all()
    return {vacancy_id: count for vacancy_id, count in rows}


def completed_by_key(session: Session, key_id: str, vacancy_ids: list[str]) -> dict[str, int]:
    """Applications one panel member has completed, per vacancy."""
    if not vacancy_ids:
        return {}
    rows = session.execute(
        select(Application.vacancy_id, func.count())
        .join(PanelCompletion, PanelCompletion.application_id == Application.id)
        .where(Application.vacancy_id.in_(vacancy_ids), PanelCompletion.api_key_id == key_id)
        .group_by(Application.vacancy_id)
    ).all()
    return {vacancy_id: count for vacancy_id, count in rows}


def application_history(
    session: Session, org_id: str, application_id: str, limit: int = 500
) -> list[AuditEntry]:
    """The audit lines of one application, oldest first."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.org_id == org_id,
                AuditEntry.subject_type == "application",
                AuditEntry.subject_id == application_id,
            )
            .order_by(AuditEntry.id)
            .limit(limit)
        )
    )
