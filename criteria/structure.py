"""One document model for every format a person specification arrives in.

:func:`read_structure` reads an upload into :class:`Structure`: a list of blocks (headings,
paragraphs, list items, tables made of rows of cells), from the format's own structure where
it has one, with plain text as the last resort:

- Word, ODT and RTF: :func:`criteria.documents.read_document` already writes tables cell by
  cell (merged cells padded so columns stay aligned) and list items with their markers, so the
  blocks are read back from that layout;
- PDF: ruled tables are found by pdfplumber from the lines drawn around their cells, and a
  cell's lines are joined when one only wrapped (the next word would not have fitted) and kept
  apart when the cell holds a list; text outside the tables is read line by line. When the
  PDF hides text (white, invisible, tiny), or pdfplumber cannot read it, the text layer read by
  :mod:`criteria.documents` is used instead, so nothing hidden gets in;
- text: runs of tab-separated lines are tables (a leading tab is an empty first cell unless
  every line of the run starts with one, as the Word reader writes them).

:meth:`Structure.text` renders the blocks back into the reader's layout (a table row is a line
starting with a tab, cells joined by tabs), which is what the person specification parser
reads. All reading limits and refusals stay in :mod:`criteria.documents`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from criteria.documents import Document, DocumentError, read_document

BlockKind = Literal["heading", "paragraph", "item", "table"]
ITEM = re.compile(r"^\s*(?:[•·▪■◦●○\-–—*]|\d{1,2}[.)]|[a-z][.)])\s+\S")
SETEXT_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,}|~{3,})\s*$")
# Words that start a new criterion in a cell, even after a line that filled the cell.
CRITERION_STARTS = frozenset(
    {
        "Ability",
        "Able",
        "Experience",
        "Knowledge",
        "Understanding",
        "Awareness",
        "Commitment",
        "Evidence",
        "Demonstrable",
        "Proven",
        "Excellent",
        "Good",
        "Willingness",
        "Full",
        "Current",
    }
)
WRAP_SLACK = 3.0  # points: a line that ends this close to the cell's edge filled it
# Bounds on the PDFs whose tables are looked for: a person specification is a few pages, and
# pdfplumber's table finder grows faster than linearly with the lines drawn on a page.
# Measured (2 cores): 300 cells on a page 0.9 s, 600 2.2 s, 1,000 7.8 s.
TABLE_PAGES = 60
MAX_DRAWN = 400  # rectangles, lines and curves on one page
MAX_DRAWN_TOTAL = 1500
MAX_CHARS = 30000


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()  # tables only; "\n" separates paragraphs in a cell


@dataclass(frozen=True)
class Structure:
    blocks: tuple[Block, ...]
    format: str
    hidden_text: tuple[str, ...] = field(default_factory=tuple)
    # paragraphs (PDF: lines) set wholly in italics, or in bold, read only where the text
    # speaks of them ("Requirements shown in italics are desirable", "Criteria printed in bold
    # are essential")
    italic: frozenset[str] = frozenset()
    bold: frozenset[str] = frozenset()

    @property
    def headings(self) -> frozenset[str]:
        """The texts the document itself marks as headings (Word heading styles)."""
        return frozenset(b.text.strip() for b in self.blocks if b.kind == "heading")

    @property
    def text(self) -> str:
        lines: list[str] = []
        for block in self.blocks:
            if block.kind != "table":
                lines.append(block.text)
                continue
            if lines and lines[-1] != "":
                lines.append("")
            width = max(len(row) for row in block.rows)
            for row in block.rows:
                cells = [_cell_line(cell) for cell in row] + [""] * (width - len(row))
                lines.append("\t" + "\t".join(cells))
            lines.append("")
        return "\n".join(lines).strip("\n") + "\n"


def _cell_line(cell: str) -> str:
    """A cell on one line: paragraphs joined by " • " (the Word reader's convention)."""
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part.startswith("• "):
            out = f"{out} {part}"
        else:
            out = f"{out} • {part}"
    return out.replace("\t", " ")


def read_structure(data: bytes, filename: str) -> Structure:
    """The blocks of an upload. Raises :class:`DocumentError` as :func:`read_document` does."""
    document = read_document(data, filename)
    italic, bold = (
        _styled(data, document.format, style) if mentioned.search(document.text) else frozenset()
        for style, mentioned in ((ITALIC, ITALICS_MENTIONED), (BOLD, BOLD_MENTIONED))
    )
    if document.format == "pdf" and not document.hidden_text:
        blocks = _pdf_blocks(data)
        if blocks:
            return Structure(blocks=tuple(blocks), format="pdf", italic=italic, bold=bold)
    structure = structure_of(document)
    if document.format in {"docx", "odt"}:
        headings = _docx_headings(data) if document.format == "docx" else _odt_headings(data)
        marked = tuple(
            Block("heading", b.text) if b.kind == "paragraph" and b.text.strip() in headings else b
            for b in structure.blocks
        )
        structure = Structure(marked, structure.format, structure.hidden_text)
    return Structure(structure.blocks, structure.format, structure.hidden_text, italic, bold)


ITALICS_MENTIONED = re.compile(r"\bitalic", re.I)
BOLD_MENTIONED = re.compile(r"\bin bold\b|\bbold (?:type|print|text)\b|\bemboldened\b", re.I)
# A style: its Word run property, and the words its PDF font names carry.
ITALIC = ("i", r"italic|oblique")
BOLD = ("b", r"bold|black|heavy|semibold|demi")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml_parts(data: bytes, *names: str) -> list[Any] | None:
    """The named XML parts of a Word or ODT file (None for a part it lacks), or None when
    they cannot be read. :func:`read_document` has already checked the file (size, no DTDs);
    lxml walks the XML once, where python-docx's runs grow quadratic on hostile paragraphs."""
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            present = set(archive.namelist())
            return [
                etree.fromstring(archive.read(name), parser) if name in present else None
                for name in names
            ]
    except Exception:  # read_document accepted the file; a quirk here must not lose the import
        return None


def _styled(data: bytes, fmt: str, style: tuple[str, str]) -> frozenset[str]:
    if fmt == "docx":
        return _docx_styled(data, style[0])
    if fmt == "pdf":
        return _pdf_styled(data, style[1])
    return frozenset()


def _docx_styled(data: bytes, mark: str) -> frozenset[str]:
    """The text of paragraphs whose every run of text has the style (``mark``: "i" italic, "b"
    bold; direct formatting)."""
    parts = _xml_parts(data, "word/document.xml")
    if parts is None or parts[0] is None:
        return frozenset()
    body = parts[0]
    found = set()
    for paragraph in body.iter(f"{W}p"):
        runs = [r for r in paragraph.iter(f"{W}r") if _run_text(r).strip()]
        if runs and all(_run_styled(run, mark) for run in runs):
            found.add(" ".join("".join(_run_text(r) for r in runs).split()))
    return frozenset(found)


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(f"{W}t"))


