"""Applications: upload one (JSON or a file) or many (files and .zip archives), list, read,
download the original document, and rescore a vacancy with its latest spec version."""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError

from app import openapi
from app.applications import bulk, identity, intake, repository, service
from app.applications.schemas import (
    ApplicantUpdate,
    ApplicationCreate,
    ApplicationPage,
    ApplicationRead,
    BulkRead,
    ResultRead,
)
from app.auth.dependencies import AnyKey, Reader, Staff, Uploader
from app.auth.service import Role
from app.db import DbSession
from app.errors import Problem
from app.payloads import Body, read_upload
from app.scoring.service import CONTENT_TYPES
from app.settings import Settings
from app.vacancies import service as vacancy_service
from app.vacancies.schemas import RescoreRead

BLIND_FIELDS = frozenset({"disability_confident"})
# What GET .../document may answer with: each stored type (app.scoring.service), or any other
DOCUMENT_TYPES = (*sorted(set(CONTENT_TYPES.values())), "application/octet-stream")

router = APIRouter(tags=["applications"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        max_length=255,
        description="Retry-safe uploads: the same key and body replays the first response; "
        "the same key with another body is a 409.",
    ),
]

_FILE_FIELD = {"type": "string", "format": "binary"}
_SINGLE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": openapi.ref(ApplicationCreate)},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": _FILE_FIELD,
                        "applicant": {"type": "string", "description": "Applicant JSON."},
                        "external_id": {"type": "string"},
                    },
                }
            },
        },
    }
}
_BULK_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": _FILE_FIELD,
                            "description": "Statements (.docx, .pdf, .odt, .rtf, .txt) "
                            "and/or .zip archives of them.",
                        },
                        "manifest": {
                            **_FILE_FIELD,
                            "description": "Optional CSV naming each file's applicant: "
                            "file,name,email,reference (the reference is the external_id).",
                        },
                    },
                }
            }
        },
    }
}


