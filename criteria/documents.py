"""Read the text of an uploaded document: Word (.docx), PDF, ODT, RTF or plain text.

:func:`read_document` sniffs the content (never the file name), returns the text a reader sees
and sets aside any text a reader cannot see (white-on-white, hidden, microscopic), so neither a
person specification nor a supporting statement can carry invisible words into scoring.

Layout of :attr:`Document.text`:

- one paragraph per line; list items start with their marker (``"• "`` or ``"1. "``);
- a table row is one line that starts with a tab, its cells joined by tabs (a horizontally
  merged cell is followed by empty cells so columns stay aligned); paragraphs inside one cell
  are joined by ``" • "`` unless they already start with a list marker; a blank line ends a table;
- line endings are ``"\\n"``; trailing spaces are removed. Offsets index this exact string.

Every failure is a :class:`DocumentError` whose message is one line a recruiter can act on.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from criteria.reflow import reflow

MAX_BYTES = 10_000_000
MAX_UNCOMPRESSED_BYTES = 50_000_000
MAX_PDF_PAGES = 200  # bounds the time one PDF can take: a statement is a few pages
NOT_A_DOCUMENT = "not a Word document, PDF, ODT, RTF or text file"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Formats that are certainly not documents, recognised so they never fall through to "text".
BINARY_MAGICS = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"MZ",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"Rar!",
    b"7z\xbc\xaf",
)
# What reading a damaged zip member can raise (zlib.error: a corrupt deflate stream).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,  # an unsupported zip version or compression method
    OSError,
    RuntimeError,
    ValueError,
    EOFError,
)
# Bounds on what reading one document may cost, whatever its size on disk: parsers build objects
# per element or operator (odfpy about 1.3 KB per element), so a small file packed with empty
# paragraphs, runs or text operators could take seconds and hundreds of MB. A statement or a
# person specification of a few dozen pages is far inside every bound.
MAX_XML_BYTES = 10_000_000  # all XML parts of a .docx or .odt, unpacked
MAX_XML_ELEMENTS = 60_000
MAX_PARAGRAPHS = 10_000
MAX_RUNS = 20_000
# Operators and operands in every page's content, a Form XObject's counted each time it is drawn.
MAX_PDF_TOKENS = 80_000  # a dense page of prose has about 1,000
TOO_COMPLEX = "the document is too complex to read ({what}); save it as plain text and upload that"
PARAGRAPH_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?[ph][\s/>]")
RUN_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:r|span)[\s/>]")
HIDDEN_DOCX_HALF_POINTS = 8  # text under 4pt is unreadable
HIDDEN_PDF_POINTS = 2.0


class DocumentError(ValueError):
    """A document that cannot be read; ``str(error)`` is one line a recruiter understands."""


@dataclass(frozen=True)
class Document:
    text: str
    format: str  # "docx" | "pdf" | "txt" | "odt" | "rtf"
    hidden_text: list[str] = field(default_factory=list)


def read_document(data: bytes, filename: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """The visible text of ``data``; ``filename`` is only used to word messages, never trusted."""
    if len(data) > max_bytes:
        raise DocumentError(f"file is larger than {max_bytes // 1_000_000} MB")
    if not data.strip():
        raise DocumentError("the file is empty")
    reader = _sniff(data)
    document = reader(data)
    text = _normalise(reflow(document.text) if document.format == "pdf" else document.text)
    if not text.strip():
        if document.format == "pdf":
            raise DocumentError(
                "the PDF has no text layer (a scan?); paste the text or upload the Word version"
            )
        raise DocumentError("the document contains no text")
    hidden = [h for h in (" ".join(part.split()) for part in document.hidden_text) if h]
    return Document(text=text, format=document.format, hidden_text=hidden)


def _sniff(data: bytes) -> Callable[[bytes], Document]:
    head = data[:1024]
    if b"%PDF-" in head:
        return _read_pdf
    stripped = data.lstrip()
    if stripped.startswith(b"{\\rtf"):
        return _read_rtf
    if data.startswith(OLE2_MAGIC):
        raise DocumentError(
            "this is an old Word (.doc) file or a password-protected Office file; "
            "save it as .docx without a password and upload it again"
        )
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_reader(data)
    if data.startswith(BINARY_MAGICS):
        raise DocumentError(NOT_A_DOCUMENT)
    return _read_text


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\x0b", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = [line.rstrip(" \u00a0") for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# --- zip containers (.docx, .odt) -------------------------------------------------------------


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise DocumentError(
            "the file is damaged or incomplete (not a readable Word/ODT file)"
        ) from None
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            f"the document unpacks to more than {MAX_UNCOMPRESSED_BYTES // 1_000_000} MB; "
            "it cannot be a person specification or statement"
        )
    return archive


def _zip_reader(data: bytes) -> Callable[[bytes], Document]:
    archive = _open_zip(data)
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return _read_docx
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype").strip()
        except ZIP_ERRORS:
            raise DocumentError("the file is damaged or incomplete") from None
        if mimetype == ODT_MIMETYPE:
            return _read_odt
    if "EncryptedPackage" in names:
        raise DocumentError("the document is password-protected; remove the password first")
    raise DocumentError(NOT_A_DOCUMENT)


def _check_xml_parts(archive: zipfile.ZipFile) -> None:
    """Refuse DTDs (entity declarations are how XML bombs and external entities get in) and
    parts whose parse would cost more than any real document's (:data:`MAX_XML_ELEMENTS` ...)."""
    parts = [info for info in archive.infolist() if info.filename.endswith((".xml", ".rels"))]
    if sum(info.file_size for info in parts) > MAX_XML_BYTES:
        raise DocumentError(TOO_COMPLEX.format(what=f"over {MAX_XML_BYTES // 1_000_000} MB of XML"))
    elements = paragraphs = runs = 0
    for info in parts:
        try:
            content = archive.read(info)
        except ZIP_ERRORS:
            raise DocumentError("the file is damaged or incomplete") from None
        if content.startswith((b"\xff\xfe", b"\xfe\xff")) or content[:2] in {b"<\x00", b"\x00<"}:
            raise DocumentError("the document has a UTF-16 XML part, which is refused")
        upper = content[:4096].upper() if b"<!" not in content[4096:] else content.upper()
        if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
            raise DocumentError("the document contains a DOCTYPE declaration, which is refused")
        elements += content.count(b"<") - content.count(b"</")
        if elements > MAX_XML_ELEMENTS:  # checked first: it bounds the two counts below
            raise DocumentError(
                TOO_COMPLEX.format(what=f"more than {MAX_XML_ELEMENTS:,} XML elements")
            )
        paragraphs += len(PARAGRAPH_RE.findall(content))
        runs += len(RUN_RE.findall(content))
    for count, limit, what in (
        (paragraphs, MAX_PARAGRAPHS, "paragraphs"),
        (runs, MAX_RUNS, "runs of text"),
    ):
        if count > limit:
            raise DocumentError(TOO_COMPLEX.format(what=f"more than {limit:,} {what}"))


