"""The machinery of the behavioural suite: templates, cases, statements, scoring, failure rates.

A capability (CheckList, Ribeiro et al., ACL 2020) is one thing a careful reader of supporting
statements can do, tested by templates whose slots are filled at random (a fixed seed per
capability, so the cases are the same on every run). Three test types:

- ``mft`` (minimum functionality): a phrasing of a fact, set in a realistic statement, must get
  one of the verdicts a careful UK social care recruiter would accept for one criterion.
- ``inv`` (invariance): a perturbation that changes nothing a panel cares about (a name, the
  paragraph order, a typo, curly quotes, CRLF) must change no verdict of any criterion.
- ``dir`` (directional): a perturbation such as adding a lapse must never raise the verdict of
  the criterion it concerns.

Expected verdicts are written from the recruiter's reading when the templates are written, never
from the engine's output.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from criteria.spec import Criterion, Priority, RoleSpec, Scale
from matching.result import CriterionResult, ScoreResult

REFERENCE_DATE = dt.date(2026, 11, 22)
SEED = 20261122
CASES_PER_CAPABILITY = 104
TARGET_RATE = 0.01
CEILINGS_PATH = Path(__file__).resolve().parent / "ceilings.yaml"

TestType = Literal["mft", "inv", "dir"]
VERDICT_RANK = {"not_met": 0, "partly_met": 1, "met": 2}
ALL_VERDICTS = frozenset(VERDICT_RANK)
MET = frozenset({"met"})
PARTLY = frozenset({"partly_met"})
NOT_MET = frozenset({"not_met"})
SLOT = re.compile(r"\{([a-z_0-9]+)\}")


@dataclass(frozen=True)
class CriterionSpec:
    """A person-specification line: its words and its rule (as the role-spec format writes it)."""

    text: str
    rule: Mapping[str, Any]

    def criterion(self, criterion_id: str, priority: Priority) -> Criterion:
        return Criterion.model_validate(
            {
                "id": criterion_id,
                "text": self.text,
                "priority": priority.value,
                "assessed_by": ["application"],
                "rule": dict(self.rule),
            }
        )


Slots = dict[str, str]


@dataclass(frozen=True)
class Template:
    """One way of stating a fact. ``facts`` are sentences (or bullet blocks) placed, in order, at
    random points of a statement; ``{slot}`` is filled from the capability's slot lists, the
    same value everywhere in one case. ``derive`` computes further slots from the chosen ones
    (a number as words, a start year) and may return None to reject a draw (a value too close to
    the criterion's threshold to judge). ``accept`` and ``criterion`` (a key of the criteria, which
    may name slots) may depend on the slots."""

    facts: tuple[str, ...]
    accept: frozenset[str] | Callable[[Slots], frozenset[str]]
    why: str
    criterion: str
    needs_review: bool | None = None
    derive: Callable[[Slots, random.Random], Slots | None] | None = None


@dataclass(frozen=True)
class Case:
    """One generated test case. ``statement`` is scored against ``spec``; for invariance and
    directional cases ``variant`` is scored too and compared with it."""

    capability: str
    number: int
    spec: RoleSpec
    statement: str
    why: str
    accept: frozenset[str] = ALL_VERDICTS
    needs_review: bool | None = None
    variant: str | None = None
    # Invariance: ``same`` for every criterion. Directional: ``not_up`` (no verdict of the
    # target, or of any criterion when there is none, may rise) or ``down`` (the target's
    # verdict must fall, from met).
    direction: Literal["same", "not_up", "down"] = "same"
    target: str | None = None

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.spec.id, self.statement, self.variant)


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    false_not_met: bool
    expected: str
    got: str


@dataclass
class Capability:
    id: str
    type: TestType
    description: str
    generate: Callable[[random.Random], Case | None]
    cases: list[Case] = field(default_factory=list)

    def build(self, count: int = CASES_PER_CAPABILITY) -> list[Case]:
        """``count`` distinct cases, in a stable order (the seed is the capability's id)."""
        if self.cases:
            return self.cases
        rng = random.Random(f"{SEED}:{self.id}")
        seen: set[tuple[str, str, str | None]] = set()
        attempts = 0
        while len(self.cases) < count:
            attempts += 1
            if attempts > count * 30:
                raise RuntimeError(
                    f"{self.id}: only {len(self.cases)} distinct cases after {attempts} draws"
                )
            case = self.generate(rng)
            if case is None or case.key in seen:
                continue
            seen.add(case.key)
            self.cases.append(
                Case(**{**case.__dict__, "capability": self.id, "number": len(self.cases)})
            )
        return self.cases


def fill(text: str, slots: Mapping[str, str]) -> str:
    return SLOT.sub(lambda match: slots[match.group(1)], text)


def draw_slots(
    texts: Iterable[str], pools: Mapping[str, Sequence[str]], rng: random.Random
) -> Slots:
    """One value for each slot the texts name (in order of first appearance)."""
    slots: Slots = {}
    for text in texts:
        for name in SLOT.findall(text):
            if name not in slots and name in pools:
                slots[name] = rng.choice(pools[name])
    return slots


def one_criterion_spec(criterion: CriterionSpec, priority: Priority) -> RoleSpec:
    return RoleSpec(
        id="behaviour-case",
        title="Behaviour case",
        scale=Scale(min=0, max=3),
        criteria=[criterion.criterion("criterion-under-test", priority)],
    )


def mft(
    templates: Sequence[Template],
    criteria: Mapping[str, CriterionSpec],
    pools: Mapping[str, Sequence[str]],
    build: Callable[[Sequence[str], random.Random, str], str],
) -> Callable[[random.Random], Case | None]:
    """A generator of minimum-functionality cases: a template, its slots, a statement around it."""

    def generate(rng: random.Random) -> Case | None:
        template = rng.choice(templates)
        slots = draw_slots([*template.facts, template.criterion], pools, rng)
        if template.derive is not None:
            derived = template.derive(slots, rng)
            if derived is None:
                return None
            slots = {**slots, **derived}
        accept = template.accept(slots) if callable(template.accept) else template.accept
        # Most criteria are essential; a verdict must not depend on the priority.
        priority = Priority.essential if rng.random() < 0.8 else Priority.desirable
        facts = [fill(fact, slots) for fact in template.facts]
        criterion = fill(template.criterion, slots)
        return Case(
            capability="",
            number=0,
            spec=one_criterion_spec(criteria[criterion], priority),
            statement=build(facts, rng, criterion),
            why=template.why,
            accept=accept,
            needs_review=template.needs_review,
        )

    return generate


# --- scoring -----------------------------------------------------------------------------------


def _verdicts(result: ScoreResult) -> dict[str, CriterionResult]:
    return {criterion.id: criterion for criterion in result.criteria}


def judge(case: Case, result: ScoreResult, variant: ScoreResult | None) -> Outcome:
    """Did the engine behave as the case says a careful recruiter would?"""
    base = _verdicts(result)
    if variant is None:  # minimum functionality: one criterion
        (got,) = base.values()
        verdict = got.verdict.value
        passed = verdict in case.accept and (
            case.needs_review is None or got.needs_review == case.needs_review
        )
        expected = "/".join(sorted(case.accept))
        if case.needs_review:
            expected += " +review"
        shown = verdict + (" +review" if got.needs_review else "")
        false_not_met = (
            verdict == "not_met"
            and "not_met" not in case.accept
            and got.priority is Priority.essential
        )
        return Outcome(case, passed, false_not_met, expected, shown)
    changed = _verdicts(variant)
    if case.direction == "same":
        differences = [
            f"{cid}: {base[cid].verdict.value}->{changed[cid].verdict.value}"
            for cid in base
            if base[cid].verdict != changed[cid].verdict
        ]
        false_not_met = any(
            changed[cid].verdict.value == "not_met"
            and base[cid].verdict.value != "not_met"
            and base[cid].priority is Priority.essential
            for cid in base
        )
        return Outcome(
            case, not differences, false_not_met, "no verdict changes", "; ".join(differences)
        )
    watched = [case.target] if case.target is not None else list(base)
    rank = {
        cid: (VERDICT_RANK[base[cid].verdict.value], VERDICT_RANK[changed[cid].verdict.value])
        for cid in watched
    }
    if case.direction == "down":
        passed = all(after < before or before == 0 for before, after in rank.values())
        expected = "; ".join(f"{cid}: below {base[cid].verdict.value}" for cid in watched)
    else:
        passed = all(after <= before for before, after in rank.values())
        expected = "; ".join(f"{cid}: at most {base[cid].verdict.value}" for cid in watched)
    got = "; ".join(
        f"{cid}: {changed[cid].verdict.value}"
        for cid in watched
        if case.target is not None or rank[cid][1] > rank[cid][0]
    )
    if case.target is None:
        expected = "no verdict rises"
    return Outcome(case, passed, False, expected, got or "no verdict rises")


def run(cases: Sequence[Case], engine: Any) -> list[Outcome]:
    """Score every case (one ``score_many`` per role spec) and judge it; in case order."""
    by_spec: dict[str, list[int]] = {}
    specs: dict[str, RoleSpec] = {}
    for index, case in enumerate(cases):
        spec_key = case.spec.model_dump_json()
        specs[spec_key] = case.spec
        by_spec.setdefault(spec_key, []).append(index)
    results: dict[int, tuple[ScoreResult, ScoreResult | None]] = {}
    for spec_key, indices in by_spec.items():
        statements = [cases[i].statement for i in indices]
        variants = [cases[i].variant for i in indices if cases[i].variant is not None]
        scored = engine.score_many(
            specs[spec_key], [*statements, *variants], reference_date=REFERENCE_DATE
        )
        variant_results = iter(scored[len(statements) :])
        for i, result in zip(indices, scored[: len(statements)], strict=True):
            results[i] = (result, next(variant_results) if cases[i].variant is not None else None)
    return [judge(case, *results[i]) for i, case in enumerate(cases)]


@dataclass(frozen=True)
class Ceiling:
    rate: float
    false_not_met: int


def load_ceilings(path: Path = CEILINGS_PATH) -> dict[str, Ceiling]:
    """capability id -> the failure rate and false not-met count it may not exceed today."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        capability: Ceiling(float(entry["max_failure_rate"]), int(entry["max_false_not_met"]))
        for capability, entry in loaded["capabilities"].items()
    }


@dataclass(frozen=True)
class Measured:
    """One capability's figures on the engine of today."""

    capability: Capability
    outcomes: list[Outcome]

    @property
    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.passed]

    @property
    def rate(self) -> float:
        return len(self.failures) / len(self.outcomes)

    @property
    def false_not_met(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.false_not_met)


