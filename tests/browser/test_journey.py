"""The issue's journey in a real Chromium: a recruiter creates a vacancy from a seed job
description and uploads five statements; two panel members score an applicant (one disagreeing
with the machine, with a reason); the lead finalises; the XLSX export holds the decision. Also
the refusals a user can run into: a wrong key, a forged form, another organisation's vacancy."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from docx import Document
from fpdf import FPDF
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from app.auth.service import Role, create_key
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from tests.browser.conftest import LiveServer, sign_in
from tests.browser.sample import SampleVacancy
from tests.seeds import seed_file

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
# The criteria as the pages name them: short titles made from their text.
QUALIFICATION = "Recognised Occupational Therapy Qualification…"
DBS = "Satisfactory Disclosure and Barring Service"
IT_SKILLS = "Good IT competency"
VULNERABLE = "Experience of working with vulnerable people"
DISAGREEMENT = "Only older adults in a hospital ward; no community work with vulnerable people"
SCORING_SECONDS = 120_000

# Five supporting statements for the Home First occupational therapist, strongest first.
STATEMENTS = {
    "amara-statement.docx": (
        "I qualified with a BSc (Hons) in Occupational Therapy from Cardiff University in 2016 "
        "and have been registered with the HCPC since then, maintaining my registration through "
        "continuing professional development. I keep a CPD portfolio and this year completed "
        "courses in moving and handling, pressure care and sensory processing, which shows a "
        "consistent pattern of learning and development.\n\n"
        "For the past six years I have worked in a community reablement team where I undertake "
        "needs led assessments and reviews of older adults in their own homes, recommending "
        "equipment, minor adaptations and rehabilitation goals. I work as part of a "
        "multi-disciplinary team with physiotherapists, district nurses and GPs, and I manage my "
        "own caseload independently.\n\n"
        "I apply the Making Safeguarding Personal principles, asking people which outcomes they "
        "want. I have raised safeguarding concerns under the Care Act 2014 and kept to the "
        "safeguarding timeframes. I know the legislative framework that underpins adult "
        "safeguarding, including the Care Act, the Mental Capacity Act 2005 and the Human Rights "
        "Act.\n\n"
        "I have worked with vulnerable people throughout my career, including adults living with "
        "dementia and people with learning disabilities. I work with health and other agencies, "
        "such as housing and the ambulance service, to deliver better outcomes for individuals, "
        "and I liaise closely with clients, their families and carers.\n\n"
        "I keep accurate records and write clear reports in line with departmental "
        "requirements, and I use the electronic case management system every day. I championed "
        "evidence-based practice by starting a journal club. I stay calm under pressure, "
        "prioritise my caseload clearly and welcome constructive feedback in supervision. I hold "
        "a full driving licence and travel to a variety of premises across the county."
    ),
    "ben-statement.pdf": (
        "I graduated in occupational therapy in 2024 and I am registered with the HCPC. In my "
        "first post I have worked on an acute hospital ward, completing discharge assessments "
        "for older adults and ordering equipment so they can return home safely.\n\n"
        "I work closely with nurses, physiotherapists and social workers in a multi-disciplinary "
        "team. I keep my notes up to date on the electronic record and I am confident with IT. "
        "I have attended safeguarding adults training and I know how to raise a concern.\n\n"
        "I would like to move into the community to develop my practice, and I am keen to learn "
        "from experienced colleagues. I am organised and I stay calm when the ward is busy."
    ),
    "chloe-statement.txt": (
        "I have worked as a senior care assistant in a residential home for eight years and I "
        "am now studying part time for a degree in occupational therapy, which I expect to "
        "finish next summer.\n\n"
        "Every day I support vulnerable people with personal care, mobility and meals, and I "
        "talk with their families about how they are getting on. I write the daily care notes "
        "and I report any safeguarding worries to the manager straight away.\n\n"
        "I am a good listener and people say I am approachable. I am willing to work flexible "
        "hours."
    ),
    "dev-statement.docx": (
        "I am an occupational therapist registered with the HCPC since 2012, with a degree in "
        "occupational therapy. I have spent ten years in adult social care teams completing "
        "needs led assessments and reviews, and for the last three years I have been a Best "
        "Interests Assessor.\n\n"
        "I have led adult safeguarding investigations as the enquiry officer under section 42 of "
        "the Care Act 2014, always applying Making Safeguarding Personal. I work with health and "
        "other agencies, including the community mental health team and housing associations, "
        "to deliver better outcomes for individuals and their carers.\n\n"
        "I supervise two occupational therapy assistants and I am a practice educator for "
        "students. I write court reports and keep records to the department's standards, and I "
        "am skilled with IT systems. I identify whole system problems: I redesigned our "
        "equipment ordering so that people wait days rather than weeks."
    ),
    "erin-statement.txt": (
        "I am applying for this role because I enjoy helping people. I have worked in retail "
        "for several years, where I dealt with customers every day, and I am good with "
        "computers. I am hard working and reliable."
    ),
}
REFUSED = "cv.exe"


def _write_statements(folder: Path) -> list[Path]:
    """Real documents as applicants send them: Word, PDF and plain text."""
    paths = []
    for name, text in STATEMENTS.items():
        path = folder / name
        if name.endswith(".docx"):
            document = Document()
            for paragraph in text.split("\n\n"):
                document.add_paragraph(paragraph)
            document.save(str(path))
        elif name.endswith(".pdf"):
            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
            for paragraph in text.split("\n\n"):
                pdf.multi_cell(0, 6, paragraph)
                pdf.ln(3)
            pdf.output(str(path))
        else:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    refused = folder / REFUSED
    refused.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00 not a statement")
    return [*paths, refused]


def _create_vacancy(page: Page) -> str:
    """From the seed job description, with two edits on the confirm page; returns its id."""
    page.get_by_label("Job description", exact=True).set_input_files(seed_file("001"))
    page.get_by_role("button", name="Read the criteria").click()
    expect(page.get_by_role("heading", name="Confirm the criteria")).to_be_visible()
    expect(page.get_by_label("Short title").first).to_have_value(QUALIFICATION)
    # IT skills are only desirable here. The DBS check keeps its "Application" stage: it is
    # checked before appointment, so it is still not scored at sift (see the matrix below).
    page.get_by_label(f"Priority of {IT_SKILLS}").select_option("desirable")
    page.get_by_role("button", name="Create this vacancy").first.click()
    page.wait_for_url(re.compile(r"/vacancies/[0-9a-f-]+/upload\?created=1$"))
    expect(page.get_by_role("heading", name="Upload statements")).to_be_visible()
    return page.url.split("/")[-2]


def _upload(page: Page, files: list[Path]) -> None:
    page.get_by_label("Statements", exact=True).set_input_files(files)
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".upload-item.upload-stored")).to_have_count(5, timeout=SCORING_SECONDS)
    refused = page.locator(".upload-item.upload-refused")
    expect(refused).to_have_count(1, timeout=SCORING_SECONDS)
    expect(refused).to_contain_text(REFUSED)
    expect(refused).to_contain_text("Refused: cv.exe: not a Word document")
    for number in range(1, 6):
        expect(page.locator(".upload-list")).to_contain_text(f"Stored as A-000{number}")
    expect(page.locator(".upload-list progress").first).to_have_attribute("value", "100")


def _score(page: Page, base_url: str, application_id: str, disagree: bool) -> None:
    page.goto(f"{base_url}/applications/{application_id}")
    if disagree:
        mine = page.get_by_role("group", name=f"Your score for {VULNERABLE}")
        mine.get_by_label("Your verdict", exact=True).select_option("partly_met")
        mine.get_by_label(re.compile("^Reason")).fill(DISAGREEMENT)
    page.get_by_role("button", name="Save my scores").click()
    expect(page.get_by_role("status")).to_contain_text("Your scores are saved.")
    page.get_by_role("button", name="Mark my scoring complete").click()
    expect(page.get_by_role("status")).to_contain_text("Your scoring is marked complete.")


def test_recruiter_and_panel_shortlist_a_vacancy_end_to_end(
    live_server: LiveServer, new_page: Callable[[], Page], tmp_path: Path
) -> None:
    base, keys = live_server.base_url, live_server.keys
    recruiter = new_page()
    sign_in(recruiter, base, keys["recruiter"])
    vacancy_id = _create_vacancy(recruiter)
    _upload(recruiter, _write_statements(tmp_path))

    # One more applicant arrives from the ATS with a name: the matrix must not show it.
    named = httpx.post(
        f"{base}/v1/vacancies/{vacancy_id}/applications",
        json={
            "statement": {"text": STATEMENTS["ben-statement.pdf"] + " I also drive."},
            "applicant": {"name": "Farah Quayle"},
        },
        headers={"Authorization": f"Bearer {keys['recruiter']}"},
        timeout=60,
    )
    assert named.status_code == 201, named.text

    recruiter.get_by_role("link", name="Open the shortlist").click()
    expect(
        recruiter.get_by_role("heading", name=re.compile("^Shortlist: Occupational"))
    ).to_be_visible()
    matrix = recruiter.locator("table.matrix")
    expect(matrix.locator("tbody tr")).to_have_count(6)
    expect(matrix.locator("td.gate").first).to_contain_text(
        re.compile("Meets all essentials|Review|Does not meet")
    )
    # statements silent on an essential are "Review", never rejected on the machine's own miss
    expect(matrix.locator("td.gate", has_text="Review").first).to_be_visible()
    expect(matrix.locator("td.v-met").first).to_contain_text("Met")
    expect(matrix.get_by_role("columnheader", name=re.compile(f"^{DBS}"))).to_contain_text(
        "not assessed at sift"
    )
    expect(matrix.get_by_role("columnheader", name=re.compile(f"^{IT_SKILLS}"))).to_contain_text(
        "D"
    )
    assert "Farah Quayle" not in recruiter.content()  # blind by default
    recruiter.get_by_role("link", name="Show names").click()
    expect(matrix.get_by_text("Farah Quayle")).to_be_visible()

    # The strongest statement: its qualification evidence lights up in the statement.
    recruiter.get_by_role("link", name="A-0001", exact=True).click()
    expect(recruiter.get_by_role("heading", name="Applicant A-0001")).to_be_visible()
    application_id = recruiter.url.split("/")[-1]
    toggle = recruiter.get_by_role(
        "button", name=re.compile(f"Show evidence for {re.escape(QUALIFICATION)}")
    )
    expect(recruiter.locator("mark.ev.lit")).to_have_count(0)
    toggle.focus()
    recruiter.keyboard.press("Enter")  # a button: works from the keyboard
    expect(
        recruiter.get_by_role(
            "button", name=re.compile(f"Hide evidence for {re.escape(QUALIFICATION)}")
        )
    ).to_have_attribute("aria-pressed", "true")
    lit = recruiter.locator("mark.ev.lit")
    expect(lit.first).to_be_in_viewport()
    assert "HCPC" in " ".join(lit.all_inner_texts())

    lead, member = new_page(), new_page()
    sign_in(lead, base, keys["panel_lead"])
    sign_in(member, base, keys["panel_member"])
    _score(lead, base, application_id, disagree=False)
    _score(member, base, application_id, disagree=True)

    scores = member.get_by_role("table", name=re.compile(f"Scores for {VULNERABLE}"))
    expect(scores).to_contain_text("Panel members disagree")
    expect(scores).to_contain_text(DISAGREEMENT)
    expect(scores.locator("tr.row--differs")).to_contain_text("Panel member B")
    lead.reload()
    expect(lead.get_by_role("table", name=re.compile(f"Scores for {VULNERABLE}"))).to_contain_text(
        "Panel members disagree"
    )

    lead.get_by_label("Panel decision").select_option("shortlist")
    lead.get_by_label("Reason for the decision").fill("Meets every essential criterion")
    lead.get_by_role("button", name="Finalise decision").click()
    expect(lead.get_by_role("status")).to_contain_text("The decision is recorded.")
    expect(lead.locator(".history")).to_contain_text("Decision: Shortlist")

    lead.goto(f"{base}/vacancies/{vacancy_id}/shortlist")
    with lead.expect_download() as download:
        lead.get_by_role("link", name="Export XLSX").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    workbook = load_workbook(saved, read_only=True)
    rows = list(workbook["Shortlisting matrix"].iter_rows(values_only=True))
    heading = list(rows[0])
    first = next(row for row in rows[1:] if row[heading.index("Applicant")] == "A-0001")
    assert first[heading.index("Panel decision")] == "Shortlist"
    assert first[heading.index("Decision reason")] == "Meets every essential criterion"
    assert "Name" not in heading  # the panel's export is blind
    reasons = list(workbook["Evidence"].iter_rows(values_only=True))
    explained = reasons[0].index("Explanation")
    assert len(reasons) > 1 and all(row[explained] for row in reasons[1:])

    lead.goto(f"{base}/vacancies/{vacancy_id}/panel")
    panel_matrix = lead.get_by_role("table", name=re.compile("scores by criterion"))
    expect(panel_matrix).to_contain_text("Panel member B")
    expect(panel_matrix).to_contain_text("Meets every essential criterion")
    lead.emulate_media(media="print")  # the printed matrix: no navigation, no buttons
    expect(lead.locator(".site-header")).to_be_hidden()
    expect(lead.get_by_role("button", name="Print")).to_be_hidden()
    expect(panel_matrix).to_be_visible()


def test_a_wrong_key_is_refused_with_a_message(live_server: LiveServer, page: Page) -> None:
    page.goto(f"{live_server.base_url}/sign-in")
    page.get_by_label("API key").fill("sl_live_not-a-real-key")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("this API key is not recognised")
    assert page.url.endswith("/sign-in")
    page.goto(f"{live_server.base_url}/vacancies")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_a_forged_form_is_refused_and_changes_nothing(live_server: LiveServer, page: Page) -> None:
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.locator("form[action='/sign-out'] input[name=csrf_token]").evaluate(
        "input => { input.value = 'forged'; }"
    )
    with page.expect_response(re.compile("/sign-out$")) as answer:
        page.get_by_role("button", name="Sign out").click()
    assert answer.value.status == 403
    expect(page.get_by_role("heading", name="Form refused")).to_be_visible()
    page.goto(f"{live_server.base_url}/vacancies")
    expect(page.get_by_role("heading", name="Vacancies", exact=True)).to_be_visible()  # signed in


def test_another_organisations_vacancy_is_not_found(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page
) -> None:
    engine = make_engine(Settings(database_url=live_server.db_url))
    with make_sessionmaker(engine)() as session:
        outsider = create_key(session, "Another Council", Role.admin, name="Outsider").secret
        session.commit()
    engine.dispose()
    sign_in(page, live_server.base_url, outsider)
    for path in (
        f"/vacancies/{sample_vacancy.id}/shortlist",
        f"/vacancies/{sample_vacancy.id}/panel",
        f"/applications/{sample_vacancy.applicants[0].id}",
    ):
        response = page.goto(live_server.base_url + path)
        assert response is not None and response.status == 404, path
        expect(page.get_by_role("alert")).to_contain_text("no ")
    assert sample_vacancy.title not in page.content()


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
DROP_FILES = """([good, bad]) => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([good], "dropped-statement.txt", { type: "text/plain" }));
  transfer.items.add(new File([new Uint8Array(bad)], "holiday.png", { type: "image/png" }));
  return transfer;
}"""


def _upload_page(live_server: LiveServer, page: Page) -> str:
    """A new vacancy from the library (through the API), and its upload page open as the
    recruiter; returns the vacancy id."""
    created = httpx.post(
        f"{live_server.base_url}/v1/vacancies",
        content=(
            REPO / "criteria" / "library" / "experienced-social-worker-band-b.yaml"
        ).read_bytes(),
        headers={
            "Authorization": f"Bearer {live_server.keys['admin']}",
            "Content-Type": "application/yaml",
        },
        timeout=60,
    )
    assert created.status_code == 201, created.text
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.goto(f"{live_server.base_url}/vacancies/{created.json()['id']}/upload")
    return str(created.json()["id"])


def test_statements_dropped_on_the_page_upload_one_by_one(
    live_server: LiveServer, page: Page
) -> None:
    _upload_page(live_server, page)
    transfer = page.evaluate_handle(
        DROP_FILES, [STATEMENTS["amara-statement.docx"], list(PNG_HEADER + bytes(64))]
    )
    page.locator("#drop-zone").dispatch_event("drop", {"dataTransfer": transfer})
    items = page.locator(".upload-item")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("Stored as A-0001", timeout=SCORING_SECONDS)
    expect(items.nth(1)).to_contain_text("Refused: holiday.png", timeout=SCORING_SECONDS)
    expect(items.nth(1)).to_have_class(re.compile("upload-refused"))


def test_an_upload_after_the_session_ended_says_so_and_what_to_do(
    live_server: LiveServer, page: Page
) -> None:
    vacancy_id = _upload_page(live_server, page)
    page.context.clear_cookies()  # signed out elsewhere, or the session expired
    transfer = page.evaluate_handle(
        DROP_FILES, [STATEMENTS["amara-statement.docx"], list(PNG_HEADER + bytes(64))]
    )
    page.locator("#drop-zone").dispatch_event("drop", {"dataTransfer": transfer})
    items = page.locator(".upload-item")
    expect(items.nth(0)).to_contain_text("your session has ended; sign in again")
    expect(items.nth(0)).to_have_class(re.compile("upload-refused"))
    listed = httpx.get(
        f"{live_server.base_url}/v1/vacancies/{vacancy_id}/applications",
        headers={"Authorization": f"Bearer {live_server.keys['admin']}"},
    )
    assert listed.json()["items"] == []
