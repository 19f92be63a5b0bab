"""Read person specifications out of job description documents and propose role specs.

``parse_person_specification(text)`` returns one :class:`ParsedRole` per role found: the
proposed :class:`~criteria.spec.RoleSpec` and the list of things the parser was unsure of,
for the recruiter to confirm. ``import_document(data, filename)`` does the same for an
uploaded file (see :mod:`criteria.documents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pydantic import ValidationError
from rapidfuzz import fuzz

from criteria.loader import describe_validation_error
from criteria.parser.advert import INTERVIEW, TRAINING, advert_requirements, what_it_is
from criteria.parser.compile import compile_rule
from criteria.parser.extract import (
    Extraction,
    Item,
    extract,
    footnotes_in,
    header_columns,
    legend_in,
    priority_key_in,
    ticked_requirements,
)
from criteria.parser.matrix import split_by_role, transpose_matrices
from criteria.parser.noise import not_a_criterion
from criteria.parser.roles import JOB_NOUNS, RoleBlock, find_roles
from criteria.parser.rows import Row, to_rows
from criteria.parser.text import category_slug, clean, slug
from criteria.spec import Criterion, Priority, RoleSpec, Rule, Stage
from criteria.structure import Structure, blocks_from_text, read_structure

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
    document = read_structure(data, filename)
    roles = parse_person_specification(
        document.text,
        source=filename,
        headings=document.headings,
        styled={"italic": document.italic, "bold": document.bold},
    )
    if document.hidden_text:
        note = (
            f"the document has {len(document.hidden_text)} piece(s) of hidden text "
            "(white, hidden or tiny); they were left out"
        )
        roles = [ParsedRole(spec=r.spec, unsure=[*r.unsure, note]) for r in roles]
    return roles


def parse_person_specification(
    text: str,
    *,
    source: str | None = None,
    headings: frozenset[str] = frozenset(),
    styled: dict[str, frozenset[str]] | None = None,
) -> list[ParsedRole]:
    """The roles in a document's text; ``headings`` are the lines the document styles as
    headings (from :func:`criteria.structure.read_structure`), read as category headings, and
    ``styled`` those it sets wholly in italics or in bold (by style), read as a priority where
    its key says so."""
    styled = styled or {}
    structure = Structure(blocks=tuple(blocks_from_text(text)), format="txt")
    text = structure.text
    headings = headings | structure.headings  # underlined in a text export
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = transpose_matrices(to_rows(lines))
    blocks = find_roles(rows)
    footnotes = footnotes_in(lines)
    legend = legend_in(lines)
    priority_key = priority_key_in(lines)
    if not blocks:
        if split_by_role(rows) is None:
            return [
                _without_specification(rows, lines, source, footnotes, legend, headings, styled)
            ]
        # no heading, but a table with a priority column per role ("Social Worker | Senior
        # Social Worker"): the table is the specification, for each role
        blocks = [_whole_document(rows)]
    blocks = [one for block in blocks for one in _per_role(block)]
    parsed: list[ParsedRole] = []
    used_ids: set[str] = set()
    for number, block in enumerate(blocks, start=1):
        if block.title is None and number == 1 and len(blocks) == 1:
            # a single role with no "Job title:": the document's first line names it
            before = [row for row in rows if row.line < block.start_line]
            block = replace(block, title=_advert_title(before))
        extraction = extract(
            block.rows,
            footnotes=footnotes,
            legend=legend,
            priority_key=priority_key,
            headings=headings,
        )
        if not extraction.items:
            continue
        extraction = _styled_priority(extraction, lines, styled)
        title, unsure = _title(block, number, lines)
        role_id = _unique(slug(title), used_ids)
        supporting = _supporting_requirements(block)
        role = _role(role_id, title, source, extraction, unsure, supporting)
        parsed.append(_inheriting(role, block, parsed))
    if not parsed:
        raise SpecParseError(
            "no person specification found: the 'Person Specification' heading has no "
            "criteria under it (expected essential/desirable criteria in a table or a list)"
        )
    return parsed


STYLE = r"(?P<style>italics?|bold)(?:\s+(?:type|print|text))?"
STYLE_KEY = re.compile(
    r"\b(?:criteria|requirements|items|those)\s+(?:(?:which|that) are\s+)?"
    rf"(?:(?:shown|printed|written|set|marked)\s+)?in\s+{STYLE}\s+(?:are|is)\s+"
    r"(?P<priority>desirable|essential)"
    r"|\b(?P<said>desirable|essential)\s+(?:criteria|requirements|items)\s+(?:are|is)\s+"
    rf"(?:shown|printed|written|set|marked)\s+in\s+{STYLE.replace('style', 'style2')}",
    re.I,
)


def _styled_priority(
    extraction: Extraction, lines: list[str], styled: dict[str, frozenset[str]]
) -> Extraction:
    """ "Requirements shown in italics are desirable", "Criteria printed in bold are
    essential": the criteria set in that style have that priority, the others the other one."""
    key = next((m for line in lines if (m := STYLE_KEY.search(line))), None)
    if key is None:
        return extraction
    style = (key.group("style") or key.group("style2")).lower()
    set_in_style = styled.get("bold" if style == "bold" else "italic", frozenset())
    if not set_in_style:
        return extraction
    priority = Priority((key.group("priority") or key.group("said")).lower())
    other = Priority.essential if priority is Priority.desirable else Priority.desirable
    fragments = [" ".join(f.split()).strip(" •-*") for f in set_in_style]
    fragments = [f for f in fragments if len(f) >= 8]
    items = []
    for item in extraction.items:
        text = " ".join(item.text.split())
        covered = sum(len(f) for f in fragments if f in text) + (
            len(text) if any(text in f for f in fragments) else 0
        )
        items.append(replace(item, priority=priority if covered >= 0.8 * len(text) else other))
    return replace(extraction, items=items, priority_marked=True)


