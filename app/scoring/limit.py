"""A time limit per statement that ends the work, not just the wait.

Every statement the service scores is scored in a worker process of its own (one statement at a
time per process). When the limit passes with the statement still being read, the process is
killed and a new one started in its place; the caller gets :class:`StatementTooSlow`. A thread
could not be stopped like this: the tokenizer runs in C code where neither a Python signal
handler nor another thread gets a turn (200,000 hostile characters once ignored SIGTERM for
minutes). As a second line, the kernel ends a worker that spends more CPU time on one statement
than the limit (``RLIMIT_CPU``), which also holds in the bulk pool's processes
(:mod:`app.scoring.pool`) and after the web process has gone.

The workers start with the service (:meth:`TimedScoring.warm`, a few seconds each to build the
engine) and live as long as its process; several services in one process (the tests) share them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.engine import get_engine
from matching.result import ScoreResult

log = logging.getLogger(__name__)

DEFAULT_LIMIT_SECONDS = 20.0
PROCESSES = max(1, os.cpu_count() or 1)
START_SECONDS = 300.0  # building the engine takes a few seconds; on a swamped machine, more
READY = "ready"


class StatementTooSlow(Exception):
    """The statement was still being read when the time limit passed; its work was stopped."""


def spec_key(spec: RoleSpec) -> str:
    """The content hash a compiled spec is remembered under."""
    text = json.dumps(spec.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def no_core_dumps() -> None:
    """A worker the kernel ends for its CPU time must not leave a core file of its memory
    (statements and all) behind."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


@contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """Until the block ends, the kernel ends this process (SIGXCPU) once it has used ``seconds``
    more CPU time, wherever it is stuck (whole seconds: the kernel counts no finer)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    until = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    if hard != resource.RLIM_INFINITY:
        until = min(until, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (until, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


@dataclass(frozen=True)
class _Ask:
    """One statement sent to a worker (``spec_data`` only the first time it sees the spec)."""

    key: str
    spec_data: dict[str, Any] | None
    text: str
    warnings: tuple[str, ...]
    applicant: Applicant | None
    reference_date: dt.date
    seconds: float


def _serve(connection: Connection) -> None:
    """A worker process: build the engine, then score what arrives until the pipe closes (the
    web process has gone, however it ended)."""
    no_core_dumps()
    engine = get_engine()
    specs: dict[str, RoleSpec] = {}
    connection.send(READY)
    while True:
        try:
            ask: _Ask = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if ask.spec_data is not None:
                specs[ask.key] = RoleSpec.model_validate(ask.spec_data)
            # a second or two over the wall-clock limit: the web process normally stops it first
            with cpu_limit(ask.seconds + 2):
                result = engine.score(
                    specs[ask.key],
                    ask.text,
                    reference_date=ask.reference_date,
                    applicant=ask.applicant,
                    warnings=list(ask.warnings),
                )
        except Exception as error:  # its type only: the message may quote the statement
            connection.send(("failed", type(error).__name__))
        else:
            connection.send(("scored", result))


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    specs: set[str] = field(default_factory=set)

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class TimedScoring:
    """Worker processes that each score one statement at a time under the time limit."""

    def __init__(self, processes: int = PROCESSES) -> None:
        self.processes = processes
        self.limit_seconds = DEFAULT_LIMIT_SECONDS
        self._idle: list[_Worker] = []
        self._live = 0  # started or starting
        self._changed = threading.Condition()

    def score(
        self,
        spec: RoleSpec,
        text: str,
        *,
        warnings: Sequence[str],
        applicant: Applicant | None,
        reference_date: dt.date,
    ) -> ScoreResult:
        """The statement's result; :class:`StatementTooSlow` if the limit passed first.

        Waiting for a free worker does not count towards the limit, only the scoring."""
        worker = self._take()
        key = spec_key(spec)
        seconds = self.limit_seconds
        ask = _Ask(
            key,
            None if key in worker.specs else spec.model_dump(mode="json"),
            text,
            tuple(warnings),
            applicant,
            reference_date,
            seconds,
        )
        try:
            worker.connection.send(ask)
            worker.specs.add(key)
            if not worker.connection.poll(seconds):
                raise StatementTooSlow
            outcome, value = worker.connection.recv()
        except StatementTooSlow:
            self._replace(worker)
            raise
        except (EOFError, OSError):  # the worker died: the kernel's CPU limit, or killed
            self._replace(worker)
            if worker.process.exitcode == -signal.SIGXCPU:
                raise StatementTooSlow from None
            raise RuntimeError("a scoring process died while scoring a statement") from None
        except BaseException:
            self._replace(worker)
            raise
        self._give_back(worker)
        if outcome == "failed":
            raise RuntimeError(f"the engine failed on a statement ({value})")
        result: ScoreResult = value
        return result

    def warm(self) -> None:
        """Start every missing worker now and wait until each has built its engine."""
        with self._changed:
            missing = self.processes - self._live
            self._live += missing
        starters = [threading.Thread(target=self._start_into_idle) for _ in range(missing)]
        for starter in starters:
            starter.start()
        for starter in starters:
            starter.join()

    def close(self) -> None:
        """Stop the idle workers (those busy stop with their statement's caller)."""
        with self._changed:
            idle, self._idle = self._idle, []
            self._live -= len(idle)
        for worker in idle:
            worker.stop()

    def _take(self) -> _Worker:
        with self._changed:
            while not self._idle and self._live >= self.processes:
                self._changed.wait()
            if self._idle:
                return self._idle.pop()
            self._live += 1
        try:
            return self._start()
        except BaseException:
            self._lost()
            raise

    def _give_back(self, worker: _Worker) -> None:
        with self._changed:
            self._idle.append(worker)
            self._changed.notify()

    def _lost(self) -> None:
        with self._changed:
            self._live -= 1
            self._changed.notify()

    def _replace(self, worker: _Worker) -> None:
        """Kill the worker and start another in the background: the caller answers at once."""
        worker.stop()  # the replacement takes its place in the count of live workers
        threading.Thread(
            target=self._start_into_idle, name="replace-scoring-process", daemon=True
        ).start()

    def _start_into_idle(self) -> None:
        try:
            worker = self._start()
        except Exception:
            log.exception("a scoring process could not be started")
            self._lost()
            return
        self._give_back(worker)

    def _start(self) -> _Worker:
        # spawn, not fork: the web process has threads (and a database pool) that a forked
        # child must not inherit
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs,), name="shortlist-scoring", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        try:
            if not ours.poll(START_SECONDS) or ours.recv() != READY:
                raise RuntimeError("a scoring process did not start")
        except (EOFError, OSError, RuntimeError):
            worker.stop()
            raise RuntimeError("a scoring process did not start") from None
        return worker


_timed = TimedScoring()


def timed_scoring() -> TimedScoring:
    return _timed