# --- .docx ------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _read_docx(data: bytes) -> Document:
    import docx  # imported here: the reader is optional for callers that never see Word files
    from docx.opc.exceptions import PackageNotFoundError

    archive = _open_zip(data)
    _check_xml_parts(archive)
    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, *ZIP_ERRORS):
        raise DocumentError("the Word document is damaged or incomplete") from None
    except Exception as error:  # lxml's XMLSyntaxError and friends: a corrupt part
        raise DocumentError(f"the Word document is damaged ({type(error).__name__})") from None
    reader = _DocxReader(word)
    lines = list(reader.block_lines(word.element.body))
    return Document(text="\n".join(lines), format="docx", hidden_text=reader.hidden)


def _val(element: Any, tag: str, attribute: str = "val") -> str | None:
    if element is None:
        return None
    child = element.find(_w(tag))
    if child is None:
        return None
    return child.get(_w(attribute))


def _on(element: Any, tag: str) -> bool | None:
    """A Word toggle property: None when absent."""
    if element is None:
        return None
    child = element.find(_w(tag))
    if child is None:
        return None
    return child.get(_w("val"), "true") not in {"0", "false", "off"}


class _DocxReader:
    def __init__(self, word: Any) -> None:
        self.word = word
        self.hidden: list[str] = []
        self.styles = {}
        styles_element = word.styles.element
        for style in styles_element.findall(_w("style")):
            self.styles[style.get(_w("styleId"))] = style
        self.default_rpr = styles_element.find(
            f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}"
        )
        self.counters: dict[tuple[str, str], int] = {}
        self.numbering = self._numbering_formats()

    # numbering: numId -> ilvl -> (format, level text)
    def _numbering_formats(self) -> dict[str, dict[str, tuple[str, str]]]:
        try:
            numbering = self.word.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, dict[str, tuple[str, str]]] = {}
        for node in numbering.findall(_w("abstractNum")):
            levels = {}
            for level in node.findall(_w("lvl")):
                levels[level.get(_w("ilvl"), "0")] = (
                    _val(level, "numFmt") or "decimal",
                    _val(level, "lvlText") or "",
                )
            abstract[node.get(_w("abstractNumId"), "")] = levels
        formats = {}
        for num in numbering.findall(_w("num")):
            formats[num.get(_w("numId"), "")] = abstract.get(_val(num, "abstractNumId") or "", {})
        return formats

    def _style_chain(self, style_id: str | None) -> Iterator[Any]:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def _run_property(self, run: Any, ppr: Any, getter: Callable[[Any], Any]) -> Any:
        """A run property as Word resolves it: run, character style, paragraph style, defaults
        (``ppr``: the paragraph's properties, found once per paragraph: looking them up per run
        made a paragraph of many runs cost the square of their number)."""
        rpr = run.find(_w("rPr"))
        value = getter(rpr)
        if value is not None:
            return value
        for style in self._style_chain(_val(rpr, "rStyle")):
            value = getter(style.find(_w("rPr")))
            if value is not None:
                return value
        for style in self._style_chain(_val(ppr, "pStyle") or "Normal"):
            value = getter(style.find(_w("rPr")))
            if value is not None:
                return value
        return getter(self.default_rpr)

    def _run_hidden(self, run: Any, ppr: Any, background: str) -> bool:
        if self._run_property(run, ppr, lambda rpr: _on(rpr, "vanish")):
            return True
        if self._run_property(run, ppr, lambda rpr: _on(rpr, "specVanish")):
            return True
        size = self._run_property(run, ppr, lambda rpr: _val(rpr, "sz"))
        if size is not None and size.isdigit() and int(size) < HIDDEN_DOCX_HALF_POINTS:
            return True
        colour = self._run_property(run, ppr, lambda rpr: _val(rpr, "color"))
        if colour is None or colour.lower() == "auto":
            return False
        rpr = run.find(_w("rPr"))
        run_fill = _val(rpr, "shd", "fill")
        highlight = _val(rpr, "highlight")
        if run_fill and run_fill.lower() != "auto":
            background = run_fill
        elif highlight and highlight.lower() != "none":
            background = HIGHLIGHTS.get(highlight.lower(), "")
        return colour.upper() == background.upper()

    def _list_marker(self, paragraph: Any) -> str:
        ppr = paragraph.find(_w("pPr"))
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        if numpr is None:
            for style in self._style_chain(_val(ppr, "pStyle")):
                style_ppr = style.find(_w("pPr"))
                numpr = style_ppr.find(_w("numPr")) if style_ppr is not None else None
                if numpr is not None:
                    break
        if numpr is None:
            return ""
        num_id = _val(numpr, "numId") or ""
        level = _val(numpr, "ilvl") or "0"
        if num_id == "0":
            return ""
        number_format, level_text = self.numbering.get(num_id, {}).get(level, ("bullet", ""))
        if number_format in {"bullet", "none"} or "%" not in level_text:
            return "• "
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, 0) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > level]:
            del self.counters[deeper]
        count = self.counters[key]
        rendered = FORMATTERS.get(number_format, str)(count)
        return re.sub(r"%\d", rendered, level_text, count=1).replace("%", "") + " "

    def paragraph_text(self, paragraph: Any, background: str) -> str:
        parts: list[str] = []
        hidden: list[str] = []
        ppr = paragraph.find(_w("pPr"))
        for run in self._runs(paragraph):
            text = _run_text(run)
            if not text:
                continue
            if self._run_hidden(run, ppr, background):
                hidden.append(text)
            else:
                parts.append(text)
        if hidden:
            self.hidden.append("".join(hidden))
        text = "".join(parts)
        if not text.strip():
            return ""
        return self._list_marker(paragraph) + text

    def _runs(self, paragraph: Any) -> Iterator[Any]:
        """The runs of this paragraph in order (hyperlinks, insertions, fields, content
        controls included; deleted text and text boxes' duplicate fallbacks left out)."""
        stack = list(reversed(list(paragraph)))
        while stack:
            node = stack.pop()
            tag = node.tag
            if tag == _w("r"):
                yield node
            elif tag in {_w("del"), _w("moveFrom"), _w("pPr"), f"{{{MC}}}Fallback"}:
                continue
            elif isinstance(tag, str):
                stack.extend(reversed(list(node)))

    def block_lines(self, container: Any, background: str = "FFFFFF") -> Iterator[str]:
        for child in container:
            if child.tag == _w("p"):
                yield self.paragraph_text(child, background)
                for box in self._text_boxes(child):
                    yield from self.block_lines(box, background)
            elif child.tag == _w("tbl"):
                yield from self.table_lines(child)
                yield ""
            elif child.tag in {_w("sdt"), _w("customXml")}:
                content = child.find(_w("sdtContent"))
                yield from self.block_lines(content if content is not None else child, background)

    def _text_boxes(self, paragraph: Any) -> Iterator[Any]:
        """Text boxes anchored in this paragraph, each once: Word stores a DrawingML box and a
        VML copy of it (in mc:Fallback); only the first is read."""
        for box in paragraph.iter(_w("txbxContent")):
            ancestor = box.getparent()
            inside_fallback = False
            nested = False
            while ancestor is not None and ancestor is not paragraph:
                if ancestor.tag == f"{{{MC}}}Fallback":
                    inside_fallback = True
                if ancestor.tag == _w("txbxContent"):
                    nested = True  # read with its outer box
                ancestor = ancestor.getparent()
            if not inside_fallback and not nested:
                yield box

    def table_lines(self, table: Any) -> Iterator[str]:
        for row in table.iter(_w("tr")):
            if row.getparent() is not table:
                continue  # a nested table's row: read as part of its cell
            cells: list[str] = []
            for cell in row.findall(_w("tc")):
                tcpr = cell.find(_w("tcPr"))
                span = _val(tcpr, "gridSpan")
                merge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                fill = _val(tcpr, "shd", "fill")
                background = fill if fill and fill.lower() != "auto" else "FFFFFF"
                if merge is not None and merge.get(_w("val"), "continue") == "continue":
                    text = ""
                else:
                    text = self.cell_text(cell, background)
                cells.append(text)
                cells.extend([""] * (int(span) - 1 if span and span.isdigit() else 0))
            if any(cells):
                yield "\t" + "\t".join(cells)

    def cell_text(self, cell: Any, background: str) -> str:
        pieces: list[str] = []
        for child in cell:
            if child.tag == _w("tbl"):
                lines = [line.strip("\t").replace("\t", " ") for line in self.table_lines(child)]
            else:
                lines = list(self.block_lines([child], background))
            for line in lines:
                line = line.replace("\t", " ").strip()
                if not line:
                    continue
                if pieces and not LIST_MARKER.match(line):
                    pieces.append("• " + line)
                else:
                    pieces.append(line)
        return " ".join(pieces)


