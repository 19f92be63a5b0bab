"""Service benchmark: what the service costs on top of the engine, measured in ONE run.

Run ``make bench-service`` (or ``python -m benchmarks.bench_service``). On the same statements
and the same spec it measures:

- the engine alone, in this process (``Engine.score``, one thread);
- ``POST /v1/score`` against ``shortlist serve --workers 1`` and ``--workers 2`` (SQLite: the
  database only checks the key): one client (latency), and 8 and 32 concurrent clients
  (throughput, p50/p99). Single-client rounds alternate with engine-alone rounds on the same
  statements, so both see the same load from other work on the machine; the ratio is the median
  of the per-round ratios;
- bulk uploads (``.zip`` archives of 1,000 statements, the most one request takes) of 1,000 and
  10,000 statements into one vacancy, on SQLite and on PostgreSQL
  (``SHORTLIST_TEST_DATABASE_URL``, else 127.0.0.1:55432), each against
  ``statements x engine time per statement / cores`` and against the engine on every core
  measured in the same minutes (``CORES`` engine processes side by side for a few seconds
  before the first archive and after each one, not counted in the upload's time).

Every figure is printed with its ratio to the engine-alone time, and written with the machine
and the load average into the "## Service" section of docs/benchmarks.md (unless
``--no-write``).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import docx
import httpx
from sqlalchemy.engine import make_url

from benchmarks.harness import (
    CLIENT_LIMITS,
    DOCS,
    ROOT,
    bench_spec,
    database,
    free_port,
    load_average,
    machine,
    make_key,
    statement,
    write_section,
)
from criteria.spec import RoleSpec
from matching.engine import get_engine

SECTION = "### Service figures (bench_service)"
ZIP_MEMBERS = 1000  # Settings.max_zip_members: the most statements one bulk request may carry
CORES = os.cpu_count() or 1


# --- the engine alone -----------------------------------------------------------------------------


def engine_seconds(spec: RoleSpec, texts: list[str]) -> list[float]:
    """Wall-clock seconds of ``Engine.score`` for each text, in this process, one thread."""
    return [wall for wall, _ in engine_times(spec, texts)]


def engine_times(spec: RoleSpec, texts: list[str]) -> list[tuple[float, float]]:
    """(wall-clock, CPU) seconds of ``Engine.score`` for each text, in this process."""
    engine = get_engine()
    today = dt.date.today()
    times = []
    for text in texts:
        started, cpu = time.perf_counter(), time.process_time()
        engine.score(spec, text, reference_date=today)
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    return times


def _engine_rate(job: tuple[dict[str, Any], list[str], float]) -> float:
    """In a fresh process: build the engine, then score for ``seconds``; statements/s."""
    spec_data, texts, seconds = job
    spec = RoleSpec.model_validate(spec_data)
    engine_seconds(spec, texts[:3])
    today = dt.date.today()
    engine = get_engine()
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        engine.score(spec, texts[done % len(texts)], reference_date=today)
        done += 1
    return done / (time.perf_counter() - started)


def engine_throughput(spec_data: dict[str, Any], texts: list[str], seconds: float) -> float:
    """Statements/s of ``CORES`` engine processes side by side (each timed after its engine is
    built): "the engine alone on every core", measured in the same minutes as the server."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(CORES) as pool:
        return sum(pool.map(_engine_rate, [(spec_data, texts, seconds)] * CORES))


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and every live descendant (the uvicorn supervisor,
    its workers and their scoring processes), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += used.get(current, 0.0)
        todo += children.get(current, [])
    return total


# --- the served API -------------------------------------------------------------------------------


@contextmanager
def serve(url: str, workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """``shortlist serve --workers N`` (as the README starts production); yields its base URL
    and process id."""
    port = free_port()
    command = [sys.executable, "-c", "from app.cli import main; main()", "serve"]
    command += ["--port", str(port), "--workers", str(workers)]
    # the per-key quota is off: the benchmark measures the service, not the quota
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "LOG_LEVEL": "WARNING",
        "SCORING_QUOTA_PER_MINUTE": "0",
    }
    with log.open("ab") as sink:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=sink, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"shortlist serve did not start; see {log}")
            time.sleep(0.3)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def settle(pid: int, longest: float) -> None:
    """Wait until the server's processes are idle (its scoring processes have built their
    engines), at most ``longest`` seconds."""
    deadline = time.monotonic() + longest
    while time.monotonic() < deadline:
        before = tree_cpu(pid)
        time.sleep(1)
        if tree_cpu(pid) - before < 0.05:
            return


