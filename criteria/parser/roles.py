"""Find the roles in a document: each person specification block and the title it belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from criteria.parser.noise import PAGE_FURNITURE
from criteria.parser.rows import Row
from criteria.parser.text import BULLET, clean

TITLE_LABEL = re.compile(
    r"^(?:job|post|role|position)\s*title\s*:?$|^title\s*:?$|^role description\s*:?$"
    r"|^(?:position|post|vacancy)\s*:$",
    re.I,
)
GRADE_LABEL = re.compile(
    r"^(?:grade|band|pay band|salary grade|grade/band|role profile number and grade)\s*:?$", re.I
)
TEAM_LABEL = re.compile(r"^(?:unit/section|team|service/team|section)\s*:?$", re.I)
INLINE_TITLE = re.compile(
    r"^(?:(?:job |post |role )?title\s*:?|(?:post|position|role|vacancy|job)\s*:)"
    r"\s+(?P<title>\S.*)$",
    re.I,
)
SPEC_TITLE = re.compile(
    r"^(?:\S+ ){0,3}person(?:nel)? specification\s*(?::|-|–|—|for)\s*(?P<title>[A-Z][^:.]{2,100})$",
    re.I,
)
# "Role 2" / "Level 3" on a line of its own, the role's title on the next line
ROLE_NUMBER = re.compile(r"^(?:role|post|level|job|position)\s+\d{1,2}\s*:?$", re.I)
INLINE_GRADE = re.compile(r"^(?:grade|band)\s*:\s*(?P<grade>\S.*)$", re.I)
# "Part 2 – Senior Social Worker (PO4–PO5)": a part of the document for one role, its grade in
# brackets
# The nouns a job title ends in ("Senior Social Worker", "Occupational Therapist").
JOB_NOUNS = (
    r"(?:worker|therapists?|practitioner|officer|manager|assistant|lead|co-?ordinator|assessor"
    r"|educator|OT|AMHP)"
)
PART_ROLE = re.compile(
    r"^(?:part|role|post)\s+[0-9a-z]{1,2}\s*[–—:.-]\s*(?P<title>[^()]{0,60}?\b"
    + JOB_NOUNS
    + r"s?)\s*(?:\((?P<grade>[^)]{1,30})\))?\s*$",
    re.I,
)
GRADE_WORD = re.compile(r"\b(?:grade|band)\s+[A-Z0-9]{1,3}\b", re.I)
GRADE_CODE = re.compile(r"\b[A-Z]{1,3}\d{1,2}(?:/\d{1,2})?\b")
# "Personnel Specification" is the Northern Ireland HSC trusts' name for it.
SPEC_START = re.compile(
    r"person(?:nel)? specification|^section [a-z0-9]+\s*:?\s*(?:selection|person)"
    r"|^selection criteria$|^(?:essential|shortlisting) criteria$",
    re.I,
)
ROLE_HEADER = re.compile(
    r"^(?:job purpose|purpose of the job|job description|role profile|directorate"
    r"|details of the job|main purpose)\b",
    re.I,
)
SPEC_END = re.compile(
    r"^(?:role dimensions|section [a-z0-9]+\b|career graded posts|please attach"
    r"|date\s*:|date \d|footnote\b|-{2,}|\*\s+each of the requirements"
    r"|supporting information|terms and conditions|additional information|notes? for"
    r"|pre-employment checks|structure chart)",
    re.I,
)


# A numbered section that names a category of criteria, not the next part of the document.
CATEGORY_SECTION = re.compile(
    r"^section [a-z0-9]+\s*[–—:.-]?\s*(?:qualifications?|education|training|experience|knowledge"
    r"|skills?|abilities|aptitudes?|personal|other|special|work-?related|competenc"
    r"|essential|desirable|values|behaviours|(?:criteria )?assessed\b)",
    re.I,
)


@dataclass
class RoleBlock:
    title: str | None
    grade: str | None
    team: str | None  # only kept when the title alone is generic ("Person Specification: OT")
    rows: list[Row]
    start_line: int
    end_line: int
    # rows after the specification up to the next role: supporting information lives there
    tail: list[Row] = field(default_factory=list)


@dataclass
class _Field:
    kind: str  # "title" | "grade" | "team"
    value: str
    row: int


def _fields(rows: list[Row]) -> list[_Field]:
    found: list[_Field] = []
    for index, row in enumerate(rows):
        cells = [clean(c) for c in row.cells]
        filled = [c for c in cells if c]
        if not filled:
            continue
        first = filled[0]
        # "Title\tDepartment\tPost Ref." over a row of values
        if (
            row.table
            and len(filled) >= 3
            and TITLE_LABEL.match(first)
            and all(len(c.split()) <= 3 for c in filled)
            and index + 1 < len(rows)
            and rows[index + 1].table
            and len(rows[index + 1].filled) >= 2
        ):
            found.append(_Field("title", clean(rows[index + 1].filled[0]), index))
            continue
        for position, cell in enumerate(filled[:-1]):
            value = filled[position + 1]
            if TITLE_LABEL.match(cell):
                found.append(_Field("title", value, index))
            elif GRADE_LABEL.match(cell):
                found.append(_Field("grade", value, index))
            elif TEAM_LABEL.match(cell):
                found.append(_Field("team", value, index))
        if ROLE_NUMBER.match(first) and index + 1 < len(rows) and rows[index + 1].filled:
            following = clean(rows[index + 1].filled[0])
            if len(following.split()) <= 12 and not following.endswith("."):
                found.append(_Field("title", following, index + 1))
            continue
        if not row.table and (part := PART_ROLE.match(first)):
            found.append(_Field("title", part.group("title"), index))
            if part.group("grade"):
                found.append(_Field("grade", part.group("grade"), index))
            continue
        if (match := INLINE_TITLE.match(first)) and len(match.group("title").split()) <= 12:
            found.append(_Field("title", match.group("title"), index))
        elif match := SPEC_TITLE.search(first):
            found.append(_Field("spec_title", match.group("title"), index))
        elif match := INLINE_GRADE.match(first):
            found.append(_Field("grade", match.group("grade"), index))
    return found


def _grade(value: str) -> str | None:
    match = GRADE_WORD.search(value) or GRADE_CODE.search(value)
    return match.group(0) if match else None


# "Person Specification (continued)" at the top of the next page: the same specification
CONTINUED = re.compile(r"[(\[]?\b(?:continued|cont(?:'d|’d|\.)?)[)\]]?\s*:?$", re.I)


def _is_start(row: Row) -> bool:
    text = clean(row.text)
    if CONTINUED.search(text) or PAGE_FURNITURE.search(text):
        return False
    if ROLE_NUMBER.match(text) or (not row.table and PART_ROLE.match(text)):
        return True
    return bool(text) and len(text.split()) <= 12 and bool(SPEC_START.search(text))


def _is_end(row: Row) -> bool:
    text = clean(row.filled[0]) if row.filled else ""
    if CATEGORY_SECTION.match(text):
        return False  # "Section 1 – Qualifications and training": a category of criteria
    return bool(SPEC_END.match(text)) or bool(ROLE_HEADER.match(text))


def find_roles(rows: list[Row]) -> list[RoleBlock]:
    """One block per person specification, with the title, grade and team before it."""
    fields = _fields(rows)
    field_rows = {f.row for f in fields}
    blocks: list[tuple[int, int, int]] = []
    index = 0
    while index < len(rows):
        if not _is_start(rows[index]):
            index += 1
            continue
        start = index
        index += 1
        # fields straight after the heading (title, grade, evaluation id) are its header
        while index < len(rows) and (index in field_rows or _label_row(rows[index])):
            index += 1
        body = index
        while index < len(rows):
            row = rows[index]
            # fields and section labels between the heading and the criteria ("SERVICE AREA:
            # ...", "DIRECTORATE: ...") do not end a specification that has not begun
            begun = _criteria_begun(rows[body:index])
            if _is_strong_end(row) or (
                begun and (_is_end(row) or (index in field_rows and _title_or_grade(fields, index)))
            ):
                break
            if (
                _is_start(row)
                and index > start + 1
                and _content_after(rows, start, index)
                and not _within(rows[start], row)
            ):
                if not begun:
                    # "Job Description and Personnel Specification" over the job summary, then
                    # the "Personnel Specification" itself: the specification starts here
                    start = index
                    index += 1
                    body = index
                    continue
                break
            index += 1
        blocks.append((start, body, index))
    roles: list[RoleBlock] = []
    previous_end = 0
    starts = [start for start, _, _ in blocks[1:]]
    starts.append(len(rows))
    for (start, body, end), next_start in zip(blocks, starts, strict=False):
        scope = [f for f in fields if previous_end <= f.row < end]
        title = _last(scope, "title")
        generic = None
        if title is None:
            title = generic = _last(scope, "spec_title")
        grade_text = _last(scope, "grade")
        team = _last(scope, "team")
        roles.append(
            RoleBlock(
                title=title,
                grade=_grade(grade_text) if grade_text else None,
                team=team if generic else None,
                rows=rows[body:end],
                start_line=rows[start].line,
                end_line=rows[end - 1].line if end > start else rows[start].line,
                tail=rows[end:next_start],
            )
        )
        previous_end = end
    return roles


def _within(opening: Row, row: Row) -> bool:
    """ "Essential criteria" under a "Person Specification" heading is a part of it, not the
    start of another role's specification."""
    return bool(re.search(r"person(?:nel)? specification", clean(opening.text), re.I)) and bool(
        re.match(r"^(?:essential|desirable) criteria$", clean(row.text), re.I)
    )


def _criteria_begun(rows: list[Row]) -> bool:
    """Has a table row, a list item or a heading-and-items run been read yet?"""
    return any(
        row.table or BULLET.match(row.text) or re.match(r"^\s*\d{1,2}[.)]\s", row.text)
        for row in rows
    )


def _is_strong_end(row: Row) -> bool:
    """An end that holds even before any criteria: another document part entirely."""
    text = clean(row.filled[0]) if row.filled else ""
    return bool(
        re.match(
            r"^(?:terms and conditions|structure chart|role dimensions|career graded)", text, re.I
        )
    )


def _label_row(row: Row) -> bool:
    filled = [clean(c) for c in row.filled]
    return len(filled) == 2 and bool(re.match(r"^job evaluation id|^post ref", filled[0], re.I))


def _title_or_grade(fields: list[_Field], index: int) -> bool:
    return any(f.row == index and f.kind in {"title", "grade"} for f in fields)


def _content_after(rows: list[Row], start: int, index: int) -> bool:
    return any(len(clean(r.text).split()) > 4 for r in rows[start + 1 : index])


def _last(fields: list[_Field], kind: str) -> str | None:
    values = [f.value for f in fields if f.kind == kind and f.value]
    return values[-1] if values else None
