"""The append-only audit log. There is deliberately no delete function here, and on PostgreSQL
and SQLite the database refuses DELETE on ``audit_log`` and every UPDATE but one (0004): when
an application is erased, :func:`erase_details` cuts the detail of the lines about it to the
applicant reference, the vacancy and ``"erased": true``. The line (who did what, when) stays;
the free text a panel member or the lead wrote (reasons that can name the applicant) goes.

Keep ``detail`` non-identifying (ids, versions, verdicts; never names, contact details or
statement text), so an audit line may outlive the application it describes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, PanelCompletion

if TYPE_CHECKING:
    from app.auth.service import Principal


def record(
    session: Session,
    org_id: str | None,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str | None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit line in the caller's transaction (it lands or vanishes with the change)."""
    entry = AuditEntry(
        org_id=org_id,
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail or {},
    )
    session.add(entry)
    return entry


def erased_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """The detail an erased application's audit line keeps: exactly the shape the database
    triggers allow (key order matters on SQLite, which compares the JSON text)."""
    return {
        "applicant_ref": detail.get("applicant_ref"),
        "vacancy_id": detail.get("vacancy_id"),
        "erased": True,
    }


def erase_details(session: Session, application_ids: list[str]) -> int:
    """Cut the audit lines about these applications to :func:`erased_detail`; returns how many."""
    lines = session.scalars(
        select(AuditEntry).where(
            AuditEntry.subject_type == "application", AuditEntry.subject_id.in_(application_ids)
        )
    ).all()
    for line in lines:
        line.detail = erased_detail(line.detail or {})
    session.flush()
    return len(lines)


class _Line(Protocol):
    @property
    def action(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def subject_type(self) -> str: ...
    @property
    def subject_id(self) -> str | None: ...


Line = TypeVar("Line", bound=_Line)
MARKS = frozenset({"panel.scores_recorded"})


def visible_to(session: Session, principal: Principal, lines: Sequence[Line]) -> list[Line]:
    """The lines this caller may read: a panel member (the lead too) sees another member's
    marks on an application only once they have completed their own set for it, in the audit
    as on the shortlist, so no one scores with the others' marks in view."""
    from app.auth.service import Role

    if principal.role is not Role.panel:
        return list(lines)
    marked = {
        line.subject_id
        for line in lines
        if line.action in MARKS and line.actor != principal.actor and line.subject_id
    }
    completed = (
        set(
            session.scalars(
                select(PanelCompletion.application_id).where(
                    PanelCompletion.application_id.in_(marked),
                    PanelCompletion.api_key_id == principal.key_id,
                )
            )
        )
        if marked
        else set()
    )
    return [
        line
        for line in lines
        if not (
            line.action in MARKS
            and line.actor != principal.actor
            and line.subject_type == "application"
            and line.subject_id not in completed
        )
    ]
