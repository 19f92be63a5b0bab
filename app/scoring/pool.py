"""Score many statements on every core: a pool of worker processes, each with its own engine.

Bulk uploads and re-scoring send their statements here; the web process only reads documents and
writes results, so its threads (and the other requests) stay answerable while the cores score.
The pool starts on first use (each process builds the engine once, a few seconds) and lives as
long as the web process. Small batches go one by one to the single-statement workers of
:mod:`app.scoring.limit`: starting or waking the pool costs more than it saves for a handful.

Each statement is read while it holds one of the server's core slots (:mod:`app.scoring.cores`),
the same slots the single-statement workers take, so a bulk upload and many ``/v1/score`` clients
at once share the cores instead of oversubscribing them; the pool's processes find the slots'
directory in their environment.

Each statement is scored under the time limit: here the kernel ends a pool process that spends
longer than the limit in CPU time on one statement; its batch then goes statement by statement
to the timed workers, where the one that runs away is stopped again and comes back as
``Unscored.too_slow`` (a statement the engine fails on comes back as ``Unscored.failed``).
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.scoring.cores import core_slots
from app.scoring.limit import StatementTooSlow, cpu_limit, no_core_dumps, spec_key, timed_scoring
from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.engine import get_engine
from matching.result import ScoreResult

log = logging.getLogger(__name__)

IN_PROCESS_BELOW = 16  # statements; fewer go one by one to the timed workers
CHUNK = 8  # statements sent to a worker process at a time
PROCESSES = max(1, os.cpu_count() or 1)
PARENT_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class Job:
    """One statement to score (picklable: it crosses to a worker process)."""

    text: str
    warnings: tuple[str, ...] = ()
    applicant: Applicant | None = None


class Unscored(Enum):
    """Why a statement came back without a result."""

    failed = "failed"  # the engine raised on it (logged)
    too_slow = "too_slow"  # it ran over the time limit and was stopped


Scored = ScoreResult | Unscored

_specs: dict[str, RoleSpec] = {}  # in each worker process: validated once per content hash
_limit_seconds = timed_scoring().limit_seconds  # in each worker process: set at its start


def _score_chunk(
    key: str, spec_data: dict[str, Any], jobs: Sequence[Job], reference_date: dt.date
) -> list[Scored]:
    """Runs in a worker process; the spec is validated once per process and content hash."""
    spec = _specs.get(key)
    if spec is None:
        spec = _specs[key] = RoleSpec.model_validate(spec_data)
    return _score_here(spec, jobs, reference_date)


def _score_here(
    spec: RoleSpec, jobs: Sequence[Job], reference_date: dt.date
) -> list[Scored]:
    """Runs in a worker process. ``Unscored.failed`` for a statement the engine failed on
    (logged): the others are still scored."""
    engine = get_engine()
    slots = core_slots()
    results: list[Scored] = []
    for job in jobs:
        slot = slots.take()  # one of the server's cores, shared with the web requests
        try:
            with cpu_limit(_limit_seconds):
                result = engine.score(
                    spec,
                    job.text,
                    reference_date=reference_date,
                    applicant=job.applicant,
                    warnings=list(job.warnings),
                )
            results.append(result)
        except Exception:
            log.exception("a statement could not be scored")
            results.append(Unscored.failed)
        finally:
            slots.give_back(slot)
    return results


def _score_each_in_time(
    spec: RoleSpec, jobs: Sequence[Job], reference_date: dt.date
) -> Iterator[Scored]:
    """One by one in the timed workers; each that failed or ran too long says which."""
    timed = timed_scoring()
    for job in jobs:
        try:
            yield timed.score(
                spec,
                job.text,
                warnings=job.warnings,
                applicant=job.applicant,
                reference_date=reference_date,
            )
        except StatementTooSlow:
            log.warning("a statement was stopped after %g s and not scored", timed.limit_seconds)
            yield Unscored.too_slow
        except Exception as error:  # its type only: the message may quote the statement
            log.warning("a statement could not be scored (%s)", type(error).__name__)
            yield Unscored.failed


def _start_worker(parent: int, limit_seconds: float) -> None:
    """Worker process start-up: the time limit per statement, no core files, and exit as soon
    as the web process is gone (even killed with SIGKILL, when nothing tells the pool to stop),
    so no scoring process outlives it."""
    global _limit_seconds
    _limit_seconds = limit_seconds
    no_core_dumps()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


def _warm() -> int:
    get_engine()
    return os.getpid()


class ScoringPool:
    """The process pool, started on first use and rebuilt if a worker process dies."""

    def __init__(self, processes: int = PROCESSES) -> None:
        self.processes = processes
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                core_slots()  # names the slots' directory in the environment the pool inherits
                # spawn, not fork: the web process has threads (and a database pool) that a
                # forked child must not inherit
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(
                    self.processes,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(os.getpid(), timed_scoring().limit_seconds),
                )
            return self._executor

    def warm(self) -> None:
        """Start every worker process and build its engine now (benchmarks, before timing)."""
        pool = self._pool()
        for future in [pool.submit(_warm) for _ in range(self.processes * 2)]:
            future.result()

    def score(
        self, spec: RoleSpec, jobs: Sequence[Job], *, reference_date: dt.date | None = None
    ) -> Iterator[Scored]:
        """The results in the order of ``jobs`` (:class:`Unscored` where there is none), each
        as soon as it and those before it are ready: the caller stores them while the rest are
        scored."""
        day = reference_date or dt.date.today()
        if len(jobs) < IN_PROCESS_BELOW or self.processes < 2:
            yield from _score_each_in_time(spec, jobs, day)
            return
        key = spec_key(spec)
        data = spec.model_dump(mode="json")
        given = 0
        futures = self._submit(key, data, jobs, day)
        try:
            for future in futures:
                for result in future.result():
                    given += 1
                    yield result
        except BrokenProcessPool:
            # A worker died (over the time limit, killed, out of memory): score the rest one by
            # one in the timed workers; the next batch gets a new pool.
            log.warning("a scoring process died; scoring the rest of this batch one by one")
            self._reset()
            yield from _score_each_in_time(spec, jobs[given:], day)
        finally:  # the caller stopped early (its database went away): free the cores
            for future in futures:
                future.cancel()

    def _submit(
        self, key: str, data: dict[str, Any], jobs: Sequence[Job], day: dt.date
    ) -> list[Future[list[Scored]]]:
        pool = self._pool()
        chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
        # The spec goes with every chunk: which process takes which chunk is not ours to know,
        # and a 25-criterion spec pickles in well under a millisecond.
        return [pool.submit(_score_chunk, key, data, chunk, day) for chunk in chunks]

    def close(self) -> None:
        """Stop the worker processes (the app's shutdown)."""
        self._reset()

    def _reset(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None


_pool = ScoringPool()


def scoring_pool() -> ScoringPool:
    return _pool
