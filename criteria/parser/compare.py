"""Compare a parsed role with a hand-checked one: what was found, missed and invented.

Criteria are paired one to one by text similarity (rapidfuzz ``ratio`` on lower-cased,
space-collapsed text, best pairs first) with an explicit cutoff; a pair then agrees or not
on priority, on how it is assessed and on the kind of rule compiled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from criteria.spec import Criterion, RoleSpec

MATCH_CUTOFF = 85.0


@dataclass(frozen=True)
class Pair:
    expected: Criterion
    parsed: Criterion
    similarity: float

    @property
    def priority_agrees(self) -> bool:
        return self.expected.priority == self.parsed.priority

    @property
    def assessed_by_agrees(self) -> bool:
        return set(self.expected.assessed_by) == set(self.parsed.assessed_by)

    @property
    def rule_kind_agrees(self) -> bool:
        return _kind(self.expected) == _kind(self.parsed)


@dataclass(frozen=True)
class RoleComparison:
    role_id: str
    pairs: list[Pair]
    missed: list[Criterion] = field(default_factory=list)
    invented: list[Criterion] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.pairs) + len(self.missed)

    def share(self, attribute: str) -> float:
        """The share of paired criteria that agree on ``attribute`` (1.0 when none paired)."""
        if not self.pairs:
            return 1.0
        return sum(1 for pair in self.pairs if getattr(pair, attribute)) / len(self.pairs)


def _kind(criterion: Criterion) -> str | None:
    return criterion.rule.kind if criterion.rule is not None else None


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[*]+", " ", text).split()).strip(" .;:")


def compare_role(
    parsed: RoleSpec, expected: RoleSpec, *, cutoff: float = MATCH_CUTOFF
) -> RoleComparison:
    scored = []
    for i, want in enumerate(expected.criteria):
        for j, got in enumerate(parsed.criteria):
            score = fuzz.ratio(normalise(want.text), normalise(got.text))
            if score >= cutoff:
                scored.append((score, i, j))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_expected: set[int] = set()
    used_parsed: set[int] = set()
    pairs: list[tuple[int, Pair]] = []
    for score, i, j in scored:
        if i in used_expected or j in used_parsed:
            continue
        used_expected.add(i)
        used_parsed.add(j)
        pairs.append((i, Pair(expected.criteria[i], parsed.criteria[j], score)))
    return RoleComparison(
        role_id=expected.id,
        pairs=[pair for _, pair in sorted(pairs, key=lambda item: item[0])],
        missed=[c for i, c in enumerate(expected.criteria) if i not in used_expected],
        invented=[c for j, c in enumerate(parsed.criteria) if j not in used_parsed],
    )
