"""Time the shortlist of a 300-applicant, 30-criterion vacancy, in-process, SQLite and PostgreSQL.

Run ``make bench`` (or ``python -m benchmarks.bench_shortlist``). Builds the vacancy through the
API (one bulk upload of 300 statements), then times, median of ``--runs`` reads each: the matrix
page (blind, and with names sorted by a criterion), the API's JSON shortlist, the panel progress
page and the CSV and XLSX exports. Prints a table and writes it into the "## Shortlist" section
of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import io
import logging
import random
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from benchmarks.harness import (
    database,
    load_average,
    machine,
    make_key,
    postgres_version,
    write_section,
)
from tests.service.pages_support import signed_in

SECTION = "## Shortlist"
APPLICANTS = 300
TOPICS = [
    "safeguarding adults", "care act assessments", "mental capacity", "multi-disciplinary team",
    "record keeping", "court reports", "supervision", "risk assessment", "carers assessments",
    "hospital discharge", "reablement", "equipment and adaptations", "dementia",
    "learning disabilities", "direct payments", "housing", "domestic abuse", "substance misuse",
    "transitions", "deprivation of liberty", "best interests", "advocacy",
    "continuing health care", "complex cases", "duty work", "practice education",
    "caseload management", "partnership working", "equality and diversity", "IT systems",
]  # fmt: skip
# Each change, measured by this script run on that commit's code (``git archive``), one after
# another. Kept here so that a rerun rewrites the section with it.
HISTORY = [
    "Each change, measured by this script on that commit's code, runs one after another "
    "(median of 5, ms, SQLite / PostgreSQL; load average 2.2-2.6):",
    "",
    "| code | matrix page | matrix, names | JSON | progress page | CSV | XLSX |",
    "|---|---|---|---|---|---|---|",
    "| before (ff60f1b) | 579 / 755 | 617 / 759 | 576 / 763 | 691 / 935 | 531 / 649 "
    "| 3326 / 3739 |",
    "| criterion results as plain rows, evidence only for XLSX, criteria indexed once per "
    "ranking, no agreements for applicants nobody scored (23cbf0b, 8663cc4) "
    "| 285 / 329 | 289 / 345 | 213 / 260 | 340 / 359 | 155 / 177 | 3379 / 3221 |",
    "| XLSX: plain values instead of a cell object each, fills made once (2f5be9c) "
    "| 252 / 269 | 238 / 268 | 182 / 217 | 280 / 304 | 140 / 147 | 2020 / 1765 |",
    "",
    "These reads run after the bulk upload has loaded the engine, which freezes the heap "
    "(`gc.freeze`, see Engine) as a serving process does. In a process that never scored, "
    "the garbage collector rescans the heap while the ~9,000 result objects are made, and "
    "the same reads took about twice as long (SQLite, before -> after: matrix page 1010 -> "
    "401 ms, JSON 934 -> 357 ms, progress page 1139 -> 580 ms, XLSX 3197 -> 2462 ms).",
    "",
    "Profile of the code before (cProfile, one build of the 300 x 30 shortlist, 575 ms "
    "unprofiled in a process that never scored): building ~9,600 ORM rows and decoding "
    "~19,500 JSON blobs (evidence, flags) for them ~0.37 s, `CriterionResult.model_construct` "
    "~0.2 s, 9,000 panel agreements for applicants nobody had scored ~0.15 s, "
    "`spec.criterion()` and `assessed_at_sift` per cell ~0.03 s. After: build 155-195 ms in "
    "the same process, most of it making the 9,000 `CriterionResult`s, cells and rows.",
    "",
    "What is left: the matrix page is build + `to_read` (~55 ms) + rendering the ~860 KiB "
    "template. The XLSX is bound by openpyxl writing ~140,000 cells and 9,000 cell notes (the "
    "evidence sheet is 9,000 rows x 14 columns; `lxml_write_cell` alone is ~1 s). XlsxWriter "
    "wrote a like workload in ~1.3 s in a trial: not worth a second spreadsheet library.",
]


def _spec() -> dict[str, object]:
    criteria = [
        {
            "id": f"c{i:02d}",
            "text": f"Experience of {topic}",
            "priority": "essential" if i < 12 else "desirable",
            "assessed_by": ["application", "interview"] if i < 27 else ["interview"],
        }
        for i, topic in enumerate(TOPICS)
    ]
    return {"id": "bench-role", "title": "Bench social worker", "criteria": criteria}


def _statements() -> bytes:
    """A zip of 300 statements, each claiming 12 of the 30 topics."""
    rng = random.Random(7)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(APPLICANTS):
            text = " ".join(
                f"I have experience of {t}: I led work on {t} in a community team for "
                f"{rng.randint(1, 9)} years."
                for t in rng.sample(TOPICS, 12)
            )
            archive.writestr(f"s{n:03d}.txt", text)
    return buffer.getvalue()


def prepare(url: str) -> tuple[FastAPI, str, str]:
    """The app, an admin key and a vacancy holding 300 scored applications."""
    app = create_app(Settings(database_url=url, session_secret="bench" * 8))
    key = make_key(url)
    client = TestClient(app, raise_server_exceptions=False)
    headers = {"Authorization": f"Bearer {key}"}
    vacancy = client.post("/v1/vacancies", json={"spec": _spec()}, headers=headers).json()
    answer = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications/bulk",
        files={"files": ("all.zip", _statements(), "application/zip")},
        headers=headers,
    )
    if answer.status_code != 200 or answer.json()["stored"] != APPLICANTS:
        raise SystemExit(f"bulk upload failed: {answer.status_code} {answer.text[:300]}")
    return app, key, vacancy["id"]


def reads(app: FastAPI, key: str, vacancy_id: str) -> dict[str, Callable[[], int]]:
    """Each read by name; a read returns the size of the response body."""
    visit = signed_in(app, key).client
    api = TestClient(app, raise_server_exceptions=False)
    headers = {"Authorization": f"Bearer {key}"}

    def page(path: str, client: TestClient = visit, **kwargs: object) -> Callable[[], int]:
        def read() -> int:
            answer = client.get(path, **kwargs)  # type: ignore[arg-type]
            if answer.status_code != 200:
                raise SystemExit(f"{path}: {answer.status_code} {answer.text[:300]}")
            return len(answer.content)

        return read

    base = f"/vacancies/{vacancy_id}"
    return {
        "matrix page (blind)": page(f"{base}/shortlist"),
        "matrix page (names, sorted by a criterion)": page(
            f"{base}/shortlist?names=1&sort=criterion:c03"
        ),
        "API JSON shortlist": page(f"/v1{base}/shortlist", api, headers=headers),
        "panel progress page": page(f"{base}/panel"),
        "CSV export": page(f"{base}/shortlist/export?format=csv"),
        "XLSX export": page(f"{base}/shortlist/export?format=xlsx"),
    }


def measure(url: str, runs: int) -> dict[str, tuple[float, int]]:
    """Median seconds and body size of each read."""
    app, key, vacancy_id = prepare(url)
    figures: dict[str, tuple[float, int]] = {}
    for label, read in reads(app, key, vacancy_id).items():
        read()  # warm: templates compiled, connections open
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            size = read()
            times.append(time.perf_counter() - started)
        figures[label] = (statistics.median(times), size)
        print(f"{label}: {1000 * figures[label][0]:.0f} ms ({size / 1024:.0f} KiB)", flush=True)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    kinds = args.databases.split(",")
    load_before = load_average()
    results: dict[str, dict[str, tuple[float, int]]] = {}
    names: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            print(f"== {kind}", flush=True)
            with database(kind, Path(tmp)) as url:
                names[kind] = (
                    "SQLite" if kind == "sqlite" else f"PostgreSQL {postgres_version(url)}"
                )
                results[kind] = measure(url, args.runs)
    load_after = load_average()
    labels = list(next(iter(results.values())))
    lines = [
        "Measured by `python -m benchmarks.bench_shortlist` (part of `make bench`) on "
        f"{machine()};",
        f"in-process (FastAPI TestClient), {APPLICANTS} applicants x {len(TOPICS)} criteria "
        f"(27 at sift), median of {args.runs} reads after one warm-up read; load average "
        f"{load_before} before, {load_after} after (2 shared cores).",
        "",
        "| read | " + " | ".join(names[k] for k in kinds) + " | size |",
        "|---|" + "---|" * len(kinds) + "---|",
    ]
    for label in labels:
        cells = " | ".join(f"{1000 * results[k][label][0]:.0f} ms" for k in kinds)
        lines.append(f"| {label} | {cells} | {results[kinds[0]][label][1] / 1024:.0f} KiB |")
    if HISTORY:
        lines += ["", *HISTORY]
    print("\n".join(lines))
    if not args.no_write:
        write_section(SECTION, lines)


if __name__ == "__main__":
    main()
