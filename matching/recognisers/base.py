"""What every recogniser returns, and the helpers they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from matching.applicant import Applicant
from matching.pipeline import Mention, ParsedStatement
from matching.result import Verdict

# Statuses a mention can have, decided from its qualifiers (ConText categories).
HELD = "held"
OTHER_PERSON = "other_person"
NEGATED = "negated"
LAPSED = "lapsed"
PENDING = "pending"
IN_TRAINING = "in_training"
COMMITMENT = "commitment"
# When qualifiers disagree, the first in this order decides.
STATUS_ORDER: tuple[str, ...] = (OTHER_PERSON, NEGATED, LAPSED, IN_TRAINING, PENDING, COMMITMENT)


@dataclass(frozen=True)
class RuleOutcome:
    """One recogniser's decision about one rule: immutable; build a new one to change it."""

    verdict: Verdict
    confidence: float
    evidence: tuple[tuple[int, int], ...] = ()  # half-open character spans of the statement
    explanation: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    needs_review: bool = False


Recogniser = Callable[[Any, ParsedStatement, "Applicant | None", dt.date], RuleOutcome]


def status(mention: Mention) -> str:
    """The applicant's status for one mention: held unless a qualifier says otherwise."""
    for category in STATUS_ORDER:
        if category in mention.qualifiers:
            return category
    return HELD


def sentence_spans(
    statement: ParsedStatement, mentions: Iterable[Mention]
) -> tuple[tuple[int, int], ...]:
    """The sentences holding ``mentions``, in text order, each once."""
    indices = sorted({mention.sentence for mention in mentions})
    return tuple((statement.sentences[i].start, statement.sentences[i].end) for i in indices)


def quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1].rstrip()}…”"


def not_mentioned(what: str, *, explanation: str | None = None) -> RuleOutcome:
    """Nothing said at all about a checkable criterion: not met, and a person should look."""
    return RuleOutcome(
        verdict=Verdict.not_met,
        confidence=0.6,
        explanation=(explanation or f"The statement does not mention {what}.",),
        needs_review=True,
    )
