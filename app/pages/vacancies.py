"""The vacancies list, creating a vacancy (from a job description or the role library, with the
criteria shown for the recruiter to confirm or edit first), and uploading statements."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, Response, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from app.applications import bulk
from app.applications.identity import MAX_MANIFEST_BYTES, Identity, given, read_manifest
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
from app.vacancies.asks import asks_in_words, criterion_asks, topic_groups
from app.vacancies.drafts import unsure_of
from app.vacancies.intake import specs_from_payload
from app.vacancies.rule_words import KIND_WORDS, rule_in_words
from app.vacancies.titles import derived_title, title_of
from criteria.loader import SpecError
from criteria.roles import library_role, library_roles
from criteria.spec import Criterion, Priority, RoleSpec, Stage
from matching.topics import topic_names

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

    index: int
    criterion: Criterion
    keep: bool
    title: str
    text: str
    priority: str
    stages: tuple[str, ...]
    rule: str  # "keep" (the rule as read), "evidence", or "edit" (the settings below)
    rule_json: str
    rule_words: str
    merge: str  # "" or the index of the criterion this one is merged into
    unsure: tuple[str, ...]
    asks: str  # an evidence criterion's kind and topics, in words ("" for a rule)
    topics_read: str  # the topic ids it was read as asking, as first shown (space-separated)
    topic_ids: tuple[str, ...]  # the topics chosen (ticked, or carried while the list is shut)
    topics_open: bool  # whether the topics are shown to tick (after "Correct what it asks")
    focus: bool  # the row whose topics were asked for just now


@dataclass(frozen=True)
class NewRow:
    """A blank row for a criterion the document missed."""

    index: int
    title: str = ""
    text: str = ""
    priority: str = "essential"
    stages: tuple[str, ...] = ("application", "interview")


def _rule_json(criterion: Criterion) -> str:
    if criterion.rule is None:
        return ""
    return json.dumps(criterion.rule.model_dump(mode="json", exclude_none=True), indent=1)


def draft_rows(
    spec: RoleSpec, notes: list[str], posted: FormData | None = None, topics_for: int | None = None
) -> list[DraftRow]:
    """The spec's criteria as read, or with the choices a refused form posted; ``topics_for``
    is the row whose topics the recruiter asked to correct (its list opens)."""
    rows = []
    known = topic_names()  # a refused id is not carried back
    for index, c in enumerate(spec.criteria):
        words = rule_in_words(c.rule) if c.rule is not None else ""
        unsure = unsure_of(c, notes)
        asks, read = "", ()
        if c.rule is None:
            asked = criterion_asks(c.text, c.topics)
            asks, read = asks_in_words(asked), asked.evidence_topics
        if posted is None:
            rows.append(
                DraftRow(
                    index,
                    c,
                    True,
                    title_of(c),
                    c.text,
                    c.priority.value,
                    tuple(s.value for s in c.assessed_by),
                    "keep" if c.rule is not None else "evidence",
                    _rule_json(c),
                    words,
                    "",
                    unsure,
                    asks,
                    " ".join(read),
                    read,
                    index == topics_for,
                    index == topics_for,
                )
            )
            continue
        rows.append(
            DraftRow(
                index,
                c,
                posted.get(f"include_{index}") == "on",
                str(posted.get(f"ctitle_{index}") or title_of(c)),
                str(posted.get(f"text_{index}") or c.text),
                str(posted.get(f"priority_{index}") or c.priority.value),
                tuple(str(s) for s in posted.getlist(f"assessed_{index}")),
                str(posted.get(f"rule_{index}") or "keep"),
                str(posted.get(f"rule_json_{index}") or _rule_json(c)),
                words,
                str(posted.get(f"merge_{index}") or ""),
                unsure,
                asks,
                str(posted.get(f"topics_read_{index}") or ""),
                tuple(t for t in map(str, posted.getlist(f"topics_{index}")) if t in known),
                index == topics_for or f"topics_open_{index}" in posted,
                index == topics_for,
            )
        )
    return rows


def new_rows(posted: FormData | None, extra: int) -> list[NewRow]:
    rows = []
    for k in range(extra):
        if posted is None:
            rows.append(NewRow(k))
            continue
        rows.append(
            NewRow(
                k,
                str(posted.get(f"new_title_{k}") or ""),
                str(posted.get(f"new_text_{k}") or ""),
                str(posted.get(f"new_priority_{k}") or "essential"),
                tuple(str(s) for s in posted.getlist(f"new_assessed_{k}"))
                or ("application", "interview"),
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
    extra: int = 1,
    topics_for: int | None = None,
) -> Response:
    drafts = []
    for i, spec in enumerate(specs):
        notes = unsure[i] if i < len(unsure) else []
        rows = draft_rows(spec, notes, posted, topics_for)
        marked = {note for row in rows for note in row.unsure}
        drafts.append(
            {
                "spec": spec,
                "title": str(posted.get("title") or "") if posted is not None else spec.title,
                "spec_json": json.dumps(spec.model_dump(mode="json")),
                "unsure": notes,
                "general_unsure": [note for note in notes if note not in marked],
                "unsure_count": sum(1 for row in rows if row.unsure),
                "rows": rows,
                "new_rows": new_rows(posted, extra),
                "extra": extra,
            }
        )
    return render(
        request,
        "vacancy_confirm.html",
        status_code=status_code,
        drafts=drafts,
        reference=reference or "",
        stages=list(Stage),
        priorities=list(Priority),
        rule_kinds=KIND_WORDS,
        topic_groups=topic_groups(),
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


def _slug(text: str, taken: set[str]) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-") or "criterion"
    slug, n = words, 2
    while slug in taken:
        slug, n = f"{words}-{n}", n + 1
    return slug


def _stages(form: FormData, name: str, label: str) -> list[str]:
    stages = [str(s) for s in form.getlist(name)]
    if not stages:
        raise Problem(
            422,
            f"{label}: tick at least one way it is assessed (application form, interview, ...)",
        )
    return stages


def _edited_rule(form: FormData, index: int, criterion: dict[str, Any], label: str) -> Any:
    choice = form.get(f"rule_{index}")
    if choice == "evidence":
        return None
    if choice != "edit":
        return criterion.get("rule")
    raw = str(form.get(f"rule_json_{index}") or "").strip()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise Problem(
            422,
            f"{label}: the rule's settings are not valid JSON "
            f"({error.msg}, line {error.lineno})",
        ) from None


def _edited_topics(
    form: FormData, index: int, criterion: dict[str, Any], text: str, rule: Any
) -> list[str] | None:
    """The criterion's ``topics``: the ones ticked when the recruiter changed the ticks (None
    when they are what its words are read as asking anyway); when the ticks are as shown, the
    spec's own, unless the wording changed: new words are read again."""
    if rule is not None:
        return None
    as_shown = f"topics_read_{index}"
    if as_shown in form:
        ticked = list(dict.fromkeys(str(t) for t in form.getlist(f"topics_{index}")))
        if set(ticked) != set(str(form.get(as_shown) or "").split()):
            from_words = criterion_asks(text).evidence_topics
            return None if set(ticked) == set(from_words) else ticked
    as_read = " ".join(str(criterion.get("text") or "").split())
    return criterion.get("topics") if text == as_read else None


