"""Applications: upload one (JSON or a file) or many (files and .zip archives), list, read,
download the original document, and rescore a vacancy with its latest spec version."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError

from app import audit, openapi
from app.applications import bulk, repository, service
from app.applications.schemas import (
    ApplicationCreate,
    ApplicationPage,
    ApplicationRead,
    BulkItem,
    BulkRead,
)
from app.auth.dependencies import AnyKey, Reader, Staff, Uploader
from app.auth.service import Principal, Role
from app.db import DbSession
from app.errors import Problem, describe_errors
from app.models import SpecVersion, Vacancy
from app.payloads import Body, Payload, read_upload
from app.scoring.service import (
    Statement,
    decode_base64,
    score_statement,
    statement_from_document,
    statement_from_text,
)
from app.settings import Settings
from app.vacancies import service as vacancy_service
from app.vacancies.schemas import RescoreRead
from app.webhooks.service import enqueue_event
from criteria.spec import RoleSpec
from matching.applicant import Applicant

router = APIRouter(tags=["applications"])
log = logging.getLogger(__name__)

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
                        }
                    },
                }
            }
        },
    }
}


def _invalid(error: ValidationError, prefix: str = "") -> Problem:
    return Problem(422, describe_errors(error, prefix), code="invalid-request")


def _single_upload(
    body: Payload, settings: Settings
) -> tuple[Statement, Applicant | None, str | None, dict[str, Any]]:
    """(statement, applicant, external_id, what to fingerprint) from a JSON or multipart body."""
    if body.kind == "json":
        try:
            create = ApplicationCreate.model_validate(body.json_object())
        except ValidationError as error:
            raise _invalid(error) from None
        statement_in = create.statement
        if statement_in.text is not None:
            statement = statement_from_text(statement_in.text)
        else:
            data = decode_base64(statement_in.document_base64 or "")
            statement = statement_from_document(
                data, statement_in.filename or "document", max_bytes=settings.max_upload_bytes
            )
        applicant, external_id = create.applicant, create.external_id
    elif body.kind == "multipart":
        uploads = body.files("file")
        if len(uploads) != 1:
            raise Problem(422, "send one file in the form field 'file'", code="invalid-request")
        filename = uploads[0].filename or "document"
        statement = statement_from_document(
            read_upload(uploads[0], settings.max_upload_bytes),
            filename,
            max_bytes=settings.max_upload_bytes,
        )
        applicant = _applicant_field(body.field("applicant"))
        external_id = body.field("external_id") or None
        if external_id is not None and len(external_id) > 200:
            raise Problem(422, "external_id: at most 200 characters", code="invalid-request")
    else:
        raise Problem(415, "send application/json or multipart/form-data", code="unsupported-type")
    request = {
        "external_id": external_id,
        "statement_sha256": statement.sha256,
        "filename": statement.filename,
        "applicant": applicant.model_dump(mode="json") if applicant else None,
    }
    return statement, applicant, external_id, request


def _applicant_field(raw: str | None) -> Applicant | None:
    if raw is None or not raw.strip():
        return None
    try:
        return Applicant.model_validate(json.loads(raw))
    except json.JSONDecodeError as error:
        raise Problem(
            422, f"applicant: not valid JSON: {error.msg}", code="invalid-request"
        ) from None
    except ValidationError as error:
        raise _invalid(error, "applicant.") from None


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
    statement, applicant, external_id, asked = _single_upload(body, settings)
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
    request_hash = service.fingerprint(
        vacancy.id,
        {"files": [[name, hashlib.sha256(data).hexdigest()] for name, data in contents]},
    )
    if idempotency_key is not None:
        stored = service.replay(session, principal.org_id, idempotency_key, request_hash)
        if stored is not None:
            return JSONResponse(stored.body, status_code=stored.status)
    vacancy_service.ensure_open(vacancy)
    version = vacancy_service.latest_version(session, vacancy)
    spec = vacancy_service.spec_of(version)
    results: list[BulkItem] = []
    seen: dict[str, BulkItem] = {}
    for name, data in contents:
        for item in bulk.expand(name, data, settings):
            results.append(
                _bulk_item(session, principal, vacancy, version, spec, item, seen, settings)
            )
    reply = BulkRead(
        vacancy_id=vacancy.id,
        spec_version=version.version,
        stored=sum(1 for r in results if r.status == "stored"),
        duplicates=sum(1 for r in results if r.status == "duplicate"),
        refused=sum(1 for r in results if r.status == "refused"),
        files=results,
    )
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "applications.bulk_uploaded",
        "vacancy",
        vacancy.id,
        {"stored": reply.stored, "duplicates": reply.duplicates, "refused": reply.refused},
    )
    enqueue_event(
        session,
        principal.org_id,
        "applications.bulk_completed",
        {
            "vacancy_id": vacancy.id,
            "spec_version": version.version,
            "stored": reply.stored,
            "duplicates": reply.duplicates,
            "refused": reply.refused,
            "applications": [
                {"id": r.application_id, "applicant_ref": r.applicant_ref}
                for r in results
                if r.status == "stored"
            ],
        },
    )
    body_json = reply.model_dump(mode="json")
    service.remember(
        session, principal.org_id, idempotency_key, request_hash, service.Reply(200, body_json)
    )
    session.commit()
    return JSONResponse(body_json, status_code=200)


def _bulk_item(
    session: DbSession,
    principal: Principal,
    vacancy: Vacancy,
    version: SpecVersion,
    spec: RoleSpec,
    item: bulk.Item,
    seen: dict[str, BulkItem],
    settings: Settings,
) -> BulkItem:
    """Store one file of a bulk upload in its own transaction, or say why not."""
    if item.data is None:
        return BulkItem(
            filename=item.name, status="refused", status_code=item.status_code, detail=item.detail
        )
    try:
        statement = statement_from_document(
            item.data, item.name.rsplit("/", 1)[-1], max_bytes=settings.max_upload_bytes
        )
    except Problem as problem:
        return BulkItem(
            filename=item.name, status="refused", status_code=problem.status, detail=problem.detail
        )
    earlier = seen.get(statement.sha256)
    existing = repository.by_sha256(session, vacancy.id, statement.sha256)
    if earlier is not None or existing is not None:
        return BulkItem(
            filename=item.name,
            status="duplicate",
            status_code=200,
            application_id=existing.id if existing else earlier.application_id,
            applicant_ref=existing.applicant_ref if existing else earlier.applicant_ref,
            detail="the same file is already stored for this vacancy",
        )
    try:
        result = score_statement(
            spec, statement, applicant=None, reference_date=None, endpoint="bulk"
        )
        application = service.store(
            session,
            principal,
            vacancy,
            version,
            statement,
            result,
            applicant=None,
            external_id=None,
            source="bulk",
        )
        session.commit()
    except DBAPIError:
        session.rollback()
        raise  # the database is gone: the whole upload stops (503), stored files stay stored
    except Exception:
        session.rollback()
        log.exception("bulk upload: a file could not be scored or stored")
        return BulkItem(
            filename=item.name,
            status="refused",
            status_code=500,
            detail="the file could not be scored; it was not stored (the error is logged)",
        )
    stored = BulkItem(
        filename=item.name,
        status="stored",
        status_code=201,
        application_id=application.id,
        applicant_ref=application.applicant_ref,
    )
    seen[statement.sha256] = stored
    return stored


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
    return ApplicationPage(
        items=service.summaries(session, rows), total=total, limit=limit, offset=offset
    )


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
    blind: Annotated[bool, Query(description="Leave out name and contact details.")] = False,
) -> ApplicationRead:
    application = service.get_application(session, principal, application_id)
    return service.read(
        session,
        application,
        include_text=include == "text",
        blind=blind or principal.role is Role.panel,
    )


@router.get(
    "/applications/{application_id}/document",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
    summary="The original uploaded document, byte for byte",
)
def get_document(application_id: str, principal: Reader, session: DbSession) -> Response:
    application = service.get_application(session, principal, application_id)
    if application.document is None:
        raise Problem(
            404,
            "this application has no document (it was sent as text, or erased)",
            code="no-document",
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