def _run_styled(run: Any, mark: str) -> bool:
    found = run.find(f"{W}rPr/{W}{mark}")
    return found is not None and found.get(f"{W}val", "true") not in {"0", "false", "off"}


def _pdf_styled(data: bytes, fonts: str) -> frozenset[str]:
    """The text of PDF lines set wholly in a font whose name carries ``fonts`` ("Italic",
    "Oblique"; "Bold")."""
    try:
        import pdfplumber
    except ImportError:
        return frozenset()
    found = set()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > TABLE_PAGES:
                return frozenset()
            for page in pdf.pages:
                if len(page.chars) > MAX_CHARS:
                    return frozenset()
                for line in page.extract_text_lines(return_chars=True):
                    chars = [c for c in line["chars"] if c["text"].strip()]
                    if chars and all(
                        re.search(fonts, c.get("fontname", ""), re.I) for c in chars
                    ):
                        found.add(" ".join(line["text"].split()))
    except Exception:  # pdfplumber raises widely on odd files; no style is the safe reading
        return frozenset()
    return frozenset(found)


def _odt_headings(data: bytes) -> frozenset[str]:
    """The text of an ODT's headings (text:h), outside tables."""
    text_ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    table_ns = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    parts = _xml_parts(data, "content.xml")
    if parts is None or parts[0] is None:
        return frozenset()
    content = parts[0]
    found = set()
    for heading in content.iter(f"{text_ns}h"):
        if any(a.tag == f"{table_ns}table" for a in heading.iterancestors()):
            continue
        text = "".join(heading.itertext()).strip()
        if text:
            found.add(text)
    return frozenset(found)