def edited_spec(form: FormData) -> RoleSpec:
    """The draft spec with the recruiter's edits applied: the vacancy title; per criterion
    whether it is kept, its title, text, priority, how it is assessed, its rule (as read, none,
    or edited settings), what an evidence criterion asks (its topics) and whether it is merged
    into another; and criteria added."""
    try:
        data = json.loads(str(form.get("spec") or ""))
    except json.JSONDecodeError:
        raise Problem(422, "the draft specification was lost; start again") from None
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise Problem(422, "the draft specification was lost; start again")
    kept: dict[int, dict[str, Any]] = {}
    merges: list[tuple[int, int]] = []
    for index, criterion in enumerate(data["criteria"]):
        if not isinstance(criterion, dict) or form.get(f"include_{index}") != "on":
            continue
        edited = dict(criterion)
        text = " ".join(str(form.get(f"text_{index}") or edited.get("text") or "").split())
        label = f"criterion {index + 1} ({text[:40] or edited.get('id')})"
        if not text:
            raise Problem(
                422, f"criterion {index + 1}: its text is empty; untick it to leave it out"
            )
        edited["text"] = text
        title = " ".join(str(form.get(f"ctitle_{index}") or "").split())[:80]
        edited.pop("title", None)
        if title and title != derived_title(text):
            edited["title"] = title
        edited["priority"] = form.get(f"priority_{index}") or edited.get("priority")
        edited["assessed_by"] = _stages(form, f"assessed_{index}", label)
        edited["rule"] = _edited_rule(form, index, criterion, label)
        edited["topics"] = _edited_topics(form, index, criterion, text, edited["rule"])
        merge = str(form.get(f"merge_{index}") or "")
        if merge:
            if not merge.isdigit() or int(merge) == index:
                raise Problem(422, f"{label}: choose another criterion to merge it into")
            merges.append((index, int(merge)))
        kept[index] = edited
    for source, target in merges:
        if target not in kept or any(s == target for s, _ in merges):
            raise Problem(
                422,
                f"criterion {source + 1}: it is merged into criterion {target + 1}, which is "
                "left out or merged itself; merge it into a criterion that stays",
            )
        kept[target]["text"] = f"{kept[target]['text']}; {kept[source]['text']}"
    criteria = [c for i, c in kept.items() if i not in {s for s, _ in merges}]
    taken = {str(c.get("id")) for c in criteria}
    k = 0
    while f"new_text_{k}" in form:
        text = " ".join(str(form.get(f"new_text_{k}") or "").split())
        if text:
            added: dict[str, Any] = {
                "id": _slug(text, taken),
                "text": text,
                "priority": form.get(f"new_priority_{k}") or "essential",
                "assessed_by": _stages(
                    form, f"new_assessed_{k}", f"the new criterion {text[:40]!r}"
                ),
            }
            title = " ".join(str(form.get(f"new_title_{k}") or "").split())[:80]
            if title:
                added["title"] = title
            taken.add(added["id"])
            criteria.append(added)
        k += 1
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
    extra = _count(form.get("extra"))
    draft = _draft_as_read(form)
    notes = [str(note) for note in form.getlist("unsure")]
    action = str(form.get("action") or "")
    if action == "add" and draft is not None:  # one more blank row, nothing saved
        return _confirm(request, [draft], [notes], reference, posted=form, extra=extra + 1)
    wanted = action.removeprefix("topics_")
    if wanted != action and wanted.isdigit() and draft is not None:  # topics to tick, no save
        return _confirm(
            request, [draft], [notes], reference, posted=form, extra=extra, topics_for=int(wanted)
        )
    try:
        spec = edited_spec(form)
    except Problem as problem:
        if draft is None:
            raise
        return _confirm(
            request,
            [draft],
            [notes],
            reference,
            posted=form,
            error=problem.detail,
            status_code=problem.status,
            extra=extra,
        )
    vacancy, _ = vacancy_service.create_vacancy(
        session, visitor.principal, spec, reference=reference.strip() or None
    )
    return RedirectResponse(f"/vacancies/{vacancy.id}/upload?created=1", status_code=303)


