"""Bulk upload: the files (or archive members) are read and checked a wave at a time, and each
wave is scored on all cores (:mod:`app.scoring.pool`) while the next is read (a Word document
takes about a quarter of a statement's scoring time to read: read all first, and the cores
waited for it). The web process then stores the results a small batch per transaction: a failure
part-way leaves every statement either complete or absent, and every file gets one line in the
answer (stored, duplicate or refused with the reason). Each batch is one write per table (COPY
on PostgreSQL, :func:`app.db.insert_rows`), not one per row.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import audit
from app.applications import archives, repository
from app.applications.identity import (
    Identity,
    for_file,
    from_document,
    identity_record,
    short_statement_warning,
)
from app.applications.schemas import BulkItem, BulkRead
from app.applications.service import marked_for_review
from app.auth.service import Principal
from app.errors import Problem
from app.models import SpecVersion, Vacancy, new_id
from app.scoring.pool import Job, Scored, Unscored, scoring_pool
from app.scoring.service import Statement, statement_from_document
from app.settings import Settings
from app.vacancies import service as vacancy_service
from app.webhooks.service import enqueue_event
from criteria.spec import RoleSpec
from matching.result import ScoreResult

log = logging.getLogger(__name__)

BATCH = 20  # statements per transaction: few commits, yet a crash loses at most one batch
WAVE = 64  # statements handed to the scoring processes at a time, while the next are read
WAVES_IN_FLIGHT = 3  # waves queued at the processes: they never wait for the next to be read

SCORING_FAILED = "the file could not be scored; it was not stored (the error is logged)"
TOO_SLOW = (
    "the file took too long to read and was stopped; it was not stored (a supporting statement "
    "in ordinary sentences reads in under a second: check that this is the right document)"
)


@dataclass
class _Pending:
    """A readable file waiting to be scored and stored; ``line`` is its place in the answer."""

    line: int
    name: str
    statement: Statement
    identity: Identity


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
    vacancy_id = vacancy.id
    lines: list[BulkItem | None] = []
    reading: list[_Pending] = []  # read, not yet checked against what is stored
    copies: dict[int, int] = {}  # line of a repeated file -> line of its first copy
    first: dict[str, int] = {}  # sha256 -> line of the first copy in this upload
    references: set[str] = set()
    waves: list[tuple[list[_Pending], Future[list[Scored]]]] = []
    stop = threading.Event()
    scorers = ThreadPoolExecutor(WAVES_IN_FLIGHT, thread_name_prefix="bulk-wave")
    try:
        for name, data in contents:
            for item in archives.expand(name, data, settings):
                line = len(lines)
                lines.append(None)
                if item.data is None:
                    lines[line] = _refused(item.name, item.status_code, item.detail)
                    continue
                try:
                    statement = statement_from_document(
                        item.data,
                        item.name.rsplit("/", 1)[-1],
                        max_bytes=settings.max_upload_bytes,
                    )
                except Problem as problem:
                    lines[line] = _refused(item.name, problem.status, problem.detail)
                    continue
                if statement.sha256 in first:
                    copies[line] = first[statement.sha256]
                    lines[line] = _refused(item.name, 0, None)  # settled below
                    continue
                first[statement.sha256] = line
                single = typed if len(contents) == 1 else None
                identity = for_file(item.name, manifest or {}, single)
                identity = identity.over(from_document(statement.text))
                reading.append(_Pending(line, item.name, statement, identity))
                if len(reading) >= WAVE:
                    waves.append(
                        _score_wave(
                            session, vacancy_id, spec, reading, references, lines, scorers, stop
                        )
                    )
                    reading = []
        waves.append(
            _score_wave(session, vacancy_id, spec, reading, references, lines, scorers, stop)
        )
        batch: list[tuple[_Pending, ScoreResult]] = []
        for entries, scoring in waves:
            for entry, result in zip(entries, scoring.result(), strict=True):
                if result is Unscored.too_slow:
                    lines[entry.line] = _refused(entry.name, 422, TOO_SLOW)
                    continue
                if isinstance(result, Unscored):
                    lines[entry.line] = _refused(entry.name, 500, SCORING_FAILED)
                    continue
                batch.append((entry, result))
                if len(batch) >= BATCH:
                    _store_batch(session, principal, vacancy_id, version, batch, lines)
                    batch = []
        _store_batch(session, principal, vacancy_id, version, batch, lines)
    finally:  # stopped early (the database went away): free the cores
        stop.set()
        scorers.shutdown(wait=True, cancel_futures=True)
    for line, original in copies.items():
        settled = lines[original]
        name = _name_of(lines[line])
        if settled is not None and settled.status in ("stored", "duplicate"):
            lines[line] = _duplicate(name, settled.application_id, settled.applicant_ref)
        elif settled is not None:
            lines[line] = _refused(name, settled.status_code, settled.detail)
    results = [line for line in lines if line is not None]
    reply = BulkRead(
        vacancy_id=vacancy_id,
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
        vacancy_id,
        {"stored": reply.stored, "duplicates": reply.duplicates, "refused": reply.refused},
    )
    enqueue_event(
        session,
        principal.org_id,
        "applications.bulk_completed",
        {
            "vacancy_id": vacancy_id,
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


def _score_wave(
    session: Session,
    vacancy_id: str,
    spec: RoleSpec,
    entries: list[_Pending],
    references: set[str],
    lines: list[BulkItem | None],
    scorers: ThreadPoolExecutor,
    stop: threading.Event,
) -> tuple[list[_Pending], Future[list[Scored]]]:
    """Settle which of these read files are already stored (their lines are written here), and
    start scoring the rest: the cores score them while the next files are read."""
    earlier = repository.shas_stored(session, vacancy_id, [e.statement.sha256 for e in entries])
    to_score = []
    for entry in entries:
        found = earlier.get(entry.statement.sha256)
        reference = entry.identity.reference
        known = (
            repository.by_external_id(session, vacancy_id, reference)
            if reference and reference not in references
            else None
        )
        if found is not None:
            lines[entry.line] = _duplicate(entry.name, *found)
        elif known is not None:
            lines[entry.line] = _duplicate(
                entry.name,
                known.id,
                known.applicant_ref,
                f"an applicant with the reference {reference!r} is already stored",
            )
        else:
            references.add(reference)
            to_score.append(entry)
    session.rollback()  # hold no connection while the cores score
    jobs = [Job(e.statement.text, tuple(e.statement.warnings)) for e in to_score]
    return to_score, scorers.submit(_scored, spec, jobs, stop)


def _scored(spec: RoleSpec, jobs: list[Job], stop: threading.Event) -> list[Scored]:
    """A wave's results, in a thread of its own (it waits on the scoring processes); given up
    when the upload stopped, which cancels what the processes had not begun."""
    results: list[Scored] = []
    if not jobs:
        return results
    scoring = scoring_pool().score(spec, jobs)
    try:
        for result in scoring:
            if stop.is_set():
                break
            results.append(result)
    finally:
        scoring.close()
    return results


def _store_batch(
    session: Session,
    principal: Principal,
    vacancy_id: str,
    version: SpecVersion,
    batch: list[tuple[_Pending, ScoreResult]],
    lines: list[BulkItem | None],
) -> None:
    """Store a batch of scored statements in one transaction, each with its result, criterion
    rows and audit line, as :func:`app.applications.service.store` does for one."""
    if not batch:
        return
    try:
        # The same file may have been stored meanwhile by a retry of this upload running at the
        # same time (an ATS that timed out): look again under the vacancy's upload lock.
        repository.serialise_uploads(session, vacancy_id)
        shas = [entry.statement.sha256 for entry, _ in batch]
        stored_meanwhile = repository.shas_stored(session, vacancy_id, shas)
        fresh = [(e, r) for e, r in batch if e.statement.sha256 not in stored_meanwhile]
        for entry, _ in batch:
            found = stored_meanwhile.get(entry.statement.sha256)
            if found is not None:
                lines[entry.line] = _duplicate(entry.name, *found)
        if not fresh:
            session.rollback()
            return
        numbers = repository.take_applicant_numbers(session, vacancy_id, len(fresh))
        rows = []
        scored = []
        stored_lines = []
        for (entry, result), number in zip(fresh, numbers, strict=True):
            statement = entry.statement
            application_id = new_id()
            ref = f"A-{number:04d}"
            warnings = list(statement.warnings)
            short = short_statement_warning(statement.text)
            if short is not None:  # too short to be a statement: every criterion for review
                warnings.append(short)
                result = marked_for_review(result)
            rows.append(
                {
                    "id": application_id,
                    "org_id": principal.org_id,
                    "vacancy_id": vacancy_id,
                    "applicant_ref": ref,
                    "external_id": entry.identity.reference or None,
                    "fields": {},
                    "identity": identity_record(entry.identity),
                    "document": statement.document,
                    "filename": statement.filename,
                    "content_type": statement.content_type,
                    "document_format": statement.format,
                    "text": statement.text,
                    "sha256": statement.sha256,
                    "warnings": warnings,
                }
            )
            scored.append((application_id, result))
            audit.record(
                session,
                principal.org_id,
                principal.actor,
                "application.created",
                "application",
                application_id,
                {
                    "vacancy_id": vacancy_id,
                    "applicant_ref": ref,
                    "source": "bulk",
                    "spec_version": version.version,
                    "recommendation": result.recommendation.value,
                    "engine_version": result.engine_version,
                },
            )
            stored_lines.append((entry, application_id, ref, warnings))
        repository.add_applications(session, rows)
        repository.add_results(session, version, scored)
        session.commit()
    except DBAPIError:
        session.rollback()
        raise  # the database is gone: the whole upload stops (503), stored files stay stored
    except Exception:
        session.rollback()
        log.exception("bulk upload: a batch of files could not be stored")
        for entry, _ in batch:
            lines[entry.line] = _refused(entry.name, 500, SCORING_FAILED)
        return
    for entry, application_id, ref, warnings in stored_lines:
        lines[entry.line] = BulkItem(
            filename=entry.name,
            status="stored",
            status_code=201,
            application_id=application_id,
            applicant_ref=ref,
            name=entry.identity.name or None,
            detail=" ".join(warnings) or None,  # what a recruiter should know (too short ...)
        )


def _name_of(line: BulkItem | None) -> str:
    return line.filename if line is not None else "document"


def _refused(name: str, status_code: int, detail: str | None) -> BulkItem:
    return BulkItem(filename=name, status="refused", status_code=status_code, detail=detail)


def _duplicate(
    name: str,
    application_id: str | None,
    applicant_ref: str | None,
    detail: str = "the same file is already stored for this vacancy",
) -> BulkItem:
    return BulkItem(
        filename=name,
        status="duplicate",
        status_code=200,
        application_id=application_id,
        applicant_ref=applicant_ref,
        detail=detail,
    )
