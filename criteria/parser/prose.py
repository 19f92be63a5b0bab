"""Person specifications written as prose: a paragraph per area, each requirement a sentence
whose opening words give its level ("It is essential that the postholder ...", "It is desirable
that ...", "Candidates should ideally ..."), with sentences between them that only describe the
post. Each requirement sentence is one criterion; the other sentences are not criteria."""

from __future__ import annotations

import re

from criteria.parser.rows import Row
from criteria.parser.text import clean, strip_bullet
from criteria.spec import Priority

# Who a requirement sentence is about.
SUBJECT = (
    r"(?:the |a |any )?(?:candidates?|applicants?|post ?holders?|post-holders?"
    r"|successful (?:candidate|applicant)s?|person appointed|appointees?)"
)
# Openings that state the level in words; a document whose paragraphs hold several of these is
# a prose specification. Desirable wordings are tried first ("should ideally" before "should").
LEVEL_OPENINGS: tuple[tuple[re.Pattern[str], Priority], ...] = (
    (
        re.compile(
            r"^(?:it is (?:desirable|preferable|preferred|an advantage|advantageous)"
            r"|it would be (?:desirable|preferable|an advantage|advantageous|useful|helpful"
            r"|beneficial))\s+(?:that|if|for)\b"
            rf"|^{SUBJECT} (?:should|would|will|could|might) ideally\b"
            r"|^(?:ideally|preferably)\b",
            re.I,
        ),
        Priority.desirable,
    ),
    (
        re.compile(
            r"^it is (?:essential|necessary|required|a requirement|mandatory) (?:that|for)\b",
            re.I,
        ),
        Priority.essential,
    ),
)
# Openings that ask for something without naming a level: essential, as any criterion is when
# its wording says nothing else. Read only once the document has shown it is written this way.
PLAIN_OPENINGS = re.compile(
    rf"^{SUBJECT} (?:must|will need to|needs? to|should|(?:is|are|will be) required to)\b", re.I
)
# A sentence ends at ". " before a capital, quote or bracket; not after "e.g." or "i.e.".
SENTENCE_BREAK = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<=[.!?])\s+(?=[A-Z“\"‘'(])")
# Sentences stating a level it takes before the document is read as prose.
MIN_LEVEL_SENTENCES = 3


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(clean(text)) if s.strip()]


def requirement_priority(sentence: str) -> tuple[Priority, bool] | None:
    """The level a sentence asks for and whether its words name it, or None when the sentence
    asks for nothing ("The team is based at ...")."""
    for pattern, priority in LEVEL_OPENINGS:
        if pattern.match(sentence):
            return priority, True
    if PLAIN_OPENINGS.match(sentence):
        return Priority.essential, False
    return None


def is_paragraph(text: str) -> bool:
    """A line of running prose: ends a sentence, several words, not a list item."""
    cleaned = clean(text)
    return (
        not strip_bullet(cleaned)[1]
        and not re.match(r"^\d{1,2}[.)]\s", cleaned)
        and cleaned.rstrip("”\"’')").endswith((".", "!", "?"))
        and len(cleaned.split()) >= 6
    )


def is_prose_specification(rows: list[Row]) -> bool:
    """Do the block's paragraphs state requirements as sentences with their level?"""
    stated = 0
    for row in rows:
        if row.table or not is_paragraph(row.text):
            continue
        for sentence in sentences(row.text):
            found = requirement_priority(sentence)
            stated += bool(found and found[1])
    return stated >= MIN_LEVEL_SENTENCES


def prose_headings(rows: list[Row]) -> set[int]:
    """In a prose specification, a short line with no full stop over a paragraph heads its
    area ("Work-related circumstances", "Other information")."""
    found: set[int] = set()
    for index, row in enumerate(rows[:-1]):
        text = clean(row.text)
        following = rows[index + 1]
        if (
            not row.table
            and text
            and len(text.split()) <= 8
            and not text.endswith((".", ";", ",", ":"))
            and not strip_bullet(text)[1]
            and not following.table
            and is_paragraph(following.text)
        ):
            found.add(index)
    return found
