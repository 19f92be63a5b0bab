"""Uploading, scoring, storing and reading applications.

One application is stored in one transaction with its results and its audit line, so a failure
leaves it either complete or absent. An ATS retry never makes a duplicate: the same
``Idempotency-Key`` replays the stored response, and the same ``external_id`` for the vacancy
answers 200 with the application already stored. Both are backed by unique constraints, so two
concurrent retries cannot both insert. Without an ``external_id``, the same statement (the same
text, or the same file) sent to a vacancy again answers 200 with the one stored, as in bulk
uploads; it is looked for again under the vacancy's upload lock, so copies sent at the same
moment make one application.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit
from app.applications import repository
from app.applications.identity import (
    Identity,
    from_document,
    identity_record,
    short_statement_warning,
)
from app.applications.schemas import (
    ApplicantUpdate,
    ApplicationRead,
    ApplicationSummary,
    ResultRead,
)
from app.auth.service import Principal
from app.errors import Problem, not_found
from app.models import Application, ApplicationResult, IdempotencyKey, SpecVersion, Vacancy
from app.scoring.service import Statement, score_statement
from app.vacancies import repository as vacancy_repository
from app.vacancies import service as vacancy_service
from matching.applicant import Applicant
from matching.result import Essentials, ScoreResult, Verdict

IDENTITY_FIELDS = frozenset({"name", "email", "phone"})


@dataclass(frozen=True)
class Reply:
    """A response to send (and to replay for the same ``Idempotency-Key``)."""

    status: int
    body: dict[str, Any]


def split_applicant(applicant: Applicant | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields scoring may read, identity kept apart for the non-blind view)."""
    if applicant is None:
        return {}, {}
    data = applicant.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    identity = {k: v for k, v in data.items() if k in IDENTITY_FIELDS}
    fields = {k: v for k, v in data.items() if k not in IDENTITY_FIELDS}
    return fields, identity


def applicant_for_scoring(application: Application) -> Applicant:
    """Only the structured fields: the engine never sees who the applicant is."""
    return Applicant.model_validate(application.fields)


def fingerprint(vacancy_id: str, request: dict[str, Any]) -> str:
    """A hash of what was asked, so a reused ``Idempotency-Key`` with another body is caught."""
    canonical = json.dumps(
        {"vacancy_id": vacancy_id, **request}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def get_application(session: Session, principal: Principal, application_id: str) -> Application:
    application = repository.get_application(session, principal.org_id, application_id)
    if application is None:
        raise not_found("application")
    return application


# --- idempotency ------------------------------------------------------------------------------


def replay(session: Session, org_id: str, key: str, request_hash: str) -> Reply | None:
    """The stored reply for this key, a 409 if the key was used for another request, or None."""
    row = repository.get_idempotency(session, org_id, key)
    if row is None:
        return None
    if row.request_hash != request_hash:
        raise Problem(
            409,
            "this Idempotency-Key was already used with a different request body",
            code="idempotency-key-reused",
        )
    return Reply(row.response_status, row.response_body)


def remember(
    session: Session, org_id: str, key: str | None, request_hash: str, reply: Reply
) -> None:
    if key is None:
        return
    repository.add_idempotency(
        session,
        IdempotencyKey(
            org_id=org_id,
            key=key,
            request_hash=request_hash,
            response_status=reply.status,
            response_body=reply.body,
        ),
    )


# --- storing ------------------------------------------------------------------------------------


def store(
    session: Session,
    principal: Principal,
    vacancy: Vacancy,
    version: SpecVersion,
    statement: Statement,
    result: ScoreResult,
    *,
    applicant: Applicant | None,
    external_id: str | None,
    source: str,
    identity: Identity | None = None,
) -> Application:
    """Insert the application with its result and audit line (the caller commits).

    Who the applicant is comes from ``applicant`` (the API), then ``identity`` (the upload form
    or manifest), then the statement's own "Name:" line; a reference given there is the
    application's external id. A statement too short to be one is stored with a warning and
    every criterion marked for review."""
    number = vacancy_repository.take_applicant_number(session, vacancy.id)
    fields, given_identity = split_applicant(applicant)
    found = (identity or Identity()).over(from_document(statement.text))
    identity_fields = {**identity_record(found), **given_identity}
    warnings = list(statement.warnings)
    short = short_statement_warning(statement.text)
    if short is not None:
        warnings.append(short)
        result = marked_for_review(result)
    application = repository.add_application(
        session,
        Application(
            org_id=principal.org_id,
            vacancy_id=vacancy.id,
            applicant_ref=f"A-{number:04d}",
            external_id=external_id or found.reference or None,
            fields=fields,
            identity=identity_fields,
            document=statement.document,
            filename=statement.filename,
            content_type=statement.content_type,
            document_format=statement.format,
            text=statement.text,
            sha256=statement.sha256,
            warnings=warnings,
        ),
    )
    repository.add_result(session, application, version, result)
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "application.created",
        "application",
        application.id,
        {
            "vacancy_id": vacancy.id,
            "applicant_ref": application.applicant_ref,
            "source": source,
            "spec_version": version.version,
            "recommendation": result.recommendation.value,
            "engine_version": result.engine_version,
        },
    )
    return application


