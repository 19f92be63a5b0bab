"""SQL for the shortlist: a vacancy, its newest spec version and its applications."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.models import Application, ApplicationResult, CriterionResultRow, SpecVersion, Vacancy
from criteria.spec import Priority
from matching.result import CriterionResult, Evidence, Verdict

_PRIORITIES = {p.value: p for p in Priority}
_VERDICTS = {v.value: v for v in Verdict}


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


@dataclass(frozen=True)
class MachineResults:
    """One application's per-criterion results, and the spec version they were scored under."""

    spec_version: int
    criteria: list[CriterionResult]


def machine_results(
    session: Session, application_ids: Collection[str], *, evidence: bool
) -> dict[str, MachineResults]:
    """Each application's results under the newest spec version it was scored with.

    Read as plain rows (no ORM objects: a 300-applicant shortlist holds ~9,000 of them) and
    built without re-validation (they were validated when stored). The evidence, explanation
    and flags, JSON the ranking never reads, are loaded only when ``evidence`` is asked for;
    without it they are left empty.
    """
    if not application_ids:
        return {}
    latest: dict[str, tuple[str, int]] = {}
    for result_id, application_id, version in session.execute(
        select(ApplicationResult.id, ApplicationResult.application_id, SpecVersion.version)
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id.in_(application_ids))
        .order_by(SpecVersion.version, ApplicationResult.created_at)
    ):
        latest[application_id] = (result_id, version)
    row = CriterionResultRow
    columns = [
        row.application_id,
        row.criterion_id,
        row.priority,
        row.verdict,
        row.score,
        row.max_score,
        row.confidence,
        row.needs_review,
        row.rule_kind,
    ]
    if evidence:
        columns += [row.explanation, row.evidence, row.flags]
    criteria: dict[str, list[CriterionResult]] = {a: [] for a in latest}
    for values in session.execute(
        select(*columns)
        .where(row.result_id.in_([result_id for result_id, _ in latest.values()]))
        .order_by(row.result_id, row.position)
    ):
        explanation, spans, flags = values[9:] if evidence else ("", (), ())
        criteria[values[0]].append(
            CriterionResult.model_construct(
                id=values[1],
                priority=_PRIORITIES[values[2]],
                verdict=_VERDICTS[values[3]],
                score=values[4],
                max_score=values[5],
                confidence=values[6],
                needs_review=values[7],
                rule_kind=values[8],
                explanation=explanation,
                evidence=[Evidence.model_construct(**e) for e in spans],
                flags=list(flags),
            )
        )
    return {
        application_id: MachineResults(version, criteria[application_id])
        for application_id, (_, version) in latest.items()
    }
