"""How closely the engine reads supporting statements the way a shortlisting panel does.

Scores every statement of the panel-labelled corpus (``tests/evidence_corpus/<role>/*.yaml``,
labelled before the engine was ever run on them; see that folder's README) against its library
role and compares the machine with the panel, criterion by criterion:

- verdict agreement: the machine's verdict is one the panel would accept (evidence criteria and
  checkable criteria, those with a rule, apart);
- band within one: the machine's band (its score on the role's scale, as 0-3) is within one of
  the panel's, for evidence criteria;
- evidence recall: a sentence the panel would cite overlaps one of the machine's evidence spans,
  for evidence criteria the statement gives some evidence for (band 1 or more);
- false not met: the panel does not accept not met, the machine says not met (essentials apart);
- over-credit: the panel gives no evidence (band 0) or accepts only not met, the machine says met;
- each strong statement's recommendation.

Run ``python -m benchmarks.bench_evidence``; ``--write`` also puts the tables into
docs/benchmarks.md between ``<!-- evidence:start -->`` and ``<!-- evidence:end -->``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from criteria.roles import library_role
from criteria.spec import Criterion, Priority, RoleSpec
from matching.engine import get_engine
from matching.result import CriterionResult, ScoreResult, Verdict

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "evidence_corpus"
# Written by other hands for the seven other library roles; measured on, never tuned on.
HELD_OUT_DIR = ROOT / "tests" / "evidence_holdout"
# A second held-out set, written by other hands after the first had been glimpsed once.
SECOND_HELD_OUT_DIR = ROOT / "tests" / "evidence_holdout_2"
PHRASINGS_DIR = ROOT / "tests" / "evidence_phrasings"
HELD_OUT_DIRS = {"1": HELD_OUT_DIR, "2": SECOND_HELD_OUT_DIR}
FLOORS_FILE = CORPUS_DIR / "floors.yaml"
DOCS = ROOT / "docs" / "benchmarks.md"
MARKS = {
    CORPUS_DIR: ("<!-- evidence:start -->", "<!-- evidence:end -->"),
    HELD_OUT_DIR: ("<!-- evidence-holdout:start -->", "<!-- evidence-holdout:end -->"),
    SECOND_HELD_OUT_DIR: ("<!-- evidence-holdout-2:start -->", "<!-- evidence-holdout-2:end -->"),
}
HEADINGS = {
    CORPUS_DIR: "## Evidence criteria (panel-labelled corpus)",
    HELD_OUT_DIR: "## Evidence criteria (held-out corpus)",
    SECOND_HELD_OUT_DIR: "## Evidence criteria (second held-out corpus)",
}
REFERENCE_DATE = dt.date(2026, 11, 22)

STRENGTHS = ("strong", "mixed", "weak")
OUTCOMES = ("shortlist", "review", "reject")
PANEL_VERDICTS = {Verdict.met.value, Verdict.partly_met.value, Verdict.not_met.value}


@dataclass(frozen=True)
class Label:
    """What the panel decided for one criterion of one statement."""

    criterion_id: str
    verdicts: frozenset[str]
    band: int | None
    cites: tuple[str, ...]


@dataclass(frozen=True)
class Statement:
    path: Path
    role_id: str
    strength: str
    expected_outcome: str
    text: str
    labels: dict[str, Label]

    @property
    def name(self) -> str:
        return f"{self.role_id}/{self.path.stem}"


def _label(criterion_id: str, raw: dict[str, Any]) -> Label:
    verdicts = raw.get("verdict")
    if isinstance(verdicts, str):
        verdicts = [verdicts]
    return Label(
        criterion_id=criterion_id,
        verdicts=frozenset(verdicts or ()),
        band=raw.get("band"),
        cites=tuple(raw.get("cite") or ()),
    )


def load_statement(path: Path) -> Statement:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Statement(
        path=path,
        role_id=raw["role"],
        strength=raw["strength"],
        expected_outcome=raw["expected_outcome"],
        text=raw["statement"],
        labels={cid: _label(cid, label) for cid, label in (raw.get("labels") or {}).items()},
    )


def statement_paths(corpus: Path = CORPUS_DIR) -> list[Path]:
    """Every labelled statement file, in role then file order."""
    return sorted(corpus.glob("*/*.yaml"))


def load_corpus(corpus: Path = CORPUS_DIR) -> list[Statement]:
    return [load_statement(path) for path in statement_paths(corpus)]


@dataclass(frozen=True)
class Passage:
    """A short passage written for one evidence criterion of a library role, and its label."""

    id: str
    role_id: str
    family: str
    text: str
    label: Label


def load_passages(path: Path) -> list[Passage]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Passage(
            id=item["id"],
            role_id=item["role"],
            family=item["family"],
            text=item["statement"],
            label=_label(item["criterion"], {**item, "verdict": item["verdicts"]}),
        )
        for item in raw["passages"]
    ]


def phrasing_paths(folder: Path = PHRASINGS_DIR) -> list[Path]:
    """The passage files (every YAML file but the floors)."""
    return sorted(path for path in folder.glob("*.yaml") if path.name != "floors.yaml")


def measure_passages(passages: Sequence[Passage]) -> Measures:
    """Each passage scored as a whole statement for its role; its one criterion compared."""
    engine = get_engine()
    measures = Measures()
    for passage in passages:
        spec = library_role(passage.role_id)
        criterion = spec.criterion(passage.label.criterion_id)
        result = engine.score(spec, passage.text, reference_date=REFERENCE_DATE)
        (got,) = (r for r in result.criteria if r.id == criterion.id)
        agrees = compare_label(
            f"{passage.id} ({passage.family}, {passage.role_id} {criterion.id})",
            passage.text,
            criterion,
            got,
            passage.label,
            spec,
            measures,
        )
        measures.by_family.setdefault(passage.family, Ratio()).add(agrees)
    return measures


def report_passages(measures: Measures, paths: Sequence[Path]) -> str:
    names = ", ".join(f"`{path.name}`" for path in paths)
    lines = [
        f"Evidence phrasings ({names} in `tests/evidence_phrasings/`): short passages, each "
        "written and labelled for one evidence criterion of a library role by a writer who had "
        "not read the engine, scored as a whole statement for that role. Run "
        "`python -m benchmarks.bench_evidence --phrasings`.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| verdict agreement | {measures.evidence_agreement} |",
        f"| band within one | {measures.band_within_one} |",
        f"| exact band | {measures.exact_band} |",
        f"| evidence recall (cited sentence among the machine's evidence) "
        f"| {measures.evidence_recall} |",
        f"| false not met | {measures.false_not_met} |",
        f"| false not met, essential criteria | {measures.false_not_met_essential} |",
        f"| no evidence (band 0 / only not met) called met | {measures.no_evidence_called_met} |",
        f"| bare claim (band 1) called met | {measures.bare_claim_called_met} |",
        "",
        "| family | agreement |",
        "|---|---|",
        *_rows(sorted(measures.by_family.items())),
    ]
    return "\n".join(lines) + "\n"


def sift_criteria(spec: RoleSpec) -> list[Criterion]:
    """The criteria a panel reads the application for (interview-only ones are not assessed)."""
    return [criterion for criterion in spec.criteria if criterion.assessed_at_sift]


def machine_band(result: CriterionResult, spec: RoleSpec) -> int:
    """The machine's score as a panel band 0..3 (the inverse of ``engine.band_score``)."""
    low, high = spec.scale.min, spec.scale.max
    return round(3 * (result.score - low) / (high - low))