LIST_MARKER = re.compile(r"^(?:•|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,4}[.)]) ")
HIGHLIGHTS = {
    "black": "000000",
    "blue": "0000FF",
    "cyan": "00FFFF",
    "green": "00FF00",
    "magenta": "FF00FF",
    "red": "FF0000",
    "yellow": "FFFF00",
    "white": "FFFFFF",
    "darkblue": "000080",
    "darkcyan": "008080",
    "darkgreen": "008000",
    "darkmagenta": "800080",
    "darkred": "800000",
    "darkyellow": "808000",
    "darkgray": "808080",
    "lightgray": "C0C0C0",
}


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def _letter(number: int) -> str:
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


FORMATTERS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        tag = child.tag
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag == _w("tab"):
            parts.append("\t")
        elif tag in {_w("br"), _w("cr")}:
            parts.append("\n" if child.get(_w("type"), "textWrapping") == "textWrapping" else "")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


# --- .pdf -------------------------------------------------------------------------------------

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
WHITE = (1.0, 1.0, 1.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _numbers(operands: list[Any]) -> list[float]:
    out = []
    for operand in operands:
        try:
            out.append(float(operand))
        except (TypeError, ValueError):
            return []
    return out


def _colour(operator: bytes, values: list[float]) -> tuple[float, float, float] | None:
    """An RGB fill colour from a g/rg/k/sc operator; None when it cannot be known."""
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


@dataclass
class _PdfState:
    ctm: Matrix = IDENTITY
    fill: tuple[float, float, float] | None = (0.0, 0.0, 0.0)
    render_mode: int = 0
    font_size: float = 12.0
    leading: float = 0.0


class _PdfPage:
    """Walks one page's content stream and marks which text-showing operations are hidden."""

    SHOW = frozenset({b"Tj", b"TJ", b"'", b'"'})
    FILL = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})

    def __init__(self) -> None:
        self.state = _PdfState()
        self.stack: list[_PdfState] = []
        self.text_matrix: Matrix = IDENTITY
        self.line_matrix: Matrix = IDENTITY
        self.path: list[tuple[float, float, float, float]] = []
        self.backgrounds: list[tuple[float, float, float, float, tuple[float, float, float]]] = []

    def hidden(self) -> bool:
        state = self.state
        if state.render_mode in {3, 7}:
            return True
        _, _, c, d, e, f = _multiply(self.text_matrix, state.ctm)
        if state.font_size * (c * c + d * d) ** 0.5 < HIDDEN_PDF_POINTS:
            return True
        if state.fill is None:
            return False
        background = WHITE
        for x0, y0, x1, y1, colour in reversed(self.backgrounds):
            if x0 <= e <= x1 and y0 <= f <= y1:
                background = colour
                break
        return all(abs(p - q) < 0.02 for p, q in zip(state.fill, background, strict=True))

    def step(self, operator: bytes, operands: list[Any]) -> bool | None:
        """Update the state; for a text-showing operator, whether its text is hidden."""
        state = self.state
        if operator == b"q":
            self.stack.append(_PdfState(**vars(state)))
        elif operator == b"Q":
            if self.stack:
                self.state = self.stack.pop()
        elif operator == b"cm" and len(values := _numbers(operands)) == 6:
            state.ctm = _multiply(tuple(values), state.ctm)  # type: ignore[arg-type]
        elif operator in {b"g", b"rg", b"k", b"sc", b"scn"}:
            state.fill = _colour(operator, _numbers(operands))
        elif operator == b"cs":
            state.fill = (0.0, 0.0, 0.0)
        elif operator == b"Tr" and (values := _numbers(operands)):
            state.render_mode = int(values[0])
        elif operator == b"Tf" and len(operands) == 2 and (values := _numbers(operands[1:])):
            state.font_size = abs(values[0])
        elif operator == b"TL" and (values := _numbers(operands)):
            state.leading = values[0]
        elif operator == b"BT":
            self.text_matrix = self.line_matrix = IDENTITY
        elif operator == b"Tm" and len(values := _numbers(operands)) == 6:
            self.text_matrix = self.line_matrix = tuple(values)  # type: ignore[assignment]
        elif operator in {b"Td", b"TD"} and len(values := _numbers(operands)) == 2:
            move = (1.0, 0.0, 0.0, 1.0, values[0], values[1])
            self.text_matrix = self.line_matrix = _multiply(move, self.line_matrix)
            if operator == b"TD":
                state.leading = -values[1]
        elif operator == b"T*":
            move = (1.0, 0.0, 0.0, 1.0, 0.0, -state.leading)
            self.text_matrix = self.line_matrix = _multiply(move, self.line_matrix)
        elif operator == b"re" and len(values := _numbers(operands)) == 4:
            x, y, width, height = values
            a, b, c, d, e, f = state.ctm
            corners = [
                (x * a + y * c + e, x * b + y * d + f) for x, y in ((x, y), (x + width, y + height))
            ]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            self.path.append((min(xs), min(ys), max(xs), max(ys)))
        elif operator in self.FILL:
            if state.fill is not None:
                self.backgrounds.extend((*rect, state.fill) for rect in self.path)
            self.path = []
        elif operator in {b"n", b"S", b"s"}:
            self.path = []
        elif operator in self.SHOW:
            if operator in {b"'", b'"'}:
                self.step(b"T*", [])
            return self.hidden()
        return None


