"""Re-score a vacancy's applications with its latest spec version, in the background.

Starting a run records how many applications need the new version and returns at once; a thread
of the web process reads the statements, has them scored on all cores (:mod:`app.scoring.pool`)
and stores the results a batch per transaction, moving the run's counts in the same transaction.
Results for earlier versions stay, and so do the panel's own scores (they belong to the
application and criterion, not to a result). Every stored result names its spec version, and
each re-scored application gets an audit line saying which version it was scored with and which
it had before.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app import audit
from app.applications import repository as applications
from app.auth.service import Principal
from app.models import SpecVersion, Vacancy
from app.rescoring import repository
from app.rescoring.models import RescoreRun
from app.scoring.pool import Job, Unscored, scoring_pool
from app.vacancies import service as vacancy_service
from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.result import ScoreResult

log = logging.getLogger(__name__)

BATCH = 20  # results per transaction (and per step of the progress)
READ = 500  # statements read from the database at a time
STALE_AFTER = dt.timedelta(minutes=5)  # a run that has not moved for this long has died


@dataclass(frozen=True)
class _Statement:
    """What scoring needs of an application, read before the connection is given back."""

    id: str
    applicant_ref: str
    text: str
    warnings: tuple[str, ...]
    fields: dict[str, Any]


def start(
    session: Session,
    principal: Principal,
    vacancy: Vacancy,
    factory: sessionmaker[Session],
) -> RescoreRun:
    """Begin re-scoring (or return the run already going for this vacancy); commits."""
    version = vacancy_service.latest_version(session, vacancy)
    going = repository.running_since(session, vacancy.id, dt.datetime.now(dt.UTC) - STALE_AFTER)
    if going is not None:
        return going
    ids = applications.ids_to_rescore(session, vacancy.id, version.id)
    run = repository.add_run(
        session,
        RescoreRun(
            org_id=principal.org_id,
            vacancy_id=vacancy.id,
            spec_version_id=version.id,
            version=version.version,
            total=len(ids),
            processed=0,
            rescored=0,
            failed=0,
            already_scored=applications.count_scored(session, vacancy.id, version.id),
            skipped=applications.count_without_text(session, vacancy.id),
            started_by=principal.actor,
        ),
    )
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "vacancy.rescore_started",
        "vacancy",
        vacancy.id,
        {"spec_version": version.version, "run_id": run.id, "to_rescore": len(ids)},
    )
    session.commit()
    threading.Thread(
        target=run_in_background,
        args=(factory, run.id, principal.org_id, principal.actor, ids),
        name=f"rescore-{run.id[:8]}",
        daemon=True,
    ).start()
    return run


def run_in_background(
    factory: sessionmaker[Session], run_id: str, org_id: str, actor: str, ids: list[str]
) -> None:
    """The body of a run; whatever happens, the run ends as done or failed."""
    with factory() as session:
        try:
            rescore(session, run_id, org_id, actor, ids)
        except Exception:
            session.rollback()
            log.exception("re-scoring stopped")
            repository.finish(
                session,
                run_id,
                "failed",
                "re-scoring stopped (the error is logged); start it again to score the rest",
            )
            session.commit()


def rescore(session: Session, run_id: str, org_id: str, actor: str, ids: list[str]) -> None:
    run = repository.get_run(session, run_id)
    if run is None:
        return
    version = session.get(SpecVersion, run.spec_version_id)
    if version is None:
        raise LookupError(f"spec version {run.spec_version_id} is gone")
    spec = RoleSpec.model_validate(version.spec)
    vacancy_id = run.vacancy_id
    for start_at in range(0, len(ids), READ):
        statements, erased = _read(session, ids[start_at : start_at + READ])
        if erased:
            repository.advance(session, run_id, processed=erased, skipped=erased)
            session.commit()
        session.rollback()  # no connection held while the cores score
        jobs = [Job(s.text, s.warnings, Applicant.model_validate(s.fields)) for s in statements]
        batch: list[tuple[_Statement, ScoreResult]] = []
        failed = 0
        for statement, result in zip(statements, scoring_pool().score(spec, jobs), strict=True):
            if isinstance(result, Unscored):
                failed += 1
                continue
            batch.append((statement, result))
            if len(batch) + failed >= BATCH:
                _store(session, run_id, org_id, actor, vacancy_id, version, batch, failed)
                batch, failed = [], 0
        _store(session, run_id, org_id, actor, vacancy_id, version, batch, failed)
    run = repository.get_run(session, run_id)
    audit.record(
        session,
        org_id,
        actor,
        "vacancy.rescored",
        "vacancy",
        vacancy_id,
        {
            "spec_version": version.version,
            "rescored": run.rescored if run else 0,
            "failed": run.failed if run else 0,
            "run_id": run_id,
        },
    )
    repository.finish(session, run_id, "done")
    session.commit()


def _read(session: Session, ids: list[str]) -> tuple[list[_Statement], int]:
    """The statements of these applications, and how many were erased meanwhile."""
    rows = {a.id: a for a in repository.applications(session, ids)}
    statements = [
        _Statement(a.id, a.applicant_ref, a.text, tuple(a.warnings or ()), dict(a.fields or {}))
        for i in ids
        if (a := rows.get(i)) is not None and a.text is not None
    ]
    return statements, len(ids) - len(statements)


def _store(
    session: Session,
    run_id: str,
    org_id: str,
    actor: str,
    vacancy_id: str,
    version: SpecVersion,
    batch: list[tuple[_Statement, ScoreResult]],
    failed: int,
) -> None:
    """Store a batch of results with their audit lines and the run's progress, in one
    transaction; a result another run stored meanwhile is counted as already scored."""
    if not batch and not failed:
        return
    for attempt in (1, 2):
        try:
            ids = [s.id for s, _ in batch]
            done = repository.scored_with(session, ids, version.id) if ids else set()
            fresh = [(s, r) for s, r in batch if s.id not in done]
            before = repository.previous_versions(session, [s.id for s, _ in fresh])
            applications.add_results(session, version, [(s.id, r) for s, r in fresh])
            for statement, result in fresh:
                audit.record(
                    session,
                    org_id,
                    actor,
                    "application.rescored",
                    "application",
                    statement.id,
                    {
                        "vacancy_id": vacancy_id,
                        "applicant_ref": statement.applicant_ref,
                        "spec_version": version.version,
                        "previous_spec_version": before.get(statement.id),
                        "recommendation": result.recommendation.value,
                        "engine_version": result.engine_version,
                        "run_id": run_id,
                    },
                )
            repository.advance(
                session,
                run_id,
                processed=len(batch) + failed,
                rescored=len(fresh),
                already_scored=len(batch) - len(fresh),
                failed=failed,
            )
            session.commit()
            return
        except IntegrityError:  # another run stored one of these first: look again
            session.rollback()
            if attempt == 2:
                raise
