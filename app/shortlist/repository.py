"""SQL for the shortlist: a vacancy, its newest spec version and its applications."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.models import Application, SpecVersion, Vacancy


def is_id(value: str) -> bool:
    """Whether ``value`` can be one of our ids (UUIDs). Anything else cannot match a row, and
    some of it (a NUL character) PostgreSQL would refuse outright, so it is not looked up."""
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def vacancy_in_org(session: Session, org_id: str, vacancy_id: str) -> Vacancy | None:
    if not is_id(vacancy_id):
        return None
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