def _blank_text(operator: bytes, operands: list[Any]) -> None:
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject

    if operator == b"TJ" and operands and isinstance(operands[0], ArrayObject):
        for index, item in enumerate(operands[0]):
            if isinstance(item, (str, bytes)) and not isinstance(item, NameObject):
                operands[0][index] = ByteStringObject(b"")
    elif operands:
        operands[-1] = ByteStringObject(b"")


def _read_pdf(data: bytes) -> Document:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError
    from pypdf.generic import ContentStream

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Owner-password-only PDFs open with an empty user password; real ones do not.
            try:
                if not reader.decrypt(""):
                    raise FileNotDecryptedError("password")
            except DependencyError:  # AES without the cryptography package: not a password
                raise DocumentError(
                    "the PDF is encrypted in a way this service cannot read (AES without the "
                    "'cryptography' package); upload an unencrypted copy"
                ) from None
            except (FileNotDecryptedError, NotImplementedError):
                raise DocumentError(
                    "the PDF is password-protected; upload a copy without a password"
                ) from None
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(
                f"the PDF has more than {MAX_PDF_PAGES} pages; upload the statement on its own"
            )
        pages = list(reader.pages)
        _check_pdf_size(pages)
    except DocumentError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, OSError, EOFError, TypeError):
        raise DocumentError(
            "the PDF is damaged or incomplete; save it again and upload it"
        ) from None
    except Exception as error:  # pypdf raises a wide variety on malformed files
        raise DocumentError(f"the PDF is damaged ({type(error).__name__})") from None
    visible: list[str] = []
    hidden: list[str] = []
    writer: Any = None
    try:
        for number, page in enumerate(pages):
            contents = page.get_contents()
            if contents is None:
                continue
            stream = ContentStream(contents, reader)
            walker = _PdfPage()
            forms = dict(_form_xobjects(page))
            form_marks: dict[str, list[bool | None]] = {}
            marks = []
            for operands, operator in stream.operations:
                marks.append(walker.step(operator, operands))
                name = str(operands[0]) if operator == b"Do" and operands else ""
                if name in forms:  # a Form XObject: its text is drawn in the page's state
                    drawn = _walk_form(walker, forms[name][1], reader)
                    earlier = form_marks.get(name, [None] * len(drawn))
                    form_marks[name] = [a or b for a, b in zip(earlier, drawn, strict=True)]
            if not any(marks) and not any(any(m) for m in form_marks.values()):
                visible.append(_page_text(page))
                continue
            visible_ops, hidden_ops = _split(stream.operations, marks)
            if writer is None:
                writer = PdfWriter(clone_from=reader)
            written = dict(_form_xobjects(writer.pages[number]))
            form_splits = {
                name: _split(ContentStream(forms[name][1], reader).operations, drawn)
                for name, drawn in form_marks.items()
                if any(drawn)
            }
            for name, (shown, _) in form_splits.items():
                _set_operations(written[name][1], writer, shown)
            visible.append(_extract_with(writer.pages[number], writer, visible_ops, tables=True))
            for name, (_, unseen) in form_splits.items():
                _set_operations(written[name][1], writer, unseen)
            hidden.extend(_extract_with(writer.pages[number], writer, hidden_ops).split("\n"))
    except DocumentError:
        raise
    except Exception as error:  # a damaged content stream deep inside pypdf
        raise DocumentError(f"the PDF is damaged ({type(error).__name__})") from None
    return Document(text="\n\n".join(visible), format="pdf", hidden_text=hidden)


