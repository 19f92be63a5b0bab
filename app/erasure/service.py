"""Erase an application: the right to erasure (UK GDPR art. 17) and the retention period.

Erasing removes the application row with everything that holds the applicant's data: the
document bytes, extracted text, structured and contact fields, the engine's results and
evidence, panel members' scores and completions, the decision, the equality monitoring answers,
webhook messages about it, and stored idempotent responses that repeat it. What stays is one
audit line on the vacancy that names only the applicant reference ("application A-0007 erased
by ... at ..."), and the application's earlier audit lines cut to who did what and when
(:func:`app.audit.erase_details`: reasons are free text that can name the applicant).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.models import (
    Application,
    ApplicationResult,
    CriterionResultRow,
    Decision,
    EqualityMonitoring,
    IdempotencyKey,
    PanelCompletion,
    PanelScore,
    WebhookDelivery,
    utcnow,
)


def erase(session: Session, applications: list[Application], actor: str, *, why: str) -> int:
    """Erase these applications in the caller's transaction; returns how many."""
    if not applications:
        return 0
    ids = [a.id for a in applications]
    for table, column in (
        (CriterionResultRow, CriterionResultRow.application_id),
        (ApplicationResult, ApplicationResult.application_id),
        (PanelScore, PanelScore.application_id),
        (PanelCompletion, PanelCompletion.application_id),
        (Decision, Decision.application_id),
        (WebhookDelivery, WebhookDelivery.application_id),
        (EqualityMonitoring, EqualityMonitoring.application_id),
    ):
        session.execute(
            delete(table).where(column.in_(ids)).execution_options(synchronize_session=False)
        )
    _forget_idempotent_responses(session, applications)
    audit.erase_details(session, ids)  # panel and decision reasons are free text
    now = utcnow()
    for application in applications:
        audit.record(
            session,
            application.org_id,
            actor,
            "application.erased",
            "vacancy",
            application.vacancy_id,
            {
                "applicant_ref": application.applicant_ref,
                "why": why,
                "message": (
                    f"application {application.applicant_ref} erased by {actor} "
                    f"at {now.isoformat(timespec='seconds')}"
                ),
            },
        )
    session.execute(
        delete(Application)
        .where(Application.id.in_(ids))
        .execution_options(synchronize_session=False)
    )
    for application in applications:
        session.expunge(application)
    return len(ids)


def _forget_idempotent_responses(session: Session, applications: list[Application]) -> None:
    """A stored response replayed for a retried upload would bring the applicant back."""
    org_ids = {a.org_id for a in applications}
    ids = {a.id for a in applications}
    stored = session.execute(
        select(IdempotencyKey.id, IdempotencyKey.response_body).where(
            IdempotencyKey.org_id.in_(org_ids)
        )
    ).all()
    doomed = [
        key_id
        for key_id, body in stored
        if any(application_id in json.dumps(body) for application_id in ids)
    ]
    if doomed:
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.id.in_(doomed)))


def expired(session: Session, days: int, *, now: dt.datetime | None = None) -> list[Application]:
    """Applications received more than ``days`` days ago (every organisation)."""
    cutoff = (now or utcnow()) - dt.timedelta(days=days)
    return list(
        session.scalars(
            select(Application)
            .where(Application.created_at < cutoff)
            .order_by(Application.created_at)
        )
    )


def purge(session: Session, days: int, *, now: dt.datetime | None = None) -> list[str]:
    """Erase every application older than the retention period; returns their references."""
    old = expired(session, days, now=now)
    refs = [a.applicant_ref for a in old]
    erase(session, old, f"retention policy ({days} days)", why="retention")
    return refs