def _per_role(block: RoleBlock) -> list[RoleBlock]:
    """A block whose table has a priority column per role is one block per role."""
    split = split_by_role(block.rows) or _titled_tables(block.rows)
    if split is None:
        return [block]
    return [
        RoleBlock(
            title=title,
            grade=None,
            team=None,
            rows=rows,
            start_line=block.start_line,
            end_line=block.end_line,
            tail=block.tail,
        )
        for title, rows in split
    ]


ROLE_TITLE_LINE = re.compile(rf"^[A-Z][\w '’&/()–-]{{2,80}}\b{JOB_NOUNS}s?\b[^.:;]{{0,30}}$", re.I)


def _titled_tables(rows: list[Row]) -> list[tuple[str, list[Row]]] | None:
    """Two or more tables with the same header, each under a line naming a post ("Occupational
    Therapist (Grade 9)" / table / "Occupational Therapy Assistant (Grade 5)" / table): a role
    per table. None when the document is not laid out so."""
    starts: list[tuple[int, str]] = []
    headers: list[list[str]] = []
    for position, row in enumerate(rows):
        if not row.table or header_columns(row) is None:
            continue
        # the title on a line of its own (a row across the table, in a text export)
        before = [r for r in rows[max(0, position - 3) : position] if len(r.filled) == 1]
        title = next(
            (clean(r.text) for r in reversed(before) if ROLE_TITLE_LINE.match(clean(r.text))),
            None,
        )
        if title is None:
            continue
        start = next(i for i in range(position, -1, -1) if clean(rows[i].text) == title)
        starts.append((start, title))
        headers.append([clean(c).lower() for c in row.cells])
    titles = [title for _, title in starts]
    if len(starts) < 2 or len(set(titles)) < len(titles) or any(h != headers[0] for h in headers):
        return None
    ends = [start for start, _ in starts[1:]] + [len(rows)]
    # the first role keeps what comes before its title (the key, the notes)
    return [
        (title, [*(rows[:start] if number == 0 else []), *rows[start + 1 : end]])
        for number, ((start, title), end) in enumerate(zip(starts, ends, strict=True))
    ]


# What a document without a person specification heading may be that is refused outright.
REFUSED_KINDS = frozenset({TRAINING, INTERVIEW})


def _without_specification(
    rows: list[Row],
    lines: list[str],
    source: str | None,
    footnotes: dict[str, str],
    legend: dict[str, Stage],
    headings: frozenset[str],
    styled: dict[str, frozenset[str]],
) -> ParsedRole:
    """A document with no person specification heading: criteria marked essential/desirable
    anywhere in it, else an advert's requirements, else a clear refusal."""
    kind = what_it_is(rows)
    if kind is not None and (kind.startswith("a shortlisting matrix") or kind in REFUSED_KINDS):
        raise SpecParseError(_refusal(kind))
    whole = _whole_document(rows)
    extraction = extract(
        whole.rows,
        footnotes=footnotes,
        legend=legend,
        priority_key=priority_key_in(lines),
        headings=headings,
    )
    extraction = _styled_priority(extraction, lines, styled)
    title, unsure = _title(whole, 1, lines)
    if extraction.items and extraction.priority_marked:
        if whole.title is None and (first_line := _advert_title(rows)) is not None:
            title, unsure = first_line, []
        return _role(slug(title), title, source, extraction, unsure, [])
    requirements = advert_requirements(rows)
    if not requirements:
        raise SpecParseError(_refusal(kind))
    title = _advert_title(rows) or title
    unsure = [u for u in unsure if not u.startswith("no job title found")] if title else unsure
    advert = Extraction(
        items=requirements,
        unsure=[
            "the document has no person specification: the criteria were read from the "
            "advert's requirements ('You must ...', 'What will I need?'); check them against "
            "the full job description"
        ],
        priority_marked=False,
        assessment_given=False,
    )
    role = _role(slug(title), title, source, advert, unsure, [])
    spec = role.spec.model_copy(update={"notes": NO_SPECIFICATION_NOTE})
    return ParsedRole(spec=spec, unsure=role.unsure)


