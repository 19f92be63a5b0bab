"""SQL for vacancies and spec versions; every query is scoped by organisation."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Application, SpecVersion, Vacancy


def add_vacancy(session: Session, vacancy: Vacancy) -> Vacancy:
    session.add(vacancy)
    session.flush()
    return vacancy


def add_version(session: Session, version: SpecVersion) -> SpecVersion:
    session.add(version)
    session.flush()
    return version


def get_vacancy(session: Session, org_id: str, vacancy_id: str) -> Vacancy | None:
    return session.scalars(
        select(Vacancy).where(Vacancy.id == vacancy_id, Vacancy.org_id == org_id)
    ).one_or_none()


def vacancies_of(
    session: Session, org_id: str, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[Vacancy], int]:
    query = select(Vacancy).where(Vacancy.org_id == org_id)
    if status is not None:
        query = query.where(Vacancy.status == status)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Vacancy.created_at.desc(), Vacancy.id).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def latest_version(session: Session, vacancy_id: str) -> SpecVersion | None:
    return session.scalars(
        select(SpecVersion)
        .where(SpecVersion.vacancy_id == vacancy_id)
        .order_by(SpecVersion.version.desc())
        .limit(1)
    ).one_or_none()


def latest_versions(session: Session, vacancy_ids: list[str]) -> dict[str, SpecVersion]:
    """The latest spec version of each vacancy, in one query."""
    if not vacancy_ids:
        return {}
    newest = (
        select(SpecVersion.vacancy_id, func.max(SpecVersion.version).label("version"))
        .where(SpecVersion.vacancy_id.in_(vacancy_ids))
        .group_by(SpecVersion.vacancy_id)
        .subquery()
    )
    rows = session.scalars(
        select(SpecVersion).join(
            newest,
            (SpecVersion.vacancy_id == newest.c.vacancy_id)
            & (SpecVersion.version == newest.c.version),
        )
    ).all()
    return {row.vacancy_id: row for row in rows}


def versions_of(session: Session, vacancy_id: str) -> list[SpecVersion]:
    return list(
        session.scalars(
            select(SpecVersion)
            .where(SpecVersion.vacancy_id == vacancy_id)
            .order_by(SpecVersion.version)
        ).all()
    )


def application_counts(session: Session, vacancy_ids: list[str]) -> dict[str, int]:
    if not vacancy_ids:
        return {}
    rows = session.execute(
        select(Application.vacancy_id, func.count())
        .where(Application.vacancy_id.in_(vacancy_ids))
        .group_by(Application.vacancy_id)
    ).all()
    return {vacancy_id: count for vacancy_id, count in rows}


def take_applicant_number(session: Session, vacancy_id: str) -> int:
    """The next per-vacancy applicant number (A-0001, ...). The row update also serialises
    concurrent uploads to one vacancy on PostgreSQL, and rolls back with the transaction."""
    return session.execute(
        update(Vacancy)
        .where(Vacancy.id == vacancy_id)
        .values(applications_received=Vacancy.applications_received + 1)
        .returning(Vacancy.applications_received)
    ).scalar_one()
