"""SQL for applications, their results and idempotency keys."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Application,
    ApplicationResult,
    CriterionResultRow,
    IdempotencyKey,
    SpecVersion,
    Vacancy,
)
from matching.result import ScoreResult


def add_application(session: Session, application: Application) -> Application:
    session.add(application)
    session.flush()
    return application


def get_application(session: Session, org_id: str, application_id: str) -> Application | None:
    return session.scalars(
        select(Application).where(Application.id == application_id, Application.org_id == org_id)
    ).one_or_none()


def by_external_id(session: Session, vacancy_id: str, external_id: str) -> Application | None:
    return session.scalars(
        select(Application).where(
            Application.vacancy_id == vacancy_id, Application.external_id == external_id
        )
    ).one_or_none()


def serialise_uploads(session: Session, vacancy_id: str) -> None:
    """Hold the vacancy's upload lock until the transaction ends: a no-op update, which locks
    the row on PostgreSQL and takes the write lock on SQLite, so what is read next is current."""
    session.execute(
        update(Vacancy)
        .where(Vacancy.id == vacancy_id)
        .values(applications_received=Vacancy.applications_received)
    )


def by_sha256(session: Session, vacancy_id: str, sha256: str) -> Application | None:
    return session.scalars(
        select(Application)
        .where(Application.vacancy_id == vacancy_id, Application.sha256 == sha256)
        .order_by(Application.created_at)
        .limit(1)
    ).one_or_none()


def applications_of(
    session: Session, vacancy_id: str, *, limit: int, offset: int
) -> tuple[list[Application], int]:
    query = select(Application).where(Application.vacancy_id == vacancy_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Application.applicant_ref).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def add_result(
    session: Session, application: Application, version: SpecVersion, result: ScoreResult
) -> ApplicationResult:
    row = ApplicationResult(
        application_id=application.id,
        spec_version_id=version.id,
        role_id=result.role_id,
        reference_date=result.reference_date,
        score=result.score,
        max_score=result.max_score,
        recommendation=result.recommendation.value,
        essentials_met=result.essentials.met,
        essentials_total=result.essentials.total,
        essentials_all_met=result.essentials.all_met,
        guaranteed_interview=result.guaranteed_interview,
        engine_version=result.engine_version,
        warnings=list(result.warnings),
    )
    row.criteria = [
        CriterionResultRow(
            application_id=application.id,
            spec_version_id=version.id,
            position=position,
            criterion_id=criterion.id,
            priority=criterion.priority.value,
            verdict=criterion.verdict.value,
            score=criterion.score,
            max_score=criterion.max_score,
            confidence=criterion.confidence,
            needs_review=criterion.needs_review,
            evidence=[evidence.model_dump() for evidence in criterion.evidence],
            explanation=criterion.explanation,
            rule_kind=criterion.rule_kind,
            flags=list(criterion.flags),
            engine_version=result.engine_version,
        )
        for position, criterion in enumerate(result.criteria)
    ]
    session.add(row)
    session.flush()
    return row


def results_of(session: Session, application_id: str) -> list[tuple[ApplicationResult, int]]:
    """Every result of an application with its spec version number, newest version first."""
    rows = session.execute(
        select(ApplicationResult, SpecVersion.version)
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id == application_id)
        .options(selectinload(ApplicationResult.criteria))
        .order_by(SpecVersion.version.desc())
    ).all()
    return [(result, version) for result, version in rows]


def latest_results(
    session: Session, application_ids: list[str]
) -> dict[str, tuple[ApplicationResult, int]]:
    """The newest-version result of each application (without criteria)."""
    if not application_ids:
        return {}
    rows = session.execute(
        select(ApplicationResult, SpecVersion.version)
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id.in_(application_ids))
        .order_by(SpecVersion.version)
    ).all()
    return {result.application_id: (result, version) for result, version in rows}


def ids_to_rescore(session: Session, vacancy_id: str, version_id: str) -> list[str]:
    """Applications of the vacancy with text and no result for this version yet."""
    scored = select(ApplicationResult.application_id).where(
        ApplicationResult.spec_version_id == version_id
    )
    return list(
        session.scalars(
            select(Application.id)
            .where(
                Application.vacancy_id == vacancy_id,
                Application.text.is_not(None),
                Application.id.not_in(scored),
            )
            .order_by(Application.applicant_ref)
        ).all()
    )


def count_scored(session: Session, vacancy_id: str, version_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ApplicationResult)
            .join(Application, Application.id == ApplicationResult.application_id)
            .where(
                Application.vacancy_id == vacancy_id,
                ApplicationResult.spec_version_id == version_id,
            )
        )
        or 0
    )


def count_without_text(session: Session, vacancy_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.vacancy_id == vacancy_id, Application.text.is_(None))
        )
        or 0
    )


def get_idempotency(session: Session, org_id: str, key: str) -> IdempotencyKey | None:
    return session.scalars(
        select(IdempotencyKey).where(IdempotencyKey.org_id == org_id, IdempotencyKey.key == key)
    ).one_or_none()


def add_idempotency(session: Session, row: IdempotencyKey) -> None:
    session.add(row)
    session.flush()
