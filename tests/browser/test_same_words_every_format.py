"""The same words score the same whatever the file: one supporting statement written as Word,
OpenDocument, RTF, plain text and PDF from three writers (fpdf2 flowing paragraphs; fpdf2 drawing
justified lines with words hyphenated at line ends; Chromium's print to PDF, justified, with
ligatures) gives identical verdicts and scores on every criterion. A PDF keeps only its drawn
lines; without rejoining them a sentence cut at a line end reads as two."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from html import escape

import docx
import pytest
from fpdf import FPDF
from odf.opendocument import OpenDocumentText
from odf.text import P
from playwright.sync_api import Browser

from criteria.documents import read_document
from criteria.reflow import reflow
from criteria.roles import library_role
from matching.engine import get_engine

pytestmark = pytest.mark.browser

ROLE = "experienced-occupational-therapist-band-b"
REFERENCE_DATE = dt.date(2026, 11, 1)
PARAGRAPHS = [
    "I qualified with a BSc (Hons) in Occupational Therapy from Oxford Brookes University in "
    "2017 and have been registered with the Health and Care Professions Council since "
    "qualifying. I have worked as an occupational therapist in adult social care for over "
    "seven years, most recently in a community team covering a large rural district.",
    "In my current post I complete moving and handling assessments, recommend equipment and "
    "minor adaptations, and prepare Disabled Facilities Grant recommendations for stairlifts, "
    "level access showers and ramps. I work closely with housing officers and grant "
    "caseworkers, and I have supported people with dementia and their carers to stay safely "
    "at home using an evidence-based and person-centred approach.",
    "I supervise two occupational therapy assistants and have been a practice educator for "
    "students on placement from two universities. I manage a caseload of complex cases, "
    "prioritise my work against risk, and keep clear and timely records on the case "
    "management system.",
    "I hold a full UK driving licence and have access to a car for work. I am confident using "
    "Microsoft Word, Outlook and Excel, and I communicate well in writing and in person with "
    "people who use services, families and other professionals.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _docx() -> bytes:
    document = docx.Document()
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odt() -> bytes:
    document = OpenDocumentText()
    for paragraph in PARAGRAPHS:
        document.text.addElement(P(text=paragraph))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def _rtf() -> bytes:
    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")

    body = "\\par\n".join(escaped(p) for p in PARAGRAPHS)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 " + body + "\\par}").encode()


def _fpdf_flowing() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    return bytes(pdf.output())


def hyphenated_lines(paragraph: str, width: int) -> list[str]:
    """The paragraph cut into lines of about ``width`` characters the way a typesetter with
    hyphenation would: a long word that would overrun is split with a hyphen, and short lines
    are padded out with doubled spaces (justified)."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        elif len(word) >= 8 and width - len(line) - 1 >= 4:
            cut = width - len(line) - 2
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line.replace(" ", "  ", width - len(line)))
            line = word
    return [*lines, line]


def _fpdf_hyphenated() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    for paragraph in PARAGRAPHS:
        for line in hyphenated_lines(paragraph, 72):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def _chromium(browser: Browser) -> bytes:
    html = (
        "<!doctype html><html lang='en-GB'><body style='font-family: DejaVu Serif; "
        "font-size: 12pt; width: 15cm; text-align: justify'>"
        + "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
        + "</body></html>"
    )
    page = browser.new_page()
    try:
        page.set_content(html)
        return page.pdf(format="A4")
    finally:
        page.close()


def _verdicts(text: str) -> list[tuple[str, str, float]]:
    result = get_engine().score(library_role(ROLE), text, reference_date=REFERENCE_DATE)
    return [(c.id, c.verdict.value, c.score) for c in result.criteria]


def test_one_statement_scores_the_same_in_every_format(browser: Browser) -> None:
    writers: dict[str, Callable[[], bytes]] = {
        "statement.docx": _docx,
        "statement.odt": _odt,
        "statement.rtf": _rtf,
        "statement.txt": lambda: TEXT.encode(),
        "flowing-fpdf2.pdf": _fpdf_flowing,
        "hyphenated-fpdf2.pdf": _fpdf_hyphenated,
        "chromium.pdf": lambda: _chromium(browser),
    }
    expected = _verdicts(TEXT)
    assert any(verdict == "met" for _, verdict, _ in expected)  # the statement says something
    for filename, write in writers.items():
        text = read_document(write(), filename).text
        assert _verdicts(text) == expected, f"{filename} scores differently:\n{text}"


def test_the_hyphenated_pdf_really_has_hyphens_and_doubled_spaces_at_line_ends() -> None:
    """The hyphenated writer above does what it claims, so the test proves the rejoining."""
    lines = [line for p in PARAGRAPHS for line in hyphenated_lines(p, 72)]
    assert all(len(line.replace("  ", " ")) <= 72 for line in lines)
    assert any(line.endswith("-") for line in lines)
    assert any("  " in line for line in lines)


@pytest.mark.parametrize(
    ("drawn", "typed"),
    [
        (
            "I have worked in a community team for six years, assessing older adults for\n"
            "equipment and minor adaptations.\nSince 2021 I have supervised two assistants.",
            "I have worked in a community team for six years, assessing older adults for "
            "equipment and minor adaptations.\nSince 2021 I have supervised two assistants.",
        ),
        (  # a word hyphenated by the typesetter is mended
            "I have completed many moving and handling assessments and recommended experi-\n"
            "ence-led equipment for older people living alone in their own homes.",
            "I have completed many moving and handling assessments and recommended "
            "experience-led equipment for older people living alone in their own homes.",
        ),
        (  # a compound written with a hyphen keeps it
            "I bring a person-centred approach and use tools that are properly evidence-\n"
            "based in my daily work with families and with other professionals.",
            "I bring a person-centred approach and use tools that are properly "
            "evidence-based in my daily work with families and with other professionals.",
        ),
        (  # doubled spaces from justified text, ligatures
            "I  qualiﬁed  in  2017  and  have  been  registered  with  the  HCPC  since  then",
            "I qualified in 2017 and have been registered with the HCPC since then",
        ),
        (  # list items and headings stay on their own lines
            "Experience\n• Moving and handling assessments for adults in the community team\n"
            "• Disabled Facilities Grant recommendations for adaptations at home",
            "Experience\n• Moving and handling assessments for adults in the community team\n"
            "• Disabled Facilities Grant recommendations for adaptations at home",
        ),
        (  # a page that ends mid-sentence runs on to the next page
            "I supervise two occupational therapy assistants and have been a practice\n\n"
            "educator for students on placement.",
            "I supervise two occupational therapy assistants and have been a practice "
            "educator for students on placement.",
        ),
        (  # table rows are left alone
            "\tCriterion\tEssential\n\tHCPC registration\tE",
            "\tCriterion\tEssential\n\tHCPC registration\tE",
        ),
    ],
)
def test_pdf_lines_are_rejoined_into_the_paragraphs_written(drawn: str, typed: str) -> None:
    assert reflow(drawn) == typed