def _split(
    operations: list[tuple[list[Any], bytes]], marks: list[bool | None]
) -> tuple[list[tuple[list[Any], bytes]], list[tuple[list[Any], bytes]]]:
    """(the operations with hidden text blanked, the operations with visible text blanked)."""
    visible_ops = [(copy.deepcopy(ops), operator) for ops, operator in operations]
    hidden_ops = [(copy.deepcopy(ops), operator) for ops, operator in operations]
    for mark, (operands, operator), (shown, _) in zip(marks, visible_ops, hidden_ops, strict=True):
        if mark is True:
            _blank_text(operator, operands)
        elif mark is False:
            _blank_text(operator, shown)
    return visible_ops, hidden_ops


def _form_xobjects(page: Any) -> Iterator[tuple[str, tuple[Any, Any]]]:
    """(name, (reference, stream)) of each Form XObject the page's resources name."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return
    for name, reference in xobjects.get_object().items():
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield str(name), (reference, xobject)


def _walk_form(walker: _PdfPage, form: Any, reader: Any) -> list[bool | None]:
    """Marks for a Form XObject's operations, drawn in the walker's current state (its /Matrix
    applied); the page's state is restored afterwards, as ``Do`` does."""
    from pypdf.generic import ContentStream

    walker.step(b"q", [])
    matrix = form.get("/Matrix")
    if matrix is not None:
        walker.step(b"cm", list(matrix))
    marks = [
        walker.step(operator, operands)
        for operands, operator in ContentStream(form, reader).operations
    ]
    walker.step(b"Q", [])
    return marks