NO_SPECIFICATION_NOTE = (
    "The source document had no person specification; these criteria were read from the "
    "requirements its advert states."
)


def _refusal(kind: str | None) -> str:
    if kind is not None:
        return (
            f"no person specification found: this looks like {kind}, not a person "
            "specification or job advert; upload the job description with its person "
            "specification"
        )
    return (
        "no person specification found: expected essential/desirable criteria, criteria "
        "under a 'Person Specification' heading, or an advert's requirements"
    )


DOCUMENT_HEADING = re.compile(
    r"^(?:job description|person specification|role profile|job profile|job advert"
    r"|[A-Z][\w ]+ (?:council|nhs trust|nhs foundation trust)$)",
    re.I,
)


JOB_NOUN = re.compile(rf"\b{JOB_NOUNS}\b", re.I)


def _advert_title(rows: list[Row]) -> str | None:
    """An advert's title: its first short line that is not pay, a date or a contact, and
    that names a job ("Social Worker – Court Team") if one of the first lines does, rather than
    the council above it."""
    candidates = []
    for row in rows[:5]:
        text = clean(row.filled[0]) if row.filled else ""
        if (
            text
            and len(text.split()) <= 12
            and not text.endswith(".")
            and not not_a_criterion(text)
            and not DOCUMENT_HEADING.match(text)
        ):
            candidates.append(text)
    named = [text for text in candidates if JOB_NOUN.search(text)]
    return (named or candidates or [None])[0]


def _supporting_requirements(block: RoleBlock) -> list[str]:
    """Driving and vetting requirements ticked in a supporting-information table ("Regular
    driver [x]", "Enhanced DBS check [x]"). They are not person-specification criteria, so
    they go into the role's notes for the panel; other ticked options are left alone."""
    kept = []
    for item in ticked_requirements(block.tail):
        rule = compile_rule(item.text)
        if rule is not None and rule.kind in {"driving", "pre_employment"}:
            kept.append(item.text)
    return kept


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
    role_id: str,
    title: str,
    source: str | None,
    extraction: Extraction,
    unsure: list[str],
    supporting: list[str],
) -> ParsedRole:
    unsure = [*unsure, *extraction.unsure]
    notes = None
    if supporting:
        notes = "Ticked in the supporting information (not criteria): " + " | ".join(supporting)
        unsure.append(
            f"{len(supporting)} ticked requirement(s) from the supporting information "
            "(driving, DBS) are in the role's notes, not its criteria"
        )
    if extraction.left_out:
        reasons = ", ".join(f"{reason} ({count})" for reason, count in extraction.left_out.items())
        unsure.append(f"lines that are not criteria were left out: {reasons}")
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
    seen_texts: set[str] = set()
    own_title = " ".join(title.lower().split())
    for item in extraction.items:
        key = " ".join(item.text.lower().split()).strip(" .;")
        if key == own_title:
            continue  # the role's title, read from the line that is also its first "criterion"
        if key in seen_texts:
            unsure.append(f"{item.text[:60]!r} is listed twice; kept once")
            continue
        seen_texts.add(key)
        if not key:
            continue  # nothing of a criterion's words survived: never an empty criterion
        try:
            criteria.append(_criterion(item, used))
        except ValidationError as error:
            raise SpecParseError(describe_validation_error(error)) from None
    try:
        spec = RoleSpec(
            id=role_id, title=title[:300], source=source, criteria=criteria, notes=notes
        )
    except ValidationError as error:
        raise SpecParseError(describe_validation_error(error)) from None
    return ParsedRole(spec=spec, unsure=unsure)


