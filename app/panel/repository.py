"""SQL for panel scoring: applications with their machine results, members' scores, decisions."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    ApiKey,
    Application,
    ApplicationResult,
    Decision,
    PanelCompletion,
    PanelScore,
    SpecVersion,
)
from app.shortlist.repository import is_id
from criteria.spec import Priority
from matching.result import CriterionResult, Evidence, Verdict


def application_in_org(session: Session, org_id: str, application_id: str) -> Application | None:
    if not is_id(application_id):
        return None
    return session.scalar(
        select(Application).where(Application.id == application_id, Application.org_id == org_id)
    )


def latest_results(
    session: Session, application_ids: Collection[str]
) -> dict[str, tuple[ApplicationResult, SpecVersion]]:
    """Each application's result under the newest spec version it was scored with."""
    if not application_ids:
        return {}
    rows = session.execute(
        select(ApplicationResult, SpecVersion)
        .options(selectinload(ApplicationResult.criteria))
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id.in_(application_ids))
        .order_by(SpecVersion.version, ApplicationResult.created_at)
    ).all()
    latest: dict[str, tuple[ApplicationResult, SpecVersion]] = {}
    for result, version in rows:
        latest[result.application_id] = (result, version)
    return latest


def criterion_results(result: ApplicationResult) -> list[CriterionResult]:
    """The engine's per-criterion results as stored, in the spec's order.

    Built without re-validation (they were validated when stored): a 300-applicant shortlist
    holds ~10,000 of them.
    """
    return [
        CriterionResult.model_construct(
            id=row.criterion_id,
            priority=Priority(row.priority),
            verdict=Verdict(row.verdict),
            score=row.score,
            max_score=row.max_score,
            confidence=row.confidence,
            needs_review=row.needs_review,
            evidence=[Evidence.model_construct(**e) for e in row.evidence],
            explanation=row.explanation,
            rule_kind=row.rule_kind,
            flags=list(row.flags),
        )
        for row in result.criteria
    ]


def scores_for(session: Session, application_ids: Collection[str]) -> list[PanelScore]:
    if not application_ids:
        return []
    return list(
        session.scalars(
            select(PanelScore)
            .where(PanelScore.application_id.in_(application_ids))
            .order_by(PanelScore.member, PanelScore.criterion_id)
        )
    )


def completions_for(session: Session, application_ids: Collection[str]) -> list[PanelCompletion]:
    if not application_ids:
        return []
    return list(
        session.scalars(
            select(PanelCompletion)
            .where(PanelCompletion.application_id.in_(application_ids))
            .order_by(PanelCompletion.completed_at)
        )
    )


def decisions_for(session: Session, application_ids: Collection[str]) -> dict[str, Decision]:
    if not application_ids:
        return {}
    rows = session.scalars(select(Decision).where(Decision.application_id.in_(application_ids)))
    return {d.application_id: d for d in rows}


def member_scores(session: Session, application_id: str, api_key_id: str) -> dict[str, PanelScore]:
    rows = session.scalars(
        select(PanelScore).where(
            PanelScore.application_id == application_id, PanelScore.api_key_id == api_key_id
        )
    )
    return {row.criterion_id: row for row in rows}


def completion(session: Session, application_id: str, api_key_id: str) -> PanelCompletion | None:
    return session.scalar(
        select(PanelCompletion).where(
            PanelCompletion.application_id == application_id,
            PanelCompletion.api_key_id == api_key_id,
        )
    )


def panel_keys(session: Session, org_id: str) -> list[ApiKey]:
    """The organisation's current (unrevoked) panel members."""
    return list(
        session.scalars(
            select(ApiKey)
            .where(ApiKey.org_id == org_id, ApiKey.role == "panel", ApiKey.revoked_at.is_(None))
            .order_by(ApiKey.name, ApiKey.prefix)
        )
    )


def add(session: Session, row: PanelScore | PanelCompletion | Decision) -> None:
    session.add(row)
    session.flush()
