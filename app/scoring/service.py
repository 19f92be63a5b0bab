"""Turn an uploaded statement into text and a score; shared by /v1/score and the upload routes.

Every failure is a :class:`~app.errors.Problem`: 413 for an oversized document, 415 for a file
that is not a document whatever its name says (the content is sniffed), 422 for the rest.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.errors import Problem
from app.health import STATEMENTS_SCORED, UPLOADS_REFUSED
from app.scoring.limit import StatementTooSlow, timed_scoring
from criteria.documents import NOT_A_DOCUMENT, DocumentError, read_document
from criteria.loader import describe_validation_error
from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.result import ScoreResult

MAX_TEXT_CHARS = 200_000
HIDDEN_TEXT_PREVIEW = 120


@dataclass(frozen=True)
class Statement:
    """The text to score and, for an uploaded file, the file itself."""

    text: str
    sha256: str
    document: bytes | None = None
    filename: str | None = None
    content_type: str | None = None
    format: str = "text"
    warnings: list[str] = field(default_factory=list)


def spec_from_data(data: Any) -> RoleSpec:
    """Validate an inline spec; the 422 names the failing field, as the YAML loader does."""
    if not isinstance(data, dict):
        raise Problem(422, "spec: a role spec must be a mapping", code="invalid-spec")
    try:
        return RoleSpec.model_validate(data)
    except ValidationError as error:
        raise Problem(422, describe_validation_error(error), code="invalid-spec") from None


def statement_from_text(text: str) -> Statement:
    if not text.strip():
        raise Problem(422, "statement.text is empty", code="invalid-statement")
    if len(text) > MAX_TEXT_CHARS:
        raise Problem(
            413, f"statement.text is longer than {MAX_TEXT_CHARS:,} characters", code="too-large"
        )
    return Statement(text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def decode_base64(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Problem(
            422, "statement.document_base64 is not valid base64", code="invalid-statement"
        ) from None


def statement_from_document(data: bytes, filename: str, *, max_bytes: int) -> Statement:
    """Read an uploaded document: its type is sniffed from the content, never taken from its
    name or the declared content type, and it is stored with the type it really has."""
    if len(data) > max_bytes:
        UPLOADS_REFUSED.labels("too_large").inc()
        raise Problem(
            413,
            f"{filename}: the file is larger than the limit of {max_bytes:,} bytes",
            code="too-large",
        )
    try:
        document = read_document(data, filename, max_bytes=max_bytes)
    except DocumentError as error:
        message = str(error)
        unsupported = message == NOT_A_DOCUMENT or message.startswith("this is an old Word")
        UPLOADS_REFUSED.labels("unsupported_type" if unsupported else "unreadable").inc()
        if unsupported:
            raise Problem(415, f"{filename}: {message}", code="unsupported-type") from None
        raise Problem(422, f"{filename}: {message}", code="unreadable-document") from None
    if len(document.text) > MAX_TEXT_CHARS:  # scoring time grows faster than the text
        UPLOADS_REFUSED.labels("too_large").inc()
        raise Problem(
            413,
            f"{filename}: the document's text is longer than {MAX_TEXT_CHARS:,} characters",
            code="too-large",
        )
    return Statement(
        text=document.text,
        sha256=hashlib.sha256(data).hexdigest(),
        document=data,
        filename=short_filename(filename),
        content_type=content_type_for(document.format),
        format=document.format,
        warnings=hidden_text_warnings(document.hidden_text),
    )


CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "txt": "text/plain; charset=utf-8",
}


def short_filename(filename: str, limit: int = 255) -> str:
    """The name a document is stored and shown under: its last part only (no folders, so
    ``../../etc/passwd`` is ``passwd``), without control characters, cut to fit the column
    keeping its extension."""
    filename = re.split(r"[/\\]", filename)[-1]
    filename = "".join(ch for ch in filename if ch.isprintable()).strip() or "document"
    if len(filename) <= limit:
        return filename
    stem, dot, suffix = filename.rpartition(".")
    if not dot or len(suffix) > 10:
        return filename[:limit]
    return stem[: limit - len(suffix) - 1] + "." + suffix


def content_type_for(format_name: str) -> str:
    """The content type we serve a stored document with (from its sniffed format)."""
    return CONTENT_TYPES.get(format_name, "application/octet-stream")


def hidden_text_warnings(hidden: list[str]) -> list[str]:
    """One warning per hidden passage, quoted so the panel can see what was left out."""
    warnings = []
    for passage in hidden:
        preview = (
            passage if len(passage) <= HIDDEN_TEXT_PREVIEW else passage[:HIDDEN_TEXT_PREVIEW] + "…"
        )
        warnings.append(f"hidden text left out of scoring: {preview!r}")
    return warnings


def score_statement(
    spec: RoleSpec,
    statement: Statement,
    *,
    applicant: Applicant | None,
    reference_date: dt.date | None,
    endpoint: str,
) -> ScoreResult:
    """Score in a worker process under the time limit (:mod:`app.scoring.limit`; call from a
    plain ``def`` route or a worker thread): a statement still being read when the limit passes
    is stopped with its process, and the client is told so (422)."""
    timed = timed_scoring()
    try:
        result = timed.score(
            spec,
            statement.text,
            warnings=statement.warnings,
            applicant=applicant,
            reference_date=reference_date or dt.date.today(),
        )
    except StatementTooSlow:
        UPLOADS_REFUSED.labels("too_slow").inc()
        raise Problem(
            422,
            f"the statement took too long to read and was stopped after "
            f"{timed.limit_seconds:g} s; a supporting statement in ordinary sentences reads in "
            "under a second, so check that this is the right text or document",
            code="statement-too-slow",
        ) from None
    STATEMENTS_SCORED.labels(endpoint).inc()
    return result