def _overlaps(text: str, cite: str, result: CriterionResult) -> bool:
    start = text.find(cite)
    end = start + len(cite)
    return any(span.start < end and start < span.end for span in result.evidence)


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.hits}/{self.total})"


@dataclass
class Measures:
    evidence_agreement: Ratio = field(default_factory=Ratio)
    checkable_agreement: Ratio = field(default_factory=Ratio)
    band_within_one: Ratio = field(default_factory=Ratio)
    exact_band: Ratio = field(default_factory=Ratio)
    evidence_recall: Ratio = field(default_factory=Ratio)
    false_not_met: Ratio = field(default_factory=Ratio)
    false_not_met_essential: Ratio = field(default_factory=Ratio)
    checkable_false_not_met: Ratio = field(default_factory=Ratio)
    no_evidence_called_met: Ratio = field(default_factory=Ratio)
    bare_claim_called_met: Ratio = field(default_factory=Ratio)
    outcome_agreement: Ratio = field(default_factory=Ratio)
    strong: list[tuple[str, str]] = field(default_factory=list)
    by_role: dict[str, Ratio] = field(default_factory=dict)
    by_strength: dict[str, Ratio] = field(default_factory=dict)
    by_family: dict[str, Ratio] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)

    @property
    def strong_shortlisted(self) -> float:
        shortlisted = sum(1 for _, outcome in self.strong if outcome == "shortlist")
        return shortlisted / len(self.strong) if self.strong else 0.0

    @property
    def strong_rejected(self) -> int:
        return sum(1 for _, outcome in self.strong if outcome == "reject")

    def figures(self) -> dict[str, float]:
        """The figures floors.yaml holds, by the same names."""
        return {
            "evidence_verdict_agreement": self.evidence_agreement.value,
            "checkable_verdict_agreement": self.checkable_agreement.value,
            "band_within_one": self.band_within_one.value,
            "evidence_recall": self.evidence_recall.value,
            "no_evidence_called_met": self.no_evidence_called_met.value,
            "strong_shortlisted": self.strong_shortlisted,
            "strong_rejected": float(self.strong_rejected),
        }


