"""The shortlist as CSV and as an XLSX shortlisting matrix.

Text an applicant wrote (names, evidence) can start with ``=``, ``+``, ``-`` or ``@``; a
spreadsheet would run it as a formula, so such cells are written with a leading apostrophe
(CSV) or as explicit strings (XLSX).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as Worksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.shortlist.ranking import Cell, Row
from app.shortlist.words import (
    DECISION_WORDS,
    GATE_WORDS,
    RECOMMENDATION_WORDS,
    SOURCE_WORDS,
    VERDICT_WORDS,
    in_words,
)
from app.vacancies.titles import titles
from criteria.spec import Priority, RoleSpec
from matching.result import Verdict

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Light fills with dark text keep WCAG AA contrast; the verdict is also written out in words.
_VERDICT_FILL = {
    Verdict.met: "C6EFCE",
    Verdict.partly_met: "FFEB9C",
    Verdict.not_met: "FFC7CE",
    Verdict.not_assessed: "E7E6E6",
}
_FILLS = {verdict: PatternFill("solid", fgColor=fill) for verdict, fill in _VERDICT_FILL.items()}


def _safe(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def criterion_heading(spec: RoleSpec, criterion_id: str) -> str:
    """Column heading: the criterion's short title, marked (E) essential or (D) desirable, or
    (not at sift)."""
    criterion = spec.criterion(criterion_id)
    title = titles(spec.criteria)[criterion_id]
    if not criterion.assessed_at_sift:
        return f"{title} (not at sift)"
    return f"{title} ({'E' if criterion.priority is Priority.essential else 'D'})"


def _identity_headings(blind: bool) -> list[str]:
    return ["Applicant"] if blind else ["Applicant", "Name", "Email", "Phone", "Reference"]


# Column widths in characters, by heading; criteria columns are CRITERION_WIDTH wide.
CRITERION_WIDTH = 16
_WIDTHS = {
    "Rank": 6,
    "Applicant": 11,
    "Name": 24,
    "Email": 30,
    "Phone": 16,
    "Reference": 16,
    "Panel decision": 18,
    "Decision reason": 40,
    "Essentials": 20,
    "Recommendation": 17,
    "Machine recommendation": 17,
}
_EVIDENCE_WIDTHS = [11, 36, 11, 8, 13, 7, 9, 13, 9, 11, 8, 36, 60, 80]
_CRITERIA_WIDTHS = [36, 36, 11, 30, 8, 80]


def _identity(row: Row, blind: bool) -> list[str]:
    c = row.candidate
    if blind:
        return [c.number]
    return [c.number, _safe(c.name), _safe(c.email), _safe(c.phone), _safe(c.external_id)]


# The panel's finalised decision first, beside the outcome the scores give.
_DECISION_HEADINGS = ["Panel decision", "Decision reason"]
_SUMMARY_HEADINGS = [
    "Total",
    "Out of",
    "Machine total",
    "Essentials met",
    "Essentials total",
    "Essentials",
    "Recommendation",
    "Machine recommendation",
    "Needs review",
    "Guaranteed interview",
]


def _decided(row: Row) -> list[object]:
    decision = row.candidate.decision
    if decision is None:
        return ["Not decided", ""]
    return [in_words(DECISION_WORDS, decision.decision), _safe(decision.reason)]


def _summary(row: Row) -> list[object]:
    return [
        row.score,
        row.max_score,
        row.machine_score,
        row.essentials_met,
        row.essentials_total,
        in_words(GATE_WORDS, row.gate),
        in_words(RECOMMENDATION_WORDS, row.recommendation),
        in_words(RECOMMENDATION_WORDS, row.machine_recommendation),
        "yes" if row.needs_review else "no",
        "yes" if row.guaranteed_interview else "no",
    ]


def to_csv(spec: RoleSpec, rows: Sequence[Row], *, blind: bool) -> str:
    """One line per applicant; per criterion its effective verdict and score."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    criterion_columns: list[str] = []
    for c in spec.criteria:
        heading = criterion_heading(spec, c.id)
        criterion_columns += [f"{heading}: verdict", f"{heading}: score"]
    writer.writerow(
        [
            "Rank",
            *_identity_headings(blind),
            *_DECISION_HEADINGS,
            *_SUMMARY_HEADINGS,
            *criterion_columns,
        ]
    )
    for row in rows:
        cells = {cell.criterion_id: cell for cell in row.cells}
        values: list[object] = []
        for c in spec.criteria:
            cell = cells.get(c.id)
            values += [in_words(VERDICT_WORDS, cell.verdict), cell.score] if cell else ["", ""]
        line = [row.rank, *_identity(row, blind), *_decided(row), *_summary(row), *values]
        writer.writerow([f"{v:g}" if isinstance(v, float) else v for v in line])
    return out.getvalue()


def _xlsx_text(value: object) -> object:
    """Text as an XLSX cell can hold it: control characters (\\x00-\\x1f but tab, line feed
    and carriage return), which the format cannot store, each become U+FFFD."""
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def _comment(text: str) -> Comment:
    return Comment(_xlsx_text(text), "shortlist")


def _styled(sheet: Worksheet, values: Sequence[object], **style: object) -> list[WriteOnlyCell]:
    """Cells for one styled row; text is always text, never read as a formula."""
    cells = []
    for value in map(_xlsx_text, values):
        cell = WriteOnlyCell(sheet, value="" if value is None else value)
        if value is None or isinstance(value, str):
            cell.data_type = "s"
        for name, setting in style.items():
            setattr(cell, name, setting)
        cells.append(cell)
    return cells


