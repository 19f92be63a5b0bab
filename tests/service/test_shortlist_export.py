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
    assert [r["applicant"] for r in blind] == ["A-0001", "A-0002"]
    assert "name" not in blind[0] and "email" not in blind[0]
    assert blind[0]["registration (E) verdict"] == "met"
    assert blind[0]["safeguarding (E) score"] == "3"
    assert blind[0]["welsh (D) verdict"] == "not_met"
    assert blind[0]["presentation (not at sift) verdict"] == "not_assessed"
    assert blind[0]["guaranteed_interview"] == "yes"
    assert blind[1]["gate"] == "review"
    named = list(csv.DictReader(io.StringIO(to_csv(SPEC, rows(), blind=False))))
    assert named[1]["name"] == "Sam Jones"
    # An applicant-supplied formula is neutralised.
    assert named[0]["name"].startswith("'=")


def test_xlsx_matrix_evidence_and_criteria_sheets() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(SPEC, rows(), blind=False)))
    assert book.sheetnames == ["Shortlisting matrix", "Evidence", "Criteria"]
    matrix = book["Shortlisting matrix"]
    header = [c.value for c in matrix[1]]
    assert header[:6] == ["rank", "applicant", "name", "email", "phone", "external_id"]
    assert "registration (E)" in header and "welsh (D)" in header
    first = dict(zip(header, [c.value for c in matrix[2]], strict=True))
    assert first["applicant"] == "A-0001"
    assert first["name"] == '=HYPERLINK("http://evil")'
    assert matrix.cell(row=2, column=3).data_type == "s"
    assert first["registration (E)"] == 3 and first["welsh (D)"] == 0
    assert first["presentation (not at sift)"] == "n/a"
    assert first["gate"] == "meets_essentials" and first["guaranteed_interview"] == "yes"
    assert first["total"] == 9
    # Scores are coloured by verdict, explained in a note, and the headings carry the text.
    registration = matrix.cell(row=2, column=header.index("registration (E)") + 1)
    assert registration.comment.text == "met (machine)"
    assert registration.fill.fgColor.rgb.endswith("C6EFCE")
    assert matrix.cell(row=1, column=7).comment.text == SPEC.criteria[0].text
    assert matrix.freeze_panes == "G2"
    evidence = book["Evidence"]
    assert evidence.max_row == 1 + 2 * len(SPEC.criteria)
    blind = load_workbook(io.BytesIO(to_xlsx(SPEC, rows(), blind=True)))
    assert [c.value for c in blind["Shortlisting matrix"][1]][:3] == [
        "rank",
        "applicant",
        "registration (E)",
    ]
