"""Render each corpus document into each of its formats: Word (python-docx, real tables and
paragraph styles), PDF (fpdf2, ruled tables with cell borders or unruled column layouts) and
plain text.

    python -m tests.spec_corpus.build OUT_DIR     # writes OUT_DIR/<name>.<format>
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from tests.spec_corpus.documents import all_documents
from tests.spec_corpus.model import (
    Block,
    Bullets,
    CorpusDocument,
    Format,
    Heading,
    PageBreak,
    Para,
    Table,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BULLET = "• "


def render(document: CorpusDocument, fmt: Format) -> bytes:
    if fmt == "docx":
        return _docx(document.blocks)
    if fmt == "pdf":
        return _pdf(document.blocks)
    return _txt(document.blocks).encode("utf-8")


def build(directory: Path) -> list[Path]:
    """Write every document in every format into ``directory``; return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for document in all_documents():
        for fmt in document.formats:
            path = directory / f"{document.name}.{fmt}"
            path.write_bytes(render(document, fmt))
            paths.append(path)
    return paths


# -- Word ---------------------------------------------------------------------------------


def _docx(blocks: tuple[Block, ...]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    word = Document()
    for block in blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            paragraph = word.add_paragraph()
            run = paragraph.add_run(block.text)
            run.bold, run.italic = block.bold, block.italic
            if block.small:
                run.font.size = Pt(8)
        elif isinstance(block, Bullets):
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                word.add_paragraph(item, style=style)
        elif isinstance(block, Table):
            _docx_table(word, block)
        elif isinstance(block, PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _docx_table(word: object, block: Table) -> None:
    columns = block.columns
    table = word.add_table(rows=0, cols=columns)  # type: ignore[attr-defined]
    if block.ruled:
        table.style = "Table Grid"
    for number, cells in enumerate(block.rows):
        row = table.add_row()
        if len(cells) == 1 and columns > 1:
            row.cells[0].merge(row.cells[-1])
        for cell, text in zip(row.cells, cells, strict=False):
            _fill(cell, text, bold=number < block.header_rows or len(cells) == 1 < columns)


def _fill(cell: object, text: str, *, bold: bool) -> None:
    lines = text.split("\n")
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        if line.startswith(BULLET):
            paragraph.style = "List Bullet"
            line = line[len(BULLET):]
        paragraph.add_run(line).bold = bold


# -- PDF ----------------------------------------------------------------------------------


def _pdf(blocks: tuple[Block, ...]) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_page()
    width = pdf.epw
    for block in blocks:
        if isinstance(block, Heading):
            pdf.set_font("DejaVu", "B", {1: 15, 2: 12}.get(block.level, 11))
            pdf.ln(2)
            pdf.multi_cell(width, 7, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, Para):
            style = ("B" if block.bold else "") + ("I" if block.italic else "")
            pdf.set_font("DejaVu", style, 7.5 if block.small else 10)
            pdf.multi_cell(width, 5, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif isinstance(block, Bullets):
            pdf.set_font("DejaVu", "", 10)
            for number, item in enumerate(block.items, start=1):
                mark = f"{number}." if block.numbered else "•"
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(width - 9, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif isinstance(block, Table):
            pdf.set_font("DejaVu", "", 9)
            columns = block.columns
            with pdf.table(
                col_widths=block.widths,
                borders_layout="ALL" if block.ruled else "NONE",
                num_heading_rows=block.header_rows,
                headings_style=FontFace(emphasis="BOLD"),
                text_align="LEFT",
                line_height=4.6,
                padding=1.2,
            ) as table:
                for cells in block.rows:
                    row = table.row()
                    if len(cells) == 1 and columns > 1:
                        row.cell(cells[0], colspan=columns,
                                 style=FontFace(emphasis="BOLD"))
                        continue
                    for text in cells:
                        row.cell(text)
                    for _ in range(columns - len(cells)):
                        row.cell("")
            pdf.ln(3)
        elif isinstance(block, PageBreak):
            pdf.add_page()
    return bytes(pdf.output())


# -- Text ---------------------------------------------------------------------------------


def _txt(blocks: tuple[Block, ...]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Para):
            lines += [block.text, ""]
        elif isinstance(block, Bullets):
            lines += [
                f"{n}. {item}" if block.numbered else f"{BULLET}{item}"
                for n, item in enumerate(block.items, start=1)
            ]
            lines.append("")
        elif isinstance(block, Table):
            for cells in block.rows:
                if block.txt == "tabs":
                    lines.append("\t".join(c.replace("\n", " ") for c in cells))
                else:
                    for cell in cells:
                        lines += [f"\t{line}" for line in cell.split("\n")]
            lines.append("")
        elif isinstance(block, PageBreak):
            lines.append("\f")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tests.spec_corpus.build OUT_DIR", file=sys.stderr)
        return 2
    for path in build(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
