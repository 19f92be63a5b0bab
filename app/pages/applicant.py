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
from app.db import DbSession
from app.errors import Problem, describe_errors
from app.pages import repository
from app.pages.views import actor_name, highlight, history_line
from app.pages.web import PageRoute, Posted, PostedForm, SignedIn, Visitor, render, require_panel
from app.panel import service as panel_service
from app.panel.schemas import DecisionWrite, PanelScoresWrite, PanelScoreWrite
from app.shortlist import repository as shortlist_repository
from app.shortlist.ranking import Decision
from matching.result import Verdict

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
    history = []
    if visitor.is_staff or visitor.is_lead:
        history = [
            {
                "at": line.at,
                "who": actor_name(line.actor),
                "what": history_line(line.action, line.detail),
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
        pieces=highlight(
            application.text or "", {cid: m.evidence for cid, m in scored.machine.items()}
        ),
        history=history,
        history_visible=visitor.is_staff or visitor.is_lead,
        # the document's (hidden text ...) and the machine's (the Disability Confident scheme
        # asked for in the statement ...), each once
        warnings=list(dict.fromkeys([*(application.warnings or []), *scored.result.warnings])),
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
def applicant(
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