def _docx_headings(data: bytes) -> frozenset[str]:
    """The text of paragraphs Word styles as headings (Title, Heading 1-9), outside tables."""
    namespace = W
    parts = _xml_parts(data, "word/document.xml", "word/styles.xml")
    if parts is None or parts[0] is None:
        return frozenset()
    body, styles = parts
    heading_ids = {"Title"} | {f"Heading{n}" for n in range(1, 10)}
    if styles is not None:
        for style in styles.iter(f"{namespace}style"):
            name = style.find(f"{namespace}name")
            value = (name.get(f"{namespace}val") or "") if name is not None else ""
            if value == "Title" or value.lower().startswith("heading"):
                heading_ids.add(style.get(f"{namespace}styleId") or "")
    found = set()
    for paragraph in body.iter(f"{namespace}p"):
        style = paragraph.find(f"{namespace}pPr/{namespace}pStyle")
        if style is None or style.get(f"{namespace}val") not in heading_ids:
            continue
        if any(a.tag == f"{namespace}tbl" for a in paragraph.iterancestors()):
            continue
        text = "".join(t.text or "" for t in paragraph.iter(f"{namespace}t")).strip()
        if text:
            found.add(text)
    return frozenset(found)


def structure_of(document: Document) -> Structure:
    text = document.text
    if document.format in {"txt", "rtf"}:
        text = _spaced_tables(text)
    return Structure(
        blocks=tuple(blocks_from_text(text)),
        format=document.format,
        hidden_text=tuple(document.hidden_text),
    )


SPACES = re.compile(r"\S+(?: {1,2}\S+)*")
CHARACTER_WIDTH = 2.5  # a text column in "points": three spaces are wider than COLUMN_GAP


def _spaced_tables(text: str) -> str:
    """Tables laid out with runs of spaces in a text export ("Criteria      E/D   Assessed"),
    found as in an unruled PDF (a header line of column names, columns the next lines keep
    to), rewritten as tab-separated rows; every other line is left exactly as it was."""
    lines = text.split("\n")
    if not any("   " in line for line in lines):
        return text
    positioned = []
    for number, line in enumerate(lines):
        words = [
            _Segment(m.start() * CHARACTER_WIDTH, m.end() * CHARACTER_WIDTH, m.group(0), 0.0)
            for m in re.finditer(r"\S+", line)
        ]
        for word in words:
            word.first_word_width = word.x1 - word.x0
        if words and "\t" not in line:
            top = number * 10.0
            positioned.append((number, _Line(top, top + 3, words, _joined(words, COLUMN_GAP))))
    out = list(lines)
    index = 0
    while index < len(positioned):
        number, line = positioned[index]
        if not _is_header(line):
            index += 1
            continue
        starts = [segment.x0 for segment in line.segments]
        run = [entry[1] for entry in positioned[index:]]
        rows, used = _unruled_rows(run, 1, starts, right=max(len(x) for x in lines) * 3.0)
        if not rows:
            index += 1
            continue
        last = positioned[index + used - 1][0]
        table = ["\t" + "\t".join(s.text for s in line.segments)]
        table += ["\t" + "\t".join(row) for row in rows]
        out[number : last + 1] = [*table, *[None] * (last + 1 - number - len(table))]
        index += used
    return "\n".join(line for line in out if line is not None)


