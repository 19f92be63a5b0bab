"""Agreement between panel members, and between the panel and the machine, per criterion.

The machine's result sits beside the members' as one more member (``MACHINE``). Members'
scores count only once the member has marked their set complete, so nobody's view is shaped by
another's. A criterion is *agreed* when every member who completed gave the same verdict; the
agreed score is then the mean of their scores, and it overrides the machine's for ranking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from criteria.spec import Scale
from matching.result import Verdict

MACHINE = "machine"


@dataclass(frozen=True)
class MemberScore:
    """One member's (or the machine's) verdict and score on one criterion."""

    member: str
    verdict: Verdict
    score: float
    reason: str | None = None


@dataclass(frozen=True)
class CriterionAgreement:
    criterion_id: str
    machine: MemberScore
    members: tuple[MemberScore, ...]

    @property
    def scored(self) -> bool:
        return bool(self.members)

    @property
    def verdict_counts(self) -> dict[str, int]:
        return dict(Counter(m.verdict.value for m in self.members))

    @property
    def members_disagree(self) -> bool:
        """Two completed members gave different verdicts."""
        return len({m.verdict for m in self.members}) > 1

    @property
    def panel_disagrees_with_machine(self) -> bool:
        """A completed member's verdict differs from the machine's."""
        return any(m.verdict is not self.machine.verdict for m in self.members)

    @property
    def agreed(self) -> bool:
        return self.scored and not self.members_disagree

    @property
    def agreed_verdict(self) -> Verdict | None:
        return self.members[0].verdict if self.agreed else None

    @property
    def agreed_score(self) -> float | None:
        if not self.agreed:
            return None
        return round(sum(m.score for m in self.members) / len(self.members), 2)

    @property
    def score_spread(self) -> float | None:
        """Highest minus lowest member score (0 when they all gave the same score)."""
        if not self.members:
            return None
        scores = [m.score for m in self.members]
        return max(scores) - min(scores)


def criterion_agreement(
    criterion_id: str, machine: MemberScore, members: Sequence[MemberScore]
) -> CriterionAgreement:
    return CriterionAgreement(
        criterion_id=criterion_id,
        machine=machine,
        members=tuple(sorted(members, key=lambda m: m.member)),
    )


def default_score(verdict: Verdict, scale: Scale) -> float:
    """The score a verdict carries when the member gives none (the engine's rule mapping)."""
    if verdict is Verdict.met:
        return float(scale.max)
    if verdict is Verdict.partly_met:
        return float(max((scale.min + scale.max) // 2, scale.min + 1))
    return float(scale.min)


def verdict_for_score(score: float, scale: Scale) -> Verdict:
    """The verdict band a score falls in: at least two thirds of the range is met."""
    if score >= scale.min + (scale.max - scale.min) * 2 / 3:
        return Verdict.met
    if score > scale.min:
        return Verdict.partly_met
    return Verdict.not_met


def score_problem(verdict: Verdict, score: float, scale: Scale) -> str | None:
    """Why a member's verdict and score do not fit together on this scale, or None."""
    if verdict is Verdict.not_assessed:
        return "a panel verdict must be met, partly_met or not_met"
    if not scale.min <= score <= scale.max:
        return f"score {score:g} is outside the scale {scale.min}..{scale.max}"
    band = verdict_for_score(score, scale)
    if band is not verdict:
        return (
            f"score {score:g} on a {scale.min}..{scale.max} scale is {band.value}, "
            f"not {verdict.value}"
        )
    return None
