"""Rejoin the lines of text taken from a PDF into the paragraphs the writer typed.

A PDF keeps only where each line was drawn: a paragraph comes out as several lines cut wherever
the page was full, words hyphenated at a line end come out in two halves, and justified or
kerned text comes out with doubled spaces. Scored as it is, a sentence cut at a line end reads
as two, and the same words would score differently as PDF and as Word. :func:`reflow` joins a
line to the next when the line runs to (nearly) the full width of the text and the next one
does not start a list item; a short line ends its paragraph (or is a heading). Lines of a table
(tab-separated cells) are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line at least this share of the widest line ran to the margin: its paragraph goes on. Before
# a capital (a name, "I", or the next item of a list) the line must be fuller still, and a line
# ending a sentence never runs on into a capital: no words are lost either way, and a list of
# criteria drawn one per line stays one per line.
FULL_LINE = 0.72
FULL_BEFORE_CAPITAL = 0.85
# Lines this short are never a wrapped paragraph's (a list, a table's labels).
MIN_WRAPPED = 55
SOFT_HYPHEN = "\u00ad"
# Typographic ligatures a PDF writer draws as one glyph ("qualiﬁed"), spelt out again.
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_LIST_ITEM = re.compile(r"^\s*(?:[•●▪◦‣∙·*–—☐☑☒□-]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)")
_LABEL = re.compile(r"^(?:[A-Z][A-Z&/ -]{2,}:|[A-Z][A-Z&/ -]{3,}$)")
_HYPHENATED_END = re.compile(r"(?P<left>[A-Za-z]{2,})[-\u00ad]$")
_WORD_START = re.compile(r"^(?P<right>[a-z]{2,})")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ")")
# Words a line of a paragraph can end on but a sentence, a heading or a criterion never does.
_DANGLING_WORDS = frozenset(
    {"the", "a", "an", "or", "and", "of", "to", "in", "with", "for", "by", "at", "from", "your"}
)
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
# Words that are written with a hyphen when they start a compound ("evidence-based",
# "person-centred"): a line that ends with one of them keeps the hyphen.
_COMPOUND_HEADS = frozenset(
    {
        "anti", "co", "cross", "evidence", "face", "full", "high", "long", "multi", "non",
        "part", "person", "post", "pre", "re", "risk", "self", "short", "solution", "strength",
        "strengths", "well", "work", "year", "day", "one", "two", "three", "four", "five",
        "older", "family", "trauma", "needs", "outcome", "outcomes", "child", "client",
    }
)  # fmt: skip


def reflow(text: str) -> str:
    """``text`` with each paragraph on one line; a blank line (a page end) inside a paragraph
    is dropped, other blank lines are kept."""
    text = text.translate(LIGATURES)
    lines = [line if "\t" in line else _SPACES.sub(" ", line).strip() for line in text.split("\n")]
    prose = [len(line) for line in lines if line and "\t" not in line]
    if not prose:
        return text
    width = max(prose)
    words = _words(text)
    paragraphs: list[list[str]] = []  # the drawn lines of each paragraph; [] is a blank line
    lead_in = _LeadIn()  # of the last paragraph
    for index, line in enumerate(lines):
        current = paragraphs[-1] if paragraphs else []
        if current and _continues(current[-1], line, width, lead_in.open_before(line)):
            current.append(line)
            lead_in.add(line)
        elif not line and current and _page_break_inside(current[-1], lines[index + 1 :], width):
            continue
        else:
            paragraphs.append([line] if line else [])
            lead_in = _LeadIn()
            if line:
                lead_in.add(line)
    return "\n".join(_mend(drawn, words) for drawn in paragraphs)


def _full(line: str, width: int, share: float = FULL_LINE) -> bool:
    return "\t" not in line and len(line) >= max(share * width, MIN_WRAPPED)


@dataclass
class _LeadIn:
    """Whether the paragraph drawn so far is a lead-in and a list run on with semicolons, not
    yet ended ("... you must show that you have: a degree ...; registration ..."), kept line by
    line so that a long paragraph is read once: its first ": " (not at its very start) and a
    semicolon after it."""

    length: int = 0  # of the paragraph's lines joined with spaces
    last: str = ""
    colon: int = -1  # where its first ": " is
    semicolon: bool = False

    def add(self, line: str) -> None:
        start = self.length + 1 if self.length else 0  # where the line starts when joined
        if self.colon >= 0:
            self.semicolon = self.semicolon or ";" in line
        elif self.last.endswith(":"):  # the ": " is the join itself
            self.colon, self.semicolon = self.length - 1, ";" in line
        elif (at := line.find(": ")) >= 0:
            self.colon, self.semicolon = start + at, ";" in line[at:]
        self.length, self.last = start + len(line), line

    def open_before(self, line: str) -> bool:
        """The list is still open, its semicolon in the paragraph or in ``line``, the next."""
        return (
            self.colon > 0
            and (self.semicolon or ";" in line)
            and not self.last.endswith((".", "!", "?", ":"))
        )


def _continues(last: str, line: str, width: int, open_list: bool = False) -> bool:
    """Whether ``line`` goes on the paragraph whose last drawn line is ``last``: a line that
    ends on a word no sentence ends on ("... or the") or inside a list still open goes on
    before a capital too ("DipSW or CQSW; ...")."""
    if not line or "\t" in line or "\t" in last or _LIST_ITEM.match(line):
        return False
    if _LABEL.match(line):
        return False  # "EXPERIENCE: ...", a heading in capitals: a new paragraph
    if last.endswith(("-", SOFT_HYPHEN)) and _WORD_START.match(line) is not None:
        return True
    if line[:1].isupper():
        if last.endswith(_SENTENCE_ENDS) and not (open_list and last.endswith(")")):
            return False
        dangling = last.rsplit(" ", 1)[-1].lower() in _DANGLING_WORDS
        return _full(last, width, FULL_LINE if dangling or open_list else FULL_BEFORE_CAPITAL)
    return _full(last, width)


def _page_break_inside(last: str, after: list[str], width: int) -> bool:
    """A blank line after a full line, before a line that starts in lower case: the page ended
    in the middle of a sentence."""
    following = next((line for line in after if line), "")
    return _full(last, width) and following[:1].islower()


def _mend(drawn: list[str], words: set[str]) -> str:
    """The drawn lines of one paragraph as one line, mending words hyphenated at a line end."""
    if not drawn:
        return ""
    joined = drawn[0]
    for line in drawn[1:]:
        # from the last space: the hyphenated word is the last, and a long paragraph is not
        # searched from its start once per line
        end = _HYPHENATED_END.search(joined, joined.rfind(" ") + 1)
        start = _WORD_START.match(line)
        if end is None or start is None:
            joined = f"{joined} {line}"
            continue
        left, right = end["left"], start["right"]
        whole = (left + right).lower()
        keep = (
            not joined.endswith(SOFT_HYPHEN)
            and whole not in words
            and (left.lower() in _COMPOUND_HEADS or f"{left}-{right}".lower() in words)
        )
        joined = joined[:-1] + ("-" if keep else "") + line
    return joined


def _words(text: str) -> set[str]:
    """Every word and hyphenated compound of the text, lower-cased, to decide a line-end
    hyphen by the way the writer spelt the word elsewhere."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)}