def blocks_from_text(text: str) -> list[Block]:
    """Blocks from text in the reader's layout or from a plain text export.

    Lines holding one cell after a leading tab (the one-cell-per-line layout some exports
    give) are left as they are, for the row reader to group.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if (cell_table := _cell_per_line_table(lines, index)) is not None:
            table, index = cell_table
            blocks.append(table)
            continue
        if _table_line(line):
            end = index
            while end < len(lines) and (_table_line(lines[end]) or _spanning_row(lines, end)):
                end += 1
            run = lines[index:end]
            marked = all(r.startswith("\t") for r in run if _table_line(r))
            rows = tuple(
                tuple(c.strip() for c in (r[1:] if marked and r[:1] == "\t" else r).split("\t"))
                for r in run
            )
            blocks.append(Block("table", rows=tuple(_trim(row) for row in rows)))
            index = end
            continue
        stripped = line.strip()
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if stripped and SETEXT_UNDERLINE.match(following) and len(stripped.split()) <= 12:
            # "Essential criteria" over "==================": a heading, as Markdown has it
            blocks.append(Block("heading", stripped))
            index += 2
            continue
        if not stripped:
            blocks.append(Block("paragraph", line))
        elif ITEM.match(line):
            blocks.append(Block("item", line))
        else:
            blocks.append(Block("paragraph", line))
        index += 1
    return blocks


def _cell_per_line_table(lines: list[str], index: int) -> tuple[Block, int] | None:
    """A table exported one cell per line (each line a tab and one cell) with no blank line
    between its rows: the header's cells (column names) give the row length."""
    if not lines[index].startswith("\t") or _table_line(lines[index]):
        return None
    end = index
    while end < len(lines) and lines[end].startswith("\t") and not _table_line(lines[end]):
        end += 1
    cells = [line[1:].strip() for line in lines[index:end]]
    width = 0
    while (
        width < len(cells)
        and len(cells[width].split()) <= 5
        and (not cells[width] or HEADER_WORDS.match(cells[width]))
    ):
        width += 1
    named = sum(1 for cell in cells[:width] if cell)
    if (named < 2 or width < 2) and cells and HEADER_WORDS.match(cells[0]):
        # "Criteria | Community Care Officer | Senior Community Care Officer": the other
        # columns are named by role, so the row length is the one that keeps columns consistent
        # (category rows across the table shift the cells after them)
        scored = [
            (
                max(
                    _consistency([tuple(cells[i : i + w]) for i in range(w, len(cells), w)], w),
                    _consistency(_with_spanning_rows(cells[w:], w), w),
                ),
                -w,
            )
            for w in range(2, 9)
            if len(cells) >= 3 * w and all(len(c.split()) <= 6 for c in cells[:w])
        ]
        best = max(scored, default=(0.0, 0))
        if best[0] >= 0.95:
            width, named = -best[1], 2
    if named < 2 or width < 2 or len(cells) < 2 * width:
        return None
    header = tuple(cells[:width])
    cells = [*header, *_bullets_joined(cells[width:])]
    plain = [tuple(cells[i : i + width]) for i in range(width, len(cells), width)]
    spanning = _with_spanning_rows(cells[width:], width)
    # rows across the table (category headings on one line) shift every later cell; keep the
    # grouping whose columns are consistent (words in one, ticks or codes in another)
    body = spanning if _consistency(spanning, width) > _consistency(plain, width) else plain
    return Block("table", rows=tuple(_trim(row) for row in [header, *body])), end


CELL_BULLET = re.compile(r"^[•·▪■◦●○*\-–]\s+\S")


def _bullets_joined(cells: list[str]) -> list[str]:
    """A lead-in's bullets, each exported on a line of its own, back in the cell they belong
    to ("Knowledge of:" then "• Care Act 2014", "• Mental Health Act 1983"). Bullets after
    anything else may be two cells' lists run together, and are left as they are."""
    joined: list[str] = []
    for cell in cells:
        lead_in = joined and joined[-1].split("\n")[0].rstrip().endswith(":")
        if lead_in and CELL_BULLET.match(cell):
            joined[-1] = f"{joined[-1]}\n{cell}"
        else:
            joined.append(cell)
    return joined


def _with_spanning_rows(cells: list[str], width: int) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    position = 0
    while position < len(cells):
        following = cells[position + 1] if position + 1 < len(cells) else ""
        heading = cells[position]
        if _wordy(heading) and _wordy(following) and _heading_like(heading):
            rows.append((cells[position],))  # a row across the table: a category heading
            position += 1
            continue
        rows.append(tuple(cells[position : position + width]))
        position += width
    return rows


