"""What every recogniser returns, and the helpers they share."""

from __future__ import annotations

import datetime as dt
import re
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


def not_mentioned(
    what: str,
    *,
    explanation: str | None = None,
    statement: ParsedStatement | None = None,
    labels: tuple[str, ...] = (),
) -> RuleOutcome:
    """Nothing said about the applicant's own fact: not met, and a person should look. With
    ``statement`` and ``labels``, a mention of someone else's fact ("HCPC-registered
    colleagues") is quoted, so the panel sees why it did not count."""
    line = explanation or f"The statement does not mention {what}."
    others = (
        [m for m in statement.by_label(*labels) if OTHER_PERSON in m.qualifiers]
        if (statement is not None and labels)
        else []
    )
    evidence: tuple[tuple[int, int], ...] = ()
    if others and explanation is None:
        said = quote(statement.sentence_of(others[0]).text) if statement else ""
        line = (
            f"The statement does not say the applicant has {what.removeprefix('holding ')}: "
            f"it mentions someone else's ({said}), which does not count."
        )
        evidence = sentence_spans(statement, others[:1]) if statement else ()
    return RuleOutcome(
        verdict=Verdict.not_met,
        confidence=0.6,
        evidence=evidence,
        explanation=(line,),
        needs_review=True,
    )


ENDED_RE = re.compile(
    r"(?:\b(?:until|till|up to|to)|[-–—])\s*(?:the end of\s+)?(?P<year>(?:19|20)\d\d)\b", re.I
)
ONGOING_RE = re.compile(r"\b(?:currently|now|still|present|to date|ongoing|am|is)\b", re.I)


def ended_before(statement: ParsedStatement, mention: Mention, reference_date: dt.date) -> bool:
    """Whether the mention's sentence dates it to a period that ended before the reference
    date, with nothing saying it goes on: "I practised as an AMHP from 2012 to 2025", "Until
    2022 I was on the AMHP rota"."""
    text = statement.sentence_of(mention).text
    if ONGOING_RE.search(text):
        return False
    return any(int(m.group("year")) < reference_date.year for m in ENDED_RE.finditer(text))
