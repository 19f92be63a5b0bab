"""Adverse impact at one stage: selection rate per group and its ratio to the highest group's
rate, flagged under the four-fifths rule, with small groups suppressed: a question's groups
too small to show are one row named :data:`SUPPRESSED`, so the report does not even say which
groups had anyone in them (with a handful of applicants, that alone can point at a person).

Pure: it takes who applied, their answers and who was shortlisted, and returns rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.equality.schemas import NOT_ANSWERED, PREFER_NOT_TO_SAY, ImpactRow, Stage

FOUR_FIFTHS = 0.8
MIN_GROUP_SIZE = 5
NOT_COMPARED = frozenset({PREFER_NOT_TO_SAY, NOT_ANSWERED})
SUPPRESSED = "suppressed"


@dataclass(frozen=True)
class Selection:
    """One applicant at one stage: their answer per question and whether they went through."""

    answers: Mapping[str, str | None]
    shortlisted: bool


def stage_rows(
    stage: Stage,
    questions: Mapping[str, Sequence[str]],
    people: Sequence[Selection],
    *,
    threshold: float = FOUR_FIFTHS,
    min_group_size: int = MIN_GROUP_SIZE,
) -> list[ImpactRow]:
    """One row per question and group that has applicants at this stage, in the form's order;
    then, if any group was too small to show, one row for all of them, without their names."""
    rows: list[ImpactRow] = []
    for question, groups in questions.items():
        applied: Counter[str] = Counter()
        chosen: Counter[str] = Counter()
        for person in people:
            group = person.answers.get(question) or NOT_ANSWERED
            applied[group] += 1
            chosen[group] += person.shortlisted
        present = [g for g in (*groups, NOT_ANSWERED) if applied[g]]
        hidden = _suppressed(present, applied, min_group_size)
        rates = {g: chosen[g] / applied[g] for g in present if g not in hidden}
        comparable = [rate for g, rate in rates.items() if g not in NOT_COMPARED]
        best = max(comparable, default=0.0)
        for group in present:
            if group in hidden:
                continue
            ratio = rates[group] / best if best > 0 and group not in NOT_COMPARED else None
            rows.append(
                ImpactRow(
                    characteristic=question,
                    stage=stage,
                    group=group,
                    applicants=applied[group],
                    shortlisted=chosen[group],
                    selection_rate=round(rates[group], 3),
                    impact_ratio=None if ratio is None else round(ratio, 3),
                    adverse_impact=ratio is not None and ratio < threshold,
                    suppressed=False,
                )
            )
        if hidden:
            rows.append(_hidden_row(question, stage))
    return rows


def _suppressed(present: list[str], applied: Counter[str], min_group_size: int) -> set[str]:
    """Groups under the minimum size. When the only one hidden is a group of people (not
    'prefer not to say' or 'not answered'), the next smallest is hidden too, so its figures
    cannot be worked out by subtracting the others from the totals."""
    hidden = {g for g in present if applied[g] < min_group_size}
    shown = [g for g in present if g not in hidden]
    if len(hidden) == 1 and not hidden & NOT_COMPARED and shown:
        hidden.add(min(shown, key=lambda g: applied[g]))
    return hidden


def _hidden_row(question: str, stage: Stage) -> ImpactRow:
    return ImpactRow(
        characteristic=question,
        stage=stage,
        group=SUPPRESSED,
        applicants=None,
        shortlisted=None,
        selection_rate=None,
        impact_ratio=None,
        adverse_impact=False,
        suppressed=True,
    )
