"""Service benchmark against a real uvicorn process.

Run ``make bench-service`` (or ``python -m benchmarks.bench_service``). Measures:

- ``POST /v1/score`` latency (p50, p99) and throughput with 32 concurrent clients (httpx async)
  for a fixed time, against a uvicorn process on SQLite;
- the time to upload and score 1,000 statements into one vacancy (JSON uploads, 8 concurrent
  clients), once on SQLite and once on PostgreSQL (``SHORTLIST_TEST_DATABASE_URL``, the server
  ``scripts/test-postgres.sh`` starts).

Prints the figures and writes them with the machine into the "## Service" section of
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from criteria.roles import library_roles

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Service"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:55432/postgres"

# Sentences a social worker's or occupational therapist's statement is made of; the bench
# statements are built from them (about 700 words each), varied so no two are identical.
SENTENCES = (
    "I am registered with Social Work England (SW{n:06d}) and have been since I qualified.",
    "I qualified with a BA (Hons) in Social Work from the University of Leeds in 2016.",
    "Since September 2018 I have worked as a social worker in an adult community team.",
    "In one section 42 enquiry I assessed an older man at risk of financial abuse, I led the "
    "strategy meeting and agreed a protection plan with him, and he now manages his money "
    "with support from his daughter.",
    "I completed my ASYE in 2017 with the same local authority.",
    "I hold a full UK driving licence and have access to a car for work.",
    "I have completed Care Act 2014 assessments and support plans for people with complex "
    "needs, including mental capacity assessments under the Mental Capacity Act.",
    "I supervise two newly qualified social workers and I am working towards my Practice "
    "Educator award.",
    "I work closely with health colleagues, housing and the police, and I chair multi-agency "
    "meetings when safeguarding concerns are raised.",
    "I keep accurate and timely case records on Liquidlogic and write reports for the Court of "
    "Protection.",
    "I manage a caseload of around twenty people and prioritise visits by risk.",
    "I am committed to anti-oppressive practice and to hearing the voice of the person.",
)


def statement(number: int) -> str:
    parts = []
    while sum(len(p.split()) for p in parts) < 700:
        for index, sentence in enumerate(SENTENCES):
            if (number + index) % 7 != 0:
                parts.append(sentence.format(n=number))
    return " ".join(parts) + f" Reference {number}.\n"


def bench_spec() -> dict[str, Any]:
    roles = library_roles()
    if roles:
        chosen = next((r for r in roles if "social-worker" in r.id), roles[0])
        return chosen.model_dump(mode="json")
    return {
        "id": "social-worker",
        "title": "Social Worker",
        "criteria": [
            {
                "id": "registration",
                "text": "Registered with Social Work England",
                "assessed_by": ["application"],
                "rule": {"kind": "registration", "bodies": ["SWE"]},
            },
            {
                "id": "safeguarding",
                "text": "Experience of safeguarding adults, including section 42 enquiries",
                "assessed_by": ["application", "interview"],
            },
        ],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database(kind: str, tmp: Path) -> Iterator[str]:
    """A freshly migrated database: a SQLite file, or a new database on the PostgreSQL server."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'bench.db'}"
        upgrade(url)
        yield url
        return
    server = os.environ.get("SHORTLIST_TEST_DATABASE_URL", DEFAULT_PG_URL)
    dsn = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"shortlist_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            url = make_url(server).set(database=name).render_as_string(hide_password=False)
            upgrade(url)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_key(url: str) -> str:
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        key = create_key(session, "Bench Council", Role.admin, name="bench").secret
        session.commit()
    engine.dispose()
    return key


