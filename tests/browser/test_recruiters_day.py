"""A recruiter's day, end to end in a real Chromium against a real server (issue 14): create a
vacancy from a Word person specification and correct one criterion; upload ten statements
(.docx, .pdf, .txt) naming the applicants on the form's rows and in a CSV manifest; confirm one
applicant's Disability Confident request; two panel members score; the lead finalises; the
recruiter reveals names and downloads an XLSX with names, emails and decisions in words."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveServer, sign_in

pytestmark = pytest.mark.browser
SCORING_MS = 120_000

SPEC_ROWS = [
    ("Degree or diploma in Occupational Therapy", "E"),
    ("Registered with the Health and Care Professions Council (HCPC)", "E"),
    ("Experience of moving and handling assessments in the community", "E"),
    ("Experience of recommending equipment and minor adaptations", "E"),
    ("Knowledge of the Disabled Facilities Grant process", "D"),
    ("Good IT skills, including Microsoft Office", "E"),
]
IT_TITLE = "Good IT skills"

STRONG = (
    "I qualified with a BSc (Hons) in Occupational Therapy in {year} and I am registered with "
    "the HCPC. I have carried out moving and handling assessments in people's homes for "
    "{years} years in a community team, and I regularly recommend equipment and minor "
    "adaptations such as grab rails, stair rails and level access showers. I have prepared "
    "recommendations for the Disabled Facilities Grant and worked with the grants team on "
    "them. I use Microsoft Word, Outlook and Excel every day and keep clear records."
)
WEAK = (
    "I have been a support worker in a care home for {years} years and I would like to train "
    "as an occupational therapist. I help residents with their daily living tasks and I enjoy "
    "working with older people. I am good with computers."
)
DC = (
    " I have a disability and I am applying under the Disability Confident scheme, so I would "
    "like to be considered for a guaranteed interview."
)
# file name, applicant name, email, reference, statement
APPLICANTS = [
    ("amara-okafor.docx", "Amara Okafor", "amara@example.org", "OT-101", STRONG, (2014, 9)),
    ("ben-hughes.pdf", "Ben Hughes", "ben@example.org", "OT-102", STRONG, (2019, 4)),
    ("cara-lewis.txt", "Cara Lewis", "cara@example.org", "OT-103", WEAK, (0, 2)),
    ("dafydd-rhys.docx", "Dafydd Rhys", "dafydd@example.org", "OT-104", STRONG, (2016, 7)),
    ("efua-mensah.txt", "Efua Mensah", "efua@example.org", "OT-105", STRONG + DC, (2018, 5)),
    ("farah-quayle.pdf", "Farah Quayle", "farah@example.org", "OT-106", WEAK, (0, 3)),
    ("gwen-price.docx", "Gwen Price", "gwen@example.org", "OT-107", STRONG, (2012, 11)),
    ("harry-shaw.pdf", "Harry Shaw", "harry@example.org", "OT-108", STRONG, (2020, 3)),
    ("isla-grant.txt", "Isla Grant", "isla@example.org", "OT-109", WEAK, (0, 5)),
    ("jon-evans.docx", "Jon Evans", "jon@example.org", "OT-110", STRONG, (2015, 8)),
]
TYPED = 3  # the first three are named on the form's rows, the other seven by the manifest
DC_REF = "A-0005"


def _person_specification(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Job title: Occupational Therapist, Community Team")
    document.add_paragraph("Person Specification")
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(
        table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True
    ):
        cell.text = heading
    for text, priority in SPEC_ROWS:
        cells = table.add_row().cells
        cells[0].text = text
        cells[1 if priority == "E" else 2].text = priority
    document.save(str(path))
    return path


def _text(template: str, fill: tuple[int, int]) -> str:
    """The statement with its own year qualified and years of experience (no two alike)."""
    return template.format(year=fill[0], years=fill[1])


def _statements(folder: Path) -> list[Path]:
    paths = []
    for filename, _, _, _, template, fill in APPLICANTS:
        text = _text(template, fill)
        path = folder / filename
        if filename.endswith(".docx"):
            document = docx.Document()
            document.add_paragraph(text)
            document.save(str(path))
        elif filename.endswith(".pdf"):
            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, text)
            pdf.output(str(path))
        else:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _manifest(folder: Path) -> Path:
    lines = ["file,name,email,reference"]
    lines += [f"{f},{n},{e},{r}" for f, n, e, r, _, _ in APPLICANTS[TYPED:]]
    path = folder / "applicants.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _create_vacancy(page: Page, spec: Path) -> str:
    create = page.get_by_role("heading", name="Create a vacancy")
    yours = page.get_by_role("heading", name="Your vacancies")
    assert create.bounding_box()["y"] < yours.bounding_box()["y"]  # creating comes first
    page.get_by_label("Job description", exact=True).set_input_files(spec)
    page.get_by_role("button", name="Read the criteria").click()
    expect(page.get_by_role("heading", name="Confirm the criteria")).to_be_visible()
    expect(page.get_by_role("button", name="Create this vacancy")).to_have_count(2)
    # the rule in words, not "Check: registration"
    expect(page.locator("option", has_text="Registered with HCPC")).to_have_count(1)
    # The correction: IT skills are only desirable for this post, and get a shorter title.
    page.get_by_label(f"Priority of {IT_TITLE}").select_option("desirable")
    page.get_by_label("Short title").nth(len(SPEC_ROWS) - 1).fill("IT skills")
    page.get_by_role("button", name="Create this vacancy").first.click()
    page.wait_for_url(re.compile(r"/vacancies/[0-9a-f-]+/upload\?created=1$"))
    expect(page.locator(".notice--ok")).to_contain_text("is created with 6 criteria")
    return page.url.split("/")[-2]


def _upload(page: Page, files: list[Path], manifest: Path) -> None:
    page.get_by_label("Statements", exact=True).set_input_files(files[:TYPED])
    for filename, name, email, reference, _, _ in APPLICANTS[:TYPED]:
        page.get_by_label(f"Name for {filename}").fill(name)
        page.get_by_label(f"Email for {filename}").fill(email)
        page.get_by_label(f"Reference for {filename}").fill(reference)
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".upload-item.upload-stored")).to_have_count(TYPED, timeout=SCORING_MS)
    expect(page.locator("#upload-summary")).to_have_text(
        "Upload finished: 3 stored, 0 duplicates, 0 refused.", timeout=SCORING_MS
    )
    page.get_by_label(re.compile("^Who the applicants are")).set_input_files(manifest)
    page.get_by_label("Statements", exact=True).set_input_files(files[TYPED:])
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".upload-item.upload-stored")).to_have_count(10, timeout=SCORING_MS)
    expect(page.locator("#upload-summary")).to_have_text(
        "Upload finished: 10 stored, 0 duplicates, 0 refused.", timeout=SCORING_MS
    )
    expect(page.locator("#applicant-count")).to_have_text("10 applicants so far")
    expect(page.locator(".upload-list")).to_contain_text("Stored as A-0001 (Amara Okafor)")
    expect(page.locator(".upload-list")).to_contain_text("Stored as A-0010 (Jon Evans)")


def _confirm_disability_confident(page: Page) -> None:
    page.get_by_role("link", name=DC_REF, exact=True).click()
    notice = page.get_by_role("note")
    expect(notice).to_contain_text("Disability Confident scheme")
    expect(notice).not_to_contain_text("disability_confident")
    page.get_by_label("Applying under the Disability Confident scheme").check()
    page.get_by_role("button", name="Record the details").click()
    expect(page.get_by_role("status")).to_contain_text("The applicant's details are recorded")
    expect(page.locator(".outcome")).to_contain_text("Guaranteed interview")
    expect(page.locator(".history")).to_contain_text("now has a guaranteed interview")


def _score(page: Page, base: str, application_id: str) -> None:
    page.goto(f"{base}/applications/{application_id}")
    page.get_by_role("button", name="Save my scores").click()
    expect(page.get_by_role("status")).to_contain_text("Your scores are saved.")
    page.get_by_role("button", name="Mark my scoring complete").click()
    expect(page.get_by_role("status")).to_contain_text("Your scoring is marked complete.")


def _decide(page: Page, base: str, application_id: str, decision: str, reason: str) -> None:
    page.goto(f"{base}/applications/{application_id}")
    page.get_by_label("Panel decision").select_option(decision)
    page.get_by_label("Reason for the decision").fill(reason)
    page.get_by_role("button", name="Finalise decision").click()
    expect(page.get_by_role("status")).to_contain_text("The decision is recorded.")


def test_a_recruiters_day_from_word_specification_to_named_export(
    live_server: LiveServer, new_page: Callable[[], Page], tmp_path: Path
) -> None:
    base, keys = live_server.base_url, live_server.keys
    recruiter = new_page()
    sign_in(recruiter, base, keys["recruiter"])
    vacancy_id = _create_vacancy(recruiter, _person_specification(tmp_path / "spec.docx"))
    _upload(recruiter, _statements(tmp_path), _manifest(tmp_path))

    recruiter.get_by_role("link", name="Open the shortlist").click()
    matrix = recruiter.locator("table.matrix")
    expect(matrix.locator("tbody tr")).to_have_count(10)
    expect(matrix.get_by_role("columnheader", name=re.compile("^IT skills"))).to_contain_text("D")
    assert "Amara Okafor" not in recruiter.content()  # blind by default
    _confirm_disability_confident(recruiter)

    recruiter.goto(f"{base}/vacancies/{vacancy_id}/shortlist")
    first = recruiter.get_by_role("link", name="A-0001", exact=True).get_attribute("href")
    weak = recruiter.get_by_role("link", name="A-0003", exact=True).get_attribute("href")
    assert first and weak
    first_id, weak_id = first.split("/")[-1], weak.split("/")[-1]

    lead, member = new_page(), new_page()
    sign_in(lead, base, keys["panel_lead"])
    sign_in(member, base, keys["panel_member"])
    _score(lead, base, first_id)
    _score(member, base, first_id)
    assert "Amara Okafor" not in member.content()  # the panel reads blind
    _decide(lead, base, first_id, "shortlist", "Meets every essential criterion")
    _decide(lead, base, weak_id, "reject", "Not qualified or registered")

    recruiter.goto(f"{base}/vacancies/{vacancy_id}/shortlist")
    row = matrix.locator("tbody tr", has=recruiter.get_by_role("link", name="A-0001"))
    expect(row.locator("td.decision")).to_have_text("Shortlist")
    expect(row.locator("td.gate")).to_contain_text("Meets all essentials")
    recruiter.get_by_role("link", name="Show names").click()
    expect(matrix.get_by_text("Amara Okafor")).to_be_visible()
    expect(matrix.get_by_text("Jon Evans")).to_be_visible()
    with recruiter.expect_download() as download:
        recruiter.get_by_role("link", name="Export XLSX").click()
    book = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()), read_only=True)
    rows = list(book["Shortlisting matrix"].iter_rows(values_only=True))
    heading = list(rows[0])
    lines = {
        line[heading.index("Applicant")]: dict(zip(heading, line, strict=True)) for line in rows[1:]
    }
    assert {line["Name"] for line in lines.values()} == {a[1] for a in APPLICANTS}
    assert {line["Email"] for line in lines.values()} == {a[2] for a in APPLICANTS}
    assert {line["Reference"] for line in lines.values()} == {a[3] for a in APPLICANTS}
    assert lines["A-0001"]["Panel decision"] == "Shortlist"
    assert lines["A-0003"]["Panel decision"] == "Do not shortlist"
    # the machine's honest outcome (silence is for review) beside the panel's decision
    assert lines["A-0003"]["Essentials"] == "Review"
    assert lines["A-0002"]["Panel decision"] == "Not decided"
    assert lines[DC_REF]["Guaranteed interview"] == "yes"
    assert "IT skills (D)" in heading
    verdicts = {line[4] for line in book["Evidence"].iter_rows(min_row=2, values_only=True)}
    assert verdicts <= {"Met", "Partly met", "Not met", "Not assessed"} and "Met" in verdicts