def _set_operations(form: Any, writer: Any, operations: list[tuple[list[Any], bytes]]) -> None:
    from pypdf.generic import ContentStream

    stream = ContentStream(None, writer)
    stream.operations = operations
    form.set_data(stream.get_data())


def _check_pdf_size(pages: list[Any]) -> None:
    """Refuse a PDF whose content streams hold more than :data:`MAX_PDF_TOKENS` operators and
    operands (reading costs about 20 µs each, several times over), counted before parsing."""
    tokens = 0
    for page in pages:
        contents = page.get_contents()
        if contents is None:
            continue
        data = contents.get_data()
        tokens += _pdf_tokens(data)
        drawn = data.count(b"Do")
        if drawn:
            tokens += drawn * max((_pdf_tokens(form) for form in _form_streams(page)), default=0)
        if tokens > MAX_PDF_TOKENS:
            raise DocumentError(TOO_COMPLEX.format(what="too many drawing operations"))


def _pdf_tokens(content: bytes) -> int:
    """About how many operators and operands ``content`` holds (at least half of them: a token
    follows whitespace or starts with a delimiter), counted without making a list of them."""
    return sum(content.count(mark) for mark in (b" ", b"\n", b"\r", b"(", b"<", b"[", b"/"))


def _form_streams(page: Any) -> Iterator[bytes]:
    """The decoded content of the Form XObjects a page's resources name."""
    for _, (_, form) in _form_xobjects(page):
        yield form.get_data()