def marked_for_review(result: ScoreResult) -> ScoreResult:
    """The same verdicts, each flagged for a person to read the statement, except a settled not
    met (the applicant's own denial, a fact that fails): reading more does not change what the
    applicant said, so the recommendation stands as the shortlist reads it."""
    criteria = [
        c
        if c.verdict is Verdict.not_met and not c.needs_review
        else c.model_copy(update={"needs_review": True})
        for c in result.criteria
    ]
    return result.model_copy(update={"criteria": criteria})


def submit(
    session: Session,
    principal: Principal,
    vacancy: Vacancy,
    *,
    statement: Statement,
    applicant: Applicant | None,
    external_id: str | None,
    idempotency_key: str | None,
    request_hash: str,
    reference_date: dt.date | None = None,
) -> Reply:
    """Score and store one application, committing it; or answer with the one already stored."""
    existing = _same_upload(session, vacancy, statement, external_id)
    if existing is not None:
        return _existing(session, principal, existing, idempotency_key, request_hash)
    vacancy_service.ensure_open(vacancy)
    version = vacancy_service.latest_version(session, vacancy)
    result = score_statement(
        vacancy_service.spec_of(version),
        statement,
        applicant=applicant,
        reference_date=reference_date,
        endpoint="applications",
    )
    try:
        if external_id is None:  # a copy sent at the same moment may have been stored meanwhile
            repository.serialise_uploads(session, vacancy.id)
            existing = repository.by_sha256(session, vacancy.id, statement.sha256)
            if existing is not None:
                return _existing(session, principal, existing, idempotency_key, request_hash)
        application = store(
            session,
            principal,
            vacancy,
            version,
            statement,
            result,
            applicant=applicant,
            external_id=external_id,
            source="upload",
        )
        reply = Reply(201, read(session, application).model_dump(mode="json"))
        remember(session, principal.org_id, idempotency_key, request_hash, reply)
        session.commit()
    except IntegrityError:
        # A concurrent request with the same Idempotency-Key or external_id committed first.
        session.rollback()
        if idempotency_key is not None:
            stored = replay(session, principal.org_id, idempotency_key, request_hash)
            if stored is not None:
                return stored
        if external_id is not None:
            existing = repository.by_external_id(session, vacancy.id, external_id)
            if existing is not None:
                return _existing(session, principal, existing, idempotency_key, request_hash)
        raise
    return reply


def _same_upload(
    session: Session, vacancy: Vacancy, statement: Statement, external_id: str | None
) -> Application | None:
    """The application this upload repeats: the same external_id, or without one the same
    statement."""
    if external_id is not None:
        return repository.by_external_id(session, vacancy.id, external_id)
    return repository.by_sha256(session, vacancy.id, statement.sha256)