def compare(statement: Statement, spec: RoleSpec, result: ScoreResult, measures: Measures) -> None:
    """Add one statement's criterion-by-criterion comparison to ``measures``."""
    by_id = {criterion.id: criterion for criterion in spec.criteria}
    machine = {criterion.id: criterion for criterion in result.criteria}
    role_ratio = measures.by_role.setdefault(statement.role_id, Ratio())
    strength_ratio = measures.by_strength.setdefault(statement.strength, Ratio())
    for criterion_id, label in statement.labels.items():
        criterion = by_id[criterion_id]
        agrees = compare_label(
            f"{statement.name} {criterion_id}",
            statement.text,
            criterion,
            machine[criterion_id],
            label,
            spec,
            measures,
        )
        if criterion.rule is None:
            role_ratio.add(agrees)
            strength_ratio.add(agrees)
    outcome = result.recommendation.value
    measures.outcome_agreement.add(outcome == statement.expected_outcome)
    if statement.strength == "strong":
        measures.strong.append((statement.name, outcome))


def compare_label(
    name: str,
    text: str,
    criterion: Criterion,
    got: CriterionResult,
    label: Label,
    spec: RoleSpec,
    measures: Measures,
) -> bool:
    """Add one criterion's comparison with the panel's label; whether the verdicts agree."""
    agrees = got.verdict.value in label.verdicts
    panel_allows_not_met = Verdict.not_met.value in label.verdicts
    false_not_met = got.verdict is Verdict.not_met and not panel_allows_not_met
    if criterion.rule is not None:
        measures.checkable_agreement.add(agrees)
        if not panel_allows_not_met:
            measures.checkable_false_not_met.add(false_not_met)
    else:
        measures.evidence_agreement.add(agrees)
        band = machine_band(got, spec)
        if label.band is None:
            raise ValueError(f"{name}: an evidence label needs a band")
        measures.band_within_one.add(abs(band - label.band) <= 1)
        measures.exact_band.add(band == label.band)
        if label.band >= 1 and label.cites:
            measures.evidence_recall.add(any(_overlaps(text, cite, got) for cite in label.cites))
        if not panel_allows_not_met:
            measures.false_not_met.add(false_not_met)
            if criterion.priority is Priority.essential:
                measures.false_not_met_essential.add(false_not_met)
        if label.band == 0 or label.verdicts == {Verdict.not_met.value}:
            measures.no_evidence_called_met.add(got.verdict is Verdict.met)
        elif label.band == 1:
            measures.bare_claim_called_met.add(got.verdict is Verdict.met)
    if not agrees:
        measures.disagreements.append(
            f"{name}: panel {'/'.join(sorted(label.verdicts))}"
            f" band {label.band}, machine {got.verdict.value}"
        )
    return agrees


def measure(statements: Sequence[Statement] | None = None) -> Measures:
    """Score the corpus with today's engine and compare it with the panel's labels."""
    statements = load_corpus() if statements is None else statements
    engine = get_engine()
    measures = Measures()
    for statement in statements:
        spec = library_role(statement.role_id)
        result = engine.score(spec, statement.text, reference_date=REFERENCE_DATE)
        compare(statement, spec, result, measures)
    return measures


def _rows(pairs: Iterable[tuple[str, object]]) -> list[str]:
    return [f"| {name} | {value} |" for name, value in pairs]


