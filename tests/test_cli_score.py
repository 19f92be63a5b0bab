"""``shortlist score`` on real .txt, .docx and .pdf files, including hidden text and bad files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor
from fpdf import FPDF
from typer.testing import CliRunner

from app.cli import cli

SPEC = """\
id: cli-test-role
title: CLI test role
criteria:
  - id: hcpc-registration
    text: Registered with the HCPC
    assessed_by: [application, documentation]
    rule: {kind: registration, bodies: [HCPC]}
  - id: driving
    text: Full driving licence
    assessed_by: [application]
    rule: {kind: driving}
  - id: safeguarding
    text: Experience of safeguarding adults
    priority: desirable
    assessed_by: [application, interview]
  - id: presentation
    text: Ability to present to a panel
    assessed_by: [presentation]
"""
REGISTERED = "I am registered with the HCPC (OT40517)."
DRIVES = "I hold a full UK driving licence."


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "role.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def _docx(path: Path, visible: list[str], white: str | None = None) -> Path:
    document = docx.Document()
    for text in visible:
        document.add_paragraph(text)
    if white is not None:
        document.add_paragraph().add_run(white).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _pdf(path: Path, lines: list[str]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def _run(*args: str | Path):
    return CliRunner().invoke(cli, ["score", *map(str, args)])


def _by_id(result: dict) -> dict[str, dict]:
    return {criterion["id"]: criterion for criterion in result["criteria"]}


def test_txt_docx_and_pdf_are_scored_in_input_order_as_json(
    tmp_path: Path, spec_file: Path
) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(f"{REGISTERED} {DRIVES}", encoding="utf-8")
    word = _docx(tmp_path / "b.docx", [REGISTERED, "I do not drive."])
    pdf = _pdf(tmp_path / "c.pdf", ["My HCPC registration lapsed in 2023.", DRIVES])
    run = _run("--spec", spec_file, "--reference-date", "2026-11-22", "--json", txt, word, pdf)
    assert run.exit_code == 0, run.output
    results = json.loads(run.stdout)
    assert [r["file"] for r in results] == [str(txt), str(word), str(pdf)]
    verdicts = [
        (_by_id(r)["hcpc-registration"]["verdict"], _by_id(r)["driving"]["verdict"])
        for r in results
    ]
    assert verdicts == [("met", "met"), ("met", "not_met"), ("not_met", "met")]
    assert [r["recommendation"] for r in results] == ["shortlist", "reject", "reject"]
    assert all(r["reference_date"] == "2026-11-22" for r in results)
    assert _by_id(results[0])["presentation"]["verdict"] == "not_assessed"


def test_evidence_offsets_index_the_text_read_from_the_file(
    tmp_path: Path, spec_file: Path
) -> None:
    word = _docx(
        tmp_path / "s.docx",
        ["Personal statement", f"Since 2019 I have worked in adults. {REGISTERED}"],
    )
    run = _run("--spec", spec_file, "--json", word)
    (result,) = json.loads(run.stdout)
    (span,) = _by_id(result)["hcpc-registration"]["evidence"]
    assert span["text"] == REGISTERED
    assert span["end"] - span["start"] == len(REGISTERED)


def test_hidden_white_text_is_left_out_of_scoring_and_reported(
    tmp_path: Path, spec_file: Path
) -> None:
    padded = _docx(tmp_path / "padded.docx", [DRIVES], white=REGISTERED)
    run = _run("--spec", spec_file, "--json", padded)
    assert run.exit_code == 0, run.output
    (result,) = json.loads(run.stdout)
    assert _by_id(result)["hcpc-registration"]["verdict"] == "not_met"
    assert result["warnings"] == [f"hidden text left out of scoring: “{REGISTERED}”"]

    table = _run("--spec", spec_file, padded)
    assert table.exit_code == 0
    assert "warning: hidden text left out of scoring" in table.stdout


def test_unreadable_and_empty_files_fail_alone_with_exit_code_2(
    tmp_path: Path, spec_file: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REGISTERED, encoding="utf-8")
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.pdf"
    run = _run("--spec", spec_file, "--json", corrupt, good, empty, missing)
    assert run.exit_code == 2
    assert [r["file"] for r in json.loads(run.stdout)] == [str(good)]
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"error: {corrupt}: ")
    assert errors[1] == f"error: {empty}: the file is empty"
    assert errors[2].startswith(f"error: {missing}: ")
    assert "Traceback" not in run.output


def test_the_table_shows_each_criterion_and_the_recommendation(
    tmp_path: Path, spec_file: Path
) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(f"{REGISTERED} {DRIVES}", encoding="utf-8")
    run = CliRunner().invoke(
        cli, ["score", "--spec", str(spec_file), str(txt)], env={"COLUMNS": "200"}
    )
    assert run.exit_code == 0, run.output
    for words in (
        "hcpc-registration",
        "driving",
        "safeguarding",
        "presentation",
        "shortlist",
        "OT40517",
    ):
        assert words in run.stdout


def test_applicant_fields_complement_the_statement(tmp_path: Path, spec_file: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(REGISTERED, encoding="utf-8")
    applicant = tmp_path / "applicant.json"
    applicant.write_text(
        '{"driving_licence": true, "disability_confident": true}', encoding="utf-8"
    )
    run = _run("--spec", spec_file, "--applicant", applicant, "--json", txt)
    (result,) = json.loads(run.stdout)
    assert _by_id(result)["driving"]["verdict"] == "met"
    assert result["guaranteed_interview"] is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give exactly one of --role ID or --spec FILE"),
        (["--role", "no-such-role"], "no role 'no-such-role' in the library"),
        (["--spec", "SPEC", "--reference-date", "22/11/2026"], "is not a YYYY-MM-DD date"),
        (["--spec", "SPEC", "--applicant", "BAD"], "disability_confident"),
    ],
)
def test_bad_options_are_refused_in_one_line(
    tmp_path: Path, spec_file: Path, args: list[str], message: str
) -> None:
    statement = tmp_path / "a.txt"
    statement.write_text(REGISTERED, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"disability_confident": "perhaps"}', encoding="utf-8")
    args = [str(spec_file) if a == "SPEC" else str(bad) if a == "BAD" else a for a in args]
    run = _run(*args, statement)
    assert run.exit_code == 2
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert run.stdout == ""


def test_a_library_role_is_scored_by_its_id(tmp_path: Path) -> None:
    statement = tmp_path / "s.txt"
    statement.write_text(f"{REGISTERED} {DRIVES}", encoding="utf-8")
    run = _run("--role", "experienced-occupational-therapist-band-b", "--json", statement)
    assert run.exit_code == 0, run.output
    (result,) = json.loads(run.stdout)
    assert result["role_id"] == "experienced-occupational-therapist-band-b"
    assert _by_id(result)["hcpc-registration"]["verdict"] == "met"
