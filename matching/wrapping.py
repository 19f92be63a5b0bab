"""Line breaks that only wrap a sentence, as a reader sees them.

A statement pasted from an e-mail or a text editor, or read from a PDF, often has a line break at
the end of every printed line, in the middle of sentences: "... my Social Work\\nEngland
registration was confirmed ...". A reader reads through such a break; the sentence splitter
would otherwise end a sentence at every line and split a fact from its regulator or an award
from its subject. A list, a CV block or a heading keeps its line breaks.

The rule, per paragraph (lines between blank lines): a paragraph is *wrapped* when at least one
of its lines breaks off mid-sentence, the next line going on in lower case after a line that
does not end a sentence. In a wrapped paragraph, a break after a long line (one that reaches
most of the paragraph's width, as wrapped lines do) that does not end with a colon or a
semicolon is read as a space; a break before a list item never is.
"""

from __future__ import annotations

import re

from matching.patterns.lines import (
    LIST_ITEM_RE,
    MIN_WRAP_WIDTH,
    SENTENCE_END_CHARS,
    WRAPPED_LINE_SHARE,
)

LIST_ITEM = re.compile(LIST_ITEM_RE)


def wrapped_breaks(text: str) -> frozenset[int]:
    """The offsets of the ``"\\n"`` characters of ``text`` that wrap a sentence."""
    if "\n" not in text:
        return frozenset()
    found: set[int] = set()
    paragraph: list[tuple[int, str]] = []  # (offset of the line's "\n", the line)
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():
            paragraph.append((end, line))
        else:
            found.update(_wraps(paragraph))
            paragraph = []
        offset = end + 1
    found.update(_wraps(paragraph))
    return frozenset(position for position in found if position < len(text))


def _wraps(paragraph: list[tuple[int, str]]) -> list[int]:
    if len(paragraph) < 2:
        return []
    lines = [line.rstrip() for _, line in paragraph]
    width = max(len(line.strip()) for line in lines)
    if width < MIN_WRAP_WIDTH:
        return []
    breaks = [
        (position, line, following.lstrip())
        for (position, _), line, following in zip(paragraph, lines, lines[1:], strict=False)
        if not LIST_ITEM.match(following.lstrip())
    ]
    if not any(
        following[:1].islower() and not line.endswith(SENTENCE_END_CHARS)
        for _, line, following in breaks
    ):
        return []
    return [
        position
        for position, line, _ in breaks
        if len(line.strip()) >= WRAPPED_LINE_SHARE * width and not line.endswith((":", ";"))
    ]