def _cells(sheet: Worksheet, values: Sequence[object]) -> list[object]:
    """Values for one unstyled row; text is always text, never read as a formula.

    Plain values go straight to openpyxl, which writes them through one reused cell, far
    cheaper than a cell object each (the evidence sheet has ~126,000); only text openpyxl would
    write as a formula (it starts with ``=``) gets a cell of its own, typed as text.
    """
    return [
        _styled(sheet, [value])[0] if isinstance(value, str) and value.startswith("=") else value
        for value in map(_xlsx_text, values)
    ]


def _note(cell: Cell) -> str:
    note = [f"{in_words(VERDICT_WORDS, cell.verdict)} ({SOURCE_WORDS[cell.source].lower()})"]
    if cell.source == "panel" and cell.machine.verdict is not cell.verdict:
        machine = in_words(VERDICT_WORDS, cell.machine.verdict)
        note.append(f"machine: {machine} {cell.machine.score:g}")
    if cell.disagreement:
        note.append("panel members or panel and machine disagree")
    if cell.needs_review:
        note.append("needs review")
    return "; ".join(note)


def to_xlsx(spec: RoleSpec, rows: Sequence[Row], *, blind: bool) -> bytes:
    """A workbook: the shortlisting matrix, the evidence behind each cell, and the criteria.

    Written in openpyxl's write-only mode: 300 applicants by 30 criteria is ~140,000 cells.
    Each sheet is written to a temporary file (names and excerpts in it), removed whatever
    happens.
    """
    book = Workbook(write_only=True)
    try:
        _fill(book, spec, rows, blind=blind)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    finally:
        _remove_temporary_files(book)


def _remove_temporary_files(book: Workbook) -> None:
    """openpyxl removes a sheet's temporary file only when the whole workbook is saved."""
    for sheet in book.worksheets:
        path = getattr(getattr(sheet, "_writer", None), "out", None)
        if isinstance(path, str):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
            with contextlib.suppress(ValueError):
                ALL_TEMP_FILES.remove(path)


def _fill(book: Workbook, spec: RoleSpec, rows: Sequence[Row], *, blind: bool) -> None:
    bold = Font(bold=True)
    matrix = book.create_sheet("Shortlisting matrix")
    identity = _identity_headings(blind)
    first_criterion_column = 2 + len(identity) + len(_DECISION_HEADINGS)
    headings = [
        "Rank",
        *identity,
        *_DECISION_HEADINGS,
        *(criterion_heading(spec, c.id) for c in spec.criteria),
        *_SUMMARY_HEADINGS,
    ]
    for index, heading in enumerate(headings, start=1):
        width = _WIDTHS.get(heading, CRITERION_WIDTH)
        matrix.column_dimensions[get_column_letter(index)].width = width
    matrix.freeze_panes = f"{get_column_letter(first_criterion_column)}2"
    header = _styled(matrix, headings, font=bold, alignment=Alignment(wrap_text=True))
    for criterion, cell in zip(spec.criteria, header[first_criterion_column - 1 :], strict=False):
        cell.comment = _comment(criterion.text)
    matrix.append(header)
    for row in rows:
        c = row.candidate
        who = [c.number] if blind else [c.number, c.name, c.email, c.phone, c.external_id]
        by_id = {cell.criterion_id: cell for cell in row.cells}
        scores = []
        for criterion in spec.criteria:
            cell = by_id.get(criterion.id)
            if cell is None:
                scores.append(WriteOnlyCell(matrix, value=None))
                continue
            (target,) = _styled(
                matrix, [cell.score if cell.at_sift else "n/a"], fill=_FILLS[cell.verdict]
            )
            target.comment = _comment(_note(cell))
            scores.append(target)
        matrix.append(
            [
                *_cells(matrix, [row.rank, *who, *_decided(row)]),
                *scores,
                *_cells(matrix, _summary(row)),
            ]
        )

    named = titles(spec.criteria)
    evidence = book.create_sheet("Evidence")
    for index, width in enumerate(_EVIDENCE_WIDTHS, start=1):
        evidence.column_dimensions[get_column_letter(index)].width = width
    evidence.append(
        _styled(
            evidence,
            [
                "Applicant",
                "Criterion",
                "Priority",
                "At sift",
                "Verdict",
                "Score",
                "Source",
                "Machine verdict",
                "Machine score",
                "Confidence",
                "Needs review",
                "Panel members",
                "Explanation",
                "Evidence",
            ],
            font=bold,
        )
    )
    for row in rows:
        for cell in row.cells:
            members = cell.agreement.members if cell.agreement else ()
            line = [
                row.candidate.number,
                named.get(cell.criterion_id, cell.criterion_id),
                cell.priority.value.capitalize(),
                "yes" if cell.at_sift else "no",
                in_words(VERDICT_WORDS, cell.verdict),
                cell.score,
                SOURCE_WORDS[cell.source],
                in_words(VERDICT_WORDS, cell.machine.verdict),
                cell.machine.score,
                cell.machine.confidence,
                "yes" if cell.needs_review else "no",
                "; ".join(
                    f"{m.member}: {in_words(VERDICT_WORDS, m.verdict)} {m.score:g}"
                    for m in members
                ),
                cell.machine.explanation,
                " … ".join(e.text for e in cell.machine.evidence),
            ]
            evidence.append(_cells(evidence, line))

    legend = book.create_sheet("Criteria")
    for index, width in enumerate(_CRITERIA_WIDTHS, start=1):
        legend.column_dimensions[get_column_letter(index)].width = width
    legend.append(
        _styled(
            legend,
            ["Criterion", "Id", "Priority", "Assessed by", "Weight", "Text"],
            font=bold,
        )
    )
    for c in spec.criteria:
        stages = ", ".join(s.value.replace("_", " ") for s in c.assessed_by)
        values = [named[c.id], c.id, c.priority.value.capitalize(), stages, c.weight]
        legend.append(_cells(legend, [*values, c.text]))
