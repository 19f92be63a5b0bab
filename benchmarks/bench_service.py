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
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.harness import (
    DOCS,
    ROOT,
    bench_spec,
    database,
    machine,
    make_key,
    server,
    statement,
    write_section,
)

SECTION = "## Service"


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
        write_section(SECTION, lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    return 1 if failed or latency["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
