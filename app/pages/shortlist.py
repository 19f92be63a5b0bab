"""The shortlisting matrix, its CSV/XLSX export, and the panel progress page."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import RedirectResponse

from app.db import DbSession
from app.errors import Problem, not_found
from app.pages.views import SORTS, sort_entries
from app.pages.web import PageRoute, SignedIn, Visitor, render
from app.panel import service as panel_service
from app.shortlist import repository as shortlist_repository
from app.shortlist import service as shortlist_service
from app.shortlist.export import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, to_csv, to_xlsx
from app.shortlist.ranking import GATE_RECOMMENDATION, Decision, Filters, Gate
from app.vacancies.titles import titles

router = APIRouter(route_class=PageRoute, include_in_schema=False)

Choice = Annotated[str, Query(max_length=200)]


def _choice(name: str, value: str, allowed: list[str]) -> str | None:
    """An optional filter value: empty means any; anything not offered is a 422 page."""
    if not value:
        return None
    if value not in allowed:
        raise Problem(422, f"{name}: choose one of {', '.join(allowed)}")
    return value


def _filters(gate: str, decision: str, review: str, guaranteed: str) -> Filters:
    chosen_gate = _choice("gate", gate, [g.value for g in Gate])
    chosen_decision = _choice("decision", decision, [*(d.value for d in Decision), "none"])
    yes_no = ["yes", "no"]
    chosen_review = _choice("needs review", review, yes_no)
    chosen_guaranteed = _choice("guaranteed interview", guaranteed, yes_no)
    return Filters(
        recommendation=GATE_RECOMMENDATION[Gate(chosen_gate)] if chosen_gate else None,
        decision=Decision(chosen_decision) if chosen_decision not in (None, "none") else None,
        undecided=chosen_decision == "none",
        needs_review=None if chosen_review is None else chosen_review == "yes",
        guaranteed_interview=None if chosen_guaranteed is None else chosen_guaranteed == "yes",
    )


def _blind(visitor: Visitor, names: str) -> bool:
    """Blind unless a recruiter or admin asks for names; panels always shortlist blind."""
    return not (names == "1" and visitor.is_staff)


@router.get("/vacancies/{vacancy_id}")
def vacancy(vacancy_id: str) -> Response:
    """A vacancy's own address opens its shortlist."""
    return RedirectResponse(f"/vacancies/{quote(vacancy_id, safe='')}/shortlist", status_code=303)


@router.get("/vacancies/{vacancy_id}/shortlist")
def matrix(
    request: Request,
    vacancy_id: str,
    visitor: SignedIn,
    session: DbSession,
    names: Choice = "",
    gate: Choice = "",
    decision: Choice = "",
    review: Choice = "",
    guaranteed: Choice = "",
    sort: Choice = "rank",
) -> Response:
    filters = _filters(gate, decision, review, guaranteed)
    built = shortlist_service.build(session, visitor.principal, vacancy_id, filters)
    criterion_sorts = [f"criterion:{c.id}" for c in built.spec.criteria]
    if sort not in (*SORTS, *criterion_sorts):
        raise Problem(422, "sort: choose rank, applicant, score or a criterion column")
    blind = _blind(visitor, names)
    shortlist = shortlist_service.to_read(built, blind=blind)
    query = {
        "names": names if not blind else "",
        "gate": gate,
        "decision": decision,
        "review": review,
        "guaranteed": guaranteed,
    }
    return render(
        request,
        "shortlist.html",
        shortlist=shortlist,
        entries=sort_entries(shortlist.applicants, sort),
        sort=sort,
        query=query,
        filtered=any(query[k] for k in ("gate", "decision", "review", "guaranteed")),
        later={c.id for c in built.spec.criteria if not c.assessed_at_sift},
    )


def _filename(title: str, extension: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "vacancy"
    return f"shortlist-{slug[:60]}.{extension}"


@router.get("/vacancies/{vacancy_id}/shortlist/export")
def export(
    vacancy_id: str,
    visitor: SignedIn,
    session: DbSession,
    format: Choice = "xlsx",
    names: Choice = "",
    gate: Choice = "",
    decision: Choice = "",
    review: Choice = "",
    guaranteed: Choice = "",
) -> Response:
    chosen = _choice("format", format, ["csv", "xlsx"])
    built = shortlist_service.build(
        session,
        visitor.principal,
        vacancy_id,
        _filters(gate, decision, review, guaranteed),
        evidence=chosen != "csv",  # the XLSX export has an evidence sheet
    )
    blind = _blind(visitor, names)
    filename = _filename(built.vacancy.title, chosen or "xlsx")
    disposition = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if chosen == "csv":
        return Response(
            to_csv(built.spec, built.rows, blind=blind),
            media_type=f"{CSV_MEDIA_TYPE}; charset=utf-8",
            headers=disposition,
        )
    return Response(
        to_xlsx(built.spec, built.rows, blind=blind),
        media_type=XLSX_MEDIA_TYPE,
        headers=disposition,
    )


@router.get("/vacancies/{vacancy_id}/panel")
def progress(
    request: Request, vacancy_id: str, visitor: SignedIn, session: DbSession, names: Choice = ""
) -> Response:
    """Who has completed which applicants, what is left, and the panel's shortlisting matrix."""
    principal = visitor.principal
    vacancy = shortlist_repository.vacancy_in_org(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    applications = shortlist_repository.applications_of(session, principal.org_id, vacancy.id)
    blind = _blind(visitor, names)
    built = shortlist_service.build(session, principal, vacancy.id, Filters())
    return render(
        request,
        "progress.html",
        vacancy=vacancy,
        progress=panel_service.progress(session, principal, vacancy.id, applications),
        shortlist=shortlist_service.to_read(built, blind=blind),
        sift=[c for c in built.spec.criteria if c.assessed_at_sift],
        named=titles(built.spec.criteria),
        names="" if blind else "1",
    )
