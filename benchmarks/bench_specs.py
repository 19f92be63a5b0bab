"""Parse the five seed documents and compare the roles with the hand-checked library; then
import the spec corpus (tests/spec_corpus) and compare it with its truth.

Run ``make bench-specs`` (or ``python -m benchmarks.bench_specs``). Prints both tables, writes
the seed table into the "## Person specification parser" section of docs/benchmarks.md (not
with ``--no-write``) and, with ``--write``, the corpus table between the
``<!-- spec-corpus:start -->`` and ``<!-- spec-corpus:end -->`` markers.

Seeds, per role: criteria found / expected (paired by text similarity, rapidfuzz ratio >= 85
on normalised text), invented (parsed but not in the library), and among the paired criteria
the share that agree on priority, on how they are assessed and on the rule kind.

Corpus, per document and format (each rendered afresh as Word, PDF or text and read through
``criteria.parser.import_document``): roles found, recall, precision, priority (essential and
desirable apart), assessed-by, weight, rule kind and rule parameters, and whether a document
that is not a person specification was refused.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from criteria.loader import SpecError
from criteria.parser import adopt_library_ids, parse_person_specification
from criteria.parser.compare import MATCH_CUTOFF, RoleComparison, compare_role
from criteria.roles import library_roles
from tests.spec_corpus.build import build
from tests.spec_corpus.documents import all_documents
from tests.spec_corpus.measure import Run, Totals, measure_all

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Person specification parser"
REPEATS = 5
CORPUS_START = "<!-- spec-corpus:start -->"
CORPUS_END = "<!-- spec-corpus:end -->"
CORPUS_SECTION = "## Person specification corpus"


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def run(seeds: Path) -> tuple[list[str], bool]:
    library = {role.id: role for role in library_roles()}
    rows: list[str] = []
    seen: set[str] = set()
    totals = {"expected": 0, "found": 0, "invented": 0, "priority": 0, "assessed": 0, "rule": 0}
    timings: list[str] = []
    similarities: list[float] = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        for _ in range(REPEATS):
            parsed = parse_person_specification(text, source=path.name)
        elapsed = (time.perf_counter() - started) / REPEATS
        timings.append(f"{path.name[:3]}: {1000 * elapsed:.1f} ms")
        parsed = adopt_library_ids(parsed, library.values())
        for role in parsed:
            expected = library.get(role.spec.id)
            if expected is None:
                rows.append(
                    f"| {path.name[:3]} | {role.spec.id} (not in the library) | 0 / 0 | "
                    f"{len(role.spec.criteria)} | - | - | - |"
                )
                totals["invented"] += len(role.spec.criteria)
                continue
            seen.add(expected.id)
            comparison = compare_role(role.spec, expected)
            similarities.extend(pair.similarity for pair in comparison.pairs)
            rows.append(_row(path.name[:3], comparison))
            _add(totals, comparison)
    for missing in sorted(set(library) - seen):
        rows.append(
            f"| - | {missing} (not parsed) | 0 / {len(library[missing].criteria)} | 0 | - | - | - |"
        )
        totals["expected"] += len(library[missing].criteria)
    found = totals["found"] or 1
    rows.append(
        f"| all | {len(seen)} of {len(library)} roles | {totals['found']} / {totals['expected']} | "
        f"{totals['invented']} | {_percent(totals['priority'] / found)} | "
        f"{_percent(totals['assessed'] / found)} | {_percent(totals['rule'] / found)} |"
    )
    table = [
        "| seed | role | criteria found / expected | invented | priority agrees | "
        "assessed-by agrees | rule kind agrees |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ]
    met = (
        totals["found"] == totals["expected"]
        and totals["invented"] == 0
        and totals["priority"] >= 0.95 * found
        and totals["rule"] >= 0.95 * found
    )
    notes = [
        "",
        f"Criteria are paired one to one by rapidfuzz `ratio` >= {MATCH_CUTOFF:.0f} on "
        "lower-cased text; roles by the library id (a parsed role takes a library id when "
        "its title and grade match, `adopt_library_ids`).",
        f"Pairs with identical text: {sum(1 for x in similarities if x == 100)} of "
        f"{len(similarities)}; lowest similarity of a pair: {min(similarities, default=0):.0f}.",
        f"Targets (every criterion found, none invented, >= 95% priority and rule-kind "
        f"agreement): {'met' if met else 'NOT met'}.",
        "These are in-sample figures: the parser was tuned on these five documents. Its "
        "generalisation is tested on layouts it was not tuned on (Word tables, NHS tables, "
        "E/D columns, (E)/(D) markers, PDF tables) in tests/test_spec_parser.py.",
        f"Parse time per document (mean of {REPEATS}, one core): " + "; ".join(timings) + ".",
    ]
    return table + notes, met


def _row(seed: str, comparison: RoleComparison) -> str:
    return (
        f"| {seed} | {comparison.role_id} | {len(comparison.pairs)} / {comparison.expected} | "
        f"{len(comparison.invented)} | {_percent(comparison.share('priority_agrees'))} | "
        f"{_percent(comparison.share('assessed_by_agrees'))} | "
        f"{_percent(comparison.share('rule_kind_agrees'))} |"
    )


def _add(totals: dict[str, int], comparison: RoleComparison) -> None:
    totals["expected"] += comparison.expected
    totals["found"] += len(comparison.pairs)
    totals["invented"] += len(comparison.invented)
    totals["priority"] += sum(1 for p in comparison.pairs if p.priority_agrees)
    totals["assessed"] += sum(1 for p in comparison.pairs if p.assessed_by_agrees)
    totals["rule"] += sum(1 for p in comparison.pairs if p.rule_kind_agrees)


def write_section(lines: list[str], path: Path = DOCS) -> None:
    """Replace (or add) the parser's section of docs/benchmarks.md, leaving the rest alone."""
    body = (
        "\n".join(
            [SECTION, "", "Measured by `make bench-specs` on the five seed documents.", "", *lines]
        )
        + "\n"
    )
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: body + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text, encoding="utf-8")


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _outcome(run: Run) -> str:
    if run.refuse_expected:
        return "refused" if run.refused else "**NOT refused**"
    if run.refused:
        return "**no person specification found**"
    return run.error or "read"