def score_body(spec: dict[str, Any], text: str) -> dict[str, Any]:
    return {"spec": spec, "statement": {"text": text}}


def single_client(base: str, key: str, spec: dict[str, Any], texts: list[str]) -> list[float]:
    """Seconds per request, one client, one request at a time (keep-alive)."""
    times = []
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base, headers=headers, timeout=120, limits=CLIENT_LIMITS) as client:
        for text in texts:
            started = time.perf_counter()
            response = client.post("/v1/score", json=score_body(spec, text))
            times.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"/v1/score answered {response.status_code}: {response.text}")
    return times


async def many_clients(
    base: str, key: str, spec: dict[str, Any], texts: list[str], *, clients: int, seconds: float
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    headers = {"Authorization": f"Bearer {key}"}
    stop = time.monotonic() + seconds

    async def client_loop(number: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(
            base_url=base, headers=headers, timeout=300, limits=CLIENT_LIMITS
        ) as client:
            request = number
            while time.monotonic() < stop:
                body = score_body(spec, texts[request % len(texts)])
                started = time.perf_counter()
                response = await client.post("/v1/score", json=body)
                latencies.append(time.perf_counter() - started)
                errors += response.status_code != 200
                request += clients

    started = time.monotonic()
    await asyncio.gather(*(client_loop(n) for n in range(clients)))
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": errors,
        "p50": ordered[len(ordered) // 2],
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
        "throughput": len(ordered) / elapsed,
    }


# --- bulk uploads ---------------------------------------------------------------------------------


def docx_statement(text: str) -> bytes:
    """``text`` as a Word document, a paragraph per sentence (as applicants write them)."""
    document = docx.Document()
    for sentence in text.split(". "):
        document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def statements_zip(texts: list[str], first: int, file_format: str = "txt") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for offset, text in enumerate(texts):
            data = docx_statement(text) if file_format == "docx" else text.encode()
            archive.writestr(f"statement-{first + offset:06d}.{file_format}", data)
    return buffer.getvalue()


def bulk_upload(
    base: str,
    key: str,
    texts: list[str],
    *,
    file_format: str = "txt",
    between: Callable[[], None] | None = None,
) -> dict[str, float]:
    """Upload ``texts`` into a new vacancy as archives of up to 1,000, one after another;
    ``between`` runs before the first archive and after each (its time is not counted)."""
    headers = {"Authorization": f"Bearer {key}"}
    archives = [
        statements_zip(texts[i : i + ZIP_MEMBERS], i, file_format)
        for i in range(0, len(texts), ZIP_MEMBERS)
    ]
    with httpx.Client(base_url=base, headers=headers, timeout=3600) as client:
        created = client.post("/v1/vacancies", json={"spec": bench_spec()})
        created.raise_for_status()
        vacancy_id = created.json()["id"]
        stored, elapsed = 0, 0.0
        if between is not None:
            between()
        for number, archive in enumerate(archives):
            started = time.perf_counter()
            answer = client.post(
                f"/v1/vacancies/{vacancy_id}/applications/bulk",
                files=[("files", (f"batch-{number}.zip", archive, "application/zip"))],
            )
            answer.raise_for_status()
            elapsed += time.perf_counter() - started
            stored += answer.json()["stored"]
            if between is not None:
                between()
    return {"seconds": elapsed, "stored": stored}


def database_cpu(url: str) -> float:
    """CPU seconds used so far by the PostgreSQL server processes serving ``url``'s database
    (its backends carry the database name in their process title); 0 for SQLite, whose work
    is in the service's own process."""
    name = make_url(url).database or ""
    if not url.startswith("postgresql") or not name:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if f" {name} ".encode() not in (entry / "cmdline").read_bytes():
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def bulk(
    args: argparse.Namespace,
    figures: dict[str, Any],
    spec: RoleSpec,
    tmp: Path,
    log: Path,
    bulk_sizes: list[int],
    bulk_words: int,
    loads: list[str],
) -> None:
    """The bulk uploads, on each database, with the engine on every core measured between
    archives (the same minutes, the same load from other work on the machine)."""
    bulk_texts = [statement(10_000_000 + n, words=bulk_words) for n in range(max(bulk_sizes))]
    sample = bulk_texts[:: max(1, len(bulk_texts) // 200)][:200]
    sample_times = engine_times(spec, sample)
    per_statement = statistics.median(wall for wall, _ in sample_times)
    figures["bulk-engine"] = per_statement
    figures["bulk-engine-cpu"] = sum(cpu for _, cpu in sample_times) / len(sample)
    print(f"engine alone on the bulk statements: {1000 * per_statement:.1f} ms", flush=True)
    spec_data = spec.model_dump(mode="json")
    context = multiprocessing.get_context("spawn")
    with context.Pool(CORES) as engines:
        rates: list[float] = []

        def every_core() -> None:
            job = (spec_data, sample, args.bulk_window)
            rates.append(sum(engines.map(_engine_rate, [job] * CORES)))

        for kind in args.databases.split(","):
            with database(kind, tmp / f"bulk-{kind}") as url:
                key = make_key(url)
                with serve(url, 1, log) as (base, pid):
                    # start the scoring processes (once per server process, then kept)
                    bulk_upload(base, key, [statement(20_000_000 + n) for n in range(40)])
                    for size in bulk_sizes:
                        rates.clear()
                        cpu_before, db_before = tree_cpu(pid), database_cpu(url)
                        run = bulk_upload(
                            base,
                            key,
                            bulk_texts[:size],
                            file_format=args.bulk_format,
                            between=every_core,
                        )
                        run["cpu"] = tree_cpu(pid) - cpu_before  # the windows are not its
                        run["database_cpu"] = database_cpu(url) - db_before
                        run["ideal"] = size * per_statement / CORES
                        run["same_minutes"] = _same_minutes(size, rates)
                        run["rates"] = list(rates)
                        figures[f"bulk-{kind}-{size}"] = run
                        print(
                            f"{kind} bulk {size}: {run['seconds']:.1f} s, stored "
                            f"{run['stored']:.0f} ({run['seconds'] / run['ideal']:.2f}x the "
                            f"ideal {run['ideal']:.1f} s; "
                            f"{run['seconds'] / run['same_minutes']:.2f}x the engine on "
                            f"{CORES} cores in the same minutes, {run['same_minutes']:.1f} s; "
                            f"{CORES}-process rates {[round(r, 1) for r in rates]}/s)",
                            flush=True,
                        )
                        loads.append(load_average())


def _same_minutes(size: int, rates: list[float]) -> float:
    """Seconds the engine alone on every core would take for ``size`` statements, at the rates
    measured before and after each archive (archive i between windows i and i + 1)."""
    seconds, left = 0.0, size
    for number in range(len(rates) - 1):
        count = min(ZIP_MEMBERS, left)
        seconds += count / ((rates[number] + rates[number + 1]) / 2)
        left -= count
    return seconds


def served_score(
    args: argparse.Namespace,
    figures: dict[str, Any],
    spec: RoleSpec,
    spec_data: dict[str, Any],
    texts: list[str],
    tmp: Path,
    log: Path,
    loads: list[str],
) -> None:
    """``POST /v1/score`` at 1 and 2 workers: one client against the engine alone, then many."""
    with database("sqlite", tmp / "score") as url:
        key = make_key(url)
        for workers in (1, 2):
            with serve(url, workers, log) as (base, pid):
                single_client(base, key, spec_data, texts[:8])  # warm every worker
                rounds, cpu_rounds = [], []
                for number in range(args.rounds):
                    chunk = texts[number * args.per_round : (number + 1) * args.per_round]
                    times = engine_times(spec, chunk)
                    alone = statistics.median(wall for wall, _ in times)
                    cpu_before = tree_cpu(pid)
                    served = statistics.median(single_client(base, key, spec_data, chunk))
                    server_cpu = (tree_cpu(pid) - cpu_before) / len(chunk)
                    rounds.append((alone, served))
                    cpu_rounds.append((sum(cpu for _, cpu in times) / len(chunk), server_cpu))
                    print(
                        f"workers {workers} round {number + 1}: engine {1000 * alone:.1f} ms, "
                        f"/v1/score {1000 * served:.1f} ms ({served / alone:.2f}x); CPU per "
                        f"statement: engine {1000 * cpu_rounds[-1][0]:.1f} ms, server "
                        f"{1000 * server_cpu:.1f} ms",
                        flush=True,
                    )
                figures[f"single-{workers}"] = rounds
                figures[f"single-cpu-{workers}"] = cpu_rounds
                # Concurrent requests start each worker's scoring processes (in the
                # background); give them time to build their engines, as a server that has
                # been up a while has.
                asyncio.run(many_clients(base, key, spec_data, texts, clients=8, seconds=5))
                settle(pid, args.pool_start)
                asyncio.run(many_clients(base, key, spec_data, texts, clients=8, seconds=5))
                figures[f"parallel-{workers}"] = engine_throughput(spec_data, texts, args.seconds)
                print(
                    f"engine alone on {CORES} processes: "
                    f"{figures[f'parallel-{workers}']:.1f} statements/s",
                    flush=True,
                )
                for clients in (8, 32):
                    cpu_before = tree_cpu(pid)
                    run = asyncio.run(
                        many_clients(
                            base,
                            key,
                            spec_data,
                            texts,
                            clients=clients,
                            seconds=args.seconds,
                        )
                    )
                    run["cpu_per_request"] = (tree_cpu(pid) - cpu_before) / run["requests"]
                    figures[f"many-{workers}-{clients}"] = run
                    print(f"workers {workers}, {clients} clients: {run}", flush=True)
                loads.append(load_average())


# --- the run --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="Single-client rounds.")
    parser.add_argument("--per-round", type=int, default=20, help="Statements per round.")
    parser.add_argument("--seconds", type=float, default=15, help="Each many-client run.")
    parser.add_argument("--bulk", default="1000,10000", help="Bulk upload sizes.")
    parser.add_argument(
        "--bulk-words",
        type=int,
        default=300,
        help="Words per bulk statement (0: the same statements as /v1/score).",
    )
    parser.add_argument(
        "--bulk-format", choices=["txt", "docx"], default="txt", help="Bulk statements' files."
    )
    parser.add_argument(
        "--bulk-window",
        type=float,
        default=6,
        help="Seconds of the engine on every core, before the first archive and after each.",
    )
    parser.add_argument("--no-score", action="store_true", help="Bulk uploads only.")
    parser.add_argument(
        "--pool-start", type=float, default=90, help="Longest wait for scoring processes."
    )
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)

    spec_data = bench_spec()
    spec = RoleSpec.model_validate(spec_data)
    texts = [statement(n) for n in range(args.per_round * args.rounds)]
    words = len(texts[0].split())
    bulk_sizes = [int(size) for size in args.bulk.split(",") if size]
    bulk_words = args.bulk_words or words
    engine_seconds(spec, texts[:5])  # build the engine (cold start is not what is compared)
    loads: list[str] = [load_average()]
    figures: dict[str, Any] = {}

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        log = tmp / "serve.log"
        for name in ("score", *(f"bulk-{kind}" for kind in args.databases.split(","))):
            (tmp / name).mkdir()
        if not args.no_score:
            served_score(args, figures, spec, spec_data, texts, tmp, log, loads)
        if bulk_sizes:
            bulk(args, figures, spec, tmp, log, bulk_sizes, bulk_words, loads)

    lines = report(figures, args, words, bulk_words, bulk_sizes, loads)
    print("\n".join(lines))
    if not args.no_write:
        write_section(SECTION, lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    failed = any(
        run["stored"] != size
        for size in bulk_sizes
        for kind in args.databases.split(",")
        if (run := figures.get(f"bulk-{kind}-{size}"))
    ) or any(
        figures[f"many-{w}-{c}"]["errors"]
        for w in (1, 2)
        for c in (8, 32)
        if f"many-{w}-{c}" in figures
    )
    return 1 if failed else 0


def report(
    figures: dict[str, Any],
    args: argparse.Namespace,
    words: int,
    bulk_words: int,
    bulk_sizes: list[int],
    loads: list[str],
) -> list[str]:
    spec = bench_spec()
    lines = [
        f"Measured by `make bench-service` on {machine()}; spec `{spec['id']}` "
        f"({len(spec['criteria'])} criteria); statements of about {words} words (bulk: about "
        f"{bulk_words}, as .{args.bulk_format} files); `shortlist serve` on SQLite for "
        f"`/v1/score`. Load average (1 min) during the run: {', '.join(loads)} (the machine is "
        "shared with other sessions).",
    ]
    if "single-1" in figures:
        lines += score_report(figures, args)
    if "bulk-engine" in figures:
        lines += bulk_report(figures, args, bulk_sizes)
    return lines


def score_report(figures: dict[str, Any], args: argparse.Namespace) -> list[str]:
    lines = [
        "",
        "| `/v1/score`, one client | engine alone (ms, median) | `/v1/score` (ms, median) | "
        "ratio (median of rounds) | CPU per statement: engine / all server processes (ms) |",
        "|---|---|---|---|---|",
    ]
    for workers in (1, 2):
        rounds = figures[f"single-{workers}"]
        alone = statistics.median(a for a, _ in rounds)
        served = statistics.median(s for _, s in rounds)
        ratio = statistics.median(s / a for a, s in rounds)
        cpu = figures[f"single-cpu-{workers}"]
        engine_cpu = statistics.median(e for e, _ in cpu)
        server_cpu = statistics.median(c for _, c in cpu)
        lines.append(
            f"| `--workers {workers}` ({len(rounds)} rounds of {args.per_round}) | "
            f"{1000 * alone:.1f} | {1000 * served:.1f} | **{ratio:.2f}x** | "
            f"{1000 * engine_cpu:.1f} / {1000 * server_cpu:.1f} "
            f"({server_cpu / engine_cpu:.2f}x) |"
        )
    engine_alone = statistics.median(a for w in (1, 2) for a, _ in figures[f"single-{w}"])
    one_core = 1 / engine_alone
    lines += [
        "",
        f"Engine-alone throughput: {one_core:.1f} statements/s on one core, so "
        f"{2 * one_core:.1f}/s on two.",
        "",
        "| `/v1/score`, many clients | requests | errors | p50 (ms) | p99 (ms) | "
        "requests/s | vs engine alone on one core | vs engine alone on two cores | "
        f"vs {CORES} engine processes measured side by side | server CPU per request (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for workers in (1, 2):
        for clients in (8, 32):
            run = figures[f"many-{workers}-{clients}"]
            lines.append(
                f"| `--workers {workers}`, {clients} clients for {args.seconds:.0f} s | "
                f"{run['requests']:.0f} | {run['errors']:.0f} | {1000 * run['p50']:.0f} | "
                f"{1000 * run['p99']:.0f} | {run['throughput']:.1f} | "
                f"{run['throughput'] / one_core:.0%} | {run['throughput'] / (2 * one_core):.0%} | "
                f"{run['throughput'] / figures[f'parallel-{workers}']:.0%} "
                f"({figures[f'parallel-{workers}']:.1f}/s) | "
                f"{1000 * run['cpu_per_request']:.1f} |"
            )
    return lines


def bulk_report(
    figures: dict[str, Any], args: argparse.Namespace, bulk_sizes: list[int]
) -> list[str]:
    per_statement = figures["bulk-engine"]
    return [
        "",
        f"Bulk uploads (`.zip` archives of up to {ZIP_MEMBERS:,} statements, sent one after "
        f"another into one vacancy, `shortlist serve --workers 1`, whose scoring pool has "
        f"{CORES} processes; the pool is started by a small upload before timing). Engine alone "
        f"on these statements: {1000 * per_statement:.1f} ms each, so the ideal is "
        f"statements x {1000 * per_statement:.1f} ms / {CORES} cores.",
        "",
        "| bulk upload | database | seconds | statements/s | ideal (s) | ratio to ideal | "
        f"engine on {CORES} cores, same minutes (s) | ratio to it | service CPU (s) vs engine "
        "CPU x statements (s) | with the database's CPU |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *(
            bulk_line(size, kind, run, figures["bulk-engine-cpu"])
            for kind in args.databases.split(",")
            for size in bulk_sizes
            if (run := figures.get(f"bulk-{kind}-{size}")) is not None
        ),
    ]


def bulk_line(size: int, kind: str, run: dict[str, Any], engine_cpu: float) -> str:
    engine = size * engine_cpu
    service = run["cpu"] + run["database_cpu"]
    return (
        f"| {size:,} statements | {kind} | {run['seconds']:.1f} | "
        f"{size / run['seconds']:.1f} | {run['ideal']:.1f} | "
        f"**{run['seconds'] / run['ideal']:.2f}x** | {run['same_minutes']:.1f} | "
        f"**{run['seconds'] / run['same_minutes']:.2f}x** | {run['cpu']:.1f} vs "
        f"{engine:.1f} ({run['cpu'] / engine:.2f}x) | {service:.1f} ({service / engine:.2f}x) |"
    )


if __name__ == "__main__":
    sys.exit(main())
