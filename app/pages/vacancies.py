"""The vacancies list, creating a vacancy (from a job description or the role library, with the
criteria shown for the recruiter to confirm or edit first), and uploading statements."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, Response, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from app.applications import bulk
from app.applications.schemas import BulkRead
from app.db import DbSession
from app.errors import Problem, problem_response
from app.models import Vacancy
from app.pages import repository
from app.pages.web import (
    PageRoute,
    Posted,
    PostedForm,
    SignedIn,
    Visitor,
    render,
    require_staff,
)
from app.payloads import Payload, read_upload
from app.scoring.service import spec_from_data
from app.settings import Settings
from app.vacancies import repository as vacancy_repository
from app.vacancies import service as vacancy_service
from app.vacancies.intake import specs_from_payload
from criteria.loader import SpecError
from criteria.roles import library_role, library_roles
from criteria.spec import Criterion, Priority, RoleSpec, Stage

router = APIRouter(route_class=PageRoute, include_in_schema=False)
UPLOAD_SUFFIXES = ".docx,.pdf,.odt,.rtf,.txt,.zip"


@router.get("/vacancies")
def vacancies(request: Request, visitor: SignedIn, session: DbSession) -> Response:
    principal = visitor.principal
    rows, total = vacancy_repository.vacancies_of(
        session, principal.org_id, limit=500, offset=0, status=None
    )
    ids = [row.id for row in rows]
    mine = repository.completed_by_key(session, principal.key_id, ids) if visitor.is_panel else {}
    return render(
        request,
        "vacancies.html",
        vacancies=vacancy_service.summaries(session, rows),
        total=total,
        decided=repository.decided_counts(session, ids),
        mine=mine,
        library=library_roles() if visitor.is_staff else (),
    )


@dataclass(frozen=True)
class DraftRow:
    """One criterion on the confirm page with the choices shown for it."""

    criterion: Criterion
    keep: bool
    priority: str
    stages: tuple[str, ...]
    rule: str  # "keep" (the rule as read) or "evidence"


def draft_rows(spec: RoleSpec, posted: FormData | None = None) -> list[DraftRow]:
    """The spec's criteria as read, or with the choices a refused form posted."""
    rows = []
    for index, c in enumerate(spec.criteria):
        if posted is None:
            rows.append(
                DraftRow(c, True, c.priority.value, tuple(s.value for s in c.assessed_by), "keep")
            )
            continue
        rows.append(
            DraftRow(
                c,
                posted.get(f"include_{index}") == "on",
                str(posted.get(f"priority_{index}") or c.priority.value),
                tuple(str(s) for s in posted.getlist(f"assessed_{index}")),
                "evidence" if posted.get(f"rule_{index}") == "evidence" else "keep",
            )
        )
    return rows


