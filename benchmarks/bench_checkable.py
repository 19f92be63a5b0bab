"""How often the engine reads a checkable fact the way a panel does, on whole statements.

Scores every statement of ``tests/checkable_corpus/`` (30 statements written and labelled before
any engine run; see its README) against its library role and compares each checkable criterion
(one with a rule) with the panel's acceptable verdicts: agreement overall and by rule kind, false
not met (the panel does not accept not met, the machine says not met), and over-credit (the
panel accepts only not met, the machine says met).

Run ``python -m benchmarks.bench_checkable``; ``--disagreements`` lists each criterion the
machine and the panel differ on; ``--write`` puts the table into docs/benchmarks.md between
``<!-- checkable:start -->`` and ``<!-- checkable:end -->``. ``--phrasings`` measures the short
passages of ``tests/checkable_phrasings/`` instead (written by other hands, each with its rule;
``--file NAME`` for one of its files), by family and by rule kind.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks.bench_evidence import DOCS, ROOT, Ratio, write_between
from criteria.roles import library_role
from criteria.spec import Criterion, RoleSpec
from matching.engine import get_engine
from matching.result import Verdict

CORPUS_DIR = ROOT / "tests" / "checkable_corpus"
PHRASINGS_DIR = ROOT / "tests" / "checkable_phrasings"
START_MARK = "<!-- checkable:start -->"
END_MARK = "<!-- checkable:end -->"


@dataclass
class Measures:
    agreement: Ratio = field(default_factory=Ratio)
    false_not_met: Ratio = field(default_factory=Ratio)
    over_credit: Ratio = field(default_factory=Ratio)
    by_kind: dict[str, Ratio] = field(default_factory=dict)
    by_family: dict[str, Ratio] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)


def statement_paths(corpus: Path = CORPUS_DIR) -> list[Path]:
    return sorted(path for path in corpus.glob("*.yaml") if path.name != "floors.yaml")


def _verdicts(raw: object) -> frozenset[str]:
    return frozenset([raw] if isinstance(raw, str) else list(raw or ()))  # type: ignore[call-overload]


def measure(paths: Sequence[Path]) -> Measures:
    engine = get_engine()
    measures = Measures()
    for path in paths:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = library_role(raw["role"])
        reference = raw.get("reference_date") or dt.date(2026, 11, 22)
        if isinstance(reference, str):
            reference = dt.date.fromisoformat(reference)
        result = engine.score(spec, raw["statement"], reference_date=reference)
        machine = {criterion.id: criterion for criterion in result.criteria}
        for criterion_id, label in (raw.get("labels") or {}).items():
            criterion = spec.criterion(criterion_id)
            if criterion.rule is None:
                continue
            accepted = _verdicts(label.get("verdict"))
            got = machine[criterion_id].verdict
            agrees = got.value in accepted
            measures.agreement.add(agrees)
            kind = criterion.rule.kind
            measures.by_kind.setdefault(kind, Ratio()).add(agrees)
            if Verdict.not_met.value not in accepted:
                measures.false_not_met.add(got is Verdict.not_met)
            if accepted == {Verdict.not_met.value}:
                measures.over_credit.add(got is Verdict.met)
            if not agrees:
                measures.disagreements.append(
                    f"{path.stem} {criterion_id} ({kind}): panel {'/'.join(sorted(accepted))}, "
                    f"machine {got.value}: {machine[criterion_id].explanation[:160]}"
                )
    return measures


def one_rule_spec(rule: dict[str, Any]) -> RoleSpec:
    """A spec of one criterion assessed at sift, with ``rule`` (validated as a role spec is)."""
    criterion = Criterion(
        id="under-test", text="Criterion under test", rule=rule, assessed_by=["application"]
    )
    return RoleSpec(id="one-criterion", title="One criterion", criteria=[criterion])


def measure_phrasings(paths: Sequence[Path]) -> Measures:
    """Each phrasing scored alone against its own rule."""
    engine = get_engine()
    measures = Measures()
    for path in paths:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in raw["phrasings"]:
            spec = one_rule_spec(item["rule"])
            (got,) = engine.score(
                spec, item["statement"], reference_date=raw["reference_date"]
            ).criteria
            accepted = _verdicts(item["verdicts"])
            agrees = got.verdict.value in accepted
            measures.agreement.add(agrees)
            measures.by_kind.setdefault(item["rule"]["kind"], Ratio()).add(agrees)
            measures.by_family.setdefault(item["family"], Ratio()).add(agrees)
            if Verdict.not_met.value not in accepted:
                measures.false_not_met.add(got.verdict is Verdict.not_met)
            if accepted == {Verdict.not_met.value}:
                measures.over_credit.add(got.verdict is Verdict.met)
            if not agrees:
                measures.disagreements.append(
                    f"{item['id']} ({item['family']}, {item['rule']['kind']}): panel "
                    f"{'/'.join(sorted(accepted))}, machine {got.verdict.value}: "
                    f"{got.explanation[:160]}"
                )
    return measures


def report_phrasings(measures: Measures, paths: Sequence[Path]) -> str:
    names = ", ".join(f"`{path.name}`" for path in paths)
    lines = [
        f"Checkable phrasings ({names} in `tests/checkable_phrasings/`), each scored alone "
        "against its rule. Run `python -m benchmarks.bench_checkable --phrasings`.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| verdict agreement | {measures.agreement} |",
        f"| false not met (panel does not accept not met) | {measures.false_not_met} |",
        f"| over-credit (panel accepts only not met, machine met) | {measures.over_credit} |",
        *(f"| family: {name} | {ratio} |" for name, ratio in sorted(measures.by_family.items())),
        *(f"| rule: {kind} | {ratio} |" for kind, ratio in sorted(measures.by_kind.items())),
    ]
    return "\n".join(lines) + "\n"


def report(measures: Measures, statements: int) -> str:
    lines = [
        f"Checkable-fact corpus: {statements} statements for the library roles, labelled before "
        "any engine run (`tests/checkable_corpus/`). Run `python -m benchmarks.bench_checkable`.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| checkable verdict agreement | {measures.agreement} |",
        f"| false not met (panel does not accept not met) | {measures.false_not_met} |",
        f"| over-credit (panel accepts only not met, machine met) | {measures.over_credit} |",
        *(f"| agreement, {kind} | {ratio} |" for kind, ratio in sorted(measures.by_kind.items())),
    ]
    return "\n".join(lines) + "\n"


def write_docs(text: str) -> None:
    write_between(text, START_MARK, END_MARK, "## Checkable facts in whole statements")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="put the table into the docs")
    parser.add_argument("--disagreements", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--phrasings", action="store_true", help="measure tests/checkable_phrasings/ instead"
    )
    parser.add_argument("--file", help="with --phrasings: one file of that folder")
    args = parser.parse_args(argv)
    if args.phrasings:
        found = sorted(PHRASINGS_DIR.glob(args.file or "*.yaml"))
        measures = measure_phrasings(found)
        print(report_phrasings(measures, found), end="")
        if args.disagreements:
            print("\nDisagreements:")
            print("\n".join(measures.disagreements))
        return
    paths = statement_paths()
    measures = measure(paths)
    text = report(measures, len(paths))
    print(text, end="")
    if args.disagreements:
        print("\nDisagreements:")
        print("\n".join(measures.disagreements))
    if args.write:
        write_docs(text)
        print(f"\nwritten to {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
