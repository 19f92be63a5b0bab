"""The applicant page: the statement with each criterion's evidence, the machine's verdicts, the
panel member's own scoring, the others' scores once complete, the lead's decision, the history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from app import audit
from app.applications import service as application_service
from app.applications.identity import given
from app.applications.schemas import ApplicantUpdate
from app.db import DbSession
from app.errors import Problem, describe_errors
from app.pages import repository
from app.pages.views import actor_name, highlight, history_line, masked, plain_warning
from app.pages.web import (
    PageRoute,
    Posted,
    PostedForm,
    SignedIn,
    Visitor,
    render,
    require_panel,
    require_staff,
)
from app.panel import service as panel_service
from app.panel.schemas import DecisionWrite, PanelScoresWrite, PanelScoreWrite
from app.shortlist import repository as shortlist_repository
from app.shortlist.ranking import Decision
from app.shortlist.words import GATE_WORDS
from app.vacancies.titles import titles
from criteria.spec import RegistrationBody
from matching.result import Verdict

# The machine's recommendation as the essentials gate a recruiter reads.
MACHINE_OUTCOME = {
    "shortlist": GATE_WORDS["meets_essentials"],
    "review": GATE_WORDS["review"],
    "reject": GATE_WORDS["does_not_meet"],
}

router = APIRouter(route_class=PageRoute, include_in_schema=False)


def _page(
    request: Request,
    session: Session,
    visitor: Visitor,
    application_id: str,
    *,
    posted: FormData | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    principal = visitor.principal
    scored = panel_service.load(session, principal, application_id)
    application = scored.application
    view = panel_service.panel_view(session, principal, scored)
    by_id = {c.criterion_id: c for c in view.criteria}
    scale = scored.spec.scale
    named = titles(scored.spec.criteria)
    rows = []
    for criterion in scored.spec.criteria:
        machine = scored.machine.get(criterion.id)
        panel = by_id.get(criterion.id)
        if machine is None or panel is None:
            continue
        mine = panel.mine
        if posted is not None:
            form = {
                "verdict": str(posted.get(f"verdict_{criterion.id}") or ""),
                "score": str(posted.get(f"score_{criterion.id}") or ""),
                "reason": str(posted.get(f"reason_{criterion.id}") or ""),
            }
        elif mine is not None:
            form = {
                "verdict": mine.verdict.value,
                "score": f"{mine.score:g}",
                "reason": mine.reason or "",
            }
        else:
            assessed = machine.verdict is not Verdict.not_assessed
            form = {
                "verdict": machine.verdict.value if assessed else "",
                "score": f"{machine.score:g}" if assessed else "",
                "reason": "",
            }
        rows.append(
            {
                "criterion": criterion,
                "title": named[criterion.id],
                "machine": machine,
                "panel": panel,
                "form": form,
            }
        )
    ids = [
        a.id
        for a in shortlist_repository.applications_of(
            session, principal.org_id, application.vacancy_id
        )
    ]
    position = ids.index(application.id)
    names_shown = visitor.is_staff and request.query_params.get("names") == "1"
    identity = application.identity or {}
    hidden = [str(identity.get(k) or "") for k in ("name", "email", "phone")]
    pieces = highlight(
        application.text or "", {cid: m.evidence for cid, m in scored.machine.items()}
    )
    history = []
    if visitor.is_staff or visitor.is_lead:
        history = [
            {
                "at": line.at,
                "who": actor_name(line.actor),
                "line": history_line(line.action, line.detail, named),
            }
            for line in audit.visible_to(
                session,
                principal,
                repository.application_history(session, principal.org_id, application.id),
            )
        ]
    return render(
        request,
        "applicant.html",
        status_code=status_code,
        application=application,
        view=view,
        rows=rows,
        spec=scored.spec,
        pieces=masked(pieces, application.text or "", [] if names_shown else hidden),
        history=history,
        history_visible=visitor.is_staff or visitor.is_lead,
        # the document's (hidden text ...) and the machine's (the Disability Confident scheme
        # asked for in the statement ...), each once
        warnings=[
            plain_warning(w)
            for w in dict.fromkeys([*(application.warnings or []), *scored.result.warnings])
        ],
        machine_outcome=MACHINE_OUTCOME.get(scored.result.recommendation, ""),
        essentials=(scored.result.essentials_met, scored.result.essentials_total),
        guaranteed=scored.result.guaranteed_interview,
        names_shown=names_shown,
        registration_bodies=list(RegistrationBody),
        previous_id=ids[position - 1] if position > 0 else None,
        next_id=ids[position + 1] if position + 1 < len(ids) else None,
        position=position + 1,
        count=len(ids),
        error=error,
        saved=request.query_params.get("saved"),
        decisions=list(Decision),
        verdicts=list(Verdict),
        scale=scale,
    )


@router.get("/applications/{application_id}")
def applicant_page(
    request: Request, application_id: str, visitor: SignedIn, session: DbSession
) -> Response:
    return _page(request, session, visitor, application_id)


def _back(application_id: str, saved: str, anchor: str) -> Response:
    return RedirectResponse(
        f"/applications/{application_id}?saved={saved}#{anchor}", status_code=303
    )


def _scores(form: FormData, criterion_ids: list[str]) -> PanelScoresWrite:
    items = []
    for cid in criterion_ids:
        verdict = str(form.get(f"verdict_{cid}") or "")
        if not verdict:
            continue
        raw_score = str(form.get(f"score_{cid}") or "").strip()
        try:
            score = float(raw_score) if raw_score else None
        except ValueError:
            raise Problem(
                422, f"criterion {cid!r}: the score {raw_score!r} is not a number"
            ) from None
        items.append(
            {
                "criterion_id": cid,
                "verdict": verdict,
                "score": score,
                "reason": str(form.get(f"reason_{cid}") or ""),
            }
        )
    if not items:
        raise Problem(422, "choose a verdict for at least one criterion")
    try:
        return PanelScoresWrite(scores=[PanelScoreWrite.model_validate(i) for i in items])
    except ValidationError as error:
        raise Problem(422, describe_errors(error)) from None


@router.post("/applications/{application_id}/scores")
def save_scores(
    request: Request, application_id: str, visitor: Posted, session: DbSession, form: PostedForm
) -> Response:
    """Record the member's verdicts; a refused set (a reason missing) comes back on the page
    with what they typed kept and the problem said at the top."""
    require_panel(visitor)
    scored = panel_service.load(session, visitor.principal, application_id)
    sift = [c.id for c in scored.spec.criteria if c.assessed_at_sift and c.id in scored.machine]
    try:
        panel_service.record_scores(session, visitor.principal, application_id, _scores(form, sift))
    except Problem as problem:
        if problem.status != 422:
            raise
        session.rollback()
        return _page(
            request,
            session,
            visitor,
            application_id,
            posted=form,
            error=problem.detail,
            status_code=422,
        )
    return _back(application_id, "scores", "scoring")


@router.post("/applications/{application_id}/complete")
def complete(application_id: str, visitor: Posted, session: DbSession) -> Response:
    require_panel(visitor)
    panel_service.complete(session, visitor.principal, application_id)
    return _back(application_id, "complete", "scoring")


@router.post("/applications/{application_id}/reopen")
def reopen(application_id: str, visitor: Posted, session: DbSession) -> Response:
    require_panel(visitor)
    panel_service.reopen(session, visitor.principal, application_id)
    return _back(application_id, "reopened", "scoring")


@router.post("/applications/{application_id}/decision")
def finalise(
    application_id: str,
    visitor: Posted,
    session: DbSession,
    decision: Annotated[str, Form(max_length=40)] = "",
    reason: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    require_panel(visitor)
    try:
        body = DecisionWrite(decision=decision, reason=reason)
    except ValidationError as error:
        raise Problem(422, describe_errors(error)) from None
    panel_service.finalise(session, visitor.principal, application_id, body)
    return _back(application_id, "decision", "decision")


def _details(form: FormData) -> ApplicantUpdate:
    """What the details form says; name and contact fields only when they were shown."""
    licence = str(form.get("driving_licence") or "")
    body = str(form.get("registration_body") or "")
    number = str(form.get("registration_number") or "").strip()
    qualified = str(form.get("qualified_on") or "").strip()
    sent: dict[str, object] = {
        "disability_confident": form.get("disability_confident") == "yes",
        "driving_licence": {"yes": True, "no": False}.get(licence),
        "registration": {"body": body, "number": number or None} if body else None,
        "qualified_on": qualified or None,
    }
    if form.get("identity_shown") == "1":
        for key in ("name", "email", "phone", "reference"):
            sent[key] = str(form.get(key) or "").strip() or None
        given(str(sent["name"] or ""), str(sent["email"] or ""), str(sent["reference"] or ""))
    try:
        return ApplicantUpdate.model_validate(sent)
    except ValidationError as error:
        raise Problem(422, describe_errors(error)) from None


@router.post("/applications/{application_id}/details")
def record_details(
    application_id: str, visitor: Posted, session: DbSession, form: PostedForm
) -> Response:
    """A recruiter records what the application form says (Disability Confident, licence,
    registration, date qualified, and, with names shown, who the applicant is)."""
    require_staff(visitor)
    application = application_service.get_application(session, visitor.principal, application_id)
    application_service.update_details(session, visitor.principal, application, _details(form))
    names = "&names=1" if form.get("identity_shown") == "1" else ""
    return RedirectResponse(
        f"/applications/{application_id}?saved=details{names}#details", status_code=303
    )