def _heading_like(cell: str) -> bool:
    """Short enough to head a group of rows ("Knowledge"), not a cell of criteria run
    together; a bullet on its own line stays a row of its own."""
    if CELL_BULLET.match(cell):
        return True
    return len(cell.split()) <= 6 and ";" not in cell and not cell.rstrip().endswith(".")


def _consistency(rows: list[tuple[str, ...]], width: int) -> float:
    """How far each column holds one kind of cell (words, or ticks and codes), averaged."""
    shares = []
    for column in range(width):
        kinds = [_wordy(row[column]) for row in rows if len(row) == width and row[column].strip()]
        if kinds:
            wordy = sum(kinds) / len(kinds)
            shares.append(max(wordy, 1 - wordy))
    return sum(shares) / len(shares) if shares else 0.0


VALUE_CELL = re.compile(
    r"^(?:|[✓✔√x×-]|–|n/a|yes|no|e|d|[A-Z]{1,4}(?:\s*[/,.&]\s*[A-Z]{1,4})*|\d{1,3})$", re.I
)


def _wordy(cell: str) -> bool:
    """A cell of words, not a tick, a code, a number or nothing."""
    return not VALUE_CELL.match(cell.strip())


def _table_line(line: str) -> bool:
    """A line with two or more cells (a single cell after a tab is one-cell-per-line)."""
    body = line[1:] if line.startswith("\t") else line
    if line.startswith("\t") and body.endswith("\t") and body.strip():
        return True  # a row whose merged cell is padded with empty ones
    return "\t" in body.strip("\t ") or (line.startswith("\t\t") and bool(line.strip()))


def _spanning_row(lines: list[str], index: int) -> bool:
    """A short line between two rows of a text table is a row that spans it ("Knowledge")."""
    line = lines[index].strip()
    return (
        bool(line)
        and len(line.split()) <= 8
        and index + 1 < len(lines)
        and _table_line(lines[index + 1])
        and index > 0
        and _table_line(lines[index - 1])
    )


def _trim(row: tuple[str, ...]) -> tuple[str, ...]:
    cells = list(row)
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


# --- PDF ----------------------------------------------------------------------------------------


def _pdf_blocks(data: bytes) -> list[Block] | None:
    """Blocks of a PDF with its tables, ruled or not; None when it has no table (pypdf's text
    stands then) or cannot be read."""
    try:
        import pdfplumber
    except ImportError:
        return None
    blocks: list[Block] = []
    columns: list[float] | None = None  # an unruled table still open at the foot of a page
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > TABLE_PAGES:
                return None
            total = 0
            for page in pdf.pages:
                drawn = len(page.rects) + len(page.lines) + len(page.curves)
                total += drawn
                if drawn > MAX_DRAWN or total > MAX_DRAWN_TOTAL or len(page.chars) > MAX_CHARS:
                    return None  # table finding grows fast with these; the text layer stands
                tables = [t for t in page.find_tables() if _real_table(t)]
                page_blocks, columns = _page_blocks(page, tables, columns)
                blocks.extend(page_blocks)
    except Exception:  # pdfplumber and pdfminer raise widely on odd files; pypdf's text stands
        return None
    return blocks if any(block.kind == "table" for block in blocks) else None


def _real_table(table: Any) -> bool:
    return len(table.rows) >= 2 and max(len(row.cells) for row in table.rows) >= 2


def _page_blocks(
    page: Any, tables: list[Any], columns: list[float] | None
) -> tuple[list[Block], list[float] | None]:
    """The page's blocks, and the columns of an unruled table that runs on to the next page."""
    placed: list[tuple[float, Block]] = []
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        middle_x = (obj["x0"] + obj["x1"]) / 2
        middle_y = (obj["top"] + obj["bottom"]) / 2
        return not any(
            x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes
        )

    lines = _word_lines(page.filter(outside).extract_words())
    unruled, columns = _unruled(lines, right=page.width, continuing=columns)
    placed.extend(unruled)
    for table in tables:
        rows: list[tuple[str, ...]] = []
        for row in table.rows:
            cells = [_cell_text(page, box) if box is not None else "" for box in row.cells]
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            placed.append((table.bbox[1], Block("table", rows=tuple(rows))))
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed], columns


