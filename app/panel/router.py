"""Panel scoring, decisions, progress, and the audit trail of a vacancy or application."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Select, or_, select

from app import audit
from app.auth.dependencies import require
from app.auth.service import Principal, Role
from app.db import DbSession
from app.errors import Problem, not_found
from app.models import AuditEntry
from app.panel import repository, service
from app.panel.schemas import (
    AuditLineRead,
    DecisionRead,
    DecisionWrite,
    PanelRead,
    PanelScoresWrite,
    ProgressRead,
)
from app.shortlist import repository as shortlist_repository

router = APIRouter(prefix="/v1", tags=["panel"])

PanelMember = Annotated[Principal, Depends(require(Role.panel))]
PanelOrStaff = Annotated[Principal, Depends(require(Role.panel, Role.admin, Role.recruiter))]


@router.get("/applications/{application_id}/panel", response_model=PanelRead)
def get_panel(application_id: str, principal: PanelOrStaff, session: DbSession) -> PanelRead:
    """A member sees their own scores, and everyone's once they have completed their own set.
    The machine appears as one more member ("machine"). Staff keys see every completed set."""
    return service.panel_view(session, principal, service.load(session, principal, application_id))


@router.put("/applications/{application_id}/panel/scores", response_model=PanelRead)
def put_scores(
    application_id: str, body: PanelScoresWrite, principal: PanelMember, session: DbSession
) -> PanelRead:
    """Record the calling member's verdict (and optional score) per criterion. A verdict that
    differs from the machine's needs a ``reason`` (422 without one)."""
    return service.record_scores(session, principal, application_id, body)


@router.post("/applications/{application_id}/panel/complete", response_model=PanelRead)
def complete(application_id: str, principal: PanelMember, session: DbSession) -> PanelRead:
    """Mark the calling member's scores complete (every sift criterion must be scored); from
    now on they are fixed and the member sees the other completed members' scores."""
    return service.complete(session, principal, application_id)


@router.delete("/applications/{application_id}/panel/complete", response_model=PanelRead)
def reopen(application_id: str, principal: PanelMember, session: DbSession) -> PanelRead:
    """Reopen the calling member's completed set to revise it after the panel has discussed a
    split; their scores count again once they complete it again."""
    return service.reopen(session, principal, application_id)


@router.post("/applications/{application_id}/decision", response_model=DecisionRead)
def finalise(
    application_id: str, body: DecisionWrite, principal: PanelMember, session: DbSession
) -> DecisionRead:
    """The panel lead finalises shortlist, reject or reserve with a reason (changeable; each
    change is audited and sent to the ATS webhook as ``decision.finalised``)."""
    return service.finalise(session, principal, application_id, body)


@router.get("/vacancies/{vacancy_id}/panel/progress", response_model=ProgressRead)
def progress(vacancy_id: str, principal: PanelOrStaff, session: DbSession) -> ProgressRead:
    vacancy = shortlist_repository.vacancy_in_org(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    applications = shortlist_repository.applications_of(session, principal.org_id, vacancy.id)
    return service.progress(session, principal, vacancy.id, applications)


def _audit_reader(principal: Principal) -> None:
    if principal.role is Role.panel and not principal.lead:
        raise Problem(403, "the audit trail is for staff keys and the panel lead", code="forbidden")


def _lines(session: DbSession, query: Select[tuple[AuditEntry]], limit: int) -> list[AuditLineRead]:
    rows = session.scalars(query.order_by(AuditEntry.id).limit(limit))
    return [
        AuditLineRead(
            at=r.at,
            actor=r.actor,
            action=r.action,
            subject_type=r.subject_type,
            subject_id=r.subject_id,
            detail=r.detail,
        )
        for r in rows
    ]


@router.get("/vacancies/{vacancy_id}/audit", response_model=list[AuditLineRead])
def vacancy_audit(
    vacancy_id: str,
    principal: PanelOrStaff,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
) -> list[AuditLineRead]:
    """The vacancy's lines and those of its current applications, oldest first."""
    _audit_reader(principal)
    vacancy = shortlist_repository.vacancy_in_org(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    application_ids = [
        a.id for a in shortlist_repository.applications_of(session, principal.org_id, vacancy.id)
    ]
    query = select(AuditEntry).where(
        AuditEntry.org_id == principal.org_id,
        or_(
            (AuditEntry.subject_type == "vacancy") & (AuditEntry.subject_id == vacancy.id),
            (AuditEntry.subject_type == "application") & AuditEntry.subject_id.in_(application_ids),
        ),
    )
    return audit.visible_to(session, principal, _lines(session, query, limit))


@router.get("/applications/{application_id}/audit", response_model=list[AuditLineRead])
def application_audit(
    application_id: str,
    principal: PanelOrStaff,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
) -> list[AuditLineRead]:
    _audit_reader(principal)
    application = repository.application_in_org(session, principal.org_id, application_id)
    if application is None:
        raise not_found("application")
    query = select(AuditEntry).where(
        AuditEntry.org_id == principal.org_id,
        AuditEntry.subject_type == "application",
        AuditEntry.subject_id == application.id,
    )
    return audit.visible_to(session, principal, _lines(session, query, limit))
