"""Read person specifications out of job description documents and propose role specs.

``parse_person_specification(text)`` returns one :class:`ParsedRole` per role found: the
proposed :class:`~criteria.spec.RoleSpec` and the list of things the parser was unsure of,
for the recruiter to confirm. ``import_document(data, filename)`` does the same for an
uploaded file (see :mod:`criteria.documents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError
from rapidfuzz import fuzz

from criteria.documents import read_document
from criteria.loader import describe_validation_error
from criteria.parser.compile import compile_rule
from criteria.parser.extract import (
    Extraction,
    Item,
    extract,
    footnotes_in,
    legend_in,
    ticked_requirements,
)
from criteria.parser.roles import RoleBlock, find_roles
from criteria.parser.rows import Row, to_rows
from criteria.parser.text import category_slug, clean, slug
from criteria.spec import Criterion, RoleSpec, Stage

__all__ = [
    "ParsedRole",
    "SpecParseError",
    "adopt_library_ids",
    "compile_rule",
    "import_document",
    "parse_person_specification",
]

DEFAULT_STAGES = [Stage.application, Stage.interview]
LIBRARY_TITLE_CUTOFF = 85.0


class SpecParseError(ValueError):
    """No usable person specification; ``str(error)`` is one line."""


@dataclass(frozen=True)
class ParsedRole:
    spec: RoleSpec
    unsure: list[str] = field(default_factory=list)


def import_document(data: bytes, filename: str) -> list[ParsedRole]:
    """Read an uploaded document and parse its person specification(s).

    Raises :class:`criteria.documents.DocumentError` for an unreadable file and
    :class:`SpecParseError` when it holds no person specification.
    """
    document = read_document(data, filename)
    roles = parse_person_specification(document.text, source=filename)
    if document.hidden_text:
        note = (
            f"the document has {len(document.hidden_text)} piece(s) of hidden text "
            "(white, hidden or tiny); they were left out"
        )
        roles = [ParsedRole(spec=r.spec, unsure=[*r.unsure, note]) for r in roles]
    return roles


def parse_person_specification(text: str, *, source: str | None = None) -> list[ParsedRole]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = to_rows(lines)
    blocks = find_roles(rows)
    if not blocks:
        blocks = [_whole_document(rows)]
    footnotes = footnotes_in(lines)
    legend = legend_in(lines)
    parsed: list[ParsedRole] = []
    used_ids: set[str] = set()
    for number, block in enumerate(blocks, start=1):
        extraction = extract(block.rows, footnotes=footnotes, legend=legend)
        if not extraction.items:
            continue
        _add_ticked_requirements(extraction, block)
        title, unsure = _title(block, number, lines)
        role_id = _unique(slug(title), used_ids)
        parsed.append(_role(role_id, title, source, extraction, unsure))
    if not parsed:
        raise SpecParseError(
            "no person specification found: expected essential/desirable criteria, "
            "or criteria listed under a 'Person Specification' heading"
        )
    return parsed


def _add_ticked_requirements(extraction: Extraction, block: RoleBlock) -> None:
    """Driving and vetting requirements ticked in a supporting-information table count as
    criteria; other ticked options (political restriction, fees) do not."""
    for item in ticked_requirements(block.tail):
        rule = compile_rule(item.text)
        if rule is None or rule.kind not in {"driving", "pre_employment"}:
            continue
        extraction.items.append(item)
        extraction.unsure.append(
            f"{item.text[:60]!r}: taken from a ticked box in the supporting information"
        )


def _whole_document(rows: list[Row]) -> RoleBlock:
    """No person specification heading: read the whole text as one role."""
    return RoleBlock(
        title=None,
        grade=None,
        team=None,
        rows=rows,
        start_line=rows[0].line if rows else 0,
        end_line=rows[-1].line if rows else 0,
    )


def _title(block: RoleBlock, number: int, lines: list[str]) -> tuple[str, list[str]]:
    unsure: list[str] = []
    title = clean(block.title or "")
    if not title:
        title = f"Role {number}"
        unsure.append("no job title found; the role is called " + repr(title))
    if block.team and len(title.split()) <= 3 and block.team.lower() not in title.lower():
        team = clean(block.team)
        longer = re.search(
            r"((?:[A-Z][a-z]+ ){1,3})" + re.escape(team) + r" team",
            "\n".join(lines[: block.start_line]),
        )
        title = f"{title}, {longer.group(1) + team if longer else team}"
    grade = block.grade
    if grade and grade.lower() not in title.lower():
        title = f"{title} ({grade})"
    return title, unsure


def _unique(candidate: str, used: set[str]) -> str:
    value = candidate
    counter = 2
    while value in used:
        suffix = f"-{counter}"
        value = candidate[: 120 - len(suffix)] + suffix
        counter += 1
    used.add(value)
    return value


def _role(
    role_id: str, title: str, source: str | None, extraction: Extraction, unsure: list[str]
) -> ParsedRole:
    unsure = [*unsure, *extraction.unsure]
    if not extraction.priority_marked:
        unsure.append(
            "the document does not split essential from desirable: every criterion is "
            "essential unless its wording says desirable"
        )
    if not extraction.assessment_given:
        unsure.append(
            "the document does not say how criteria are assessed: "
            "application form and interview assumed"
        )
    criteria: list[Criterion] = []
    used: set[str] = set()
    for item in extraction.items:
        criteria.append(_criterion(item, used))
    try:
        spec = RoleSpec(id=role_id, title=title[:300], source=source, criteria=criteria)
    except ValidationError as error:
        raise SpecParseError(describe_validation_error(error)) from None
    return ParsedRole(spec=spec, unsure=unsure)


def _criterion(item: Item, used: set[str]) -> Criterion:
    text = item.text.strip()[:4000]
    notes = "; ".join(dict.fromkeys(item.notes)) or None
    return Criterion(
        id=_unique(slug(text, max_length=60), used),
        text=text,
        priority=item.priority,
        category=category_slug(item.category) if item.category else "general",
        assessed_by=item.assessed_by or DEFAULT_STAGES,
        rule=compile_rule(text),
        notes=notes,
    )


def adopt_library_ids(roles: Iterable[ParsedRole], library: Iterable[RoleSpec]) -> list[ParsedRole]:
    """Give a parsed role the id of the library role with the same title (and grade), so
    re-importing a known role's document keeps its id. Each library role is used once."""
    remaining = list(library)
    adopted: list[ParsedRole] = []
    for role in roles:
        best: tuple[float, RoleSpec] | None = None
        for known in remaining:
            if (
                _grades(known.title)
                and _grades(role.spec.title)
                and (_grades(known.title) != _grades(role.spec.title))
            ):
                continue
            score = fuzz.token_set_ratio(_normal(role.spec.title), _normal(known.title))
            if score >= LIBRARY_TITLE_CUTOFF and (best is None or score > best[0]):
                best = (score, known)
        if best is None:
            adopted.append(role)
            continue
        remaining.remove(best[1])
        spec = role.spec.model_copy(update={"id": best[1].id})
        adopted.append(ParsedRole(spec=spec, unsure=role.unsure))
    return adopted


def _grades(title: str) -> set[str]:
    return {
        g.lower()
        for g in re.findall(r"\b(?:band|grade) [a-z0-9]+\b|\b[a-z]{1,3}\d+(?:/\d+)?\b", title, re.I)
    }


def _normal(title: str) -> str:
    return re.sub(r"neighborhood", "neighbourhood", title.lower())
