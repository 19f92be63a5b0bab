"""Drafts of vacancies read from a job description: what the reader found, and which criteria
it was unsure of, for the recruiter to correct before anything is stored (the confirmation page,
and ``POST /v1/vacancies/drafts`` for an ATS)."""

from __future__ import annotations

import re

from criteria.spec import Criterion, RoleSpec

_QUOTED = re.compile(r"'([^']{6,})'|\"([^\"]{6,})\"|“([^”]{6,})”")


def unsure_of(criterion: Criterion, notes: list[str]) -> tuple[str, ...]:
    """The parser's notes that quote this criterion's words: the rows to check first."""
    text = " ".join(criterion.text.lower().split())
    found = []
    for note in notes:
        for match in _QUOTED.finditer(note):
            quoted = " ".join(next(g for g in match.groups() if g).lower().split())
            quoted = quoted.removesuffix("...").removesuffix("…").strip()
            if quoted and (quoted[:40] in text or text[:40] in quoted):
                found.append(note)
                break
    return tuple(found)


def unsure_by_criterion(spec: RoleSpec, notes: list[str]) -> dict[str, list[str]]:
    """Criterion id -> the notes about it, for the criteria that have any."""
    found = {c.id: list(unsure_of(c, notes)) for c in spec.criteria}
    return {cid: items for cid, items in found.items() if items}
