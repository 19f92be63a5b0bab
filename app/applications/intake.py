"""Read one application from a JSON or multipart request body."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from app.applications.schemas import ApplicationCreate
from app.errors import Problem, describe_errors
from app.payloads import Payload, read_upload
from app.scoring.service import (
    Statement,
    decode_base64,
    statement_from_document,
    statement_from_text,
)
from app.settings import Settings
from matching.applicant import Applicant


def _invalid(error: ValidationError, prefix: str = "") -> Problem:
    return Problem(422, describe_errors(error, prefix), code="invalid-request")


def single_upload(
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
