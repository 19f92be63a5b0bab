"""What tells a wrapped line from a line of its own (:mod:`matching.wrapping`), as data."""

from __future__ import annotations

# A paragraph narrower than this is a list or a block of short lines, never wrapped text.
MIN_WRAP_WIDTH = 50
# A wrapped line fills most of its paragraph's width; a shorter one is a heading or a line end.
WRAPPED_LINE_SHARE = 0.6
# A line that ends with one of these ends its sentence (closing quotes and brackets after it).
SENTENCE_END_CHARS = (".", "!", "?", ":", ";", '."', ".'", ".”", ".’", ".)")
# A line that starts a list item ("- ", "• ", "1. ", "a) ") is never the end of a wrapped one.
LIST_ITEM_RE = r"(?:[-•·*–—▪◦]\s|\d{1,2}[.)]\s|[a-z][.)]\s)"
