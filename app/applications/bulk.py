"""Bulk upload: each file (or archive member) is stored on its own, in its own transaction, so a
failure part-way leaves every statement either complete or absent; every file gets one line in
the answer (stored, duplicate or refused with the reason)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import audit
from app.applications import archives, repository, service
from app.applications.identity import Identity, for_file
from app.applications.schemas import BulkItem, BulkRead
from app.auth.service import Principal
from app.errors import Problem
from app.models import SpecVersion, Vacancy
from app.scoring.service import score_statement, statement_from_document
from app.settings import Settings
from app.vacancies import service as vacancy_service
from app.webhooks.service import enqueue_event
from criteria.spec import RoleSpec

log = logging.getLogger(__name__)


def upload(
    session: Session,
    principal: Principal,
    vacancy: Vacancy,
    contents: list[tuple[str, bytes]],
    settings: Settings,
    *,
    manifest: Mapping[str, Identity] | None = None,
    typed: Identity | None = None,
) -> BulkRead:
    """Store the uploaded files (archives are expanded); the caller commits the summary.

    ``manifest`` gives who each file's applicant is, by file name; ``typed`` is what the upload
    form's row said for a single file (it wins over the manifest)."""
    vacancy_service.ensure_open(vacancy)
    version = vacancy_service.latest_version(session, vacancy)
    spec = vacancy_service.spec_of(version)
    results: list[BulkItem] = []
    seen: dict[str, BulkItem] = {}
    for name, data in contents:
        for item in archives.expand(name, data, settings):
            identity = for_file(item.name, manifest or {}, typed if len(contents) == 1 else None)
            results.append(
                _store_item(
                    session, principal, vacancy, version, spec, item, seen, settings, identity
                )
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
    return reply


def _store_item(
    session: Session,
    principal: Principal,
    vacancy: Vacancy,
    version: SpecVersion,
    spec: RoleSpec,
    item: archives.Item,
    seen: dict[str, BulkItem],
    settings: Settings,
    identity: Identity,
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
    if earlier is not None:
        return _duplicate(item, earlier.application_id, earlier.applicant_ref)
    existing = repository.by_sha256(session, vacancy.id, statement.sha256)
    if existing is not None:
        return _duplicate(item, existing.id, existing.applicant_ref)
    if identity.reference:
        known = repository.by_external_id(session, vacancy.id, identity.reference)
        if known is not None:
            return _duplicate(
                item,
                known.id,
                known.applicant_ref,
                f"an applicant with the reference {identity.reference!r} is already stored",
            )
    try:
        result = score_statement(
            spec, statement, applicant=None, reference_date=None, endpoint="bulk"
        )
        # The same file may have been stored meanwhile by a retry of this upload running at
        # the same time (an ATS that timed out): look again under the vacancy's upload lock.
        repository.serialise_uploads(session, vacancy.id)
        existing = repository.by_sha256(session, vacancy.id, statement.sha256)
        if existing is not None:
            duplicate = _duplicate(item, existing.id, existing.applicant_ref)
            session.rollback()
            return duplicate
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
            identity=identity,
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
        name=application.identity.get("name"),
        detail=_stored_detail(application.warnings),
    )
    seen[statement.sha256] = stored
    return stored


def _stored_detail(warnings: list[str]) -> str | None:
    """What a recruiter should know about a stored file (too short, hidden text ...)."""
    return " ".join(warnings) or None


def _duplicate(
    item: archives.Item,
    application_id: str | None,
    applicant_ref: str | None,
    detail: str = "the same file is already stored for this vacancy",
) -> BulkItem:
    return BulkItem(
        filename=item.name,
        status="duplicate",
        status_code=200,
        application_id=application_id,
        applicant_ref=applicant_ref,
        detail=detail,
    )
