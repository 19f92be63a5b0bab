"""``shortlist spec import`` and ``shortlist spec check`` as a recruiter runs them."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import yaml
from fpdf import FPDF
from typer.testing import CliRunner

from app.commands.spec import cli
from criteria.loader import parse_spec_text

runner = CliRunner()

SPEC_TEXT = (
    "Job Title: Occupational Therapist\nGrade: Band 6\n\nPerson Specification\n"
    "Essential\n- Degree in Occupational Therapy\n- Registered with the HCPC\n"
    "- Full driving licence\nDesirable\n- Ability to speak Welsh\n"
)
TWO_ROLES = (
    "Title Care Assistant (Band A)\tDepartment Adults\tPost Ref\n"
    "Person Specification\nExperience\n1. Experience of personal care.\nRole Dimensions\n\n"
    "Title Senior Care Assistant (Band B)\tDepartment Adults\tPost Ref\n"
    "Person Specification\nExperience\n1. Experience of leading a shift.\nRole Dimensions\n"
)


def _word_file(tmp_path: Path) -> Path:
    document = docx.Document()
    for line in SPEC_TEXT.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "ot.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_import_writes_a_valid_spec_and_prints_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "ot.yaml"

    result = runner.invoke(cli, ["import", str(_word_file(tmp_path)), "-o", str(out)])

    assert result.exit_code == 0, result.output
    spec = parse_spec_text(out.read_text(encoding="utf-8"))
    assert spec.id == "occupational-therapist-band-6"
    assert [c.priority.value for c in spec.criteria] == [
        "essential",
        "essential",
        "essential",
        "desirable",
    ]
    assert [c.rule.kind for c in spec.criteria] == [
        "qualification",
        "registration",
        "driving",
        "language",
    ]
    assert "occupational-therapist-band-6" in result.stderr
    assert "how criteria are assessed" in result.stderr  # what it was unsure of
    assert f"wrote {out}" in result.stderr


def test_import_to_standard_output_gives_one_yaml_document_per_role(tmp_path: Path) -> None:
    source = tmp_path / "two.txt"
    source.write_text(TWO_ROLES, encoding="utf-8")

    result = runner.invoke(cli, ["import", str(source), "--no-library-ids"])

    assert result.exit_code == 0, result.stderr
    documents = list(yaml.safe_load_all(result.stdout))
    assert [d["id"] for d in documents] == ["care-assistant-band-a", "senior-care-assistant-band-b"]


def test_import_into_a_directory_writes_one_file_per_role(tmp_path: Path) -> None:
    source = tmp_path / "two.txt"
    source.write_text(TWO_ROLES, encoding="utf-8")
    folder = tmp_path / "specs"
    folder.mkdir()

    result = runner.invoke(cli, ["import", str(source), "-o", str(folder)])

    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "care-assistant-band-a.yaml",
        "senior-care-assistant-band-b.yaml",
    ]


def test_multi_role_output_passes_spec_check(tmp_path: Path) -> None:
    source = tmp_path / "two.txt"
    source.write_text(TWO_ROLES, encoding="utf-8")
    out = tmp_path / "both.yaml"
    assert runner.invoke(cli, ["import", str(source), "-o", str(out)]).exit_code == 0

    result = runner.invoke(cli, ["check", str(out)])

    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ok: care-assistant-band-a (1 criteria, 0 rules)",
        "ok: senior-care-assistant-band-b (1 criteria, 0 rules)",
    ]


def test_unreadable_file_exits_2_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    image = tmp_path / "spec.docx"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path / "out.yaml"

    result = runner.invoke(cli, ["import", str(image), "-o", str(out)])

    assert result.exit_code == 2
    assert result.stderr == (f"error: {image}: not a Word document, PDF, ODT, RTF or text file\n")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [image]


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["import", str(tmp_path / "nope.pdf")])

    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.pdf'}: no such file\n"


def test_document_without_a_person_specification_exits_2(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear applicant,\nThank you for applying.\n", encoding="utf-8")

    result = runner.invoke(cli, ["import", str(letter)])

    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {letter}: no person specification found")
    assert result.stderr.count("\n") == 1


def test_check_reports_the_first_problem_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: ot\ntitle: OT\ncriteria:\n- id: reg\n  text: HCPC\n  rule: {kind: registation}\n",
        encoding="utf-8",
    )

    result = runner.invoke(cli, ["check", str(bad)])

    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: criteria[0].rule: 'registation' is not")
    assert result.stderr.count("\n") == 1


def test_damaged_pdf_gives_exactly_one_line(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(text="Person Specification")
    data = bytes(pdf.output())
    damaged = tmp_path / "spec.pdf"
    damaged.write_bytes(data[: len(data) // 2])

    result = runner.invoke(cli, ["import", str(damaged)])

    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {damaged}: the PDF is damaged or incomplete; save it again and upload it\n"
    )


def test_check_names_the_role_and_the_line_in_a_multi_role_file(tmp_path: Path) -> None:
    both = tmp_path / "both.yaml"
    both.write_text(
        "id: a\ntitle: A\ncriteria:\n- {id: x, text: X}\n---\n"
        "id: b\ntitle: B\ncriteria:\n- id: y\n  text: Y\n  priority: vital\n",
        encoding="utf-8",
    )

    result = runner.invoke(cli, ["check", str(both)])

    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {both} (role 2): criteria[0].priority:")
    assert result.stderr.rstrip().endswith("(line 11)")


def test_a_shortlisting_matrix_exits_2_saying_what_it_is(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Shortlisting matrix", 1)
    table = document.add_table(rows=3, cols=4)
    for row, values in zip(
        table.rows,
        [
            ["Candidate", "Criterion 1", "Criterion 2", "Total"],
            ["0412", "2", "3", "5"],
            ["0413", "1", "0", "1"],
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    matrix = tmp_path / "matrix.docx"
    document.save(str(matrix))
    out = tmp_path / "out.yaml"

    result = runner.invoke(cli, ["import", str(matrix), "-o", str(out)])

    assert result.exit_code == 2
    assert "shortlisting matrix" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_an_advert_imports_with_a_note_that_it_had_no_person_specification(
    tmp_path: Path,
) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_text(
        "Social Worker - Adults\nSalary: £36,000 - £39,000\n\nWhat will I need?\n"
        "• A social work degree and registration with Social Work England\n"
        "• Experience of adult safeguarding would be an advantage\n\n"
        "What we offer\n• 28 days annual leave\n",
        encoding="utf-8",
    )

    result = runner.invoke(cli, ["import", str(advert)])

    assert result.exit_code == 0, result.output
    spec = parse_spec_text(result.stdout)
    assert [(c.text, c.priority.value) for c in spec.criteria] == [
        ("A social work degree and registration with Social Work England", "essential"),
        ("Experience of adult safeguarding would be an advantage", "desirable"),
    ]
    assert spec.notes is not None and "no person specification" in spec.notes
    assert "no person specification" in result.stderr