@contextmanager
def server(url: str, workers: int) -> Iterator[str]:
    """A uvicorn process serving the app on ``url``'s database."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not become ready")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


async def score_latency(base: str, key: str, *, clients: int, seconds: float) -> dict[str, float]:
    spec = bench_spec()
    headers = {"Authorization": f"Bearer {key}"}
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def client_loop(number: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120) as client:
            request = 0
            while time.monotonic() < stop:
                body = {"spec": spec, "statement": {"text": statement(number * 10_000 + request)}}
                started = time.perf_counter()
                response = await client.post("/v1/score", json=body)
                latencies.append(time.perf_counter() - started)
                errors += response.status_code != 200
                request += 1

    started = time.monotonic()
    await asyncio.gather(*(client_loop(n) for n in range(clients)))
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": errors,
        "p50": ordered[len(ordered) // 2],
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
        "mean": statistics.fmean(ordered),
        "throughput": len(ordered) / elapsed,
    }


async def upload_many(base: str, key: str, *, count: int, clients: int) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=300) as client:
        created = await client.post("/v1/vacancies", json={"spec": bench_spec()})
        created.raise_for_status()
        vacancy_id = created.json()["id"]
        queue: asyncio.Queue[int] = asyncio.Queue()
        for number in range(count):
            queue.put_nowait(number)
        failures = 0

        async def worker() -> None:
            nonlocal failures
            while not queue.empty():
                number = queue.get_nowait()
                response = await client.post(
                    f"/v1/vacancies/{vacancy_id}/applications",
                    json={
                        "external_id": f"bench-{number}",
                        "statement": {"text": statement(number)},
                    },
                )
                failures += response.status_code != 201

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
        listed = await client.get(f"/v1/vacancies/{vacancy_id}/applications?limit=1")
        stored = listed.json()["total"]
    return {
        "seconds": elapsed,
        "stored": stored,
        "failures": failures,
        "per_second": count / elapsed,
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, Linux {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def write_section(lines: list[str], path: Path = DOCS) -> None:
    """Replace (or add) the service's section of docs/benchmarks.md, leaving the rest alone."""
    body = "\n".join([SECTION, "", *lines]) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: body + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="Latency run length.")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--uploads", type=int, default=1000)
    parser.add_argument("--upload-clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)

    words = len(statement(0).split())
    lines = [
        f"Measured by `make bench-service` on {machine()}; uvicorn with {args.workers} "
        f"worker process(es), spec `{bench_spec()['id']}` "
        f"({len(bench_spec()['criteria'])} criteria), statements of about {words} words.",
        "",
        "| measurement | SQLite | PostgreSQL 15 |",
        "|---|---|---|",
    ]
    uploads: dict[str, dict[str, float]] = {}
    latency: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("sqlite", "postgresql"):
            with database(kind, Path(tmp)) as url, server(url, args.workers) as base:
                key = make_key(url)
                if kind == "sqlite":
                    latency = asyncio.run(
                        score_latency(base, key, clients=args.clients, seconds=args.seconds)
                    )
                    print(f"POST /v1/score: {latency}", flush=True)
                uploads[kind] = asyncio.run(
                    upload_many(base, key, count=args.uploads, clients=args.upload_clients)
                )
                print(f"{kind}: {args.uploads} uploads: {uploads[kind]}", flush=True)
    lines += [
        f"| upload and score {args.uploads:,} statements into one vacancy "
        f"({args.upload_clients} clients) | {uploads['sqlite']['seconds']:.1f} s "
        f"({uploads['sqlite']['per_second']:.1f}/s) | {uploads['postgresql']['seconds']:.1f} s "
        f"({uploads['postgresql']['per_second']:.1f}/s) |",
        "",
        f"`POST /v1/score` (stateless; the database only checks the key), {args.clients} "
        f"concurrent clients for {args.seconds:.0f} s: {latency['requests']:.0f} requests, "
        f"{latency['errors']:.0f} errors, p50 {1000 * latency['p50']:.0f} ms, "
        f"p99 {1000 * latency['p99']:.0f} ms, mean {1000 * latency['mean']:.0f} ms, "
        f"{latency['throughput']:.1f} requests/s.",
        "",
        "Scoring is CPU-bound, so with more clients than cores the latency is mostly "
        "queueing: by Little's law the mean latency is about clients / throughput. Throughput "
        "scales with worker processes (one per core).",
        "",
        "Each upload is one transaction: the statement, its result, one row per criterion, the "
        "audit line (and the Idempotency-Key response when one is sent). PostgreSQL runs on "
        "the same cores as the service here, so it competes with scoring for CPU.",
    ]
    failed = any(u["failures"] or u["stored"] != args.uploads for u in uploads.values())
    if failed:
        lines.append("")
        lines.append("WARNING: some uploads failed; see the printed figures.")
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    return 1 if failed or latency["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
