"""Reading uploaded documents: real files made here, every kind of bad file refused clearly."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from odf.opendocument import OpenDocumentText
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P
from pypdf import PdfReader, PdfWriter

from criteria.documents import NOT_A_DOCUMENT, Document, DocumentError, read_document


def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def _person_spec_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Person Specification", 1)
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=3, cols=4)
    for column, heading in enumerate(["Criteria", "Essential", "Desirable", "How assessed"]):
        table.cell(0, column).text = heading
    table.cell(1, 0).text = "Degree in occupational therapy"
    table.cell(1, 1).text = "✓"
    table.cell(1, 3).text = "Application form"
    table.cell(2, 0).text = "Welsh speaker"
    table.cell(2, 0).add_paragraph("Level 3 or above")
    table.cell(2, 2).text = "✓"
    table.cell(2, 3).text = "Interview"
    document.add_paragraph("Full driving licence", style="List Bullet")
    document.add_paragraph("HCPC registration", style="List Number")
    document.add_paragraph("Two years' experience", style="List Number")
    return _docx_bytes(document)


def test_docx_reads_paragraphs_and_table_rows_in_reading_order() -> None:
    result = read_document(_person_spec_docx(), "spec.docx")

    assert result.format == "docx"
    lines = result.text.splitlines()
    assert lines[:2] == ["Person Specification", "Before the table."]
    assert lines[2] == "\tCriteria\tEssential\tDesirable\tHow assessed"
    assert lines[3] == "\tDegree in occupational therapy\t✓\t\tApplication form"
    # two paragraphs in one cell stay in that cell, so the columns still line up
    assert lines[4] == "\tWelsh speaker • Level 3 or above\t\t✓\tInterview"
    assert lines[6:] == [
        "• Full driving licence",
        "1. HCPC registration",
        "2. Two years' experience",
    ]
    assert result.hidden_text == []


def test_docx_merged_cells_keep_columns_aligned() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Qualifications"
    table.cell(1, 0).text = "Degree"
    table.cell(1, 1).text = "E"
    table.cell(1, 2).text = "A"

    lines = read_document(_docx_bytes(document), "merged.docx").text.splitlines()

    assert lines[0].split("\t") == ["", "Qualifications", "", ""]
    assert lines[1].split("\t") == ["", "Degree", "E", "A"]


def test_docx_hidden_white_and_tiny_text_is_left_out_and_reported() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("I have HCPC registration.")
    paragraph.add_run(" AMHP BIA").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    paragraph.add_run(" practice educator").font.hidden = True
    paragraph.add_run(" ten years").font.size = Pt(2)
    document.add_paragraph("Yellow on yellow ").add_run(
        "keyword"
    ).font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.paragraphs[-1].runs[-1].font.color.rgb = RGBColor(0xFF, 0xFF, 0x00)

    result = read_document(_docx_bytes(document), "statement.docx")

    assert result.text == "I have HCPC registration.\nYellow on yellow\n"
    assert result.hidden_text == ["AMHP BIA practice educator ten years", "keyword"]


def test_docx_white_text_on_a_dark_cell_is_visible() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "1F3864")
    cell._tc.get_or_add_tcPr().append(shading)
    cell.paragraphs[0].add_run("Essential").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    result = read_document(_docx_bytes(document), "header.docx")

    assert result.text == "\tEssential\n"
    assert result.hidden_text == []


def test_docx_style_that_hides_text_is_honoured() -> None:
    document = docx.Document()
    style = document.styles.add_style("Invisible", 1)  # a paragraph style
    style.font.hidden = True
    document.add_paragraph("Shown")
    document.add_paragraph("Hidden by its style", style="Invisible")

    result = read_document(_docx_bytes(document), "styled.docx")

    assert result.text == "Shown\n"
    assert result.hidden_text == ["Hidden by its style"]


def _pdf_with_hidden_text() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Person Specification", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="Full driving licence (E)", new_x="LMARGIN", new_y="NEXT")
    with pdf.local_context(text_color=(255, 255, 255)):
        pdf.cell(text="white AMHP", new_x="LMARGIN", new_y="NEXT")
    with pdf.local_context(text_mode="INVISIBLE"):
        pdf.cell(text="invisible BIA", new_x="LMARGIN", new_y="NEXT")
    with pdf.local_context(font_size_pt=1):
        pdf.cell(text="tiny HCPC", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(31, 56, 100)
    with pdf.local_context(text_color=(255, 255, 255)):
        pdf.cell(w=60, h=10, text="Desirable", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="Welsh speaker (D)", new_x="LMARGIN", new_y="NEXT")
    return _pdf_bytes(pdf)


def test_pdf_text_layer_is_read_and_hidden_text_left_out() -> None:
    result = read_document(_pdf_with_hidden_text(), "spec.pdf")

    assert result.format == "pdf"
    assert result.text.splitlines() == [
        "Person Specification",
        "Full driving licence (E)",
        "Desirable",  # white on a dark filled cell is what a reader sees
        "Welsh speaker (D)",
    ]
    assert result.hidden_text == ["white AMHP", "invisible BIA", "tiny HCPC"]


def test_pdf_with_no_text_layer_is_called_a_scan() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # only drawing, like a scanned page's image

    with pytest.raises(DocumentError, match=r"^the PDF has no text layer \(a scan\?\)"):
        read_document(_pdf_bytes(pdf), "scan.pdf")


def test_password_protected_pdf_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_hidden_text())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    with pytest.raises(DocumentError, match="password-protected"):
        read_document(buffer.getvalue(), "locked.pdf")


def test_truncated_pdf_is_refused_as_damaged() -> None:
    data = _pdf_with_hidden_text()

    with pytest.raises(DocumentError) as raised:
        read_document(data[: len(data) // 3], "cut.pdf")

    assert str(raised.value) == "the PDF is damaged or incomplete; save it again and upload it"


def test_content_decides_the_format_not_the_extension() -> None:
    result = read_document(_pdf_with_hidden_text(), "actually-a-pdf.docx")

    assert result.format == "pdf"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"MZ\x90\x00\x03" + bytes(200),
        b"\x7fELF\x02\x01\x01" + bytes(100),
        b"GIF89a" + bytes(50),
        b"\x00\x01\x02binary with NUL bytes\x00",
    ],
    ids=["png", "exe", "elf", "gif", "nul-bytes"],
)
def test_binary_files_renamed_docx_are_not_documents(data: bytes) -> None:
    with pytest.raises(DocumentError, match=f"^{NOT_A_DOCUMENT}$"):
        read_document(data, "cv.docx")


def test_zip_that_is_not_a_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff" + bytes(100))

    with pytest.raises(DocumentError, match=f"^{NOT_A_DOCUMENT}$"):
        read_document(buffer.getvalue(), "spec.docx")


def test_old_doc_or_encrypted_office_file_gets_a_save_as_docx_message() -> None:
    data = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600)

    with pytest.raises(DocumentError, match=r"save it as \.docx"):
        read_document(data, "spec.doc")


def test_truncated_docx_is_refused_as_damaged() -> None:
    data = _person_spec_docx()

    with pytest.raises(DocumentError, match="damaged"):
        read_document(data[: len(data) // 2], "cut.docx")


def test_docx_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b" " * 60_000_000 + b"/>")
    data = buffer.getvalue()
    assert len(data) < 1_000_000  # small on disk, huge unpacked

    with pytest.raises(DocumentError, match="unpacks to more than 50 MB"):
        read_document(data, "bomb.docx")


def test_docx_with_entity_declarations_is_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(_person_spec_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(
                    b"?>",
                    b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
                    1,
                )
            archive.writestr(info, content)

    with pytest.raises(DocumentError, match="DOCTYPE"):
        read_document(buffer.getvalue(), "laughs.docx")


def test_file_over_the_size_limit_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"^file is larger than 10 MB$"):
        read_document(b"a" * 10_000_001, "big.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t "], ids=["zero-bytes", "whitespace"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"^the file is empty$"):
        read_document(data, "empty.txt")


def test_word_document_without_text_is_refused() -> None:
    with pytest.raises(DocumentError, match="contains no text"):
        read_document(_docx_bytes(docx.Document()), "blank.docx")


def test_text_utf8_with_bom_and_windows_line_endings() -> None:
    data = "\ufeffPerson Specification\r\n\tEssential\r\n• Café skills\r\n".encode()

    result = read_document(data, "spec.txt")

    assert result == Document(
        text="Person Specification\n\tEssential\n• Café skills\n", format="txt", hidden_text=[]
    )


def test_text_in_windows_1252_is_decoded() -> None:
    data = "Applicants’ experience – £30,000".encode("cp1252")

    assert read_document(data, "spec.txt").text == "Applicants’ experience – £30,000\n"


def test_odt_headings_lists_and_tables() -> None:
    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="Person Specification"))
    bullets = List()
    item = ListItem()
    item.addElement(P(text="HCPC registration"))
    bullets.addElement(item)
    odt.text.addElement(bullets)
    table = Table(name="Criteria")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for left, right in [("Criteria", "Essential"), ("Driving licence", "Yes")]:
        row = TableRow()
        for value in (left, right):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    odt.text.addElement(table)
    buffer = io.BytesIO()
    odt.write(buffer)

    result = read_document(buffer.getvalue(), "spec.odt")

    assert result.format == "odt"
    assert result.text.splitlines() == [
        "Person Specification",
        "• HCPC registration",
        "\tCriteria\tEssential",
        "\tDriving licence\tYes",
    ]


def test_rtf_is_read() -> None:
    rtf = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}"
        rb"\f0 Person Specification\par Essential: HCPC registration\par "
        rb"Desirable: Welsh \'96 level 2\par}"
    )

    result = read_document(rtf, "spec.rtf")

    assert result.format == "rtf"
    assert result.text.splitlines() == [
        "Person Specification",
        "Essential: HCPC registration",
        "Desirable: Welsh – level 2",
    ]


def test_every_error_is_one_line() -> None:
    bad_files = [b"", b"\x89PNG" + bytes(10), b"%PDF-1.7\n garbage", b"PK\x03\x04 broken"]
    for data in bad_files:
        with pytest.raises(DocumentError) as raised:
            read_document(data, "bad.docx")
        assert "\n" not in str(raised.value)
        assert str(raised.value)


def _pdf_table(rows: list[tuple[str, ...]]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(text="Person Specification", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(90, 25, 25, 50)) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    return _pdf_bytes(pdf)


def test_pdf_table_comes_out_as_tab_separated_rows_with_wrapped_cells_joined() -> None:
    data = _pdf_table(
        [
            ("Criteria", "Essential", "Desirable", "How assessed"),
            ("Degree in Occupational Therapy", "X", "", "Application form"),
            (
                "HCPC registration and a long criterion text that wraps onto a second line",
                "X",
                "",
                "Certificate",
            ),
            ("Welsh speaker", "", "X", "Interview"),
        ]
    )

    lines = read_document(data, "table.pdf").text.splitlines()

    assert lines == [
        "Person Specification",
        "\tCriteria\tEssential\tDesirable\tHow assessed",
        "\tDegree in Occupational Therapy\tX\t\tApplication form",
        "\tHCPC registration and a long criterion text that wraps onto a second line\tX\t\t"
        "Certificate",
        "\tWelsh speaker\t\tX\tInterview",
    ]


def test_justified_pdf_prose_is_not_mistaken_for_a_table() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    sentence = (
        "I have worked as an occupational therapist in the community for six years and I "
        "am registered with the HCPC; I supervise students every year. "
    )
    pdf.multi_cell(w=0, text=sentence * 5, align="J")

    text = read_document(_pdf_bytes(pdf), "statement.pdf").text

    assert "\t" not in text
    assert " ".join(text.split()) == " ".join((sentence * 5).split())


def test_docx_with_a_corrupt_compressed_part_is_refused_as_damaged() -> None:
    data = bytearray(_person_spec_docx())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    # the member's compressed bytes start after its 30-byte local header, name and extra field
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10 : start + 40] = bytes(range(30))

    with pytest.raises(DocumentError, match="damaged"):
        read_document(bytes(data), "corrupt.docx")


def test_docx_text_box_is_read_once_after_its_paragraph() -> None:
    document = docx.Document()
    document.add_paragraph("Before the box")
    anchor = document.add_paragraph("Anchor paragraph")
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>Essential: HCPC registration</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>Essential: HCPC registration</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    anchor._p.append(parse_xml(box))
    document.add_paragraph("After the box")

    text = read_document(_docx_bytes(document), "box.docx").text

    assert text.splitlines() == [
        "Before the box",
        "Anchor paragraph",
        "Essential: HCPC registration",
        "After the box",
    ]


def test_password_protected_odt_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml">'
            '<manifest:encryption-data manifest:checksum="x"/></manifest:file-entry>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", bytes(range(256)))

    with pytest.raises(DocumentError, match="password-protected"):
        read_document(buffer.getvalue(), "locked.odt")


def test_odt_merged_and_repeated_cells_keep_columns_aligned() -> None:
    odt = OpenDocumentText()
    table = Table(name="Criteria")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    merged = TableRow()
    heading = TableCell(numbercolumnsspanned=3)
    heading.addElement(P(text="Qualifications"))
    merged.addElement(heading)
    merged.addElement(CoveredTableCell())
    merged.addElement(CoveredTableCell())
    table.addElement(merged)
    row = TableRow()
    criterion = TableCell()
    criterion.addElement(P(text="Welsh speaker"))
    row.addElement(criterion)
    row.addElement(TableCell(numbercolumnsrepeated=1))
    mark = TableCell()
    mark.addElement(P(text="D"))
    row.addElement(mark)
    table.addElement(row)
    odt.text.addElement(table)
    buffer = io.BytesIO()
    odt.write(buffer)

    lines = read_document(buffer.getvalue(), "merged.odt").text.splitlines()

    assert [line.split("\t") for line in lines] == [
        ["", "Qualifications", "", ""],
        ["", "Welsh speaker", "", "D"],
    ]
