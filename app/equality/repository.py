"""SQL for equality monitoring answers and what the adverse-impact report needs."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApplicationResult, Decision, EqualityMonitoring, SpecVersion


def answers_of(session: Session, application_id: str) -> EqualityMonitoring | None:
    return session.scalar(
        select(EqualityMonitoring).where(EqualityMonitoring.application_id == application_id)
    )


def add(session: Session, row: EqualityMonitoring) -> None:
    session.add(row)
    session.flush()


def answers_for_vacancy(
    session: Session, org_id: str, vacancy_id: str
) -> dict[str, EqualityMonitoring]:
    rows = session.scalars(
        select(EqualityMonitoring).where(
            EqualityMonitoring.org_id == org_id, EqualityMonitoring.vacancy_id == vacancy_id
        )
    )
    return {row.application_id: row for row in rows}


def machine_recommendations(session: Session, application_ids: Collection[str]) -> dict[str, str]:
    """Each application's recommendation under the newest spec version it was scored with."""
    if not application_ids:
        return {}
    rows = session.execute(
        select(ApplicationResult.application_id, ApplicationResult.recommendation)
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id.in_(application_ids))
        .order_by(SpecVersion.version, ApplicationResult.created_at)
    ).all()
    return {application_id: recommendation for application_id, recommendation in rows}


def decisions(session: Session, application_ids: Collection[str]) -> dict[str, str]:
    if not application_ids:
        return {}
    rows = session.execute(
        select(Decision.application_id, Decision.decision).where(
            Decision.application_id.in_(application_ids)
        )
    ).all()
    return {application_id: decision for application_id, decision in rows}
