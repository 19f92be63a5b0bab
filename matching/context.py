"""ConText-style qualifiers: whose fact a mention is, and in what status.

A trigger ("not", "awaiting", "would be keen to", "alongside") reaches forward, backward or both
from where it stands, up to ``max_scope`` tokens, never past the sentence end or a terminator
("but", "however", ";"). Every entity mention inside a reach gets the trigger's category. The
rules are data (:mod:`matching.patterns.context_rules`); this module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from matching.patterns.context_rules import CONTEXT_RULES, ContextRule

COMMON_TERMINATOR_KEY = "*"
NO_QUALIFIERS: frozenset[str] = frozenset()


class Reach(NamedTuple):
    """Tokens ``[start, end)`` that a trigger qualifies with ``category``."""

    rule_id: str
    category: str
    start: int
    end: int
    allowed_types: frozenset[str]
    trigger: int = -1  # the trigger's first token

    def covers(self, start: int, end: int, label: str | None) -> bool:
        if self.allowed_types and label not in self.allowed_types:
            return False
        return self.start < end and start < self.end


class Marker(NamedTuple):
    """A trigger or terminator found in the text: the rule id (or terminator key) and tokens."""

    key: str
    start: int
    end: int


RULES_BY_ID: dict[str, ContextRule] = {rule["id"]: rule for rule in CONTEXT_RULES}


def compute_reaches(
    triggers: Iterable[Marker],
    terminators: Sequence[Marker],
    sentence_bounds: tuple[int, int],
) -> list[Reach]:
    """The reaches of the triggers of one sentence (token offsets are document offsets)."""
    first, last = sentence_bounds
    reaches: list[Reach] = []
    for trigger in triggers:
        rule = RULES_BY_ID[trigger.key]
        if rule["category"] == "pseudo":
            continue
        keys = (
            (rule["id"],)
            if rule.get("ignore_common_terminators")
            else (
                COMMON_TERMINATOR_KEY,
                rule["id"],
            )
        )
        stops = [
            marker
            for marker in terminators
            if marker.key in keys
            and not (marker.start < trigger.end and trigger.start < marker.end)
        ]
        allowed = frozenset(rule["allowed_types"])
        scope = rule["max_scope"]
        if rule["direction"] in ("forward", "bidirectional"):
            end = min(
                [trigger.end + scope, last]
                + [marker.start for marker in stops if marker.start >= trigger.end]
            )
            if end > trigger.end:
                reaches.append(
                    Reach(rule["id"], rule["category"], trigger.end, end, allowed, trigger.start)
                )
        if rule["direction"] in ("backward", "bidirectional"):
            start = max(
                [trigger.start - scope, first]
                + [marker.end for marker in stops if marker.end <= trigger.start]
            )
            if start < trigger.start:
                reaches.append(
                    Reach(
                        rule["id"], rule["category"], start, trigger.start, allowed, trigger.start
                    )
                )
    return reaches


def qualifiers(
    reaches: Iterable[Reach], start: int, end: int, label: str | None = None
) -> frozenset[str]:
    """The categories whose reach covers tokens ``[start, end)`` of an entity labelled ``label``."""
    if not reaches:
        return NO_QUALIFIERS
    found = [
        reach.category
        for reach in reaches
        if reach.start < end
        and start < reach.end
        and (not reach.allowed_types or label in reach.allowed_types)
    ]
    return frozenset(found) if found else NO_QUALIFIERS