def report(measures: Measures, statements: Sequence[Statement], corpus: Path = CORPUS_DIR) -> str:
    """The tables, in Markdown."""
    folder = corpus.relative_to(ROOT).as_posix()
    command = "python -m benchmarks.bench_evidence" + {
        HELD_OUT_DIR: " --held-out",
        SECOND_HELD_OUT_DIR: " --held-out 2",
    }.get(corpus, "")
    roles = sorted({statement.role_id for statement in statements})
    labels = sum(len(statement.labels) for statement in statements)
    lines = [
        f"Panel-labelled corpus: {len(statements)} statements for {len(roles)} library roles, "
        f"{labels} criterion labels written before any engine run "
        f"(`{folder}/`), reference date {REFERENCE_DATE.isoformat()}. "
        f"Run `{command}`.",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| evidence-criterion verdict agreement | {measures.evidence_agreement} | >= 0.90 |",
        f"| checkable-criterion verdict agreement | {measures.checkable_agreement} | |",
        f"| band within one (evidence criteria) | {measures.band_within_one} | >= 0.95 |",
        f"| exact band (evidence criteria) | {measures.exact_band} | |",
        f"| evidence recall (cited sentence among the machine's evidence) "
        f"| {measures.evidence_recall} | >= 0.95 |",
        f"| false not met, evidence criteria | {measures.false_not_met} | |",
        f"| false not met, essential evidence criteria | {measures.false_not_met_essential} | |",
        f"| false not met, checkable criteria | {measures.checkable_false_not_met} | |",
        f"| over-credit: no evidence (band 0 / only not met) called met "
        f"| {measures.no_evidence_called_met} | <= 0.05 |",
        f"| bare claim (band 1) called met | {measures.bare_claim_called_met} | |",
        f"| recommendation = panel's expected outcome | {measures.outcome_agreement} | |",
        f"| strong statements shortlisted | {measures.strong_shortlisted:.2f} | >= 0.80 |",
        f"| strong statements rejected | {measures.strong_rejected} | 0 |",
        "",
        "Evidence-criterion verdict agreement by role and by strength:",
        "",
        "| role or strength | agreement |",
        "|---|---|",
        *_rows(sorted(measures.by_role.items())),
        *_rows((name, ratio) for name in STRENGTHS if (ratio := measures.by_strength.get(name))),
        "",
        "Each strong statement's recommendation (the panel would shortlist every one):",
        "",
        "| statement | recommendation |",
        "|---|---|",
        *_rows(measures.strong),
    ]
    return "\n".join(lines) + "\n"


def write_docs(text: str, corpus: Path = CORPUS_DIR) -> None:
    """Replace the text between the corpus's markers in docs/benchmarks.md (or add a section)."""
    write_between(text, *MARKS[corpus], HEADINGS[corpus])


def write_between(text: str, start_mark: str, end_mark: str, heading: str) -> None:
    """Put ``text`` between two markers of docs/benchmarks.md, or add it under ``heading``."""
    docs = DOCS.read_text(encoding="utf-8")
    block = f"{start_mark}\n{text}{end_mark}"
    if start_mark in docs and end_mark in docs:
        before, rest = docs.split(start_mark, 1)
        _, after = rest.split(end_mark, 1)
        docs = before + block + after
    else:
        docs = f"{docs.rstrip()}\n\n{heading}\n\n{block}\n"
    DOCS.write_text(docs, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write", action="store_true", help="put the tables into docs/benchmarks.md"
    )
    parser.add_argument(
        "--disagreements", action="store_true", help="list every criterion the machine got wrong"
    )
    parser.add_argument(
        "--held-out",
        nargs="?",
        const="1",
        choices=sorted(HELD_OUT_DIRS),
        help="measure on a held-out corpus instead: 1 (tests/evidence_holdout/, the default) "
        "or 2 (tests/evidence_holdout_2/)",
    )
    parser.add_argument(
        "--phrasings",
        action="store_true",
        help="measure the short passages of tests/evidence_phrasings/ instead",
    )
    parser.add_argument("--file", help="with --phrasings: one file of that folder")
    args = parser.parse_args(argv)
    if args.phrasings:
        paths = [PHRASINGS_DIR / args.file] if args.file else phrasing_paths()
        measures = measure_passages([p for path in paths for p in load_passages(path)])
        print(report_passages(measures, paths), end="")
        if args.disagreements:
            print("\nDisagreements:")
            print("\n".join(measures.disagreements))
        return
    corpus = HELD_OUT_DIRS[args.held_out] if args.held_out else CORPUS_DIR
    statements = load_corpus(corpus)
    measures = measure(statements)
    text = report(measures, statements, corpus)
    print(text, end="")
    if args.disagreements:
        print("\nDisagreements:")
        print("\n".join(measures.disagreements))
    if args.write:
        write_docs(text, corpus)
        print(f"\nwritten to {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
