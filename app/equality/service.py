"""Record equality monitoring answers and build a vacancy's adverse-impact report.

The answers are special category personal data (UK GDPR art. 9): they are stored apart from the
application, never given to scoring, the shortlist or the panel, read back only by staff keys,
and reported only in aggregate with small groups suppressed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app import audit
from app.auth.service import Principal
from app.equality import repository
from app.equality.impact import FOUR_FIFTHS, MIN_GROUP_SIZE, Selection, stage_rows
from app.equality.schemas import AdverseImpactRead, EqualityRead, EqualityWrite, question_groups
from app.errors import not_found
from app.models import Application, EqualityMonitoring, utcnow
from app.panel.repository import application_in_org
from app.shortlist.ranking import Decision
from app.shortlist.repository import applications_of, vacancy_in_org
from matching.result import Recommendation

STAGES = {
    "machine": (
        "Applications with a machine result; shortlisted = the engine recommends 'shortlist' "
        "(every essential criterion assessed at the sift is met) under the newest spec version."
    ),
    "panel": (
        "Applications with a finalised panel decision; shortlisted = the lead's decision is "
        "'shortlist' ('reserve' and 'reject' are not). Undecided applications are left out."
    ),
}


def _application(session: Session, principal: Principal, application_id: str) -> Application:
    application = application_in_org(session, principal.org_id, application_id)
    if application is None:
        raise not_found("application")
    return application


def record(
    session: Session, principal: Principal, application_id: str, answers: EqualityWrite
) -> None:
    """Store (or replace) an application's answers; the audit line does not repeat them."""
    application = _application(session, principal, application_id)
    row = repository.answers_of(session, application.id)
    if row is None:
        row = EqualityMonitoring(
            org_id=application.org_id,
            vacancy_id=application.vacancy_id,
            application_id=application.id,
        )
        repository.add(session, row)
    for question, answer in answers.model_dump().items():
        setattr(row, question, answer)
    row.updated_at = utcnow()
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "equality.recorded",
        "application",
        application.id,
        {},
    )


def read(session: Session, principal: Principal, application_id: str) -> EqualityRead:
    application = _application(session, principal, application_id)
    row = repository.answers_of(session, application.id)
    answers = {q: getattr(row, q) for q in EqualityWrite.model_fields} if row else {}
    audit.record(
        session, principal.org_id, principal.actor, "equality.viewed", "application", application.id
    )
    return EqualityRead(application_id=application.id, **answers)


def report(session: Session, principal: Principal, vacancy_id: str) -> AdverseImpactRead:
    vacancy = vacancy_in_org(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    ids = [a.id for a in applications_of(session, principal.org_id, vacancy.id)]
    answers = repository.answers_for_vacancy(session, principal.org_id, vacancy.id)
    machine = repository.machine_recommendations(session, ids)
    decided = repository.decisions(session, ids)
    questions = question_groups()

    def answers_of(application_id: str) -> dict[str, str | None]:
        row = answers.get(application_id)
        return {q: getattr(row, q) if row else None for q in questions}

    by_machine = [
        Selection(answers_of(i), machine[i] == Recommendation.shortlist)
        for i in ids
        if i in machine
    ]
    by_panel = [
        Selection(answers_of(i), decided[i] == Decision.shortlist) for i in ids if i in decided
    ]
    audit.record(
        session, principal.org_id, principal.actor, "adverse_impact.viewed", "vacancy", vacancy.id
    )
    return AdverseImpactRead(
        vacancy_id=vacancy.id,
        threshold=FOUR_FIFTHS,
        min_group_size=MIN_GROUP_SIZE,
        applications=len(ids),
        with_monitoring=sum(1 for i in ids if i in answers),
        machine_assessed=len(by_machine),
        panel_decided=len(by_panel),
        stages=STAGES,
        rows=stage_rows("machine", questions, by_machine)
        + stage_rows("panel", questions, by_panel),
    )
