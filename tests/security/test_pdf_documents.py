"""PDFs: white or invisible text drawn inside a Form XObject (``Do``) is hidden text, never
scored; AES-encrypted PDFs are read (with an empty user password) or refused for their real
reason."""

from __future__ import annotations

import io
import zlib

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from criteria.documents import DocumentError, read_document

VISIBLE = "I am a registered social worker with five years in adult safeguarding."
HIDDEN = "AMHP BIA warranted best interests assessor"


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    data = zlib.compress(content)
    return (
        b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(data), extra)
        + data
        + b"\nendstream"
    )


def pdf_with_form(form_content: bytes) -> bytes:
    """A page that shows VISIBLE itself and draws Form XObject /X1 (``form_content``)."""
    page = b"BT /F1 12 Tf 72 760 Td (" + VISIBLE.encode() + b") Tj ET\nq /X1 Do Q\n"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            b"<< /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
            _stream(page),
            font,
            _stream(
                form_content,
                b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /Font << /F1 5 0 R >> >>",
            ),
        ]
    )


@pytest.mark.parametrize(
    "form_content",
    [
        b"1 1 1 rg BT /F1 12 Tf 72 700 Td (" + HIDDEN.encode() + b") Tj ET",  # white on white
        b"BT 3 Tr /F1 12 Tf 72 700 Td (" + HIDDEN.encode() + b") Tj ET",  # render mode: invisible
        b"BT /F1 0.5 Tf 72 700 Td (" + HIDDEN.encode() + b") Tj ET",  # half a point high
    ],
)
def test_hidden_text_inside_a_form_xobject_is_not_read_as_the_statement(
    form_content: bytes,
) -> None:
    document = read_document(pdf_with_form(form_content), "statement.pdf")
    assert VISIBLE in document.text
    assert "AMHP" not in document.text
    assert any("AMHP" in line for line in document.hidden_text)


def test_visible_text_inside_a_form_xobject_is_read() -> None:
    form = b"0 0 0 rg BT /F1 12 Tf 72 700 Td (I hold a full UK driving licence.) Tj ET"
    document = read_document(pdf_with_form(form), "statement.pdf")
    assert "driving licence" in document.text
    assert document.hidden_text == []


def _encrypted(user_password: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, VISIBLE)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_aes_encrypted_pdf_without_a_user_password_is_read() -> None:
    # Owner-password-only PDFs (printing or copying restricted) open for anyone.
    assert VISIBLE in read_document(_encrypted(""), "statement.pdf").text


def test_an_aes_encrypted_pdf_with_a_password_is_refused_as_password_protected() -> None:
    with pytest.raises(DocumentError, match="password-protected"):
        read_document(_encrypted("applicant-secret"), "statement.pdf")
