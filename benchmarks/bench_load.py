"""Load: mixed traffic against 2 uvicorn processes sharing one PostgreSQL database.

Run ``make bench`` (all benchmarks) or ``python -m benchmarks.bench_load [--seconds 60]``.
Two service processes (``--workers 1`` each, their own ports) serve one database on the
reliability cluster (``scripts/reliability-postgres.sh``, 127.0.0.1:55433). An httpx async
driver spreads, for a bounded time, over both processes:

- ``score``: ATS scoring, ``POST /v1/score`` against the vacancy;
- ``upload``: ``POST /v1/vacancies/{id}/applications`` (JSON text, own external_id and key);
- ``shortlist``: ``GET /v1/vacancies/{id}/shortlist`` (JSON);
- ``panel``: two panel members overriding machine verdicts, ``PUT .../panel/scores``;
- ``retry``: an ATS retrying: the same upload (same Idempotency-Key, same external_id) sent
  by several clients at once, half to each process; every copy must answer 2xx with the same
  application.

Then it checks the database: no duplicate applications, none without its results, and exactly
one application per acknowledged upload. Prints per kind throughput, p50/p99 and errors, and
writes them into the "## Load" section of docs/benchmarks.md (unless ``--no-write``). Exits 1
on any error or inconsistency.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg

from app.auth.service import Role
from benchmarks.harness import (
    CLIENT_LIMITS,
    DOCS,
    ROOT,
    Service,
    bench_spec,
    database,
    load_average,
    machine,
    make_key,
    postgres_version,
    psycopg_dsn,
    run_async,
    start_reliability_postgres,
    statement,
    write_section,
)

SECTION = "## Load"
KINDS = ("score", "upload", "shortlist", "panel", "retry")


@dataclass
class Tally:
    """Latencies and failures of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    samples: list[str] = field(default_factory=list)

    def failed(self, what: str) -> None:
        self.errors += 1
        if len(self.samples) < 5:
            self.samples.append(what)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


@dataclass
class Run:
    """What the driver sent and what it was told was stored."""

    vacancy_id: str
    clients: list[httpx.AsyncClient]
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    acknowledged: set[str] = field(default_factory=set)  # external_ids answered 2xx
    retry_groups: int = 0
    split_groups: int = 0  # retry groups whose copies named different applications
    numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


async def timed(
    tally: Tally, request: Coroutine[Any, Any, httpx.Response], expected: set[int]
) -> httpx.Response | None:
    """Await ``request`` (not yet started), timing it; None when it failed."""
    started = time.perf_counter()
    try:
        response = await request
    except httpx.HTTPError as error:
        tally.latencies.append(time.perf_counter() - started)
        tally.failed(f"{type(error).__name__}: {error}")
        return None
    tally.latencies.append(time.perf_counter() - started)
    tally.statuses[response.status_code] += 1
    if response.status_code not in expected:
        tally.failed(f"{response.status_code}: {response.text[:200]}")
        return None
    return response


def upload_body(external_id: str, number: int) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "statement": {"text": statement(number)},
        "applicant": {"name": f"Applicant {number}", "disability_confident": number % 5 == 0},
    }