def _extract_with(
    page: Any, writer: Any, operations: list[tuple[list[Any], bytes]], *, tables: bool = False
) -> str:
    """The page's text as pypdf extracts it, with the given content operations."""
    from pypdf.generic import ContentStream

    stream = ContentStream(None, writer)
    stream.operations = operations
    page.replace_contents(stream)
    return _page_text(page) if tables else page.extract_text()


def _page_text(page: Any) -> str:
    """The page's text; a table whose columns line up comes out as tab-separated rows."""
    plain = page.extract_text()
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is pypdf's less travelled path; the plain text stands
        return plain
    rebuilt = _rebuild_tables(layout) if "   " in layout else None
    return rebuilt if rebuilt is not None else plain


SEGMENT = re.compile(r"\S+(?: {1,2}\S+)*")


def _rebuild_tables(layout: str) -> str | None:
    """Text from pypdf's layout mode with aligned tables turned into tab-separated rows.

    A table starts at a line of three or more column segments; later lines belong to it
    while every segment starts at one of its columns and no segment runs across the next
    column. Lines with no blank between them are one row (a wrapped cell), unless a line
    has text in the first column that starts a new sentence. None: no table on the page.
    """
    lines = layout.split("\n")
    segments = [
        [(m.start(), m.end(), m.group(0)) for m in SEGMENT.finditer(line)] for line in lines
    ]
    out: list[str] = []
    index = 0
    found = False
    while index < len(lines):
        columns = [start for start, _, _ in segments[index]]
        if len(columns) < 3:
            if segments[index]:
                out.append(" ".join(lines[index].split()))
            elif out and out[-1] != "":
                out.append("")
            index += 1
            continue
        rows: list[list[list[str]]] = []
        current: list[list[str]] | None = None
        end = index
        while end < len(lines):
            line_segments = segments[end]
            if not line_segments:
                current = None
                end += 1
                continue
            placed = _place(line_segments, columns)
            if placed is None:
                break
            if current is None or _starts_row(placed, current):
                current = [[] for _ in columns]
                rows.append(current)
            for column, texts in enumerate(placed):
                current[column].extend(texts)
            end += 1
        data = [row for row in rows[1:] if sum(1 for cell in row if cell) >= 2]
        if len(data) < 2:
            out.append(" ".join(lines[index].split()))
            index += 1
            continue
        found = True
        for row in rows:
            out.append("\t" + "\t".join(" ".join(cell) for cell in row))
        out.append("")
        index = end
    return "\n".join(out) if found else None


