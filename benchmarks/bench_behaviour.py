"""The behavioural suite's capability table: how often the engine reads checkable facts the way a
careful recruiter does.

Generates every capability of tests/behaviour (CheckList-style templates, a fixed seed per
capability), scores the cases through the public engine and prints, per capability: its test
type (mft = minimum functionality, inv = invariance, dir = directional), cases, failures, the
failure rate, false "not met" verdicts on essential criteria, and two failing examples (what the
statement says, what was expected, what the engine said). The target is a rate of at most 1% in
every capability and no false "not met" anywhere; tests/behaviour/ceilings.yaml records today's
figures, which the tests hold the engine to. Run ``python -m benchmarks.bench_behaviour``
(``make bench`` runs it too); ``--write`` also puts the table into docs/benchmarks.md between
the behaviour markers, ``--ceilings`` prints a ceilings.yaml for today's engine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from matching.engine import get_engine
from tests.behaviour.capabilities import capabilities
from tests.behaviour.suite import (
    CASES_PER_CAPABILITY,
    TARGET_RATE,
    Measured,
    ceiling_for,
    excerpt,
    measure,
)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Behaviour suite"
START, END = "<!-- behaviour:start -->", "<!-- behaviour:end -->"
EXAMPLES = 2


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(results: list[Measured], seconds: float) -> list[str]:
    cases = sum(len(r.outcomes) for r in results)
    failures = sum(len(r.failures) for r in results)
    false_not_met = sum(r.false_not_met for r in results)
    at_target = sum(1 for r in results if r.rate <= TARGET_RATE and r.false_not_met == 0)
    lines = [
        f"{len(results)} capabilities, {cases} cases ({CASES_PER_CAPABILITY} each), scored in "
        f"{seconds:.1f} s: {failures} failures ({failures / cases:.1%}), {false_not_met} false "
        f"not met on an essential criterion; {at_target} capabilities at the target "
        f"(rate <= {TARGET_RATE:.0%}, no false not met).",
        "",
        "| capability | type | cases | failures | rate | false not met (essential) | "
        "failing examples (statement: expected / got) |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for result in results:
        examples = "<br>".join(
            _cell(f"{excerpt(o.case, 110)}: {o.expected} / {o.got}")
            for o in result.failures[:EXAMPLES]
        )
        lines.append(
            f"| {result.capability.id} | {result.capability.type} | {len(result.outcomes)} | "
            f"{len(result.failures)} | {result.rate:.2f} | {result.false_not_met} | "
            f"{examples or '-'} |"
        )
    return lines


def ceilings_yaml(results: list[Measured]) -> str:
    lines = [
        "# Today's engine, per capability: the failure rate (rounded up to 0.01) and the number",
        "# of false 'not met' verdicts on essential criteria it may not exceed. Targets: 0.01 and",
        "# 0. Lower these as the engine improves (python -m benchmarks.bench_behaviour).",
        "capabilities:",
    ]
    for result in results:
        lines.append(
            f"  {result.capability.id}: {{max_failure_rate: {ceiling_for(result.rate):.2f}, "
            f"max_false_not_met: {result.false_not_met}}}"
        )
    return "\n".join(lines) + "\n"


def write_section(lines: list[str], path: Path = DOCS) -> None:
    """Replace the text between the behaviour markers, or add the section at the end."""
    body = "\n".join(
        [
            START,
            "Measured by `python -m benchmarks.bench_behaviour` (tests/behaviour): templated "
            "statements, expected verdicts written from a recruiter's reading; reference date "
            "2026-11-22.",
            "",
            *lines,
            END,
        ]
    )
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + body + after
    else:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n{body}\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="Write the table into the docs.")
    parser.add_argument(
        "--ceilings", action="store_true", help="Print a ceilings.yaml for today's engine."
    )
    args = parser.parse_args(argv)
    engine = get_engine()
    started = time.perf_counter()
    results = [measure(capability, engine) for capability in capabilities()]
    lines = table(results, time.perf_counter() - started)
    print("\n".join(lines))
    if args.ceilings:
        print("\n" + ceilings_yaml(results), end="")
    if args.write:
        write_section(lines)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