async def score_loop(run: Run, stop: float, worker: int, keys: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {keys['ats']}"}
    for turn in itertools.count():
        if time.monotonic() >= stop:
            return
        client = run.clients[(worker + turn) % 2]
        body = {"vacancy_id": run.vacancy_id, "statement": {"text": statement(next(run.numbers))}}
        await timed(
            run.tallies["score"],
            client.post("/v1/score", json=body, headers=headers),
            {200},
        )


async def upload_loop(run: Run, stop: float, worker: int, keys: dict[str, str]) -> None:
    for turn in itertools.count():
        if time.monotonic() >= stop:
            return
        client = run.clients[(worker + turn) % 2]
        number = 1_000_000 + next(run.numbers)
        external_id = f"load-{number}"
        headers = {"Authorization": f"Bearer {keys['ats']}", "Idempotency-Key": uuid.uuid4().hex}
        body = upload_body(external_id, number)
        response = await timed(
            run.tallies["upload"],
            client.post(f"/v1/vacancies/{run.vacancy_id}/applications", json=body, headers=headers),
            {201},
        )
        if response is not None:
            run.acknowledged.add(external_id)


async def shortlist_loop(run: Run, stop: float, worker: int, keys: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {keys['admin']}"}
    for turn in itertools.count():
        if time.monotonic() >= stop:
            return
        client = run.clients[(worker + turn) % 2]
        await timed(
            run.tallies["shortlist"],
            client.get(f"/v1/vacancies/{run.vacancy_id}/shortlist", headers=headers),
            {200},
        )


async def panel_loop(
    run: Run, stop: float, worker: int, keys: dict[str, str], applications: list[str]
) -> None:
    """Each panel member overrides one sift criterion of an application after another."""
    members = [keys["panel"], keys["lead"]]
    machine: dict[str, list[dict[str, Any]]] = {}
    for turn in itertools.count():
        if time.monotonic() >= stop:
            return
        client = run.clients[(worker + turn) % 2]
        application = applications[turn % len(applications)]
        headers = {"Authorization": f"Bearer {members[turn % 2]}"}
        if application not in machine:
            response = await client.get(f"/v1/applications/{application}/panel", headers=headers)
            response.raise_for_status()
            machine[application] = [c for c in response.json()["criteria"] if c["at_sift"]]
        criterion = machine[application][turn % len(machine[application])]
        verdict = "partly_met" if criterion["machine"]["verdict"] != "partly_met" else "met"
        body = {
            "scores": [
                {
                    "criterion_id": criterion["criterion_id"],
                    "verdict": verdict,
                    "reason": "The example given is thinner than the machine read it",
                }
            ]
        }
        await timed(
            run.tallies["panel"],
            client.put(f"/v1/applications/{application}/panel/scores", json=body, headers=headers),
            {200},
        )


async def retry_loop(run: Run, stop: float, copies: int, keys: dict[str, str]) -> None:
    """The same upload sent ``copies`` times at once, alternating between the processes: every
    other time with one Idempotency-Key for all copies, else a new key per copy (an ATS that
    makes a key per attempt), always with the same external_id."""
    for group in itertools.count():
        if time.monotonic() >= stop:
            return
        number = 2_000_000 + next(run.numbers)
        external_id = f"retry-{number}"
        shared_key = uuid.uuid4().hex
        body = upload_body(external_id, number)
        path = f"/v1/vacancies/{run.vacancy_id}/applications"
        answers = await asyncio.gather(
            *(
                timed(
                    run.tallies["retry"],
                    run.clients[copy % 2].post(
                        path,
                        json=body,
                        headers={
                            "Authorization": f"Bearer {keys['ats']}",
                            "Idempotency-Key": shared_key if group % 2 == 0 else uuid.uuid4().hex,
                        },
                    ),
                    {200, 201},
                )
                for copy in range(copies)
            )
        )
        run.retry_groups += 1
        ids = {a.json()["id"] for a in answers if a is not None}
        if len(ids) > 1:
            run.split_groups += 1
        if ids:
            run.acknowledged.add(external_id)


def check_database(url: str, vacancy_id: str, acknowledged: set[str]) -> dict[str, int]:
    """Count what must be zero: duplicates, applications without results, lost uploads."""
    with psycopg.connect(psycopg_dsn(url)) as connection:

        def scalar(sql: str) -> int:
            row = connection.execute(sql, {"vacancy": vacancy_id}).fetchone()
            return int(row[0]) if row else 0

        stored = {
            row[0]
            for row in connection.execute(
                "SELECT external_id FROM applications WHERE vacancy_id = %(vacancy)s "
                "AND external_id IS NOT NULL",
                {"vacancy": vacancy_id},
            )
        }
        return {
            "applications": scalar(
                "SELECT count(*) FROM applications WHERE vacancy_id = %(vacancy)s"
            ),
            "duplicate_external_ids": scalar(
                "SELECT count(*) FROM (SELECT external_id FROM applications "
                "WHERE vacancy_id = %(vacancy)s GROUP BY external_id HAVING count(*) > 1) d"
            ),
            "duplicate_statements": scalar(
                "SELECT count(*) FROM (SELECT sha256 FROM applications "
                "WHERE vacancy_id = %(vacancy)s GROUP BY sha256 HAVING count(*) > 1) d"
            ),
            "without_results": scalar(
                "SELECT count(*) FROM applications a WHERE a.vacancy_id = %(vacancy)s AND NOT "
                "EXISTS (SELECT 1 FROM application_results r WHERE r.application_id = a.id)"
            ),
            "acknowledged_missing": len(acknowledged - stored),
            "stored_unacknowledged": len(stored - acknowledged),
        }


async def drive(
    bases: list[str], url: str, *, seconds: float, copies: int, seed: int
) -> tuple[Run, dict[str, int], float]:
    keys = {
        "admin": make_key(url, Role.admin, org="Load Council", name="load admin"),
        "ats": make_key(url, Role.ats, org="Load Council", name="load ats"),
        "panel": make_key(url, Role.panel, org="Load Council", name="Bo Chen"),
        "lead": make_key(url, Role.panel, org="Load Council", name="Ann Lee", lead=True),
    }
    clients = [httpx.AsyncClient(base_url=base, timeout=60, limits=CLIENT_LIMITS) for base in bases]
    try:
        admin = {"Authorization": f"Bearer {keys['admin']}"}
        created = await clients[0].post("/v1/vacancies", json={"spec": bench_spec()}, headers=admin)
        created.raise_for_status()
        run = Run(vacancy_id=created.json()["id"], clients=clients)
        applications = []
        for number in range(seed):  # applications for the panel to score from the start
            external_id = f"seed-{number}"
            response = await clients[number % 2].post(
                f"/v1/vacancies/{run.vacancy_id}/applications",
                json=upload_body(external_id, number),
                headers={"Authorization": f"Bearer {keys['ats']}"},
            )
            response.raise_for_status()
            applications.append(response.json()["id"])
            run.acknowledged.add(external_id)
        random.Random(7).shuffle(applications)
        stop = time.monotonic() + seconds
        started = time.monotonic()
        await asyncio.gather(
            score_loop(run, stop, 0, keys),
            score_loop(run, stop, 1, keys),
            upload_loop(run, stop, 0, keys),
            upload_loop(run, stop, 1, keys),
            shortlist_loop(run, stop, 0, keys),
            panel_loop(run, stop, 1, keys, applications),
            retry_loop(run, stop, copies, keys),
        )
        elapsed = time.monotonic() - started
    finally:
        for client in clients:
            await client.aclose()
    return run, check_database(url, run.vacancy_id, run.acknowledged), elapsed


def report(run: Run, checks: dict[str, int], elapsed: float) -> list[str]:
    lines = [
        "| kind | requests | per second | p50 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        tally = run.tallies[kind]
        lines.append(
            f"| {kind} | {len(tally.latencies)} | {len(tally.latencies) / elapsed:.1f} | "
            f"{1000 * tally.percentile(0.5):.0f} | {1000 * tally.percentile(0.99):.0f} | "
            f"{tally.errors} |"
        )
    total = sum(len(t.latencies) for t in run.tallies.values())
    errors = sum(t.errors for t in run.tallies.values())
    lines.append(f"| all | {total} | {total / elapsed:.1f} | | | {errors} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="Length of the mixed run.")
    parser.add_argument("--copies", type=int, default=6, help="Concurrent copies of a retry.")
    parser.add_argument("--seed", type=int, default=20, help="Applications stored beforehand.")
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)

    server = start_reliability_postgres()
    with tempfile.TemporaryDirectory() as tmp, database("postgresql", Path(tmp), server) as url:
        with Service(url) as first, Service(url) as second:
            load_before = load_average()
            run, checks, elapsed = run_async(
                drive(
                    [first.base, second.base],
                    url,
                    seconds=args.seconds,
                    copies=args.copies,
                    seed=args.seed,
                )
            )
            load_after = load_average()
        version = postgres_version(url)
    table = report(run, checks, elapsed)
    errors = sum(t.errors for t in run.tallies.values())
    inconsistent = run.split_groups + sum(checks[k] for k in checks if k != "applications")
    lines = [
        f"Measured by `python -m benchmarks.bench_load --seconds {args.seconds:.0f}` (part of "
        f"`make bench`; `make reliability` runs a shorter one) on {machine()}, PostgreSQL "
        f"{version}. Two uvicorn processes (`--workers 1` each) on one PostgreSQL database; "
        "the driver (httpx async, 13 requests in flight at most) alternates requests between "
        f"them for {elapsed:.0f} s. Load average (1 min) {load_before} before and "
        f"{load_after} at the end of the run: it counts this run's own processes (two "
        "services, PostgreSQL, the driver) and any other work on the same 2 cores (here, other "
        "sessions' test suites), which lowers the figures.",
        "",
        *table,
        "",
        f"Kinds: `score` 2 clients, `upload` 2 clients, `shortlist` 1 client, `panel` 1 client "
        f"(two members in turn, overriding one sift criterion each time), `retry` "
        f"{run.retry_groups} uploads each sent as {args.copies} concurrent copies with the "
        "same external_id, half to each process, every other one with the same "
        "Idempotency-Key on every copy and the others with a key per copy. Statements of about "
        f"{len(statement(0).split())} words, spec `{bench_spec()['id']}`.",
        "",
        f"Database afterwards: {checks['applications']} applications; duplicate external ids "
        f"{checks['duplicate_external_ids']}, duplicate statements "
        f"{checks['duplicate_statements']}, applications without results "
        f"{checks['without_results']}, acknowledged but missing "
        f"{checks['acknowledged_missing']}, stored but never acknowledged "
        f"{checks['stored_unacknowledged']}; retry groups answered with different "
        f"applications {run.split_groups}.",
        "",
        (
            "Nothing failed: every request answered its expected status (a timeout, a "
            "connection error or another status counts as an error) and the database checks "
            "found nothing."
            if not errors and not inconsistent
            else "FAILED: see the errors and database checks above."
        ),
        "The driver's clients drop idle connections after 2 s, before uvicorn closes them "
        "(5 s); with httpx's default of 5 s the first 60 s run had one `ReadError` in 1,280 "
        "requests, a request sent on a connection the server was closing, which is the "
        "client's doing and which an ATS avoids the same way. Faults (a process killed, "
        "PostgreSQL restarted and stopped) are in [reliability.md](reliability.md).",
    ]
    print("\n".join(lines), flush=True)
    for kind in KINDS:
        for sample in run.tallies[kind].samples:
            print(f"{kind} error: {sample}", file=sys.stderr)
    if not args.no_write:
        write_section(SECTION, lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    return 1 if errors or inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())