def _confirm(
    request: Request,
    specs: list[RoleSpec],
    unsure: list[list[str]],
    reference: str | None,
    *,
    posted: FormData | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    drafts = [
        {
            "spec": spec,
            "title": str(posted.get("title") or "") if posted is not None else spec.title,
            "spec_json": json.dumps(spec.model_dump(mode="json")),
            "unsure": unsure[i] if i < len(unsure) else [],
            "rows": draft_rows(spec, posted),
        }
        for i, spec in enumerate(specs)
    ]
    return render(
        request,
        "vacancy_confirm.html",
        status_code=status_code,
        drafts=drafts,
        reference=reference or "",
        stages=list(Stage),
        priorities=list(Priority),
        error=error,
    )


@router.post("/vacancies/new/document")
def from_document(
    request: Request,
    visitor: Posted,
    form: PostedForm,
    file: Annotated[UploadFile, File()],
    reference: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    """Read a job description and show the criteria found, for confirming (nothing is stored)."""
    require_staff(visitor)
    if not file.filename:
        raise Problem(422, "choose a job description document to upload")
    settings: Settings = request.app.state.settings
    intake = specs_from_payload(
        Payload("multipart", form=form), max_bytes=settings.max_upload_bytes, creating=True
    )
    return _confirm(request, intake.specs, intake.unsure, reference.strip() or None)


@router.post("/vacancies/new/library")
def from_library(
    request: Request,
    visitor: Posted,
    role_id: Annotated[str, Form(max_length=120)],
    reference: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    require_staff(visitor)
    try:
        spec = library_role(role_id)
    except SpecError as error:
        raise Problem(422, str(error)) from None
    return _confirm(request, [spec], [], reference.strip() or role_id)


def edited_spec(form: FormData) -> RoleSpec:
    """The draft spec with the recruiter's choices applied: title, and per criterion whether it
    is kept, its priority, how it is assessed, and whether its rule is kept."""
    try:
        data = json.loads(str(form.get("spec") or ""))
    except json.JSONDecodeError:
        raise Problem(422, "the draft specification was lost; start again") from None
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise Problem(422, "the draft specification was lost; start again")
    criteria = []
    for index, criterion in enumerate(data["criteria"]):
        if not isinstance(criterion, dict) or form.get(f"include_{index}") != "on":
            continue
        edited = dict(criterion)
        edited["priority"] = form.get(f"priority_{index}") or edited.get("priority")
        stages = [str(s) for s in form.getlist(f"assessed_{index}")]
        if not stages:
            raise Problem(
                422,
                f"criterion {edited.get('id')!r}: tick at least one way it is assessed "
                "(application form, interview, ...)",
            )
        edited["assessed_by"] = stages
        if form.get(f"rule_{index}") == "evidence":
            edited["rule"] = None
        criteria.append(edited)
    if not criteria:
        raise Problem(422, "keep at least one criterion")
    title = str(form.get("title") or "").strip()
    if title:
        data["title"] = title
    data["criteria"] = criteria
    return spec_from_data(data)


@router.post("/vacancies/new")
def create(
    request: Request,
    visitor: Posted,
    session: DbSession,
    form: PostedForm,
    reference: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    """Create the vacancy as confirmed; a refused set of choices comes back on the confirm page
    with the choices kept and the problem said at the top."""
    require_staff(visitor)
    try:
        spec = edited_spec(form)
    except Problem as problem:
        draft = _draft_as_read(form)
        if draft is None:
            raise
        notes = [str(note) for note in form.getlist("unsure")]
        return _confirm(
            request,
            [draft],
            [notes],
            reference,
            posted=form,
            error=problem.detail,
            status_code=problem.status,
        )
    vacancy, _ = vacancy_service.create_vacancy(
        session, visitor.principal, spec, reference=reference.strip() or None
    )
    return RedirectResponse(f"/vacancies/{vacancy.id}/upload", status_code=303)


def _draft_as_read(form: FormData) -> RoleSpec | None:
    """The draft spec the confirm page was showing, or None when it did not survive the trip."""
    try:
        return RoleSpec.model_validate(json.loads(str(form.get("spec") or "")))
    except (ValueError, ValidationError):
        return None


@router.get("/vacancies/{vacancy_id}/upload")
def upload_page(
    request: Request, vacancy_id: str, visitor: SignedIn, session: DbSession
) -> Response:
    require_staff(visitor)
    vacancy = vacancy_service.get_vacancy(session, visitor.principal, vacancy_id)
    return _upload_form(request, session, vacancy, None)


def _upload_form(
    request: Request, session: Session, vacancy: Vacancy, result: BulkRead | None
) -> Response:
    return render(
        request,
        "upload.html",
        vacancy=vacancy_service.read(session, vacancy),
        accept=UPLOAD_SUFFIXES,
        result=result,
    )


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.post("/vacancies/{vacancy_id}/applications/bulk")
def upload(
    request: Request,
    vacancy_id: str,
    visitor: Posted,
    session: DbSession,
    files: Annotated[list[UploadFile], File()],
) -> Response:
    """Store statements (the page sends one file per request to show a progress bar per file;
    without JavaScript the form sends them all at once). One result line per file."""
    try:
        vacancy, reply = _store(request, vacancy_id, visitor, session, files)
    except Problem as problem:
        if not _wants_json(request):
            raise
        return problem_response(request, problem.status, problem.detail)
    if _wants_json(request):
        return JSONResponse(reply.model_dump(mode="json"))
    return _upload_form(request, session, vacancy, reply)


def _store(
    request: Request,
    vacancy_id: str,
    visitor: Visitor,
    session: Session,
    files: list[UploadFile],
) -> tuple[Vacancy, BulkRead]:
    require_staff(visitor)
    settings: Settings = request.app.state.settings
    vacancy = vacancy_service.get_vacancy(session, visitor.principal, vacancy_id)
    contents = [
        (f.filename or f"file-{i + 1}", read_upload(f, settings.max_bulk_bytes))
        for i, f in enumerate(files)
        if f.filename or f.size
    ]
    if not contents:
        raise Problem(422, "choose at least one statement to upload")
    return vacancy, bulk.upload(session, visitor.principal, vacancy, contents, settings)
