"""SQL for applications, their results and idempotency keys."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from app.db import insert_rows
from app.models import (
    Application,
    ApplicationResult,
    CriterionResultRow,
    IdempotencyKey,
    SpecVersion,
    Vacancy,
    new_id,
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
    """The result row, then all its criterion rows in one batched INSERT (not one per row)."""
    row = ApplicationResult(id=new_id(), **result_values(application.id, version, result))
    session.add(row)
    session.flush()
    session.execute(
        insert(CriterionResultRow.__table__),
        criterion_values(row.id, application.id, version, result),
    )
    return row


def add_results(
    session: Session, version: SpecVersion, scored: list[tuple[str, ScoreResult]]
) -> None:
    """Results of many applications (``(application id, result)``): the results in one batch and
    all their criteria in another (COPY on PostgreSQL, :func:`app.db.insert_rows`)."""
    if not scored:
        return
    results: list[dict[str, Any]] = []
    criteria: list[dict[str, Any]] = []
    for application_id, result in scored:
        result_id = new_id()
        results.append({"id": result_id, **result_values(application_id, version, result)})
        criteria += criterion_values(result_id, application_id, version, result)
    insert_rows(session, ApplicationResult.__table__, results)
    insert_rows(session, CriterionResultRow.__table__, criteria)


def add_applications(session: Session, rows: list[dict[str, Any]]) -> None:
    """Many applications in one batch (COPY on PostgreSQL); each dict has its ``id`` set by the
    caller."""
    insert_rows(session, Application.__table__, rows)


def take_applicant_numbers(session: Session, vacancy_id: str, count: int) -> range:
    """``count`` consecutive per-vacancy applicant numbers in one UPDATE (which, like
    :func:`serialise_uploads`, holds the vacancy's upload lock until the transaction ends)."""
    last = session.execute(
        update(Vacancy)
        .where(Vacancy.id == vacancy_id)
        .values(applications_received=Vacancy.applications_received + count)
        .returning(Vacancy.applications_received)
    ).scalar_one()
    return range(last - count + 1, last + 1)


def result_values(application_id: str, version: SpecVersion, result: ScoreResult) -> dict[str, Any]:
    return {
        "application_id": application_id,
        "spec_version_id": version.id,
        "role_id": result.role_id,
        "reference_date": result.reference_date,
        "score": result.score,
        "max_score": result.max_score,
        "recommendation": result.recommendation.value,
        "essentials_met": result.essentials.met,
        "essentials_total": result.essentials.total,
        "essentials_all_met": result.essentials.all_met,
        "guaranteed_interview": result.guaranteed_interview,
        "engine_version": result.engine_version,
        "warnings": list(result.warnings),
    }


def criterion_values(
    result_id: str, application_id: str, version: SpecVersion, result: ScoreResult
) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "result_id": result_id,
            "application_id": application_id,
            "spec_version_id": version.id,
            "position": position,
            "criterion_id": criterion.id,
            "priority": criterion.priority.value,
            "verdict": criterion.verdict.value,
            "score": criterion.score,
            "max_score": criterion.max_score,
            "confidence": criterion.confidence,
            "needs_review": criterion.needs_review,
            "evidence": [evidence.model_dump() for evidence in criterion.evidence],
            "explanation": criterion.explanation,
            "rule_kind": criterion.rule_kind,
            "flags": list(criterion.flags),
            "engine_version": result.engine_version,
        }
        for position, criterion in enumerate(result.criteria)
    ]


def shas_stored(session: Session, vacancy_id: str, shas: list[str]) -> dict[str, tuple[str, str]]:
    """``sha256 -> (application id, applicant_ref)`` of the earliest stored application of the
    vacancy with each of these file hashes."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(shas), 500):  # bounded IN lists
        rows = session.execute(
            select(Application.sha256, Application.id, Application.applicant_ref)
            .where(
                Application.vacancy_id == vacancy_id,
                Application.sha256.in_(shas[start : start + 500]),
            )
            .order_by(Application.created_at)
        ).all()
        for sha, application_id, ref in rows:
            found.setdefault(sha, (application_id, ref))
    return found


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
