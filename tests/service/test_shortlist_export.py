"""CSV and XLSX exports read back the way a recruiter's spreadsheet would read them."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from app.shortlist.export import to_csv, to_xlsx
from app.shortlist.ranking import Candidate, rank
from tests.service.test_shortlist_ranking import SPEC, M, N, P, results


def rows():
    return rank(
        SPEC,
        [
            Candidate(
                application_id="a1",
                number="A-0001",
                sequence=1,
                results=results(M, M, N),
                name='=HYPERLINK("http://evil")',
                email="jo@example.org",
                disability_confident=True,
            ),
            Candidate(
                application_id="a2",
                number="A-0002",
                sequence=2,
                results=results(M, P, M),
                name="Sam Jones",
            ),
        ],
    )


def test_csv_has_a_row_per_applicant_and_hides_names_when_blind() -> None:
    blind = list(csv.DictReader(io.StringIO(to_csv(SPEC, rows(), blind=True))))
    assert [r["Applicant"] for r in blind] == ["A-0001", "A-0002"]
    assert "Name" not in blind[0] and "Email" not in blind[0]
    # headings are the criteria's short titles, values are words a recruiter reads
    assert blind[0]["Registered with Social Work England (E): verdict"] == "Met"
    assert blind[0]["Experience of safeguarding adults (E): score"] == "3"
    assert blind[0]["Welsh speaker (D): verdict"] == "Not met"
    assert blind[0]["Presents well (not at sift): verdict"] == "Not assessed"
    assert blind[0]["Guaranteed interview"] == "yes"
    assert blind[1]["Essentials"] == "Review"
    assert blind[1]["Panel decision"] == "Not decided"
    named = list(csv.DictReader(io.StringIO(to_csv(SPEC, rows(), blind=False))))
    assert named[1]["Name"] == "Sam Jones"
    # An applicant-supplied formula is neutralised.
    assert named[0]["Name"].startswith("'=")


def test_xlsx_matrix_evidence_and_criteria_sheets() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(SPEC, rows(), blind=False)))
    assert book.sheetnames == ["Shortlisting matrix", "Evidence", "Criteria"]
    matrix = book["Shortlisting matrix"]
    header = [c.value for c in matrix[1]]
    assert header[:8] == [
        "Rank",
        "Applicant",
        "Name",
        "Email",
        "Phone",
        "Reference",
        "Panel decision",
        "Decision reason",
    ]
    registration, welsh = "Registered with Social Work England (E)", "Welsh speaker (D)"
    assert registration in header and welsh in header
    first = dict(zip(header, [c.value for c in matrix[2]], strict=True))
    assert first["Applicant"] == "A-0001"
    assert first["Name"] == '=HYPERLINK("http://evil")'
    assert matrix.cell(row=2, column=3).data_type == "s"
    assert first[registration] == 3 and first[welsh] == 0
    assert first["Presents well (not at sift)"] == "n/a"
    assert first["Essentials"] == "Meets all essentials"
    assert first["Guaranteed interview"] == "yes"
    assert first["Total"] == 9
    # Scores are coloured by verdict, explained in a note, and the headings carry the text.
    cell = matrix.cell(row=2, column=header.index(registration) + 1)
    assert cell.comment.text == "Met (machine)"
    assert cell.fill.fgColor.rgb.endswith("C6EFCE")
    assert matrix.cell(row=1, column=9).comment.text == SPEC.criteria[0].text
    assert matrix.freeze_panes == "I2"
    # every column is wide enough to read: names and reasons wider than scores
    widths = {h: matrix.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(header)}
    assert widths["Email"] >= 30 and widths["Decision reason"] >= 40 and widths["Rank"] < 10
    evidence = book["Evidence"]
    assert evidence.max_row == 1 + 2 * len(SPEC.criteria)
    assert evidence["B2"].value == "Registered with Social Work England"
    assert evidence["E2"].value == "Met"
    assert evidence.column_dimensions["M"].width >= 60  # the explanation
    criteria = book["Criteria"]
    assert [c.value for c in criteria[1]] == [
        "Criterion",
        "Id",
        "Priority",
        "Assessed by",
        "Weight",
        "Text",
    ]
    assert criteria.column_dimensions["F"].width >= 60
    blind = load_workbook(io.BytesIO(to_xlsx(SPEC, rows(), blind=True)))
    assert [c.value for c in blind["Shortlisting matrix"][1]][:5] == [
        "Rank",
        "Applicant",
        "Panel decision",
        "Decision reason",
        registration,
    ]