def _starts_row(placed: list[list[str]], current: list[list[str]]) -> bool:
    """Without a blank line between rows, a new row starts with a capital in the first
    column once the row so far has text in another column too."""
    first = placed[0]
    return bool(first) and first[0][:1].isupper() and bool(current[0]) and any(current[1:])


def _place(line_segments: list[tuple[int, int, str]], columns: list[int]) -> list[list[str]] | None:
    """The segments of one line by column, or None when the line does not fit the columns."""
    placed: list[list[str]] = [[] for _ in columns]
    for start, end, text in line_segments:
        column = max((i for i, c in enumerate(columns) if c <= start + 2), default=None)
        if column is None:
            return None
        if column + 1 < len(columns) and end > columns[column + 1] - 1:
            return None  # runs across the next column: prose, not a cell
        placed[column].append(text)
    return placed


# --- .odt -------------------------------------------------------------------------------------


def _read_odt(data: bytes) -> Document:
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load

    archive = _open_zip(data)
    try:
        manifest = archive.read("META-INF/manifest.xml")
    except KeyError:
        manifest = b""
    except ZIP_ERRORS:
        raise DocumentError("the ODT document is damaged or incomplete") from None
    if b"encryption-data" in manifest:
        raise DocumentError("the document is password-protected; remove the password first")
    _check_xml_parts(archive)
    try:
        odt = load(io.BytesIO(data))
    except Exception as error:  # odfpy surfaces SAX and zip errors unwrapped
        raise DocumentError(f"the ODT document is damaged ({type(error).__name__})") from None

    lines: list[str] = []

    def walk(node: Any, marker: str = "") -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname in {(TEXTNS, "p"), (TEXTNS, "h")}:
                text = teletype.extractText(child)
                lines.append((marker + text) if text.strip() else "")
                marker = ""
            elif qname == (TEXTNS, "list-item"):
                walk(child, "• ")
            elif qname == (TABLENS, "table"):
                for row in child.getElementsByType(_odf_row()):
                    cells = []
                    for cell in row.childNodes:
                        qname = getattr(cell, "qname", None)
                        if qname == (TABLENS, "covered-table-cell"):
                            cells.append("")  # under a merged cell: keeps the columns aligned
                            continue
                        if qname != (TABLENS, "table-cell"):
                            continue
                        paragraphs = [
                            teletype.extractText(p).strip()
                            for p in cell.childNodes
                            if getattr(p, "qname", None) in {(TEXTNS, "p"), (TEXTNS, "h")}
                        ]
                        repeat = cell.getAttrNS(TABLENS, "number-columns-repeated") or "1"
                        text = " • ".join(p for p in paragraphs if p)
                        cells.extend([text] * min(int(repeat) if repeat.isdigit() else 1, 50))
                    if any(cells):
                        lines.append("\t" + "\t".join(cells))
                lines.append("")
            elif getattr(child, "childNodes", None):
                walk(child, marker)

    walk(odt.text)
    return Document(text="\n".join(lines), format="odt")


def _odf_row() -> Any:
    from odf.table import TableRow

    return TableRow


# --- .rtf and .txt ----------------------------------------------------------------------------


def _read_rtf(data: bytes) -> Document:
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="replace")
    except Exception as error:  # striprtf is a regex walker; malformed input can trip it
        raise DocumentError(f"the RTF document is damaged ({type(error).__name__})") from None
    return Document(text=text, format="rtf")


CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _read_text(data: bytes) -> Document:
    if b"\x00" in data:
        raise DocumentError(NOT_A_DOCUMENT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(NOT_A_DOCUMENT) from None
    if len(CONTROL.findall(text[:10_000])) > 10:
        raise DocumentError(NOT_A_DOCUMENT)
    return Document(text=text, format="txt")
