"""Rank a vacancy's applicants: essential gate first, then total score.

Pure logic, no database. The panel overrides the machine where it has spoken: a criterion the
completed panel members agree on takes their verdict and score, and a finalised decision sets
the applicant's tier. The machine's figures stay beside the effective ones so both are shown.

Order: tier (finalised decision, else the essential gate: all sift essentials met > review >
reject), then effective total score (high first), then fewer criteria needing review, then
applicant number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.panel.agreement import CriterionAgreement
from criteria.spec import Priority, RoleSpec
from matching.engine import Essential, recommend
from matching.result import CriterionResult, Recommendation, Verdict


class Decision(StrEnum):
    shortlist = "shortlist"
    reject = "reject"
    reserve = "reserve"


class Gate(StrEnum):
    """The essential-criteria gate in the panel's words."""

    meets_essentials = "meets_essentials"
    review = "review"
    does_not_meet = "does_not_meet"


GATE_RECOMMENDATION = {
    Gate.meets_essentials: Recommendation.shortlist,
    Gate.review: Recommendation.review,
    Gate.does_not_meet: Recommendation.reject,
}
_GATE_TIER = {Gate.meets_essentials: 0, Gate.review: 1, Gate.does_not_meet: 2}
_DECISION_TIER = {Decision.shortlist: 0, Decision.reserve: 1, Decision.reject: 2}


@dataclass(frozen=True)
class FinalDecision:
    decision: Decision
    reason: str
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class Candidate:
    """Everything the shortlist needs about one application (input to :func:`rank`)."""

    application_id: str
    number: str
    sequence: int
    results: Sequence[CriterionResult]
    disability_confident: bool = False
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    external_id: str | None = None
    agreements: Mapping[str, CriterionAgreement] = field(default_factory=dict)
    decision: FinalDecision | None = None
    panel_completed_by: Sequence[str] = ()


@dataclass(frozen=True)
class Cell:
    """One criterion of one applicant: the machine's figures, the panel's, and the effective."""

    criterion_id: str
    priority: Priority
    at_sift: bool
    machine: CriterionResult
    agreement: CriterionAgreement | None
    verdict: Verdict
    score: float
    needs_review: bool

    @property
    def source(self) -> str:
        """Who the effective figures come from: 'panel' or 'machine'."""
        if self.agreement is not None and self.agreement.agreed:
            return "panel"
        return "machine"

    @property
    def disagreement(self) -> bool:
        a = self.agreement
        return a is not None and (a.members_disagree or a.panel_disagrees_with_machine)


@dataclass(frozen=True)
class Row:
    rank: int
    candidate: Candidate
    cells: tuple[Cell, ...]
    score: float
    max_score: float
    machine_score: float
    essentials_met: int
    essentials_total: int
    gate: Gate
    machine_recommendation: Recommendation
    needs_review_count: int

    @property
    def recommendation(self) -> Recommendation:
        return GATE_RECOMMENDATION[self.gate]

    @property
    def guaranteed_interview(self) -> bool:
        """Disability Confident and, as the panel now sees the essentials, a shortlist."""
        return self.candidate.disability_confident and self.gate is Gate.meets_essentials

    @property
    def needs_review(self) -> bool:
        return self.needs_review_count > 0

    @property
    def decision(self) -> Decision | None:
        return self.candidate.decision.decision if self.candidate.decision else None


@dataclass(frozen=True)
class _Column:
    """What ranking needs of one criterion, worked out once per ranking, not once per cell."""

    criterion_id: str
    priority: Priority
    at_sift: bool
    weight: float
    checkable: bool


def _columns(spec: RoleSpec) -> tuple[_Column, ...]:
    return tuple(
        _Column(c.id, c.priority, c.assessed_at_sift, c.weight, c.rule is not None)
        for c in spec.criteria
    )


