"""Read the role spec(s) a request carries: a JSON body, a YAML body, or an uploaded file (a spec
in YAML/JSON, or a job description document read by the spec parser)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from app.errors import Problem, describe_errors
from app.payloads import Payload, read_upload
from app.scoring.service import spec_from_data, statement_from_document
from app.vacancies.schemas import SpecUpdate, VacancyCreate
from criteria.documents import DocumentError
from criteria.loader import SpecError, parse_spec_text
from criteria.parser import SpecParseError, import_document
from criteria.spec import RoleSpec

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Intake:
    """The specs a request carries, the vacancy reference it names, and (for a job description)
    what the parser was unsure of, per spec, for the recruiter to check."""

    specs: list[RoleSpec]
    reference: str | None = None
    unsure: list[list[str]] = field(default_factory=list)


def specs_from_payload(payload: Payload, *, max_bytes: int, creating: bool) -> Intake:
    """The spec(s) of a create or new-version request.

    ``creating`` allows a ``reference`` and job description documents (which may describe
    several roles); a new spec version takes exactly one spec.
    """
    if payload.kind == "json":
        model = VacancyCreate if creating else SpecUpdate
        try:
            body = model.model_validate(payload.json_object())
        except ValidationError as error:
            raise Problem(422, describe_errors(error), code="invalid-request") from None
        return Intake([spec_from_data(body.spec)], getattr(body, "reference", None))
    if payload.kind == "yaml":
        return Intake([_parse_yaml(payload.text())])
    uploads = payload.files("file")
    if len(uploads) != 1:
        raise Problem(422, "send one file in the form field 'file'", code="invalid-request")
    upload = uploads[0]
    filename = upload.filename or "upload"
    data = read_upload(upload, max_bytes)
    if len(data) > max_bytes:
        raise Problem(
            413,
            f"{filename}: the file is larger than the limit of {max_bytes:,} bytes",
            code="too-large",
        )
    reference = payload.field("reference") if creating else None
    if reference is not None and len(reference) > 120:
        raise Problem(422, "reference: at most 120 characters", code="invalid-request")
    if filename.lower().endswith(SPEC_SUFFIXES):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise Problem(422, f"{filename}: not UTF-8 text", code="invalid-yaml") from None
        return Intake([_parse_yaml(text, source=filename)], reference)
    if not creating:
        raise Problem(
            422,
            "a new spec version takes a role spec (JSON or YAML), not a job description",
            code="invalid-request",
        )
    # The statement reader's checks first (size, type, hidden text); then the document is read
    # by its own structure (Word tables, ruled and unruled PDF tables), as `shortlist spec
    # import` reads it.
    statement = statement_from_document(data, filename, max_bytes=max_bytes)
    try:
        parsed = import_document(data, filename)
    except DocumentError as error:
        raise Problem(422, f"{filename}: {error}", code="unreadable-document") from None
    except SpecParseError as error:
        raise Problem(422, f"{filename}: {error}", code="no-person-specification") from None
    unsure = [list(role.unsure) for role in parsed]
    if statement.warnings:
        unsure = [[*notes, *statement.warnings] for notes in unsure]
    return Intake([role.spec for role in parsed], reference, unsure)


def _parse_yaml(text: str, source: str | None = None) -> RoleSpec:
    try:
        return parse_spec_text(text, source=source)
    except SpecError as error:
        raise Problem(422, str(error), code="invalid-spec") from None
