"""The words a recruiter reads for each code: on the pages and in the exports alike."""

from __future__ import annotations

VERDICT_WORDS: dict[str, str] = {
    "met": "Met",
    "partly_met": "Partly met",
    "not_met": "Not met",
    "not_assessed": "Not assessed",
}
GATE_WORDS: dict[str, str] = {
    "meets_essentials": "Meets all essentials",
    "review": "Review",
    "does_not_meet": "Does not meet",
}
RECOMMENDATION_WORDS: dict[str, str] = {
    "shortlist": "Shortlist",
    "review": "Review",
    "reject": "Do not shortlist",
}
DECISION_WORDS: dict[str, str] = {
    "shortlist": "Shortlist",
    "reserve": "Reserve",
    "reject": "Do not shortlist",
}
SOURCE_WORDS: dict[str, str] = {"panel": "Panel", "machine": "Machine"}


def in_words(words: dict[str, str], code: object) -> str:
    """The words for ``code`` (an enum or its value); an unknown code as it is."""
    value = getattr(code, "value", code)
    return words.get(str(value), str(value or ""))
