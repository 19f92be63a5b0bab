"""Mutated Word and PDF files (bytes flipped, cut short, parts spliced) give a recruiter a
one-line DocumentError or SpecParseError, never another exception, from the document reader and
the person specification parser. A fixed number of examples, derandomised, so CI is repeatable.
"""

from __future__ import annotations

import io
from functools import cache

import docx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.documents import MAX_PDF_PAGES, DocumentError, read_document
from criteria.parser import SpecParseError, import_document

LINES = [
    "Person Specification",
    "Job Title: Social Worker",
    "Qualifications",
    "- Degree in social work or equivalent (E)",
    "- Registered with Social Work England (E)",
    "Experience",
    "- Two years' post-qualifying experience (E)",
    "- AMHP or BIA (D)",
    "Other",
    "- Full driving licence or the ability to travel (E)",
    "- Welsh level 3 (D)",
]


@cache
def word_file() -> bytes:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Post Ref", "SW-0042", "Grade G10"), strict=True):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@cache
def pdf_file() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in LINES:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


FILES = {"statement.docx": word_file, "statement.pdf": pdf_file}


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 12))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    if draw(st.booleans()):  # a block copied from elsewhere in the file
        start = draw(st.integers(0, max(0, len(data) - 1)))
        block = bytes(data[start : start + draw(st.integers(1, 2048))])
        at = draw(st.integers(0, len(data)))
        data[at:at] = block
    return bytes(data)


@pytest.mark.parametrize("filename", sorted(FILES))
def test_mutated_documents_are_read_or_refused_in_one_line(filename: str) -> None:
    original = FILES[filename]()
    assert import_document(original, filename)  # the unmutated file is a person specification

    @settings(
        max_examples=150,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=mutated(original))
    def check(data: bytes) -> None:
        try:
            import_document(data, filename)
        except (DocumentError, SpecParseError) as error:
            assert str(error) and "\n" not in str(error)

    check()


def test_a_pdf_with_more_pages_than_a_statement_could_have_is_refused_unread() -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for number in range(MAX_PDF_PAGES + 1):
        pdf.add_page()
        pdf.cell(0, 5, f"page {number}")
    with pytest.raises(DocumentError, match=f"more than {MAX_PDF_PAGES} pages"):
        read_document(bytes(pdf.output()), "long.pdf")