# --- PDF tables without ruling: columns from the header's words ---------------------------------

COLUMN_GAP = 6.0  # points between two words that sit in different columns
# A test as a stage column's name: "Test", "Practical test", "Written exercise".
TEST_STAGE_WORDS = r"(?:(?:practical|written|skills) )?(?:test|exercise)"
HEADER_WORDS = re.compile(
    r"^(?:essential|desirable|criteria|criterion|requirements?|how (?:assessed|identified|tested"
    r"|measured|evidenced|demonstrated)|method|assess(?:ed|ment)|measured|tested|identified"
    r"|m\.?\s?o\.?\s?a\.?|weight(?:ing)?|score|rating|priority|importance|e\s?/\s?d"
    rf"|application(?: form)?|interview|{TEST_STAGE_WORDS}"
    r"|presentation|category|attributes?|area|factors?"
    r"|specification|evidence|stage)\b",
    re.I,
)


# A line that starts a role's next part, never a row of the table above it.
OUTSIDE_TABLE = re.compile(
    r"^(?:person specification|(?:job |post )?title\s*:|grade\s*:|band\s*:|post\s*:|role\s*:"
    r"|position\s*:|job description\b|section \w+\b"
    r"|(?:essential|desirable)(?: criteria| requirements)?\s*:?$)",
    re.I,
)


@dataclass
class _Segment:
    x0: float
    x1: float
    text: str
    first_word_width: float


@dataclass
class _Line:
    top: float
    bottom: float
    words: list[_Segment]  # one per word
    segments: list[_Segment]  # words joined where the gap between them is narrow

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def _word_lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words grouped into lines (same baseline), each line also cut where a wide gap is."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        items = [_Segment(w["x0"], w["x1"], w["text"], w["x1"] - w["x0"]) for w in row]
        lines.append(
            _Line(
                min(w["top"] for w in row),
                max(w["bottom"] for w in row),
                items,
                _joined(items, COLUMN_GAP),
            )
        )
    return lines


def _joined(words: list[_Segment], gap: float) -> list[_Segment]:
    segments: list[_Segment] = []
    for word in words:
        if segments and word.x0 - segments[-1].x1 <= gap:
            segments[-1] = _Segment(
                segments[-1].x0,
                word.x1,
                f"{segments[-1].text} {word.text}",
                segments[-1].first_word_width,
            )
        else:
            segments.append(word)
    return segments


def _is_header(line: _Line) -> bool:
    segments = line.segments
    named = sum(1 for s in segments if HEADER_WORDS.match(s.text))
    return len(segments) >= 2 and named >= 2 and all(len(s.text.split()) <= 5 for s in segments)


def _unruled(
    lines: list[_Line], *, right: float, continuing: list[float] | None = None
) -> tuple[list[tuple[float, Block]], list[float] | None]:
    """Paragraphs, and tables found from a header line of column names whose columns the
    following lines keep to; a row ends at a gap taller than the line spacing. ``continuing``:
    the columns of a table the previous page ended in, which this page's first lines may carry
    on. Returns the blocks and the columns of a table still open at the foot of the page."""
    placed: list[tuple[float, Block]] = []
    margin = min((line.segments[0].x0 for line in lines), default=0.0)
    index = 0
    open_columns: list[float] | None = None
    if continuing is not None and lines and not _is_header(lines[0]):
        rows, index = _unruled_rows(lines, 0, continuing, right=right)
        if rows:
            placed.append((lines[0].top, Block("table", rows=tuple(rows))))
            open_columns = continuing if index >= len(lines) else None
    while index < len(lines):
        line = lines[index]
        if not _is_header(line):
            text = line.text.strip()
            placed.append((line.top, Block("item" if ITEM.match(text) else "paragraph", text)))
            index += 1
            continue
        starts = [segment.x0 for segment in line.segments]
        if starts[0] > margin + 20:
            starts.insert(0, margin)  # an unlabelled first column
        header = [""] * (len(starts) - len(line.segments)) + [s.text for s in line.segments]
        rows, index = _unruled_rows(lines, index + 1, starts, right=right)
        placed.append((line.top, Block("table", rows=(tuple(header), *rows))))
        open_columns = starts if index >= len(lines) else None
    return placed, open_columns


