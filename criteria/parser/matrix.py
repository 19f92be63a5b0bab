"""One table for several roles: a criterion column, then one priority column per role.

Councils that recruit to a career grade often write one person specification for all its
levels: "Criteria | Social Worker | Senior Social Worker | Assessed by", each role column
holding E or D (or a tick) per criterion. Each role column becomes a role of its own, read as
an "E/D" column with everything else in the table shared.
"""

from __future__ import annotations

import re
from dataclasses import replace

from criteria.parser.extract import HEADER_PATTERNS, STAGE_HEADER
from criteria.parser.rows import Row
from criteria.parser.text import clean

CRITERION_HEADER = re.compile(
    r"^(?:criteria|criterion|requirements?|description|specification|person specification)$",
    re.I,
)
ROLE_VALUE = re.compile(r"^(?:e|d|essential|desirable|✓|✔|√|x|yes|-|–|n/a)?$", re.I)
NOT_REQUIRED = re.compile(r"^(?:-|–|—|n/a|not required)$", re.I)
PRIORITY_VALUE = re.compile(r"^(?:e|d|essential|desirable)$", re.I)


def split_by_role(rows: list[Row]) -> list[tuple[str, list[Row]]] | None:
    """(role title, rows for that role) per role column, or None for a one-role table."""
    for position, row in enumerate(rows):
        if not row.table:
            continue
        header = [clean(cell) for cell in row.cells]
        if not any(CRITERION_HEADER.match(cell) for cell in header):
            continue
        end = position + 1
        while end < len(rows) and rows[end].table:
            end += 1
        body = rows[position + 1 : end]
        columns = [
            index
            for index, cell in enumerate(header)
            if _role_title(cell) and _priority_values(body, index)
        ]
        if len(columns) < 2:
            continue
        roles = []
        for column in columns:
            # "-" (or "n/a") in a grade's column: not required for that grade
            own = [
                _keep(row, columns, column, header=True),
                *(
                    _keep(r, columns, column)
                    for r in body
                    if not NOT_REQUIRED.match(
                        clean(r.cells[column]) if column < len(r.cells) else ""
                    )
                ),
            ]
            roles.append((header[column], [*rows[:position], *own, *rows[end:]]))
        return roles
    return None


def _role_title(cell: str) -> bool:
    lowered = cell.lower().rstrip("*: ")
    if not re.search(r"[a-z]{3}", lowered) or len(cell.split()) > 8:
        return False
    if STAGE_HEADER.match(lowered):
        return False
    return not any(re.search(pattern, lowered) for _, pattern in HEADER_PATTERNS)


def _priority_values(body: list[Row], column: int) -> bool:
    values = [clean(row.cells[column]) if column < len(row.cells) else "" for row in body]
    return (
        bool(values)
        and all(ROLE_VALUE.match(value) for value in values)
        and any(PRIORITY_VALUE.match(value) for value in values)
    )


def _keep(row: Row, columns: list[int], column: int, *, header: bool = False) -> Row:
    cells = [
        ("E/D" if header else cell) if index == column else cell
        for index, cell in enumerate(row.cells)
        if index not in columns or index == column
    ]
    return replace(row, cells=cells)


# Labels down the first column of a matrix turned on its side: the criterion row's, then the
# priority row's and the stage rows' ("Essential / Desirable", "Application form", ...).
SIDE_LABEL = re.compile(
    r"^(?:e\s*/\s*d|essential\s*(?:/|or)\s*desirable|priority|level|essential|desirable)$", re.I
)
MARK_VALUE = re.compile(r"^(?:e|d|essential|desirable|✓|✔|√|☑|☒|x|yes|y|no|n|-|–|n/a)?$", re.I)


def transpose_matrices(rows: list[Row]) -> list[Row]:
    """Rows with every matrix turned on its side put upright: a table whose first column
    holds "Criterion", "Essential / Desirable" and the stages, and whose other columns are one
    criterion each (its text in the top cell, its marks below), becomes a table with one row
    per criterion under those labels as its header."""
    out: list[Row] = []
    index = 0
    while index < len(rows):
        if not rows[index].table:
            out.append(rows[index])
            index += 1
            continue
        end = index
        while end < len(rows) and rows[end].table:
            end += 1
        block = rows[index:end]
        out.extend(_upright(block) if _on_its_side(block) else block)
        index = end
    return out


def _on_its_side(block: list[Row]) -> bool:
    if len(block) < 3:
        return False
    labels = [clean(row.cells[0]) if row.cells else "" for row in block]
    width = len(block[0].cells)
    if width < 2 or not CRITERION_HEADER.match(labels[0].rstrip(":")):
        return False
    if not any(SIDE_LABEL.match(label) or STAGE_HEADER.match(label.lower()) for label in labels):
        return False
    criteria = [clean(cell) for cell in block[0].cells[1:]]
    marks = [clean(cell) for row in block[1:] for cell in row.cells[1:]]
    return (
        sum(len(text.split()) >= 3 for text in criteria) >= max(1, len(criteria) // 2)
        and all(MARK_VALUE.match(mark) for mark in marks)
        and any(mark for mark in marks)
    )


def _upright(block: list[Row]) -> list[Row]:
    width = max(len(row.cells) for row in block)
    header = Row(cells=[row.cells[0] for row in block], line=block[0].line, table=True,
                 lines=[block[0].line])  # fmt: skip
    upright = [header]
    for column in range(1, width):
        cells = [row.cells[column] if column < len(row.cells) else "" for row in block]
        if clean(cells[0]):
            upright.append(Row(cells=cells, line=block[0].line, table=True,
                               lines=[block[0].line]))  # fmt: skip
    return upright
