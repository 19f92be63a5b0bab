"""SQL for the shortlist: a vacancy, its newest spec version and its applications."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.models import Application, SpecVersion, Vacancy


def vacancy_in_org(session: Session, org_id: str, vacancy_id: str) -> Vacancy | None:
    return session.scalar(select(Vacancy).where(Vacancy.id == vacancy_id, Vacancy.org_id == org_id))


def latest_version(session: Session, vacancy_id: str) -> SpecVersion | None:
    return session.scalar(
        select(SpecVersion)
        .where(SpecVersion.vacancy_id == vacancy_id)
        .order_by(SpecVersion.version.desc())
        .limit(1)
    )


def applications_of(session: Session, org_id: str, vacancy_id: str) -> list[Application]:
    """The vacancy's applications without their documents and text (not needed here)."""
    return list(
        session.scalars(
            select(Application)
            .options(defer(Application.document), defer(Application.text))
            .where(Application.vacancy_id == vacancy_id, Application.org_id == org_id)
            .order_by(Application.applicant_ref)
        )
    )