@router.post(
    "/vacancies/{vacancy_id}/applications",
    status_code=201,
    response_model=ApplicationRead,
    responses={200: {"description": "Already stored (same external_id or Idempotency-Key)."}},
    openapi_extra=_SINGLE_BODY,
    summary="Upload one statement (JSON text/base64 or a file); it is scored on arrival",
)
def create_application(
    request: Request,
    vacancy_id: str,
    principal: Uploader,
    session: DbSession,
    body: Body,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    settings: Settings = request.app.state.settings
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    statement, applicant, external_id, asked = intake.single_upload(body, settings)
    request_hash = service.fingerprint(vacancy.id, asked)
    if idempotency_key is not None:
        stored = service.replay(session, principal.org_id, idempotency_key, request_hash)
        if stored is not None:
            return JSONResponse(stored.body, status_code=stored.status)
    reply = service.submit(
        session,
        principal,
        vacancy,
        statement=statement,
        applicant=applicant,
        external_id=external_id,
        idempotency_key=idempotency_key,
        request_hash=request_hash,
    )
    return JSONResponse(reply.body, status_code=reply.status)


@router.post(
    "/vacancies/{vacancy_id}/applications/bulk",
    response_model=BulkRead,
    openapi_extra=_BULK_BODY,
    summary="Upload many statements (files and/or .zip archives); one result line per file",
)
def bulk_upload(
    request: Request,
    vacancy_id: str,
    principal: Uploader,
    session: DbSession,
    body: Body,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    settings: Settings = request.app.state.settings
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    if body.kind != "multipart":
        raise Problem(
            415, "a bulk upload is multipart/form-data with 'files'", code="unsupported-type"
        )
    uploads = body.files("files") + body.files("file")
    if not uploads:
        raise Problem(422, "send the statements in the form field 'files'", code="invalid-request")
    contents = [
        (u.filename or f"file-{i + 1}", read_upload(u, settings.max_bulk_bytes))
        for i, u in enumerate(uploads)
    ]
    manifest_files = body.files("manifest")
    manifest_data = (
        read_upload(manifest_files[0], identity.MAX_MANIFEST_BYTES) if manifest_files else b""
    )
    manifest = identity.read_manifest(manifest_data) if manifest_files else {}
    asked: dict[str, object] = {
        "files": [[name, hashlib.sha256(data).hexdigest()] for name, data in contents]
    }
    if manifest_files:
        asked["manifest"] = hashlib.sha256(manifest_data).hexdigest()
    request_hash = service.fingerprint(vacancy.id, asked)
    if idempotency_key is not None:
        stored = service.replay(session, principal.org_id, idempotency_key, request_hash)
        if stored is not None:
            return JSONResponse(stored.body, status_code=stored.status)
    reply = bulk.upload(session, principal, vacancy, contents, settings, manifest=manifest)
    body_json = reply.model_dump(mode="json")
    try:
        with session.begin_nested():
            service.remember(
                session,
                principal.org_id,
                idempotency_key,
                request_hash,
                service.Reply(200, body_json),
            )
    except IntegrityError:
        # A retry with this key ran at the same time and finished first: its answer is the one
        # replayed from now on; this answer still says truly what this request stored.
        pass
    session.commit()
    return JSONResponse(body_json, status_code=200)


@router.get(
    "/vacancies/{vacancy_id}/applications",
    response_model=ApplicationPage,
    summary="Applications to a vacancy (by applicant reference) with their latest scores",
)
def list_applications(
    vacancy_id: str,
    principal: AnyKey,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ApplicationPage:
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    rows, total = repository.applications_of(session, vacancy.id, limit=limit, offset=offset)
    blind = principal.role is Role.panel
    items = service.summaries(session, rows, blind=blind)
    if blind:  # no external id either: a council reference can identify the applicant
        items = [item.model_copy(update={"external_id": None}) for item in items]
    return ApplicationPage(items=items, total=total, limit=limit, offset=offset)


@router.get(
    "/applications/{application_id}",
    response_model=ApplicationRead,
    summary="One application with its results (every spec version it was scored with)",
)
def get_application(
    application_id: str,
    principal: AnyKey,
    session: DbSession,
    include: Annotated[
        Literal["text"] | None, Query(description="'text' adds the statement.")
    ] = None,
    blind: Annotated[
        bool,
        Query(
            description="Leave out name, contact details, external id, file name and "
            "disability status; always true for panel keys."
        ),
    ] = False,
) -> ApplicationRead:
    application = service.get_application(session, principal, application_id)
    blind = blind or principal.role is Role.panel
    read = service.read(session, application, include_text=include == "text", blind=blind)
    return _blinded(read) if blind else read


def _blinded(read: ApplicationRead) -> ApplicationRead:
    """What a blind view leaves out beyond name and contact details: the ATS's reference and
    the file name (both often name the applicant) and disability status (special category data;
    ``guaranteed_interview`` stays, as on the shortlist)."""

    def result(row: ResultRead | None) -> ResultRead | None:
        return row.model_copy(update={"disability_confident_claim": None}) if row else None

    return read.model_copy(
        update={
            "external_id": None,
            "filename": None,
            "applicant": {k: v for k, v in read.applicant.items() if k not in BLIND_FIELDS},
            "result": result(read.result),
            "earlier_results": [result(row) for row in read.earlier_results],
        }
    )


@router.patch(
    "/applications/{application_id}/applicant",
    response_model=ApplicationRead,
    summary="Record or correct the applicant's details (Disability Confident, licence, "
    "registration, date qualified, name, email, reference); scored again, audited",
)
def update_applicant(
    application_id: str, changes: ApplicantUpdate, principal: Uploader, session: DbSession
) -> ApplicationRead:
    application = service.get_application(session, principal, application_id)
    service.update_details(session, principal, application, changes)
    return service.read(session, application)


@router.get(
    "/applications/{application_id}/document",
    response_class=Response,
    responses={
        200: {
            "description": "The document as its sniffed type; for panel keys, text/plain.",
            "content": {kind: {} for kind in DOCUMENT_TYPES},
        }
    },
    summary="The original uploaded document, byte for byte (for panel keys: its text only)",
)
def get_document(application_id: str, principal: Reader, session: DbSession) -> Response:
    application = service.get_application(session, principal, application_id)
    if application.document is None:
        raise Problem(
            404,
            "this application has no document (it was sent as text, or erased)",
            code="no-document",
        )
    if principal.role is Role.panel:  # the file's name and author field would unblind it
        return Response(
            application.text,
            media_type="text/plain; charset=utf-8",
            headers={"Content-Disposition": _attachment(f"{application.applicant_ref}.txt")},
        )
    return Response(
        application.document,
        media_type=application.content_type or "application/octet-stream",
        headers={"Content-Disposition": _attachment(application.filename or "statement")},
    )


def _attachment(filename: str) -> str:
    """A Content-Disposition header safe for any file name (RFC 6266 ``filename*``)."""
    plain = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"


@router.post(
    "/vacancies/{vacancy_id}/rescore",
    response_model=RescoreRead,
    summary="Score the vacancy's applications with its latest spec version (earlier kept)",
)
def rescore(vacancy_id: str, principal: Staff, session: DbSession) -> RescoreRead:
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    version, rescored, already, skipped = service.rescore(session, principal, vacancy)
    return RescoreRead(
        vacancy_id=vacancy.id,
        version=version.version,
        rescored=rescored,
        already_scored=already,
        skipped=skipped,
    )