def _existing(
    session: Session,
    principal: Principal,
    application: Application,
    idempotency_key: str | None,
    request_hash: str,
) -> Reply:
    reply = Reply(200, read(session, application).model_dump(mode="json"))
    try:
        remember(session, principal.org_id, idempotency_key, request_hash, reply)
        session.commit()
    except IntegrityError:
        session.rollback()
        stored = replay(session, principal.org_id, idempotency_key or "", request_hash)
        if stored is not None:
            return stored
        raise
    return reply


def rescore(
    session: Session, principal: Principal, vacancy: Vacancy
) -> tuple[SpecVersion, int, int, int]:
    """Score every application that has no result for the latest spec version; results for
    earlier versions are kept. Each application commits on its own.

    Returns (version, rescored, already scored, skipped because erased)."""
    version = vacancy_service.latest_version(session, vacancy)
    spec = vacancy_service.spec_of(version)
    already = repository.count_scored(session, vacancy.id, version.id)
    ids = repository.ids_to_rescore(session, vacancy.id, version.id)
    skipped = repository.count_without_text(session, vacancy.id)
    rescored = 0
    for application_id in ids:
        application = repository.get_application(session, principal.org_id, application_id)
        if application is None or application.text is None:
            continue
        statement = Statement(
            text=application.text, sha256=application.sha256 or "", warnings=application.warnings
        )
        result = score_statement(
            spec,
            statement,
            applicant=applicant_for_scoring(application),
            reference_date=None,
            endpoint="rescore",
        )
        try:
            repository.add_result(session, application, version, result)
            session.commit()
        except IntegrityError:  # a concurrent rescore stored this one first
            session.rollback()
            already += 1
            continue
        rescored += 1
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "vacancy.rescored",
        "vacancy",
        vacancy.id,
        {"spec_version": version.version, "rescored": rescored},
    )
    session.commit()
    return version, rescored, already, skipped


# --- correcting the applicant's details ---------------------------------------------------------

# In a recruiter's words, for the audit history.
DETAIL_WORDS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "reference": "reference",
    "disability_confident": "Disability Confident",
    "driving_licence": "driving licence",
    "registration": "registration",
    "qualified_on": "date qualified",
}


def update_details(
    session: Session, principal: Principal, application: Application, changes: ApplicantUpdate
) -> list[str]:
    """Record the corrected fields, score the application again with the vacancy's latest spec
    (a Disability Confident answer changes the guaranteed interview at once), audit it and
    commit. Returns what changed, in words; nothing sent that differs changes nothing."""
    sent = changes.model_dump(mode="json", exclude_unset=True)
    if not sent:
        raise Problem(422, "send at least one detail to record", code="invalid-request")
    fields, identity = dict(application.fields), dict(application.identity)
    changed: list[str] = []
    for key, value in sent.items():
        if key == "reference":
            reference = (value or "").strip() or None
            if reference == application.external_id:
                continue
            if reference is not None:
                clash = repository.by_external_id(session, application.vacancy_id, reference)
                if clash is not None and clash.id != application.id:
                    raise Problem(
                        409,
                        f"the reference {reference!r} is already {clash.applicant_ref}'s",
                        code="reference-taken",
                    )
            application.external_id = reference
        else:
            target = identity if key in IDENTITY_FIELDS else fields
            value = value.strip() if isinstance(value, str) else value
            if value in (None, "") or (key == "disability_confident" and value is False):
                if key not in target:
                    continue
                target.pop(key)
            elif target.get(key) == value:
                continue
            else:
                target[key] = value
        changed.append(key)
    if not changed:
        return []
    application.fields, application.identity = fields, identity
    previous = repository.results_of(session, application.id)
    was_guaranteed = bool(previous and previous[0][0].guaranteed_interview)
    guaranteed = was_guaranteed
    if application.text is not None and set(changed) - IDENTITY_FIELDS - {"reference"}:
        guaranteed = _score_again(session, application)
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "application.details_updated",
        "application",
        application.id,
        {
            "changed": [DETAIL_WORDS[k] for k in changed],
            "guaranteed_interview": guaranteed,
            "was_guaranteed_interview": was_guaranteed,
        },
    )
    try:
        session.commit()
    except IntegrityError:  # another request took the reference meanwhile
        session.rollback()
        raise Problem(409, "that reference was just given to another applicant") from None
    return [DETAIL_WORDS[k] for k in changed]


