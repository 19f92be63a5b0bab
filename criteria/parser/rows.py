"""Turn extracted text into rows: plain lines, and table rows made of cells.

Two table shapes reach us and both become a :class:`Row` with several cells:

- one line per row, cells separated by tabs (what :func:`criteria.documents.read_document`
  writes for a Word table, and what many exports give for two-column layouts);
- one line per cell, each starting with a tab, rows separated by a blank line (what the seed
  exports look like); a plain line straight after such a cell continues that cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from criteria.parser.text import BULLET

CODES_CELL = re.compile(r"^\s*[A-Z](?:\s*[,/&]\s*[A-Z])*\s*$")


@dataclass
class Row:
    cells: list[str]
    line: int  # index of the row's first line in the text
    table: bool  # False: a plain line of text (one cell)
    # Seed-style rows are one cell per line, so a row with one cell may still be a table row.
    lines: list[int] = field(default_factory=list)

    @property
    def filled(self) -> list[str]:
        return [cell for cell in self.cells if cell.strip()]

    @property
    def text(self) -> str:
        return "\n".join(self.filled)


def to_rows(lines: list[str], start: int = 0) -> list[Row]:
    rows: list[Row] = []
    group: Row | None = None  # a seed-style row being built, one cell per line
    for offset, raw in enumerate(lines):
        index = start + offset
        line = raw.rstrip("\n")
        if not line.strip(" \t\u2002\u2003\u00a0"):
            if line.startswith("\t"):
                if group is None:
                    group = Row(cells=[], line=index, table=True)
                    rows.append(group)
                group.cells.append("")  # an empty seed-style cell keeps its column
                group.lines.append(index)
                continue
            group = None
            continue
        if line.startswith("\t"):
            body = line[1:]
            if "\t" in body.rstrip("\t") or (body.endswith("\t") and body.strip()):
                group = None
                rows.append(Row(cells=body.split("\t"), line=index, table=True, lines=[index]))
                continue
            if group is None:
                group = Row(cells=[], line=index, table=True)
                rows.append(group)
            group.cells.append(body)
            group.lines.append(index)
            continue
        if group is not None and group.cells and _continues_cell(line, group.cells[-1]):
            group.cells[-1] = f"{group.cells[-1]}\n{line}" if group.cells[-1] else line
            group.lines.append(index)
            continue
        group = None
        if "\t" in line.strip("\t "):
            cells = line.split("\t")
            while cells and not cells[-1].strip():
                cells.pop()
            rows.append(Row(cells=cells, line=index, table=True, lines=[index]))
        else:
            rows.append(Row(cells=[line.rstrip("\t")], line=index, table=False, lines=[index]))
    return rows


def _continues_cell(line: str, cell: str) -> bool:
    """A plain line right under a seed-style cell is more of that cell when it is a bullet or
    carries on a sentence; a heading, a new sentence or a line with columns is not."""
    if "\t" in line or not cell.strip() or CODES_CELL.match(cell.split("\n")[-1]):
        return False
    stripped = line.strip()
    return bool(BULLET.match(line)) or stripped[:1].islower()
