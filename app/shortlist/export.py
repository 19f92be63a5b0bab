"""The shortlist as CSV and as an XLSX shortlisting matrix.

Text an applicant wrote (names, evidence) can start with ``=``, ``+``, ``-`` or ``@``; a
spreadsheet would run it as a formula, so such cells are written with a leading apostrophe
(CSV) or as explicit strings (XLSX).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.shortlist.ranking import Row
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


def _safe(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def criterion_heading(spec: RoleSpec, criterion_id: str) -> str:
    """Column heading: the id, marked (E) essential or (D) desirable, or (not at sift)."""
    criterion = spec.criterion(criterion_id)
    if not criterion.assessed_at_sift:
        return f"{criterion_id} (not at sift)"
    return f"{criterion_id} ({'E' if criterion.priority is Priority.essential else 'D'})"


def _identity_headings(blind: bool) -> list[str]:
    return ["applicant"] if blind else ["applicant", "name", "email", "phone", "external_id"]


def _identity(row: Row, blind: bool) -> list[str]:
    c = row.candidate
    if blind:
        return [c.number]
    return [c.number, _safe(c.name), _safe(c.email), _safe(c.phone), _safe(c.external_id)]


_SUMMARY_HEADINGS = [
    "total",
    "max",
    "machine_total",
    "essentials_met",
    "essentials_total",
    "gate",
    "recommendation",
    "machine_recommendation",
    "needs_review",
    "guaranteed_interview",
    "decision",
    "decision_reason",
]


def _summary(row: Row) -> list[object]:
    decision = row.candidate.decision
    return [
        row.score,
        row.max_score,
        row.machine_score,
        row.essentials_met,
        row.essentials_total,
        row.gate.value,
        row.recommendation.value,
        row.machine_recommendation.value,
        "yes" if row.needs_review else "no",
        "yes" if row.guaranteed_interview else "no",
        decision.decision.value if decision else "",
        _safe(decision.reason) if decision else "",
    ]


def to_csv(spec: RoleSpec, rows: Sequence[Row], *, blind: bool) -> str:
    """One line per applicant; per criterion its effective verdict and score."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    criterion_columns: list[str] = []
    for c in spec.criteria:
        heading = criterion_heading(spec, c.id)
        criterion_columns += [f"{heading} verdict", f"{heading} score"]
    writer.writerow(["rank", *_identity_headings(blind), *_SUMMARY_HEADINGS, *criterion_columns])
    for row in rows:
        cells = {cell.criterion_id: cell for cell in row.cells}
        values: list[object] = []
        for c in spec.criteria:
            cell = cells.get(c.id)
            values += [cell.verdict.value, cell.score] if cell else ["", ""]
        line = [row.rank, *_identity(row, blind), *_summary(row), *values]
        writer.writerow([f"{v:g}" if isinstance(v, float) else v for v in line])
    return out.getvalue()


def _text(cell: XlCell, value: str | None) -> None:
    """Write text that is never read as a formula."""
    cell.value = value or ""
    cell.data_type = "s"


def _put(sheet: Worksheet, row: int, values: Sequence[object], *, first_column: int = 1) -> None:
    for offset, value in enumerate(values):
        target = sheet.cell(row=row, column=first_column + offset)
        if value is None or isinstance(value, str):
            _text(target, value)
        else:
            target.value = value


def to_xlsx(spec: RoleSpec, rows: Sequence[Row], *, blind: bool) -> bytes:
    """A workbook: the shortlisting matrix, the evidence behind each cell, and the criteria."""
    book = Workbook()
    matrix = book.active
    matrix.title = "Shortlisting matrix"
    identity = _identity_headings(blind)
    criteria_headings = [criterion_heading(spec, c.id) for c in spec.criteria]
    headings = ["rank", *identity, *criteria_headings, *_SUMMARY_HEADINGS]
    matrix.append(headings)
    bold = Font(bold=True)
    for index, heading in enumerate(headings, start=1):
        cell = matrix.cell(row=1, column=index)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if heading in criteria_headings:
            criterion = spec.criteria[criteria_headings.index(heading)]
            cell.comment = Comment(criterion.text, "shortlist")
    first_criterion_column = 2 + len(identity)
    for r, row in enumerate(rows, start=2):
        matrix.cell(row=r, column=1, value=row.rank)
        c = row.candidate
        values = [c.number] if blind else [c.number, c.name, c.email, c.phone, c.external_id]
        _put(matrix, r, values, first_column=2)
        cells = {cell.criterion_id: cell for cell in row.cells}
        for offset, criterion in enumerate(spec.criteria):
            target = matrix.cell(row=r, column=first_criterion_column + offset)
            cell = cells.get(criterion.id)
            if cell is None:
                continue
            if not cell.at_sift:
                _text(target, "n/a")
            else:
                target.value = cell.score
            target.fill = PatternFill("solid", fgColor=_VERDICT_FILL[cell.verdict])
            note = [f"{cell.verdict.value} ({cell.source})"]
            if cell.source == "panel" and cell.machine.verdict is not cell.verdict:
                note.append(f"machine: {cell.machine.verdict.value} {cell.machine.score:g}")
            if cell.disagreement:
                note.append("panel members or panel and machine disagree")
            if cell.needs_review:
                note.append("needs review")
            target.comment = Comment("; ".join(note), "shortlist")
        _put(matrix, r, _summary(row), first_column=first_criterion_column + len(spec.criteria))
    matrix.freeze_panes = matrix.cell(row=2, column=first_criterion_column)
    for index in range(1, len(headings) + 1):
        matrix.column_dimensions[get_column_letter(index)].width = 14

    evidence = book.create_sheet("Evidence")
    evidence.append(
        [
            "applicant",
            "criterion",
            "priority",
            "at sift",
            "verdict",
            "score",
            "source",
            "machine verdict",
            "machine score",
            "confidence",
            "needs review",
            "panel members",
            "explanation",
            "evidence",
        ]
    )
    for cell in evidence[1]:
        cell.font = bold
    for row in rows:
        for cell in row.cells:
            members = cell.agreement.members if cell.agreement else ()
            line = [
                row.candidate.number,
                cell.criterion_id,
                cell.priority.value,
                "yes" if cell.at_sift else "no",
                cell.verdict.value,
                cell.score,
                cell.source,
                cell.machine.verdict.value,
                cell.machine.score,
                cell.machine.confidence,
                "yes" if cell.needs_review else "no",
                "; ".join(f"{m.member}: {m.verdict.value} {m.score:g}" for m in members),
                cell.machine.explanation,
                " … ".join(e.text for e in cell.machine.evidence),
            ]
            _put(evidence, evidence.max_row + 1, line)

    legend = book.create_sheet("Criteria")
    legend.append(["criterion", "priority", "assessed by", "weight", "text"])
    for cell in legend[1]:
        cell.font = bold
    for c in spec.criteria:
        values = [
            c.id,
            c.priority.value,
            ", ".join(s.value for s in c.assessed_by),
            c.weight,
            c.text,
        ]
        _put(legend, legend.max_row + 1, values)

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