def _cell(column: _Column, machine: CriterionResult, agreement: CriterionAgreement | None) -> Cell:
    if column.at_sift and agreement is not None and agreement.agreed:
        return Cell(
            criterion_id=column.criterion_id,
            priority=column.priority,
            at_sift=True,
            machine=machine,
            agreement=agreement,
            verdict=agreement.agreed_verdict,
            score=agreement.agreed_score,
            needs_review=False,
        )
    disagreement = agreement is not None and agreement.members_disagree
    return Cell(
        criterion_id=column.criterion_id,
        priority=column.priority,
        at_sift=column.at_sift,
        machine=machine,
        agreement=agreement,
        verdict=machine.verdict,
        score=machine.score,
        needs_review=column.at_sift and (machine.needs_review or disagreement),
    )


_RECOMMENDATION_GATE = {
    recommendation: gate for gate, recommendation in GATE_RECOMMENDATION.items()
}


def _gate(essentials: Sequence[Essential]) -> tuple[Gate, int, int]:
    """The gate from the sift-assessed essential criteria, by the engine's own rule
    (:func:`matching.engine.recommend`): a not met the machine marked for review is never
    "does not meet" until a panel agrees it."""
    met = sum(1 for e in essentials if e.verdict is Verdict.met)
    return _RECOMMENDATION_GATE[recommend(essentials)], met, len(essentials)


def _row(columns: Sequence[_Column], candidate: Candidate) -> Row:
    by_id = {r.id: r for r in candidate.results}
    agreements = candidate.agreements
    cells = tuple(
        _cell(column, by_id[column.criterion_id], agreements.get(column.criterion_id))
        for column in columns
        if column.criterion_id in by_id
    )
    weights = {column.criterion_id: column.weight for column in columns}
    sift = [c for c in cells if c.at_sift]
    essentials = [c for c in sift if c.priority is Priority.essential]
    checkable = {column.criterion_id for column in columns if column.checkable}
    gate, met, total = _gate(
        [Essential(c.verdict, c.needs_review, c.criterion_id in checkable) for c in essentials]
    )
    machine_gate, _, _ = _gate(
        [
            Essential(c.machine.verdict, c.machine.needs_review, c.criterion_id in checkable)
            for c in essentials
        ]
    )
    return Row(
        rank=0,
        candidate=candidate,
        cells=cells,
        score=round(sum(c.score * weights[c.criterion_id] for c in sift), 2),
        max_score=round(sum(c.machine.max_score * weights[c.criterion_id] for c in sift), 2),
        machine_score=round(sum(c.machine.score * weights[c.criterion_id] for c in sift), 2),
        essentials_met=met,
        essentials_total=total,
        gate=gate,
        machine_recommendation=GATE_RECOMMENDATION[machine_gate],
        needs_review_count=sum(1 for c in sift if c.needs_review),
    )


def _tier(row: Row) -> int:
    if row.candidate.decision is not None:
        return _DECISION_TIER[row.candidate.decision.decision]
    return _GATE_TIER[row.gate]


def rank(spec: RoleSpec, candidates: Iterable[Candidate]) -> list[Row]:
    """Every candidate as a ranked row (rank 1 first). Rank is over all, before any filter."""
    columns = _columns(spec)
    rows = sorted(
        (_row(columns, c) for c in candidates),
        key=lambda r: (_tier(r), -r.score, r.needs_review_count, r.candidate.sequence),
    )
    return [replace(r, rank=i) for i, r in enumerate(rows, start=1)]


@dataclass(frozen=True)
class Filters:
    recommendation: Recommendation | None = None
    decision: Decision | None = None
    undecided: bool = False
    min_score: float | None = None
    needs_review: bool | None = None
    guaranteed_interview: bool | None = None

    def keep(self, row: Row) -> bool:
        if self.recommendation is not None and row.recommendation is not self.recommendation:
            return False
        if self.decision is not None and row.decision is not self.decision:
            return False
        if self.undecided and row.decision is not None:
            return False
        if self.min_score is not None and row.score < self.min_score:
            return False
        if self.needs_review is not None and row.needs_review is not self.needs_review:
            return False
        return self.guaranteed_interview is None or (
            row.guaranteed_interview is self.guaranteed_interview
        )


def apply_filters(rows: Iterable[Row], filters: Filters) -> list[Row]:
    return [r for r in rows if filters.keep(r)]
