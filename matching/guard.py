"""Bounded cost per statement: the tokenizer never sees a long run without whitespace.

spaCy's tokenizer strips prefixes and suffixes (``(``, ``)``, ``[``, quotes, ``*``, ``?``, ``!``,
``,``, ``$``, ``…``, emoji ...) one at a time from each whitespace-free stretch, searching the
rest of the stretch again each time: its cost is quadratic in the stretch's length (12 KB of
``(`` took 17 s, and no signal interrupts it). Words are short, so an ordinary statement has no
stretch longer than :data:`LONGEST_ORDINARY_RUN` characters (a long web address at most);
:class:`BoundedTokenizer` passes such text to spaCy untouched, so ordinary verdicts cannot change.
A longer stretch is tokenised in pieces of at most :data:`PIECE` characters and the pieces'
Docs are joined: ``doc.text`` is the original text character for character, so every token's
offset, and every evidence span cut from the original text, stays exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

# Longer than any word or ordinary web address in a supporting statement.
LONGEST_ORDINARY_RUN = 100
# Tokenising a piece this long costs about as much as one ordinary word.
PIECE = 32
# A long run with the space after it, which spaCy keeps on the run's last token (cut off, it
# would come back as a token of its own at the start of the next piece).
LONG_RUN_RE = re.compile(rf"\S{{{LONGEST_ORDINARY_RUN + 1},}} ?")


def pieces(text: str) -> Iterator[str]:
    """``text`` cut so no piece holds more than :data:`LONGEST_ORDINARY_RUN` characters without
    whitespace; joined, the pieces are ``text`` again."""
    position = 0
    for run in LONG_RUN_RE.finditer(text):
        if run.start() > position:
            yield text[position : run.start()]
        for start in range(run.start(), run.end(), PIECE):
            yield text[start : min(start + PIECE, run.end())]
        position = run.end()
    if position < len(text):
        yield text[position:]


class BoundedTokenizer:
    """Wraps a spaCy tokenizer so its cost is linear in the text's length, whatever the text."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if LONG_RUN_RE.search(text) is None:
            return self.tokenizer(text)
        docs = [self.tokenizer(piece) for piece in pieces(text)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # a broken promise must never reach the evidence spans
            raise AssertionError("the bounded tokenizer changed the statement's text")
        return doc