def _unruled_rows(
    lines: list[_Line], index: int, starts: list[float], *, right: float
) -> tuple[list[tuple[str, ...]], int]:
    ends = [*(start - COLUMN_GAP for start in starts[1:]), right - 20]  # when a column is empty
    rows: list[list[list[tuple[_Line, _Segment]]]] = []
    previous: _Line | None = None
    above = lines[index - 1] if index > 0 else lines[index]
    height = max(above.bottom - above.top, 1.0)
    while index < len(lines):
        line = lines[index]
        placed = _columns_of(line, starts)
        gap = line.top - (previous.bottom if previous else above.bottom) if index else 0.0
        if placed is None or gap > 3 * height:
            break
        new_row = previous is None or gap > 0.6 * height
        if new_row and OUTSIDE_TABLE.match(line.text):
            break
        if new_row:
            rows.append([[] for _ in starts])
        for column, segment in placed:
            rows[-1][column].append((line, segment))
        previous = line
        index += 1
    # a column's right edge is where its longest line ends: a line that stops short of it by
    # less than the next word's width only wrapped
    edges = [
        max((seg.x1 for row in rows for _, seg in row[column]), default=ends[column])
        for column in range(len(starts))
    ]
    out = [
        tuple(_join_cell(cell, edges[column]) for column, cell in enumerate(row)) for row in rows
    ]
    return [row for row in out if any(row)], index


def _columns_of(line: _Line, starts: list[float]) -> list[tuple[int, _Segment]] | None:
    """The line's words by column, joined into one piece per column; None when a word does
    not fit the columns (prose running across them)."""
    by_column: dict[int, list[_Segment]] = {}
    for word in line.words:
        column = max((i for i, start in enumerate(starts) if start <= word.x0 + 3), default=None)
        if column is None:
            return None
        if column + 1 < len(starts) and word.x1 > starts[column + 1] + 1:
            return None  # runs across the next column: prose, not a table row
        by_column.setdefault(column, []).append(word)
    return [(column, _joined(words, 1e9)[0]) for column, words in sorted(by_column.items())]


def _join_cell(pieces: list[tuple[_Line, _Segment]], end: float) -> str:
    out: list[str] = []
    previous: _Segment | None = None
    for _, segment in pieces:
        text = segment.text.strip()
        first = text.split()[0] if text else ""
        wrapped = previous is not None and previous.x1 + segment.first_word_width + 3 > end
        if out and ((wrapped and first not in CRITERION_STARTS) or text[:1].islower()):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        previous = segment
    return "\n".join(out)


def _cell_text(page: Any, box: tuple[float, float, float, float]) -> str:
    """A cell's text: a line that only wrapped (it reached the cell's edge, or the next word
    would not have fitted after it) joins the next; other lines are separate paragraphs."""
    _, _, x1, _ = box
    lines = page.crop(box).extract_text_lines()
    out: list[str] = []
    previous: dict[str, Any] | None = None
    for line in lines:
        text = line["text"].strip()
        if not text:
            continue
        if previous is not None and out:
            first_word = text.split()[0]
            chars = line["chars"][: len(first_word)]
            word_width = sum(c["x1"] - c["x0"] for c in chars) + 3
            wrapped = previous["x1"] + word_width >= x1 - WRAP_SLACK
            if (wrapped and first_word not in CRITERION_STARTS) or text[:1].islower():
                out[-1] = f"{out[-1]} {text}"
                previous = line
                continue
        out.append(text)
        previous = line
    return "\n".join(out)


__all__ = ["Block", "DocumentError", "Structure", "blocks_from_text", "read_structure"]