def _count(value: object, most: int = 20) -> int:
    """How many blank rows for new criteria the page showed (1 to ``most``)."""
    text = str(value or "1")
    return min(max(int(text), 1), most) if text.isdigit() else 1


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
    return _upload_form(
        request, session, vacancy, None, created=request.query_params.get("created") == "1"
    )


def _upload_form(
    request: Request,
    session: Session,
    vacancy: Vacancy,
    result: BulkRead | None,
    *,
    created: bool = False,
) -> Response:
    read = vacancy_service.read(session, vacancy)
    return render(
        request,
        "upload.html",
        vacancy=read,
        criteria=read.spec.get("criteria", []),
        accept=UPLOAD_SUFFIXES,
        result=result,
        created=created,
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
    manifest: Annotated[UploadFile | None, File()] = None,
    name: Annotated[str, Form(max_length=300)] = "",
    email: Annotated[str, Form(max_length=300)] = "",
    reference: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Store statements (the page sends one file per request to show a progress bar per file,
    with the name, email and reference typed on its row; without JavaScript the form sends them
    all at once). A CSV manifest names the applicants of many files. One result line per file."""
    try:
        typed = given(name, email, reference)
        listed = _manifest(manifest)
        vacancy, reply = _store(request, vacancy_id, visitor, session, files, listed, typed)
    except Problem as problem:
        if not _wants_json(request):
            raise
        return problem_response(request, problem.status, problem.detail)
    if _wants_json(request):
        counted = vacancy_service.read(session, vacancy).applications
        return JSONResponse({**reply.model_dump(mode="json"), "applications": counted})
    return _upload_form(request, session, vacancy, reply)


def _manifest(upload: UploadFile | None) -> dict[str, Identity]:
    if upload is None or not (upload.filename or upload.size):
        return {}
    return read_manifest(read_upload(upload, MAX_MANIFEST_BYTES))


def _store(
    request: Request,
    vacancy_id: str,
    visitor: Visitor,
    session: Session,
    files: list[UploadFile],
    manifest: dict[str, Identity],
    typed: Identity,
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
    reply = bulk.upload(
        session, visitor.principal, vacancy, contents, settings, manifest=manifest, typed=typed
    )
    return vacancy, reply