def measure(capability: Capability, engine: Any) -> Measured:
    return Measured(capability, run(capability.build(), engine))


def ceiling_for(rate: float) -> float:
    """A measured rate rounded up to the next hundredth (0.123 -> 0.13; 0.12 stays 0.12)."""
    return math.ceil(round(rate * 100, 6)) / 100


def excerpt(case: Case, width: int = 160) -> str:
    """What a reader needs to see of a case: the sentences that are not neutral filler, or for
    a perturbation the sentences it removed (-) and added (+)."""
    from tests.behaviour.statements import NEUTRAL

    sentences = _sentences(case.statement)
    if case.variant is None:
        shown = " ".join(" ".join(s for s in sentences if s not in NEUTRAL).split())
    else:
        changed = _sentences(case.variant)
        added = [s for s in changed if s not in sentences]
        removed = [s for s in sentences if s not in changed]
        if not added and not removed:
            shown = "the same sentences, rearranged"
        elif len(added) + len(removed) > 3:  # a change all through: show a fact it touched
            pairs = [(a, b) for a, b in zip(sentences, changed, strict=False) if a != b]
            before, after = next(((a, b) for a, b in pairs if a not in NEUTRAL), pairs[0])
            shown = f"{before!r} -> {after!r}"
        else:
            shown = " ".join([*(f"- {s}" for s in removed), *(f"+ {s}" for s in added)])
    return shown if len(shown) <= width else shown[: width - 1] + "\u2026"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.])\s+|\n+", text) if s.strip()]
