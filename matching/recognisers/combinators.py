"""any_of (the best child verdict) and all_of (the worst); children not assessed are ignored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from criteria.spec import AllOfRule, AnyOfRule
from matching.applicant import Applicant
from matching.pipeline import ParsedStatement
from matching.recognisers.base import RuleOutcome
from matching.result import Verdict

RANK = {Verdict.not_met: 0, Verdict.partly_met: 1, Verdict.met: 2}
Evaluate = Callable[[object, ParsedStatement, Applicant | None, dt.date], RuleOutcome]


class Combinator:
    """Scores each child rule with ``evaluate`` and keeps the best (any_of) or worst (all_of)."""

    def __init__(self, evaluate: Evaluate, *, best: bool) -> None:
        self.evaluate = evaluate
        self.best = best

    def __call__(
        self,
        rule: AnyOfRule | AllOfRule,
        statement: ParsedStatement,
        applicant: Applicant | None,
        reference_date: dt.date,
    ) -> RuleOutcome:
        children = [
            self.evaluate(child, statement, applicant, reference_date) for child in rule.rules
        ]
        assessed = [child for child in children if child.verdict is not Verdict.not_assessed]
        if not assessed:
            return RuleOutcome(
                Verdict.not_assessed,
                1.0,
                (),
                tuple(line for c in children for line in c.explanation),
            )
        if self.best:
            chosen = max(assessed, key=lambda child: (RANK[child.verdict], child.confidence))
            needs_review = chosen.needs_review
        else:
            worst = min(RANK[child.verdict] for child in assessed)
            weakest = [child for child in assessed if RANK[child.verdict] == worst]
            # one settled failure ("I am not registered") settles an all_of, whatever the others
            settled = [child for child in weakest if not child.needs_review]
            if worst == RANK[Verdict.not_met] and settled:
                chosen = max(settled, key=lambda child: child.confidence)
                needs_review = False
            else:
                chosen = min(weakest, key=lambda child: child.confidence)
                needs_review = any(child.needs_review for child in assessed)
        word = "Best" if self.best else "Weakest"
        lines = [
            f"{word} of {len(assessed)} alternatives decides."
            if self.best
            else f"{word} of {len(assessed)} requirements decides."
        ]
        lines += [f"{child.verdict.value}: {' '.join(child.explanation)}" for child in assessed]
        return RuleOutcome(
            chosen.verdict,
            chosen.confidence,
            tuple(sorted({span for child in assessed for span in child.evidence})),
            tuple(lines),
            flags=tuple(dict.fromkeys(f for child in assessed for f in child.flags)),
            needs_review=needs_review,
        )
