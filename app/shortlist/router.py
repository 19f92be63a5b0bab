"""``GET /v1/vacancies/{id}/shortlist`` as JSON, CSV or XLSX."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.auth.dependencies import AnyKey
from app.auth.service import Role
from app.db import DbSession
from app.errors import Problem
from app.panel.agreement import MemberScore
from app.shortlist import service
from app.shortlist.export import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, to_csv, to_xlsx
from app.shortlist.ranking import Cell, Decision, Filters
from app.shortlist.schemas import ShortlistRead
from matching.result import Recommendation

router = APIRouter(prefix="/v1", tags=["shortlist"])

Format = Literal["json", "csv", "xlsx"]


def _format(requested: Format | None, accept: str) -> Format:
    if requested is not None:
        return requested
    if CSV_MEDIA_TYPE in accept:
        return "csv"
    if XLSX_MEDIA_TYPE in accept:
        return "xlsx"
    return "json"


def _blind_for(role: Role, blind: bool | None) -> bool:
    """A panel key always sees the shortlist blind; asking otherwise is refused, not ignored."""
    if role is Role.panel:
        if blind is False:
            raise Problem(
                403,
                "panel keys see the shortlist blind; names and contact details are for recruiters",
                code="forbidden",
            )
        return True
    return bool(blind)


def _panel_outcome_only(cell: Cell) -> Cell:
    """The cell as an ATS may see it: the panel's agreed verdict and score as one "panel"
    mark, never a member's own verdict, score or reason; a split panel as no panel at all
    (the effective figures are then the machine's)."""
    a = cell.agreement
    if a is None or not a.scored:
        return cell
    if not a.agreed or a.agreed_verdict is None or a.agreed_score is None:
        return replace(cell, agreement=None)
    panel = MemberScore(member="panel", verdict=a.agreed_verdict, score=a.agreed_score)
    return replace(cell, agreement=replace(a, members=(panel,)))


def _filename(title: str, extension: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "vacancy"
    return f"shortlist-{slug[:60]}.{extension}"


@router.get(
    "/vacancies/{vacancy_id}/shortlist",
    response_model=ShortlistRead,
    responses={
        200: {
            "content": {CSV_MEDIA_TYPE: {}, XLSX_MEDIA_TYPE: {}},
            "description": "The ranked shortlist (JSON, or CSV/XLSX by format= or Accept).",
        }
    },
)
def get_shortlist(
    vacancy_id: str,
    request: Request,
    principal: AnyKey,
    session: DbSession,
    format: Annotated[Format | None, Query(description="json, csv or xlsx")] = None,
    blind: Annotated[
        bool | None,
        Query(
            description="Hide names, contact details, external ids and disability status; "
            "always true for panel keys (false is 403)."
        ),
    ] = None,
    recommendation: Recommendation | None = None,
    decision: Annotated[
        Decision | Literal["none"] | None,
        Query(description="shortlist, reject, reserve, or none (not decided yet)"),
    ] = None,
    min_score: Annotated[float | None, Query(ge=0)] = None,
    needs_review: bool | None = None,
    guaranteed_interview: bool | None = None,
) -> ShortlistRead | Response:
    """Applicants ranked: essential gate first (all sift essentials met, then review, then
    not met), then total score, then fewer criteria needing review, then applicant number. The
    panel's agreed scores and a finalised decision override the machine's; both are shown."""
    filters = Filters(
        recommendation=recommendation,
        decision=decision if isinstance(decision, Decision) else None,
        undecided=decision == "none",
        min_score=min_score,
        needs_review=needs_review,
        guaranteed_interview=guaranteed_interview,
    )
    blind = _blind_for(principal.role, blind)
    chosen = _format(format, request.headers.get("accept", ""))
    shortlist = service.build(session, principal, vacancy_id, filters, evidence=chosen == "xlsx")
    if principal.role is Role.ats:
        rows = [
            replace(
                r,
                cells=tuple(map(_panel_outcome_only, r.cells)),
                candidate=replace(r.candidate, panel_completed_by=()),  # members' names
            )
            for r in shortlist.rows
        ]
        shortlist = replace(shortlist, rows=rows)
    if chosen == "csv":
        return Response(
            to_csv(shortlist.spec, shortlist.rows, blind=blind),
            media_type=f"{CSV_MEDIA_TYPE}; charset=utf-8",
            headers={
                "Content-Disposition": (
                    f'attachment; filename="{_filename(shortlist.vacancy.title, "csv")}"'
                )
            },
        )
    if chosen == "xlsx":
        return Response(
            to_xlsx(shortlist.spec, shortlist.rows, blind=blind),
            media_type=XLSX_MEDIA_TYPE,
            headers={
                "Content-Disposition": (
                    f'attachment; filename="{_filename(shortlist.vacancy.title, "xlsx")}"'
                )
            },
        )
    return service.to_read(shortlist, blind=blind)
