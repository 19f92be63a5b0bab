"""Small text helpers: HTML left in exported text, list markers, slugs, run-on criteria."""

from __future__ import annotations

import html
import re

TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
# A bullet a Word/PDF export leaves at the start of a line.
# "(iv) " and "(b) " number items the way a bullet marks them.
BULLET = re.compile(
    r"^\s*(?:[•·▪■◦●○\-–—*]|o(?=\s)|\uf0b7|\uf0a7|\uf076|\uf0d8|\((?:[ivx]{1,6}|[a-h])\)(?=\s)"
    r"|Q\s?\d{1,2}[.:)](?=\s))"  # a question's number: "Q1. Do you hold ...?"
    r"\s*(?=\S)"
)
# "1. " inside a line, preceded by space or start, followed by a capital, quote or bracket.
INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=[A-Z(\"'‘“])")
BLANKISH = re.compile(r"^[\s\u2000-\u200b\u00a0☐]*$")  # an empty tick box is blank
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# Other councils' words for the two priorities, as a whole heading or cell ("Mandatory",
# "Minimum criteria", the bilingual "Hanfodol / Essential"): read as the usual ones.
PART = r"(?:(?:section|part) [a-z0-9]{1,2}\s*[–—:.-]\s*)?"  # "Section A – What you must have"
PRIORITY_SYNONYMS = (
    (
        re.compile(
            PART + r"(?:hanfodol\s*/\s*essential|essential\s*/\s*hanfodol|mandatory"
            r"|minimum (?:criteria|requirements)|must[- ]haves?|you must have|what you must have)"
            r"(?P<tail>\s*:?)",
            re.I,
        ),
        "Essential",
    ),
    (
        re.compile(
            PART + r"(?:dymunol\s*/\s*desirable|desirable\s*/\s*dymunol|preferred"
            r"|additional (?:criteria|requirements)|nice[- ]to[- ]haves?|good to have"
            r"|would be nice|(?:what )?would (?:also )?help)(?P<tail>\s*:?)",
            re.I,
        ),
        "Desirable",
    ),
)
# Stage codes printed as superscript capitals ("Social Work Englandᴬᴰ", "ᴬ application form").
SUPERSCRIPT_CAPITALS = dict(zip("ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ", "ABDEGHIJKLMNOPRTUVW", strict=True))
_SUPERSCRIPT = "".join(SUPERSCRIPT_CAPITALS)
GLUED_SUPERSCRIPT = re.compile(rf"(?<=[\w).,’'])(?P<codes>[{_SUPERSCRIPT}]+)(?=[\s.,;:]|$)")
LONE_SUPERSCRIPT = re.compile(rf"(?:^|(?<=\s))(?P<code>[{_SUPERSCRIPT}])(?P<defines>\s+(?=[a-z]))?")


def _plain_codes(text: str) -> str:
    """Superscript stage letters as the usual codes: glued to a criterion, a trailing
    "(A, D)"; in a key that defines several, "A = application form; I = interview"."""
    if not any(c in SUPERSCRIPT_CAPITALS for c in text):
        return text
    text = GLUED_SUPERSCRIPT.sub(
        lambda m: " (" + ", ".join(SUPERSCRIPT_CAPITALS[c] for c in m.group("codes")) + ")", text
    )
    key = sum(1 for m in LONE_SUPERSCRIPT.finditer(text) if m.group("defines")) >= 2

    def lone(match: re.Match[str]) -> str:
        code = SUPERSCRIPT_CAPITALS[match.group("code")]
        if key and match.group("defines"):
            opens = match.string[: match.start()].rstrip().endswith(":") or match.start() == 0
            return f"{code} = " if opens else f"; {code} = "
        return f"({code})" + (match.group("defines") or "")

    return LONE_SUPERSCRIPT.sub(lone, text)


def clean(text: str) -> str:
    """Text with HTML tags, bookmarks and entities removed and spaces collapsed."""
    text = BOOKMARK.sub("", text)
    text = TAG.sub(" ", text)
    text = html.unescape(text)
    text = text.replace("\u00a0", " ").replace("\u2002", " ").replace("\u2003", " ")
    text = " ".join(_plain_codes(text).split())
    text = MARKDOWN_HEADING.sub("", text)  # "## Must have", pasted from a web page
    for pattern, usual in PRIORITY_SYNONYMS:
        found = pattern.fullmatch(text)
        if found is not None:
            return usual + found.group("tail").strip()
    return text


# "AND" / "OR" on a line of its own between two requirements makes them one criterion with two
# routes ("Hold a degree / OR / hold a diploma"); a PDF may glue the capitals onto the line
# after ("OR hold a Diploma ..."). Only capitals count when glued: "Or" opens a sentence.
LONE_JOINER = re.compile(r"^(?:and|or)$", re.I)
GLUED_JOINER = re.compile(r"^(?:AND|OR)\s+\S")
PARAGRAPH_BREAK = re.compile(r"\n| • ")
SEMICOLON_BREAK = re.compile(r"\n| • |;\s+(?=[A-Z])")


def cell_pieces(text: str, *, semicolons: bool = False) -> list[str]:
    """A cell's paragraphs (lines, " • " bullets, optionally items run on after "; "), with
    alternatives joined by "AND" / "OR" lines put back into one piece."""
    pieces: list[str] = []
    joining = False
    for piece in (SEMICOLON_BREAK if semicolons else PARAGRAPH_BREAK).split(text):
        cleaned = clean(piece)
        if is_blank(cleaned):
            continue
        if pieces and LONE_JOINER.match(cleaned):
            pieces[-1] = f"{pieces[-1].rstrip()} {cleaned}"
            joining = True
        elif pieces and (joining or GLUED_JOINER.match(cleaned)):
            pieces[-1] = f"{pieces[-1].rstrip()} {cleaned}"
            joining = False
        elif pieces and _wrapped_in_cell(clean(pieces[-1]), cleaned):
            pieces[-1] = f"{pieces[-1].rstrip()} {cleaned}"  # a hard line break mid-criterion
        else:
            pieces.append(piece)
    return pieces


def _wrapped_in_cell(previous: str, line: str) -> bool:
    """A line that goes on the criterion of the line before it in the same cell, broken there
    by a hard line break: after a word or comma no criterion ends on, or opening with a bracket
    or a word that carries a sentence on."""
    if not previous or not line or strip_bullet(line)[1] or previous.endswith((".", ";", ":")):
        return False
    last = previous.split()[-1]  # as written: "Assessed: A" ends on a code, not on "a"
    first = line.split()[0].lower()
    return (
        last in DANGLING_WORDS
        or previous.endswith(",")
        or (line.startswith("(") and not previous.endswith(")"))
        or (line[:1].islower() and first in CONTINUING_WORDS)
    )


def is_blank(text: str) -> bool:
    return bool(BLANKISH.match(text))


def strip_bullet(text: str) -> tuple[str, bool]:
    """The text without its leading bullet, and whether it had one."""
    match = BULLET.match(text)
    if match and not re.match(r"^\s*-\d", text):
        return text[match.end() :].strip(), True
    return text.strip(), False


def split_numbered(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Split ``"Heading 1. First 2. Second"`` into the lead text and numbered items.

    Only markers that continue the count are taken, so "level 2. " inside a criterion after
    item 5 stays text. The first marker may start anywhere (a list continued from a column).
    """
    markers = list(INLINE_NUMBER.finditer(text))
    chosen: list[re.Match[str]] = []
    expected: int | None = None
    for match in markers:
        number = int(match.group(1))
        if expected is None or number == expected:
            chosen.append(match)
            expected = number + 1
    if not chosen:
        return text.strip(), []
    lead = text[: chosen[0].start()].strip()
    items = []
    for index, match in enumerate(chosen):
        end = chosen[index + 1].start() if index + 1 < len(chosen) else len(text)
        items.append((int(match.group(1)), text[match.end() : end].strip()))
    return lead, items


def slug(text: str, *, max_length: int = 80) -> str:
    text = text.lower().replace("&", " and ")
    text = re.sub(r"['’]", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or "criterion"


def category_slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("&", " and "))
    stop = {"and", "the", "of", "for", "a", "an"}
    kept = [w for w in words if w not in stop][:4] or ["general"]
    return "_".join(kept)[:60].strip("_") or "general"


# Words that start a new criterion when a council's export ran several into one line.
CRITERION_STARTS = frozenset(
    {
        "A",
        "Ability",
        "Able",
        "Accountable",
        "Act",
        "An",
        "Awareness",
        "Be",
        "Capacity",
        "Co-production",
        "Collaborative",
        "Commitment",
        "Competent",
        "Competition",
        "Creative",
        "Demonstrable",
        "Detailed",
        "Effective",
        "Experience",
        "Good",
        "Honesty/bravery",
        "Information",
        "Innovative",
        "Innovator",
        "Integrated",
        "Invite",
        "Knowledge",
        "Look",
        "Managing",
        "Open",
        "Political",
        "Post",
        "Professionalism",
        "Quick",
        "Resilient",
        "Risk",
        "Seeking",
        "Solutions",
        "Take",
        "Treat",
        "Understanding",
        "Up",
        "Value",
        "Working",
    }
)
CONNECTORS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "including",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "within",
    "(i.e.,",
    "i.e.",
    "e.g.",
}
# Of the connectors, those no criterion ends on ("in" and "on" may: "... when the safeguards
# come in"): a line broken inside a cell after one goes on.
DANGLING_WORDS = frozenset(CONNECTORS - {"as", "at", "by", "in", "on", "(i.e.,"})
# Words a line broken inside a criterion can go on with ("... Practice Educator) or / working
# towards it", "... Act 2000 / and guardianship applications").
CONTINUING_WORDS = frozenset(CONNECTORS - {"a", "an", "the", "into", "(i.e.,", "i.e.", "e.g."}) | {
    "which", "who", "that", "throughout", "across", "under", "where", "when", "such"
}  # fmt: skip


def split_run_on(text: str, *, values: bool = False) -> list[str]:
    """Split text where criteria were run together without punctuation.

    A sentence end (". " before a capital) always splits. Without punctuation, a word from
    :data:`CRITERION_STARTS` starts a new criterion when the word before it ends a phrase
    (a lower-case word that is not a connector, or an acronym such as HCPC). In a list of
    values ("Open Value for money thinking Accountable Professionalism") single capitalised
    words are criteria too, so a starter word splits after any word but a connector.
    """
    words = text.split()
    pieces: list[list[str]] = [[]]
    depth = 0
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if pieces[-1] and depth == 0:
            sentence_end = previous.endswith((".", "!", "?")) and word[:1].isupper()
            sentence_end = sentence_end and previous.lower() not in {"e.g.", "i.e.", "etc."}
            phrase_end = (
                previous.lower().strip(",;:") not in CONNECTORS
                and not previous.endswith((",", ";", ":", "/", "-"))
                and (values or previous.islower() or (previous.isupper() and len(previous) > 1))
            )
            starts = word in CRITERION_STARTS and len(pieces[-1]) >= (1 if values else 2)
            if sentence_end or (phrase_end and starts):
                pieces.append([])
        pieces[-1].append(word)
        depth += word.count("(") - word.count(")")
        depth = max(depth, 0)
    return [" ".join(p).strip() for p in pieces if p]
