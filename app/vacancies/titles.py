"""Short human titles for criteria, for matrix headings, menus, buttons, history and exports.

A criterion's own ``title`` (set on the confirmation page or in its spec) wins; otherwise the
title is the first clause of its text, cut at a word boundary. Ids stay what the API uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from criteria.spec import Criterion

MAX_TITLE = 48
# Where a criterion's first clause ends: a bracket, a list, an example, a colon or a full stop.
_CLAUSE_END = re.compile(
    r"\s*(?:\(|;|:|\s[–—-]\s|,\s*(?:including|such as|e\.g\.|for example|and/or)\b|\.\s|\.$)",
    re.IGNORECASE,
)
_TRAILING = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "of",
        "on", "or", "the", "to", "with", "within",
    }
)  # fmt: skip


def derived_title(text: str) -> str:
    """The first clause of ``text``, at most :data:`MAX_TITLE` characters, cut between words."""
    plain = " ".join(text.split())
    clause = _CLAUSE_END.split(plain, maxsplit=1)[0].strip(" ,.") or plain
    if len(clause) <= MAX_TITLE:
        return clause[:1].upper() + clause[1:]
    words: list[str] = []
    for word in clause.split():
        if len(" ".join([*words, word])) > MAX_TITLE - 1:
            break
        words.append(word)
    while len(words) > 1 and words[-1].lower().strip(",") in _TRAILING:
        words.pop()
    short = " ".join(words).rstrip(",") or clause[: MAX_TITLE - 1]
    return short[:1].upper() + short[1:] + "…"


def title_of(criterion: Criterion) -> str:
    return criterion.title or derived_title(criterion.text)


def titles(criteria: Iterable[Criterion]) -> dict[str, str]:
    """Criterion id -> title; two criteria that would share a title get their ids added."""
    found = {c.id: title_of(c) for c in criteria}
    counts: dict[str, int] = {}
    for title in found.values():
        counts[title] = counts.get(title, 0) + 1
    return {cid: t if counts[t] == 1 else f"{t} ({cid})" for cid, t in found.items()}