def _score_again(session: Session, application: Application) -> bool:
    """Replace the latest spec version's result with a fresh one; the new guaranteed interview."""
    vacancy = vacancy_repository.get_vacancy(session, application.org_id, application.vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    version = vacancy_service.latest_version(session, vacancy)
    for row, _ in repository.results_of(session, application.id):
        if row.spec_version_id == version.id:
            session.delete(row)
    session.flush()
    statement = Statement(
        text=application.text or "", sha256=application.sha256 or "", warnings=application.warnings
    )
    result = score_statement(
        vacancy_service.spec_of(version),
        statement,
        applicant=applicant_for_scoring(application),
        reference_date=None,
        endpoint="details",
    )
    if short_statement_warning(statement.text) is not None:
        result = marked_for_review(result)
    repository.add_result(session, application, version, result)
    return result.guaranteed_interview


# --- reading ------------------------------------------------------------------------------------


def result_read(row: ApplicationResult, version: int) -> ResultRead:
    return ResultRead(
        role_id=row.role_id,
        reference_date=row.reference_date,
        criteria=[
            {
                "id": c.criterion_id,
                "priority": c.priority,
                "verdict": c.verdict,
                "score": c.score,
                "max_score": c.max_score,
                "confidence": c.confidence,
                "needs_review": c.needs_review,
                "evidence": c.evidence,
                "explanation": c.explanation,
                "rule_kind": c.rule_kind,
                "flags": c.flags,
            }
            for c in row.criteria
        ],
        essentials=_essentials(row),
        score=row.score,
        max_score=row.max_score,
        recommendation=row.recommendation,
        guaranteed_interview=row.guaranteed_interview,
        engine_version=row.engine_version,
        warnings=row.warnings,
        spec_version=version,
        scored_at=row.created_at,
    )


def _essentials(row: ApplicationResult) -> Essentials:
    return Essentials(
        met=row.essentials_met, total=row.essentials_total, all_met=row.essentials_all_met
    )


def read(
    session: Session, application: Application, *, include_text: bool = False, blind: bool = False
) -> ApplicationRead:
    results = [
        result_read(row, version) for row, version in repository.results_of(session, application.id)
    ]
    applicant = dict(application.fields)
    if not blind:
        applicant.update(application.identity)
    return ApplicationRead(
        id=application.id,
        vacancy_id=application.vacancy_id,
        applicant_ref=application.applicant_ref,
        external_id=application.external_id,
        status=application.status,
        created_at=application.created_at,
        filename=None if blind else application.filename,  # "amara-okafor.docx" names her
        content_type=application.content_type,
        document_format=application.document_format,
        has_document=application.document is not None,
        sha256=application.sha256,
        warnings=application.warnings,
        applicant=applicant,
        text=application.text if include_text else None,
        result=results[0] if results else None,
        earlier_results=results[1:],
    )


def summaries(
    session: Session, applications: list[Application], *, blind: bool = False
) -> list[ApplicationSummary]:
    latest = repository.latest_results(session, [a.id for a in applications])
    items = []
    for application in applications:
        row, version = latest.get(application.id, (None, None))
        items.append(
            ApplicationSummary(
                id=application.id,
                vacancy_id=application.vacancy_id,
                applicant_ref=application.applicant_ref,
                external_id=application.external_id,
                filename=None if blind else application.filename,
                status=application.status,
                created_at=application.created_at,
                spec_version=version,
                score=row.score if row else None,
                max_score=row.max_score if row else None,
                recommendation=row.recommendation if row else None,
                essentials=_essentials(row) if row else None,
                guaranteed_interview=row.guaranteed_interview if row else None,
            )
        )
    return items