def corpus_report(totals: Totals) -> list[str]:
    """The corpus table, per document and format, then per layout and overall."""
    table = [
        "| document | format | layout | roles | criteria found / expected | parsed | recall | "
        "precision | essential | desirable | assessed-by | weight | rule kind | rule params | "
        "outcome |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in totals.runs:
        recall = run.matched / run.expected if run.expected else None
        precision = run.matched / run.parsed if run.parsed else None
        if run.refuse_expected:
            recall = precision = None
        table.append(
            f"| {run.document} | {run.fmt} | {run.layout} | {run.roles_found} / "
            f"{run.roles_expected} | {run.matched} / {run.expected} | {run.parsed} | "
            f"{_share(recall)} | {_share(precision)} | "
            f"{_share(run.share('essential_agree', 'essential'))} | "
            f"{_share(run.share('desirable_agree', 'desirable'))} | "
            f"{_share(run.share('assessed_agree', 'assessed'))} | "
            f"{_share(run.share('weight_agree', 'weighted'))} | "
            f"{_share(run.share('kind_agree', 'kinds'))} | "
            f"{_share(run.share('params_agree', 'params'))} | {_outcome(run)} |"
        )
    layouts = [
        "",
        "| layout | runs | recall | precision | no person specification found / not refused |",
        "|---|---|---|---|---|",
    ]
    for layout in dict.fromkeys(run.layout for run in totals.runs):
        group = Totals([run for run in totals.runs if run.layout == layout])
        failures = len(group.no_spec_failures) + len(group.not_refused)
        specs = any(not run.refuse_expected for run in group.runs)
        layouts.append(
            f"| {layout} | {len(group.runs)} | {_share(group.recall if specs else None)} | "
            f"{_share(group.precision if specs else None)} | {failures} |"
        )
    figures = totals.figures
    documents = {run.document for run in totals.runs}
    refusals = [run for run in totals.runs if run.refuse_expected]
    specs = [run for run in totals.runs if not run.refuse_expected]
    overall = [
        "",
        f"Overall, {len(documents)} documents in {len(totals.runs)} runs: roles found "
        f"{sum(r.roles_found for r in specs)} of {sum(r.roles_expected for r in specs)} "
        f"expected; recall {_percent(figures['recall'])}, precision "
        f"{_percent(figures['precision'])}; priority agrees on "
        f"{_percent(figures['priority_essential'])} of essential and "
        f"{_percent(figures['priority_desirable'])} of desirable criteria found; assessed-by "
        f"{_percent(figures['assessed_by'])}; weight {_percent(figures['weight'])} (weighted "
        f"documents only); rule kind {_percent(figures['rule_kind'])}; rule parameters "
        f"{_percent(figures['rule_parameters'])} (where the kinds agree).",
        f"Non-specifications refused: {len(refusals) - len(totals.not_refused)} of "
        f"{len(refusals)}"
        + (f" (not refused: {', '.join(totals.not_refused)})" if totals.not_refused else "")
        + f". 'No person specification found' on a real one: {len(totals.no_spec_failures)} of "
        f"{len(specs)} runs"
        + (f" ({', '.join(totals.no_spec_failures)})" if totals.no_spec_failures else "")
        + ".",
        "Criteria pair one to one by rapidfuzz `ratio` >= 85 on normalised text "
        "(`criteria.parser.compare`), then a parsed text inside a true one or holding it "
        "(`partial_ratio` >= 95, the shorter at least 60% of the longer). Precision counts "
        "every criterion parsed from the person specifications; targets are recall and "
        "precision >= 97%, priority >= 97% (desirable apart), assessed-by >= 95%, every "
        "non-specification refused.",
    ]
    return table + layouts + overall


def write_corpus(lines: list[str], path: Path = DOCS) -> None:
    """Replace the text between the corpus markers (or add the section at the end)."""
    block = "\n".join([CORPUS_START, *lines, CORPUS_END])
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"{re.escape(CORPUS_START)}.*?{re.escape(CORPUS_END)}", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        intro = (
            "Measured by `python -m benchmarks.bench_specs --write` on the documents of "
            "tests/spec_corpus, each rendered as Word, PDF or text and imported as a user "
            "would."
        )
        text = text.rstrip("\n") + f"\n\n{CORPUS_SECTION}\n\n{intro}\n\n{block}\n"
    path.write_text(text, encoding="utf-8")


HELD_OUT_SETS = (
    "tests.spec_holdout",
    "tests.spec_holdout_b",
    "tests.spec_holdout_c",
    "tests.spec_holdout_d",
    "tests.spec_holdout_e",
    "tests.spec_holdout_f",
    "tests.spec_holdout_g",
    "tests.spec_holdout_h",
    "tests.spec_holdout_i",
    "tests.spec_holdout_j",
)


def held_out() -> int:
    """Each held-out set's table, then each run's missed and invented criteria."""
    import importlib

    for package in HELD_OUT_SETS:
        documents = importlib.import_module(f"{package}.documents").all_documents()
        totals = measure_all(documents)
        print(f"\n## {package.replace('.', '/')}\n")
        print("\n".join(corpus_report(totals)))
        for run in totals.runs:
            if run.missed or run.invented or run.error:
                print(f"\n{run.document}.{run.fmt}: {run.error or ''}")
                print("\n".join(f"  missed: {text}" for text in run.missed))
                print("\n".join(f"  invented: {text}" for text in run.invented))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    parser.add_argument(
        "--write", action="store_true", help="Also write the corpus table into the docs."
    )
    parser.add_argument(
        "--corpus-out", type=Path, help="Also save the rendered corpus files in this directory."
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="Measure only the held-out documents of tests/spec_holdout, _b, _c and _d (written "
        "by other hands, truth before any parser run) and print "
        "what was missed and invented.",
    )
    args = parser.parse_args(argv)
    if args.held_out:
        return held_out()
    if not args.seeds.is_dir():
        print(f"error: no seed documents at {args.seeds}", file=sys.stderr)
        return 2
    try:
        lines, met = run(args.seeds)
    except SpecError as error:
        print(f"error: the role library cannot be read: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    if args.corpus_out:
        build(args.corpus_out)
    corpus = corpus_report(measure_all(all_documents()))
    print("\n" + "\n".join(corpus))
    if args.write:
        write_corpus(corpus)
        print(f"\nwrote the corpus table into {DOCS.relative_to(ROOT)}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
