"""A time limit per statement that ends the work, not just the wait.

Every statement the service scores is scored in a worker process of its own (one statement at a
time per process). When the limit passes with the statement still being read, the process is
killed and a new one started in its place; the caller gets :class:`StatementTooSlow`. A thread
could not be stopped like this: the tokenizer runs in C code where neither a Python signal
handler nor another thread gets a turn (200,000 hostile characters once ignored SIGTERM for
minutes). As a second line, the kernel ends a worker that spends more CPU time on one statement
than the limit (``RLIMIT_CPU``), which also holds in the bulk pool's processes
(:mod:`app.scoring.pool`) and after the web process has gone. A statement still being read after
:data:`YIELD_AFTER_SECONDS` goes on at a low CPU priority, so while it runs towards the limit the
cores serve everyone else first, and another worker may start beside it.

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

from app.scoring.cores import core_slots
from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.engine import get_engine
from matching.result import ScoreResult

log = logging.getLogger(__name__)

DEFAULT_LIMIT_SECONDS = 20.0
PROCESSES = max(1, os.cpu_count() or 1)
START_SECONDS = 300.0  # building the engine takes a few seconds; on a swamped machine, more
# A statement still being read after this long (ten times an ordinary one) goes on at a low CPU
# priority until it ends or the limit passes, so the cores go to everyone else's first (niceness
# 10: about a tenth of a core while others want it, all of it when nobody does).
YIELD_AFTER_SECONDS = 2.0
YIELDED_NICENESS = 10
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
    try:
        connection.send(READY)
    except OSError:  # the web process stopped while this one was starting
        return
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
            answer: tuple[str, object] = ("scored", result)
        except Exception as error:  # its type only: the message may quote the statement
            answer = ("failed", type(error).__name__)
        try:
            connection.send(answer)
        except OSError:  # the web process has gone
            return


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    specs: set[str] = field(default_factory=set)
    yielded: bool = False

    def give_way(self) -> None:
        """Lower the process's CPU priority (anyone may; raising it again needs privilege)."""
        if self.process.pid is not None:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, YIELDED_NICENESS)
            self.yielded = True

    def take_priority_back(self) -> bool:
        """Back to normal priority; False where the service may not (not root, no
        CAP_SYS_NICE): the process must then be replaced."""
        try:
            if self.process.pid is not None:
                os.setpriority(os.PRIO_PROCESS, self.process.pid, 0)
        except PermissionError:
            return False
        self.yielded = False
        return True

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class TimedScoring:
    """Worker processes that each score one statement at a time under the time limit.

    It keeps one worker per core and a spare, so statements that run long (and give way, see
    :data:`YIELD_AFTER_SECONDS`) on every core still leave one for everyone else."""

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

        Waiting for a free worker or core does not count towards the limit, only the
        scoring."""
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
        slots = core_slots()
        try:
            slot = slots.take()  # one of the server's cores, across web processes
        except BaseException:
            self._settle(worker, usable=True)
            raise
        holding = True
        try:
            worker.connection.send(ask)
            worker.specs.add(key)
            if not worker.connection.poll(min(seconds, YIELD_AFTER_SECONDS)):
                worker.give_way()
                slots.give_back(slot)  # at low priority it no longer takes a core from others
                holding = False
                if not worker.connection.poll(max(0.0, seconds - YIELD_AFTER_SECONDS)):
                    raise StatementTooSlow
            outcome, value = worker.connection.recv()
        except StatementTooSlow:
            self._settle(worker, usable=False)
            raise
        except (EOFError, OSError):  # the worker died: the kernel's CPU limit, or killed
            self._settle(worker, usable=False)
            if worker.process.exitcode == -signal.SIGXCPU:
                raise StatementTooSlow from None
            raise RuntimeError("a scoring process died while scoring a statement") from None
        except BaseException:
            self._settle(worker, usable=False)
            raise
        finally:
            if holding:
                slots.give_back(slot)
        self._settle(worker, usable=True)
        if outcome == "failed":
            raise RuntimeError(f"the engine failed on a statement ({value})")
        result: ScoreResult = value
        return result

    def warm(self) -> None:
        """Start every missing worker now and wait until each has built its engine."""
        with self._changed:
            missing = max(0, self._wanted() - self._live)
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

    def _wanted(self) -> int:
        return self.processes + 1

    def _take(self) -> _Worker:
        with self._changed:
            while not self._idle and self._live >= self._wanted():
                self._changed.wait()
            if self._idle:
                return self._idle.pop()
            self._live += 1
        try:
            return self._start()
        except BaseException:
            self._lost()
            raise

    def _settle(self, worker: _Worker, *, usable: bool) -> None:
        """After a statement: the worker goes back to the idle ones, or is stopped (dead, over
        the limit, or kept at low priority); a new one is then started in the background."""
        if usable and worker.yielded:
            usable = worker.take_priority_back()
        with self._changed:
            if usable and self._live <= self._wanted():
                self._idle.append(worker)
                self._changed.notify()
                return
            self._live -= 1
            replace = self._live < self._wanted()
            self._live += replace
            self._changed.notify()
        worker.stop()
        if replace:
            threading.Thread(
                target=self._start_into_idle,
                kwargs={"background": True},
                name="replace-scoring-process",
                daemon=True,
            ).start()

    def _lost(self) -> None:
        with self._changed:
            self._live -= 1
            self._changed.notify()

    def _start_into_idle(self, *, background: bool = False) -> None:
        try:
            worker = self._start(background=background)
        except Exception:
            log.exception("a scoring process could not be started")
            self._lost()
            return
        with self._changed:
            self._idle.append(worker)
            self._changed.notify()

    def _start(self, *, background: bool = False) -> _Worker:
        """A new worker with its engine built; built at low priority when nobody waits for it
        (a replacement), then raised to normal priority where the service may."""
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
        if background:
            worker.give_way()
        try:
            if not ours.poll(START_SECONDS) or ours.recv() != READY:
                raise RuntimeError("a scoring process did not start")
        except (EOFError, OSError, RuntimeError):
            worker.stop()
            raise RuntimeError("a scoring process did not start") from None
        if background and not worker.take_priority_back():
            worker.yielded = False  # it stays at low priority: slower, but it works
        return worker


_timed = TimedScoring()


def timed_scoring() -> TimedScoring:
    return _timed