AS_FOR = re.compile(
    r"^as for (?:the )?(?P<title>.{3,80}?)\s*(?:posts?|roles?)?,?\s*plus\s*:?$", re.I
)


def _inheriting(role: ParsedRole, block: RoleBlock, earlier: list[ParsedRole]) -> ParsedRole:
    """ "As for Social Worker, plus:": the earlier role's criteria, then this role's own."""
    said = next((m for row in block.rows if (m := AS_FOR.match(clean(row.text)))), None)
    if said is None:
        return role

    def bare(title: str) -> str:  # "Social Worker (PO1)" is the Social Worker
        return " ".join(re.sub(r"\([^)]*\)", " ", title).lower().split())

    wanted = bare(said.group("title"))
    base = next((r for r in reversed(earlier) if bare(r.spec.title) == wanted), None)
    if base is None:
        return role
    own = {" ".join(c.text.lower().split()) for c in role.spec.criteria}
    used = {c.id for c in role.spec.criteria}
    inherited = []
    for criterion in base.spec.criteria:
        if " ".join(criterion.text.lower().split()) in own:
            continue
        inherited.append(criterion.model_copy(update={"id": _unique(criterion.id, used)}))
    spec = role.spec.model_copy(update={"criteria": [*inherited, *role.spec.criteria]})
    note = (
        f"{len(inherited)} criteria copied from {base.spec.title!r} (the document says "
        f"{said.group(0)!r}): check whether any of them is replaced for this role"
    )
    return ParsedRole(spec=spec, unsure=[*role.unsure, note])


def _criterion(item: Item, used: set[str]) -> Criterion:
    text = item.text.strip()[:4000]
    notes = "; ".join(dict.fromkeys(item.notes)) or None
    return Criterion(
        id=_unique(slug(text, max_length=60), used),
        text=text,
        priority=item.priority,
        category=category_slug(item.category) if item.category else "general",
        assessed_by=item.assessed_by or DEFAULT_STAGES,
        weight=item.weight or 1,
        rule=_rule(text, notes),
        notes=notes,
    )


def _rule(text: str, notes: str | None) -> Rule | None:
    """The criterion's rule; a footnote of the criterion may refine it ("* waived for
    applicants whose disability prohibits driving ...") or say what it asks ("Ability to travel
    around the borough³" / "³ This post requires a full UK driving licence ..."), but never
    changes its kind."""
    rule = compile_rule(text)
    if not notes:
        return rule
    if rule is None:
        return compile_rule(notes)
    refined = compile_rule(f"{text.rstrip('.')}. {notes}")
    return refined if refined is not None and refined.kind == rule.kind else rule


def adopt_library_ids(roles: Iterable[ParsedRole], library: Iterable[RoleSpec]) -> list[ParsedRole]:
    """Give a parsed role the id of the library role with the same title (and grade), so
    re-importing a known role's document keeps its id. Titles are compared with rapidfuzz
    ``token_sort_ratio`` (cutoff :data:`LIBRARY_TITLE_CUTOFF`), best pairs first, each library
    role used once; a role whose id is already a library id keeps it."""
    roles = list(roles)
    known = list(library)
    known_ids = {spec.id for spec in known}
    taken = {role.spec.id for role in roles if role.spec.id in known_ids}
    scored: list[tuple[float, int, int]] = []
    for i, role in enumerate(roles):
        if role.spec.id in known_ids:
            continue
        for j, spec in enumerate(known):
            if spec.id in taken or not _same_grade(role.spec.title, spec.title):
                continue
            score = fuzz.token_sort_ratio(_normal(role.spec.title), _normal(spec.title))
            if score >= LIBRARY_TITLE_CUTOFF:
                scored.append((score, i, j))
    chosen: dict[int, str] = {}
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i in chosen or known[j].id in taken:
            continue
        chosen[i] = known[j].id
        taken.add(known[j].id)
    return [
        ParsedRole(spec=role.spec.model_copy(update={"id": chosen[i]}), unsure=role.unsure)
        if i in chosen
        else role
        for i, role in enumerate(roles)
    ]


def _same_grade(one: str, other: str) -> bool:
    first, second = _grades(one), _grades(other)
    return not first or not second or first == second


def _grades(title: str) -> set[str]:
    return {
        g.lower()
        for g in re.findall(r"\b(?:band|grade) [a-z0-9]+\b|\b[a-z]{1,3}\d+(?:/\d+)?\b", title, re.I)
    }


def _normal(title: str) -> str:
    return re.sub(r"neighborhood", "neighbourhood", re.sub(r"[^\w/ ]", " ", title.lower()))
