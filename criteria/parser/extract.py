"""Pull criteria out of a person specification block, whatever its layout.

Two readers share one walk over the block's rows:

- a **column table** reader, switched on by a header row with Essential/Desirable (or E/D)
  columns: one criterion per row, or (NHS style) lists of criteria inside the Essential and
  Desirable cells of a row whose first cell names the category;
- a **headed list** reader for everything else: Essential/Desirable headings, category
  headings, numbered or bulleted items (also numbered items run into one line, as exports with
  leftover HTML give them), assessment codes after a group ("A, I, D"), "(E)"/"(D)" markers,
  two-column layouts whose sections interleave, and category rows whose criteria were run
  together into one line.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from criteria.parser import prose
from criteria.parser.noise import FIELD_LABEL, not_a_criterion, starts_non_criteria_section
from criteria.parser.rows import Row
from criteria.parser.text import (
    CONNECTORS,
    GLUED_JOINER,
    LONE_JOINER,
    cell_pieces,
    clean,
    is_blank,
    split_numbered,
    split_run_on,
    strip_bullet,
)
from criteria.spec import Priority, Stage
from criteria.structure import TEST_STAGE_WORDS

CODE_STAGES: dict[str, Stage] = {
    "A": Stage.application,
    "F": Stage.application,
    "S": Stage.application,
    "I": Stage.interview,
    "T": Stage.test,
    "P": Stage.presentation,
    "D": Stage.documentation,
    "C": Stage.documentation,
}
WORD_STAGES: tuple[tuple[str, Stage], ...] = (
    (r"application|statement|\bcv\b|form|shortlist|\bsift", Stage.application),
    (r"interview", Stage.interview),
    (r"test|exercise|assessment centre|practical task", Stage.test),
    (r"presentation", Stage.presentation),
    (
        r"certificate|\bcerts?\b|\bwarrants?\b|document|qualification check|registration check"
        r"|reference"
        r"|pre-employment check",
        Stage.documentation,
    ),
)
CODES = re.compile(
    r"^(?:[A-Z]{1,4}|[A-Z](?:\.[A-Z])+)(?:\s*(?:[,/&+.;-]|\band\b|\bor\b|\s)\s*[A-Z]{1,4})*\.?$"
)
PRIORITY_HEADING = re.compile(
    r"^(?:(?:part|section) [a-z0-9]\s*[–—:.-]\s*)?(?P<priority>essential|desirable)"
    r"(?:\s+(?:criteria|requirements?|skills|qualities|attributes|characteristics))?\s*:?"
    # "Part A – Essential: every Part A criterion must score at least 1"
    r"(?:(?<=:)\s+(?:every|all|each|extra|additional|these|bonus)\b.{0,80})?$",
    re.I,
)
# "Section 2: Desirable Criteria", "Part B – Skills assessed at interview": a numbered part of
# the specification. Where such parts give the priority, a part that names none ("Section 3:
# Skills / Abilities Assessed at Interview") is no longer under the last part's priority.
NUMBERED_PART = re.compile(r"^(?:part|section) [a-z0-9]{1,2}\s*[–—:.-]\s*\S", re.I)
# The sums at the foot of a shortlisting score sheet.
SCORE_TOTAL = re.compile(
    r"^(?:total(?: (?:available|score|points|marks))?"
    r"|(?:minimum|maximum|pass) (?:score|mark|points)\b.*|score to shortlist\b.*)$",
    re.I,
)
PRIORITY_PREFIX = re.compile(
    r"^(?:(?P<priority>essential|desirable)\s*[:\-–]|(?P<letter>[ED])\s*[:\-–]"
    # "(E) Be registered with ...": the marker in brackets before the criterion
    r"|[(\[]\s*(?P<bracketed>essential|desirable|(?-i:[ED]))\s*[)\]])\s+(?P<text>\S.*)$",
    re.I,
)
MARKER = re.compile(
    # "... (D)*": a single asterisk after the marker is the document's own flag (its key says
    # what it means), not part of the criterion
    r"(?:\s*[\(\[]\s*(?P<mark>E|D|Essential|Desirable)\s*[\)\]]\s*\*?"
    r"|\s+[-–—]\s*(?P<word>Essential|Desirable))\s*\.?$",
    re.I,
)
CATEGORY_WORDS = re.compile(
    r"\b(?:qualifications?|education|educational|training|knowledge|experience|skills"
    r"|abilities|competenc(?:e|ies)|personal|qualities|attributes|values|behaviours?"
    r"|requirements|circumstances|equality|opportunities|awareness|aptitudes?"
    r"|characteristics|registration|standards|management|people|physical|other"
    r"|special|specialist|practical|intellectual|understanding|disposition|communication)\b",
    re.I,
)
ITEM_START = re.compile(
    r"^(?:ability|able|experience of|experience in|knowledge of|understanding of|evidence"
    r"|a |an |to |must|have|has|is |be |proven|demonstrable|good|excellent|strong|full)\b",
    re.I,
)
PROSE = re.compile(
    r"^(?:you |your |in your |applicants?|candidates?|please|each of|the following|this section"
    r"|all criteria|criteria will|these criteria|the selection criteria|note:|n\.b\."
    r"|read (?:the|these|each of the) (?:questions|criteria|requirements)\b"
    r"|if you (?:have not|haven['’]t|do not|don['’]t|are not|aren['’]t)\b)",
    re.I,
)
LABELS = re.compile(
    r"^(?:assessed by|how assessed|measured by|criteria|criterion|category|requirements?"
    r"|method of assessment|stage assessed)\s*:?\*?$",
    re.I,
)
MARK = re.compile(
    r"^[\s(\[]*(?:✓|✔|√|☑|☒|x|yes|y|\*+|\(+\**|e|d|essential|desirable|\\boxtimes"
    r"|\uf0fc|\uf0fe|\uf0d6|ü|þ)[\s)\]*]*$",
    re.I,
)
REQUIREMENTS_LABEL = re.compile(
    r"^(?:what (?:we are|we're|we’re) looking for|what you(?:'ll| will) need|about you"
    r"|what (?:will )?(?:i|you) need|(?:key |essential |minimum )?requirements)\s*[:?]?$",
    re.I,
)
CATEGORY_LINE = re.compile(r"^(?P<heading>[A-Za-z][A-Za-z ,&/'’-]{2,40}):\s+(?P<rest>\S.{5,})$")
PRIORITY_LETTER = re.compile(r"^(?:e|d|essential|desirable)$", re.I)
LEGEND_CODE = re.compile(r"\([A-Z]\)")
# "Assessed: A, I" on the line after a criterion: how that criterion is assessed.
ASSESSED_LINE = re.compile(
    r"^(?:assessed(?: by| at| through| via)?|how assessed|assessment(?: methods?)?"
    r"|method(?: of assessment)?|measured by|tested by|evidenced by"
    r"|how we(?:['’]ll| will)? (?:check|assess|test|know)(?: this| it)?)"
    r"\s*[:–—-]\s*(?P<codes>\S.*)$",
    re.I,
)
TRAILING_ASSESSED = re.compile(
    r"\s+(?i:assessed|tested|measured)(?: by| at)?\s*:\s*[A-Z]{1,4}(?:\s*[,/&]\s*[A-Z]{1,4})*\.?$"
)
# A PDF line that ran the wrapped end of the next paragraph onto the codes: "I meaning ..."
GLUED_CODES = re.compile(r"^(?P<codes>[A-Z]{1,4}(?:\s*[,/&]\s*[A-Z]{1,4})*)\s+(?=[a-z])")
# A heading that says how what follows is assessed: "1. Shortlisting – assessed from your
# application form", "Assessed at interview", "Checked before appointment (certificates)".
STAGE_HEADING = re.compile(
    r"^(?:(?:part|section|stage)\s+)?(?:\d{1,2}[.):]?\s*(?:[–—-]\s*)?)?"
    r"(?:shortlisting|assessed|checked|tested|evaluated|verified|to be assessed"
    r"|criteria (?:assessed|tested|checked))\b(?P<body>[^.;]{0,90})$",
    re.I,
)
# "Experience. Essential: a; b. Desirable: c. How assessed: interview.": a section as one
# paragraph, its label run in, its lists separated by semicolons.
RUN_IN_SECTION = re.compile(
    r"^(?P<category>(?-i:[A-Z])[A-Za-z ,&/'’-]{2,50}?)\s*[.:–—]\s+(?=(?:essential|desirable)\s*:)",
    re.I,
)
RUN_IN_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<label>essential|desirable|how assessed|assessed(?: by)?"
    r"|method(?:s)? of assessment)\s*:\s*",
    re.I,
)
# "To be shortlisted you must show in your application form that you have: a degree ...; at
# least two years' ...; and experience of ...": a sentence whose lead-in (what it asks for, how
# it is assessed) is followed by its criteria run on with semicolons.
LEAD_IN_LIST = re.compile(r"^(?P<lead>[A-Z][^:;]{8,160}?):\s+(?P<body>\S[^;]*;.*)$")
KEY_ENTRY = re.compile(r"^(?:[A-Z]{1,4}\s*(?:=|[-–—:])|\d{1,2}\s)\s*")
NOT_A_LEAD_IN = re.compile(
    r"\b(?:notes?|guidance|key|legend|codes?|levels?|lefelau|scor(?:e|es|ing)|scale)\b"
    r"|\bhow to (?:read|use|complete)\b",
    re.I,
)
# The lead-in says the list is desirable: "It would also help if you have:".
DESIRABLE_LEAD_IN = re.compile(
    r"\b(?:desirable|would (?:also )?(?:help|be (?:an? )?(?:advantage|bonus|useful|helpful))"
    r"|an advantage|ideally|preferabl[ey]|nice to have)\b",
    re.I,
)
# A clause after a criterion that only says how it is assessed: ", which we will also test in
# a written exercise on the day", ", which we will request if you are offered the post".
ASSESSED_CLAUSE = re.compile(
    r",\s*which (?:we|the panel|you) (?:will|would|may|shall)\b(?P<how>[^;]*)$", re.I
)
# "Level 2 (Foundation) Welsh is essential": the clause's own level, said after it.
OWN_LEVEL = re.compile(r"\s+(?:is|are) (?P<priority>essential|desirable)$", re.I)
# After an assessed clause, stages a pre-employment check names in words.
OFFER_STAGE = re.compile(r"\b(?:offered the post|before (?:any |an )?offer|on appointment)\b", re.I)
STAGE_WORD = re.compile(
    r"\b(?:application|statement|shortlist\w*|interview\w*|test\w*|exercise|presentation"
    r"|certificates?|documents?|assessed)\b",
    re.I,
)
# A code that gives the priority, then the stages: "E/A/C", "D/I".
PRIORITY_THEN_STAGES = re.compile(r"^([ED])\s*/\s*(?P<stages>[A-Z]{1,3}(?:\s*[/,]\s*[A-Z]{1,3})*)$")
# "1.1 Registered with NISCC": a two-level outline's number
OUTLINE_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}[.)]?\s+(?=[A-Z])")
# "... ★★★": the weight as stars at the end of the criterion, one to five
WEIGHT_STARS = re.compile(r"\s*(?P<stars>[★⭐]{1,5})\s*$")
# "... (x2)": the criterion counts double
WEIGHT_SUFFIX = re.compile(r"\s*[\(\[]\s*[x×]\s*(?P<times>[2-5])\s*[\)\]]\s*\.?$")
# "E1 Degree in social work": the criterion's own reference before it (a table's code column
# read as text)
LEADING_REFERENCE = re.compile(r"^(?P<code>[ED]\d{1,2})[.:)]?\s+(?=[A-Z])")
LEADING_CODES = re.compile(r"^[\(\[](?P<codes>[A-Z][A-Z.,/&+ ]{0,18})[\)\]]\s+(?=\S)")
# "It would be an advantage to have:": what follows in this section is desirable; a PDF line
# may run it onto the end of the criterion before it
ADVANTAGE = r"it would be (?:an? )?(?:advantage|advantageous|useful|beneficial|bonus)"
DESIRABLE_LEAD = re.compile(
    rf"^(?:{ADVANTAGE}|(?:the following )?(?:are|is|would be) desirable"
    r"|desirable(?: but not essential)?)\b[^.]{0,60}:$",
    re.I,
)
GLUED_DESIRABLE_LEAD = re.compile(rf"\s+{ADVANTAGE}[^.:]{{0,30}}:$", re.I)
TRAILING_CODES = re.compile(r"\s*[\(\[](?P<codes>[A-Z][A-Z.,/&+ ]{0,18})[\)\]]\s*\.?$")
FOOTNOTE = re.compile(r"^(?P<stars>\*{2,4})\s*(?P<text>\S.*)$")
INLINE_NOTE = re.compile(r"\s*(?P<stars>\*{2,4})\s*(?:\((?P<note>[^)]*)\)?)?\s*$")
# One asterisk: "... access to a car*" and, below the list, "* This criterion will be waived
# for ...". A line opening "* " is a bullet unless an earlier line ends on a starred word.
STARRED_END = re.compile(r"[^\s*]\*$")
STAR_NOTE = re.compile(r"^\*\s+(?P<text>\S.*)$")
# Marks a key defines by symbol, glued to a criterion's last word ("... qualification‡") and
# defined together on a line of the key ("† assessed at interview only.   ‡ assessed from the
# application form ..."); a note that says how a criterion is assessed gives its stages.
SYMBOLS = "†‡§¶"
SYMBOL_MARK = re.compile(rf"(?<=\S)(?P<mark>[{SYMBOLS}])$")
SYMBOL_NOTE = re.compile(rf"(?P<mark>[{SYMBOLS}])\s*(?P<text>[^{SYMBOLS}]+)")
NOTE_STAGES = re.compile(r"^(?:assessed|tested|checked|seen|verified|explored)\b", re.I)
# Footnotes numbered in superscript: "Social Work degree or equivalent¹" and, at the foot,
# "¹ e.g. DipSW, CQSW, BA/MA Social Work."
SUPERSCRIPT_MARK = re.compile(r"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹])(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹])$")
SUPERSCRIPT_NOTE = re.compile(r"^(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹])\s*(?P<text>\S.*)$")


@dataclass
class Item:
    text: str
    priority: Priority
    category: str | None
    assessed_by: list[Stage] | None = None
    notes: list[str] = field(default_factory=list)
    line: int = 0
    stars: str | None = None
    weight: float | None = None
    code: str | None = None  # the document's own reference for it: "E1", "D3"
    marked: bool = False  # its own words or mark give its priority ("... (Essential)")


@dataclass
class Extraction:
    items: list[Item]
    unsure: list[str]
    priority_marked: bool  # did the document say which criteria are essential/desirable?
    assessment_given: bool
    left_out: dict[str, int] = field(default_factory=dict)  # pay, leave, contacts ...


def bulleted_text(text: str) -> bool:
    return strip_bullet(text)[1]


# Codes some documents use without defining them.
WORD_CODES: dict[str, Stage] = {
    "AF": Stage.application,
    "APP": Stage.application,
    "SS": Stage.application,
    "IV": Stage.interview,
    "INT": Stage.interview,
    "PRES": Stage.presentation,
    "REF": Stage.documentation,
    "CERT": Stage.documentation,
    "DOC": Stage.documentation,
}
CODE_TOKEN = re.compile(r"[A-Z]{1,4}|\d")
# Digit codes ("1, 4"), read only where the document's key defines them ("1 = Application form").
DIGIT_CODES = re.compile(r"^\d(?:\s*(?:[,/&+;-]|\band\b|\bor\b|\s)\s*\d)*$")


def parse_codes(text: str, legend: dict[str, Stage] | None = None) -> list[Stage]:
    """Stages from "A, I, D", "F/C", "A.I", "AF/IV", "Application form / Interview"."""
    legend = {**CODE_STAGES, **WORD_CODES, **(legend or {})}
    cleaned = clean(text).rstrip(".")
    stages: list[Stage] = []
    if CODES.match(cleaned) or (DIGIT_CODES.match(cleaned) and _digit_legend(legend)):
        for token in CODE_TOKEN.findall(cleaned):
            stage = legend.get(token)
            if stage is not None and stage not in stages:
                stages.append(stage)
        return stages
    lowered = cleaned.lower()
    for pattern, stage in WORD_STAGES:
        if re.search(pattern, lowered) and stage not in stages:
            stages.append(stage)
    return stages


def _digit_legend(legend: dict[str, Stage]) -> bool:
    return any(code.isdigit() for code in legend)


def is_codes(text: str, legend: dict[str, Stage] | None = None) -> bool:
    """Assessment codes only, every one of them known ("A, I", "AF/IV"): "HCPC" is not."""
    cleaned = clean(text).rstrip(".")
    known = {**CODE_STAGES, **WORD_CODES, **(legend or {})}
    digits = DIGIT_CODES.match(cleaned) is not None and _digit_legend(known)
    if not cleaned or len(cleaned) > 20 or not (CODES.match(cleaned) or digits):
        return False
    return all(token in known for token in CODE_TOKEN.findall(cleaned))


HEADING_FILLER = {
    "and",
    "of",
    "&",
    "the",
    "for",
    "to",
    "in",
    "general",
    "relevant",
    "job",
    "work",
    "related",
    "professional",
    "technical",
    "additional",
    "achievements",
    "key",
    "essential",
    "desirable",
}


def is_heading(text: str) -> bool:
    """A category heading: short, no full stop, and worded like a heading, not a criterion."""
    text = clean(text).rstrip(":").strip()
    if not text or text.endswith((".", ";")) or len(text) > 80:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if not words or len(text.split()) > 8 or PRIORITY_HEADING.match(text):
        return False
    if PRIORITY_PREFIX.match(text) or MARKER.search(text):
        return False
    if ITEM_START.match(text) and len(words) > 2:
        return False
    vocabulary = [w for w in words if CATEGORY_WORDS.fullmatch(w)]
    content = [w for w in words if w.lower() not in HEADING_FILLER]
    if vocabulary and len(vocabulary) >= 0.6 * max(len(content), 1):
        return True
    if text.isupper() and (len(words) >= 2 or vocabulary):
        return True
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in {"and", "of"})
    return 2 <= len(words) <= 4 and capitalised == len(words) and not text.isupper()


def _split_marker(text: str) -> tuple[str, Priority | None]:
    match = MARKER.search(text)
    if not match:
        return text, None
    mark = (match.group("mark") or match.group("word")).lower()
    return text[: match.start()].rstrip(" ,;-–"), (
        Priority.essential if mark.startswith("e") else Priority.desirable
    )


def text_priority(text: str) -> Priority | None:
    if re.search(r"\bSHOULD\b", text):
        return Priority.desirable  # "You SHOULD ..." beside "You MUST ...", as the key says
    lowered = text.lower()
    if re.search(r"\bis essential\b|\bessential\)?\s*$", lowered):
        return Priority.essential
    if re.search(
        r"\bdesirable\b|\bwould be (?:an? )?(?:advantage|advantageous|beneficial|useful|a bonus)"
        r"|\b(?:is|are) (?:an advantage|preferred)\b|^ideally\b|^preferably\b"
        r"|\bnot essential\b",
        lowered,
    ):
        return Priority.desirable
    return None


def _join_broken_lines(chunks: list[str]) -> list[str]:
    """Cells of one category, with a sentence that ran over a line break put back together;
    a short label such as "Kent Values:" is dropped."""
    joined: list[str] = []
    for chunk in chunks:
        chunk = re.sub(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s+(?=\S)", "", chunk)
        if not chunk or (chunk.endswith(":") and len(chunk.split()) <= 4):
            continue
        previous = joined[-1] if joined else ""
        if previous and (chunk[:1].islower() or previous.split()[-1].lower() in CONNECTORS):
            joined[-1] = f"{previous} {chunk}"
        else:
            joined.append(chunk)
    return joined


@dataclass
class _Section:
    category: str | None
    priority: Priority
    column: int
    items: list[Item] = field(default_factory=list)
    last_number: int = 0
    run_on: list[str] = field(default_factory=list)
    skipping: bool = False  # under "Main duties", "What we offer": nothing here is a criterion


class _Reader:
    def __init__(self, footnotes: dict[str, str], legend: dict[str, Stage]) -> None:
        self.items: list[Item] = []
        self.unsure: list[str] = []
        self.footnotes = footnotes
        self.legend = legend
        self.priority = Priority.essential
        self.priority_marked = False
        self.assessment_given = False
        self.sections: list[_Section] = []
        self.current: dict[int, _Section] = {}
        self.last_item: dict[int, Item] = {}
        self.pending_codes: list[Item] = []
        self.category_rows = False
        self.left_out: Counter[str] = Counter()  # reason -> lines that were not criteria
        self.priority_key: dict[str, Priority] = {}  # "1" -> essential, from the document's key
        self.after_prose = False  # was the last paragraph guidance for applicants?
        self.heading_number = 0  # the last numbered heading: "1. Qualifications" ...
        self.prose = False  # requirements written as sentences in paragraphs (prose.py)
        self.numbered_priority = False  # "Section 1: Essential Criteria" ...
        self.joining: set[int] = set()  # columns whose last line was "AND" / "OR"
        self.heading_stages: list[Stage] = []  # under "2. Assessed at interview"
        self.weight_key: dict[str, float] = {}  # "high" -> 3, from "High (3), Medium (2)"

    # --- shared --------------------------------------------------------------------------

    def add(self, text: str, section: _Section, line: int, number: int | None = None) -> None:
        text, stars, note = self._footnote_markers(clean(text))
        text = text.strip(" ;")
        if not re.search(r"[^\W_]", text) or LABELS.match(text):
            return  # a tick, a dash or a label is not a criterion
        if section.skipping:
            return
        if len(text.split()) == 1 and text[:1].islower():
            return  # the end of a wrapped line ("... seen at / interview"), not a criterion
        if (assessed := self._assessed_line(text)) is not None:
            if assessed:
                for item in self.pending_codes:
                    item.assessed_by = assessed
                self.pending_codes = []
                self.assessment_given = True
            return
        if (reason := not_a_criterion(text)) is not None:
            self.left_out[reason] += 1
            self.after_prose = True  # the wrapped end of this line is left out with it
            return
        priority_text = PRIORITY_PREFIX.match(text)
        explicit = False
        priority = section.priority
        if priority_text:
            word = (
                priority_text.group("priority")
                or priority_text.group("letter")
                or priority_text.group("bracketed")
            )
            priority = Priority.essential if word[0].lower() == "e" else Priority.desirable
            text = priority_text.group("text")
            explicit = True
            self.priority_marked = True
        text, marked = _split_marker(text)
        if marked is not None:
            priority, explicit = marked, True
            self.priority_marked = True
            if not text.strip() and section.items:
                # "(E)" wrapped onto a line of its own: the marker of the criterion before
                section.items[-1].priority = marked
                return
        text, stages = self._trailing_codes(text)
        if not stages:
            text, stages = self._leading_codes(text)
        glued = None if stages else TRAILING_ASSESSED.search(text)
        if glued and (stages := self._assessed_line(glued.group(0).strip()) or []):
            text = text[: glued.start()]  # a PDF cell line ran "Assessed: I" onto its criterion
        code = LEADING_REFERENCE.match(text)
        if code is not None:
            text = text[code.end() :]
        text = OUTLINE_NUMBER.sub("", text)
        times = WEIGHT_SUFFIX.search(text)
        if times is not None:
            text = text[: times.start()]
        weight = float(times.group("times")) if times is not None else None
        if (stars_weight := WEIGHT_STARS.search(text)) is not None:
            text = text[: stars_weight.start()]  # "... under the Care Act ★★★"
            weight = weight or float(len(stars_weight.group("stars")))
        if not re.search(r"[^\W_]", text):
            return  # nothing left once its marker, codes and reference are taken off
        if not explicit and (said := text_priority(text)) is not None:
            priority, explicit = said, True
        if not stages and stars and stars in SYMBOLS and NOTE_STAGES.match(self.footnotes[stars]):
            stages = parse_codes(self.footnotes[stars], self.legend)  # "... qualification‡"
        own_stages = bool(stages)  # "(A/I)" or "Assessed: I" in the criterion's own text
        stages = stages or list(self.heading_stages)
        item = Item(
            text=text,
            priority=priority,
            category=section.category,
            line=line,
            stars=stars,
            code=code.group("code") if code else None,
            marked=explicit,
            weight=weight,
        )
        if stages:
            item.assessed_by = stages
            self.assessment_given = True
        if note:
            item.notes.append(note)
        if stars and stars in self.footnotes:
            item.notes.append(self.footnotes[stars])
        section.items.append(item)
        self.items.append(item)
        if not own_stages:
            self.pending_codes.append(item)
        self.last_item[section.column] = item
        if number is not None:
            section.last_number = number

    def _assessed_line(self, text: str) -> list[Stage] | None:
        """The stages of an "Assessed: A, I" line (empty when its codes are unknown), or None
        when the text is not one."""
        match = ASSESSED_LINE.match(text)
        if match is None:
            return None
        codes = match.group("codes").strip().rstrip(".")
        if is_codes(codes, self.legend):
            return parse_codes(codes, self.legend)
        if (glued := GLUED_CODES.match(codes)) and is_codes(glued.group("codes"), self.legend):
            return parse_codes(glued.group("codes"), self.legend)
        if len(codes.split()) <= 10:  # "at interview and a written exercise on the day"
            return parse_codes(codes, self.legend) or None
        return None

    def _heading_stages(self, text: str) -> list[Stage]:
        """The stages a heading gives what follows it ("2. Assessed at interview"), if any."""
        match = STAGE_HEADING.match(text)
        if match is None or len(text.split()) > 14:
            return []
        return parse_codes(match.group("body"), self.legend)

    def _trailing_codes(self, text: str) -> tuple[str, list[Stage]]:
        """ "Degree in social work (A/I)": the stages a criterion names in brackets at its end."""
        match = TRAILING_CODES.search(text)
        if match is None or not is_codes(match.group("codes"), self.legend):
            return text, []
        stages = parse_codes(match.group("codes"), self.legend)
        return (text[: match.start()].rstrip(" ,;-–"), stages) if stages else (text, [])

    def _leading_codes(self, text: str) -> tuple[str, list[Stage]]:
        """ "(A,C) Registered with Social Care Wales": the stages in brackets at its start."""
        match = LEADING_CODES.match(text)
        if match is None or not is_codes(match.group("codes"), self.legend):
            return text, []
        stages = parse_codes(match.group("codes"), self.legend)
        return (text[match.end() :], stages) if stages else (text, [])

    def _footnote_markers(self, text: str) -> tuple[str, str | None, str | None]:
        match = INLINE_NOTE.search(text)
        if not match:
            if (mark := SYMBOL_MARK.search(text)) and mark.group("mark") in self.footnotes:
                return text[: mark.start()].rstrip(), mark.group("mark"), None
            if "*" in self.footnotes and STARRED_END.search(text):
                return text[:-1], "*", None
            if (mark := SUPERSCRIPT_MARK.search(text)) and mark.group("mark") in self.footnotes:
                return text[: mark.start()], mark.group("mark"), None
            return text, None, None
        return text[: match.start()], match.group("stars"), match.group("note")

    def new_section(self, column: int, category: str | None) -> _Section:
        self.flush_run_on(column)
        section = _Section(category=category, priority=self.priority, column=column)
        self.sections.append(section)
        self.current[column] = section
        self.last_item.pop(column, None)
        return section

    def section(self, column: int) -> _Section:
        if column not in self.current:
            return self.new_section(column, None)
        return self.current[column]

    def flush_run_on(self, column: int) -> None:
        section = self.current.get(column)
        if section is None or not section.run_on:
            return
        chunks = _join_broken_lines([clean(chunk) for chunk in section.run_on])
        section.run_on = []
        values = bool(re.search(r"values|behaviours", section.category or "", re.I))
        pieces = [piece for chunk in chunks for piece in split_run_on(chunk, values=values)]
        for piece in pieces:
            self.add(piece, section, 0)
        if len(pieces) > 1:
            self.unsure.append(
                f"{section.category or 'criteria'}: {len(pieces)} criteria were run together "
                "in one line and split by wording; check where one ends and the next begins"
            )

    def codes(self, text: str) -> None:
        stages = parse_codes(text, self.legend)
        if not stages:
            return
        for column in list(self.current):
            self.flush_run_on(column)
        self.assessment_given = True
        for item in self.pending_codes:
            if item.assessed_by is None:
                item.assessed_by = stages
        self.pending_codes = []

    # --- headed lists -----------------------------------------------------------------------

    def read_row(self, row: Row) -> None:
        cells = [(i, c) for i, c in enumerate(row.cells) if not is_blank(clean(c))]
        if not cells:
            return
        if row.table and self._lettered_row([c for _, c in cells], row.line):
            return
        if row.table and len(cells) == 2 and FIELD_LABEL.match(clean(cells[0][1])):
            self.left_out["role details"] += 1
            return  # "Reports to | Team Manager": the role's details, not a criterion
        multi_line = not row.lines or len(row.lines) == 1
        if row.table and multi_line and len(cells) >= 2 and row.cells[0].strip() != "":
            first = clean(cells[0][1])
            if is_heading(first) and "\n" not in cells[0][1]:
                # a category row: heading cell, then its criteria
                self.category_rows = True
                self.heading(0, first)
                for _, cell in cells[1:]:
                    self.content(0, cell, row.line, run_on=True)
                return
            if not any(is_codes(c, self.legend) for _, c in cells):
                for column, cell in cells:
                    self.content(column, cell, row.line)
                return
        for _, cell in cells:
            if is_codes(cell, self.legend):
                self.codes(cell)
            else:
                self.content(0, cell, row.line, run_on=self.category_rows and row.table)

    def _lettered_row(self, cells: list[str], line: int) -> bool:
        """A row with no header over it: "criterion <tab> E <tab> A/I"."""
        letters = [c for c in cells if PRIORITY_LETTER.match(clean(c))]
        texts = [c for c in cells if len(clean(c).split()) >= 2]
        if len(letters) != 1 or len(texts) != 1:
            return False
        priority = Priority.essential if clean(letters[0]).lower()[0] == "e" else Priority.desirable
        section = self.section(0)
        before = len(self.items)
        self.add(texts[0], _Section(section.category, priority, 0), line)
        codes = [c for c in cells if is_codes(c, self.legend) and c is not letters[0]]
        stages = [s for c in codes for s in parse_codes(c, self.legend)]
        for item in self.items[before:]:
            if stages:
                item.assessed_by = list(dict.fromkeys(stages))
                self.assessment_given = True
        self.priority_marked = True
        return True

    def heading(self, column: int, text: str) -> None:
        # under "2. Assessed at interview" every criterion is assessed at interview, until the
        # next such heading
        stages = self._heading_stages(text)
        if stages and not NUMBERED_PART.match(text):
            # what follows is criteria, in the same category
            category = self.current[column].category if column in self.current else None
            self.new_section(column, category)
            self.heading_stages = stages
            return
        if stages:
            self.heading_stages = stages  # "Section 3: Assessed at interview" ends section 2
        text = re.sub(r"^\d{1,2}[.)]\s+(?=[A-Z])", "", text)  # "2. Experience"
        if self.numbered_priority and NUMBERED_PART.match(text):
            self.priority = Priority.essential
        section = self.new_section(column, text.rstrip(":").strip())
        section.skipping = starts_non_criteria_section(text)

    def content(self, column: int, text: str, line: int, *, run_on: bool = False) -> None:
        paragraphs = cell_pieces(text)
        has_structure = len(paragraphs) > 1
        for position, paragraph in enumerate(paragraphs):
            self.paragraph(
                column,
                paragraph,
                line,
                run_on=run_on and not has_structure,
                first_in_cell=position == 0 and has_structure,
            )

    def paragraph(
        self, column: int, raw: str, line: int, *, run_on: bool, first_in_cell: bool
    ) -> None:
        text = clean(raw)
        after_prose, self.after_prose = self.after_prose, False
        if not text or LABELS.match(text):
            return
        if after_prose and text[:1].islower():
            self.after_prose = True
            return  # the rest of a line of guidance, wrapped ("... giving / examples from")
        last = self.last_item.get(column)
        joining = column in self.joining
        self.joining.discard(column)
        if last is not None and LONE_JOINER.match(text):
            last.text += " " + text  # "OR" on a line of its own: the next line is a route
            self.joining.add(column)
            return
        if last is not None and (joining or GLUED_JOINER.match(text)):
            last.text += " " + text
            return
        if (run_in := RUN_IN_SECTION.match(text)) and is_heading(run_in.group("category")):
            self.run_in_section(column, run_in.group("category"), text[run_in.end() :], line)
            return
        if (listed := LEAD_IN_LIST.match(text)) and self.lead_in_list(
            column, listed.group("lead"), listed.group("body"), line
        ):
            return
        if self.prose and not run_on and prose.is_paragraph(text):
            self.prose_paragraph(column, text, line)
            return
        if (glued := GLUED_DESIRABLE_LEAD.search(text)) and glued.start() > 0:
            # a PDF line that ran the lead-in onto the criterion before it
            self.paragraph(column, text[: glued.start()], line, run_on=run_on, first_in_cell=False)
            text = glued.group(0).strip()
        if self._heading_stages(text):
            self.heading(column, text)
            return
        if match := PRIORITY_HEADING.match(text):
            for open_column in list(self.current):
                self.flush_run_on(open_column)
            self.priority = Priority(match.group("priority").lower())
            self.priority_marked = True
            self.numbered_priority = self.numbered_priority or bool(NUMBERED_PART.match(text))
            for section in self.current.values():
                section.priority = self.priority
                section.skipping = False
            return
        if NUMBERED_PART.match(text) and len(text.split()) <= 10 and not text.endswith("."):
            self.heading(column, text)
            return
        if starts_non_criteria_section(text) and not bulleted_text(text):
            self.heading(column, text)
            return
        if REQUIREMENTS_LABEL.match(text):
            return  # "What we are looking for": a lead-in, not a criterion
        if is_codes(text, self.legend):
            self.codes(text)
            return
        body, bulleted = strip_bullet(text)
        if bulleted:
            self.add(body, self.section(column), line)
            return
        lead, numbered = split_numbered(text)
        if not lead and len(numbered) == 1 and self._numbered_heading(*numbered[0]):
            self.heading(column, numbered[0][1])  # "1. Qualifications and training"
            self.heading_number = numbered[0][0]
            return
        if numbered:
            if lead:
                if is_heading(lead):
                    self.heading(column, lead)
                elif lead[:1].islower() and column in self.last_item:
                    self.last_item[column].text += " " + lead
                else:
                    self.add(lead, self.section(column), line)
            for number, item_text in numbered:
                self.add(item_text, self._numbered_section(column, number), line, number)
            return
        if (
            (match := CATEGORY_LINE.match(text))
            and ";" in match.group("rest")
            and CATEGORY_WORDS.search(match.group("heading"))
            and is_heading(match.group("heading"))
        ):
            # "QUALIFICATIONS: Degree in OT - Essential; First aid - Desirable"
            self.heading(column, match.group("heading"))
            for piece in re.split(r";\s+", match.group("rest")):
                self.add(piece, self.section(column), line)
            return
        if PROSE.match(text) or len(LEGEND_CODE.findall(text)) >= 2:
            self.after_prose = True
            return  # guidance for applicants, or the legend of assessment codes
        if DESIRABLE_LEAD.match(text):
            self.flush_run_on(column)
            self.section(column).priority = Priority.desirable
            self.priority_marked = True
            return
        if text.endswith(":") and not is_heading(text):
            return  # an introduction such as "Specific qualifications ... required:"
        if is_heading(text) and (first_in_cell or not run_on):
            self.heading(column, text)
            return
        if run_on:
            self.section(column).run_on.append(text)
            return
        previous = self.last_item.get(column)
        if previous is not None and (text[:1].islower() or _wrapped_bracket(previous.text, text)):
            previous.text += " " + text
            return
        if column in self.current or PRIORITY_PREFIX.match(text) or MARKER.search(text):
            self.add(text, self.section(column), line)
        else:
            self.after_prose = True  # not a criterion: nor is its wrapped end, on the next line

    def lead_in_list(self, column: int, lead: str, body: str, line: int) -> bool:
        """A sentence that asks for a list run on with semicolons after its lead-in: each
        clause a criterion, at the lead-in's level and stages (or the section's), the sentences
        after the list left out. False, reading nothing, when it is not such a list."""
        if len(lead.split()) < 3 or NOT_A_LEAD_IN.search(lead):
            return False  # "QUALIFICATIONS: a; b" is a category line; "Notes to applicants:"
        first = body.find(";")
        if re.search(r"[.!?]\s+(?=[A-Z(])", body[:first]):
            return False  # sentences before the first semicolon: guidance, not a list
        end = re.search(r"\.(?:\s+(?=[A-Z“\"‘'(])|\s*$)", body[first:])
        listed = body[: first + end.start()] if end else body
        pieces = [
            re.sub(r"^(?:and|or)\s+", "", piece.strip()) for piece in re.split(r";\s*", listed)
        ]
        if len(pieces) < 2 or any(
            len(piece.split()) < 2 or KEY_ENTRY.match(piece) for piece in pieces
        ):
            return False  # "Key to assessment: A = Application form; I = Interview" is a key
        section = self.section(column)
        priority = section.priority
        if DESIRABLE_LEAD_IN.search(lead):
            priority = Priority.desirable
        elif re.search(r"\bessential\b|\bmust\b|\brequired\b", lead, re.I):
            priority = Priority.essential
        stages = parse_codes(lead, self.legend) if STAGE_WORD.search(lead) else []
        for piece in pieces:
            own = priority
            if level := OWN_LEVEL.search(piece):
                piece = piece[: level.start()]
                own = Priority(level.group("priority").lower())
            extra: list[Stage] = []
            if clause := ASSESSED_CLAUSE.search(piece):
                piece = piece[: clause.start()]
                how = clause.group("how")
                extra = (
                    [Stage.documentation]
                    if OFFER_STAGE.search(how)
                    else parse_codes(how, self.legend)
                )
            given = list(dict.fromkeys([*([] if OFFER_STAGE.search(piece) else stages), *extra]))
            before = len(self.items)
            self.add(piece, _Section(section.category, own, column), line)
            for item in self.items[before:] if given else []:
                item.assessed_by = list(given)
                self.assessment_given = True
        self.after_prose = True  # the sentences after the list say how it is checked
        return True

    def run_in_section(self, column: int, category: str, body: str, line: int) -> None:
        """ "Essential: a; b. Desirable: c. How assessed: application form and interview.":
        each clause of a list is a criterion at its list's priority, assessed as the
        paragraph's "How assessed" says (its first clause: what follows a semicolon there
        carves out one criterion, which is left to the recruiter)."""
        self.heading(column, category)
        labels = list(RUN_IN_LABEL.finditer(body))
        added: list[Item] = []
        stages: list[Stage] = []
        for position, label in enumerate(labels):
            end = labels[position + 1].start() if position + 1 < len(labels) else len(body)
            segment = body[label.end() : end].strip().rstrip(".")
            name = label.group("label").lower()
            if name not in {"essential", "desirable"}:
                stages = parse_codes(segment.split(";")[0], self.legend)
                continue
            section = _Section(category, Priority(name), column)
            for clause in re.split(r";\s+", segment):
                before = len(self.items)
                self.add(clause.strip().rstrip("."), section, line)
                added += self.items[before:]
        self.priority_marked = True
        for item in added:
            if stages and item.assessed_by is None:
                item.assessed_by = stages
                self.assessment_given = True

    def prose_paragraph(self, column: int, text: str, line: int) -> None:
        """A paragraph of a prose specification: each requirement sentence is a criterion at
        the level its opening words give; the sentences describing the post are left out."""
        category = self.section(column).category
        for sentence in prose.sentences(text):
            found = prose.requirement_priority(sentence)
            if found is None:
                self.left_out["sentences asking for nothing"] += 1
                continue
            priority, stated = found
            self.priority_marked = self.priority_marked or stated
            self.add(sentence.rstrip("."), _Section(category, priority, column), line)

    def _numbered_heading(self, number: int, text: str) -> bool:
        """ "5. Welsh language" after "4. Skills and abilities": numbered sections."""
        if is_heading(text):
            return True
        short = len(text.split()) <= 4 and not text.endswith((".", ";", ":"))
        follows = self.heading_number > 0 and self.heading_number == number - 1
        return short and follows and not ITEM_START.match(text) and text[:1].isupper()

    def _numbered_section(self, column: int, number: int) -> _Section:
        """The section a numbered item continues: two-column exports interleave lists."""
        current = self.current.get(column)
        if current is not None and (number == 1 and not current.items):
            return current
        if current is not None and current.last_number == number - 1:
            return current
        for section in reversed(self.sections):
            if section.last_number == number - 1 and section.last_number > 0:
                self.current[column] = section
                return section
        return current if current is not None else self.new_section(column, None)

    def finish(self) -> None:
        for column in list(self.current):
            self.flush_run_on(column)


# --- column tables ----------------------------------------------------------------------------


@dataclass
class _Columns:
    criterion: int | None
    essential: int | None
    desirable: int | None
    either: int | None  # an "E/D" column
    assessed: int | None
    category: int | None = None
    # one tick column per stage: "Application form | Interview | Test"
    stages: dict[int, Stage] = field(default_factory=dict)
    # a table of only essential (or only desirable) criteria: "Essential criteria | How assessed"
    fixed: Priority | None = None
    # "Essential | How identified | Desirable | How identified": each priority column's own
    assessed_for: dict[Priority, int] = field(default_factory=dict)
    weight: int | None = None  # "Weighting (1-5)", "Score", "Points"
    ignored: set[int] = field(default_factory=set)  # "Ref.", "No.": not criteria
    code: int | None = None  # "Code", "Ref.": each criterion's reference ("E1", "D3")

    @property
    def marks_priority(self) -> bool:
        return self.fixed is not None or {self.essential, self.desirable, self.either} != {None}

    @property
    def used(self) -> set[int]:
        used = {self.essential, self.desirable, self.assessed, self.either, self.weight}
        used |= set(self.stages) | set(self.assessed_for.values()) | self.ignored
        return {index for index in used if index is not None}


STAGE_HEADER = re.compile(
    rf"^(?:application(?: form)?|interview|{TEST_STAGE_WORDS}"
    r"|presentation|assessment centre"
    r"|references?|documents?|documentation|certificates?|supporting statement"
    r"|pre-?employment(?: checks?)?|checks? before appointment)$"
)
# "Used at shortlisting? (Y/N)", "Assessed at interview?": a stage asked as a question.
STAGE_QUESTION = re.compile(
    r"^(?:(?:used|assessed|tested|considered|explored|checked|scored)\s+(?:at|in|by|during)\s+"
    r"(?:the\s+)?)?(?P<stage>shortlisting|sift|application(?: form)?|interview|presentation"
    r"|test|exercise)\s*\?\s*(?:\(\s*y(?:es)?\s*/\s*n(?:o)?\s*\))?$"
)
# "Essential?" over a column of Yes / No.
ESSENTIAL_QUESTION = re.compile(r"^(?:is it )?essential\s*\?$")
# A second criteria-like header beside the criteria column names the priority column.
SECOND_CRITERION = frozenset({"requirement", "requirements"})
HEADER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "either",
        r"^(?:e\s*/\s*d|e or d|priority|necessity"
        r"|(?:essential|mandatory|required)\s*(?:/|or)\s*(?:desirable|preferred)"
        r"|essential\s*/\s*desirable\s*\(e/d\)|essential\s*\?|is it essential\s*\?)$",
    ),
    ("rating", r"^(?:rating|importance|level|grading)$"),
    (
        "essential",
        r"^essential(?: criteria| requirements)?(?: \(e\))?$"
        r"|^essential (?:at|on|from|for) (?:appointment|interview|shortlisting|start|day one)$",
    ),
    ("desirable", r"^desirable(?: criteria| requirements)?(?: \(d\))?$"),
    ("weight", r"^(?:(?:maximum|max\.?|available) )?(?:weight(?:ing)?s?|score|points|marks?)\b"),
    (
        "assessed",
        r"measured|assess|how (?:identified|tested|evidenced|demonstrated|measured)|method"
        r"|^how we(?:'|’)?(?:ll| will) (?:know|find out|check|test)"
        r"|identified by|tested by|^evidence|^stage|^m\.?\s?o\.?\s?a\.?$|^source",
    ),
    (
        "criterion",
        r"^(?:criteria|criterion|requirements?|description|specification|person specification"
        r"|shortlisting criteri(?:on|a)"
        r"|competenc(?:e|ies|y)|skills?,? knowledge and experience|attributes? required)$",
    ),
    ("category", r"^(?:category|area|attributes?|factors?|heading|section|headings?)$"),
    (
        "ignored",
        r"^(?:ref\.?|reference|codes?|no\.?|number|#|item|panel score\b.*"
        r"|score (?:awarded|given)|comments?"
        # "Essential within 12 months": gained in post, so still essential (the row's tick
        # there leaves it at the table's essential), not a column of its own
        r"|essential (?:within|after|by the end of) [\w ]{2,30})$",
    ),
)
# The ignored column that holds each criterion's reference.
CODE_HEADER = re.compile(r"^(?:ref\.?|reference|codes?|no\.?|number|#)$")


def _header_name(raw: str) -> str:
    """A header cell as the patterns read it; a trailing explanation in brackets ("Minimum
    (needed to be shortlisted)") is dropped where the whole cell names no column."""
    cell = clean(raw).lower().rstrip("*: ")
    if STAGE_HEADER.match(cell) or any(re.search(p, cell) for _, p in HEADER_PATTERNS):
        return cell
    return re.sub(r"\s*\([^()]*\)$", "", cell).rstrip("*: ")


def header_columns(row: Row, *, rating_is_priority: bool = False) -> _Columns | None:
    """The columns of a person specification table, from its header row: the criterion and
    category columns, Essential/Desirable (tick or content) columns or one E/D column, how each
    is assessed (one column, one per priority column, or a tick column per stage) and weights.
    """
    if not row.table:
        return None
    found: dict[str, int] = {}
    unassigned: list[int] = []
    stages: dict[int, Stage] = {}
    assessed_for: dict[Priority, int] = {}
    ignored: set[int] = set()
    last_priority: Priority | None = None
    named = [_header_name(raw) for raw in row.cells]
    if {"minimum", "additional"} <= set(named):
        # "Minimum (needed to be shortlisted) | Additional (an advantage)": the two priorities
        named = [{"minimum": "essential", "additional": "desirable"}.get(n, n) for n in named]
    for index, cell in enumerate(named):
        if question := STAGE_QUESTION.match(cell):
            # "Used at shortlisting? (Y/N)" over a column of Y and N: a stage column
            stages[index] = parse_codes(question.group("stage"))[0]
            continue
        if not STAGE_HEADER.match(cell) and STAGE_HEADER.match(cell.replace(" ", "")):
            cell = cell.replace(" ", "")  # a narrow PDF column broke the word: "Intervie w"
        if STAGE_HEADER.match(cell) and len(parse_codes(cell)) == 1:
            stages[index] = parse_codes(cell)[0]
            continue
        for name, pattern in HEADER_PATTERNS:
            if not re.search(pattern, cell):
                continue
            if name == "rating":
                # "Rating": the priority when the document's key says "1 = essential", else a
                # weighting
                name = "either" if rating_is_priority else "weight"
                if name in found:
                    continue
                found[name] = index
            elif name == "ignored":
                ignored.add(index)
            elif name == "assessed" and last_priority is not None and "either" not in found:
                assessed_for.setdefault(last_priority, index)  # this priority column's own
                found.setdefault("assessed", index)
            elif name not in found:
                found[name] = index
                if name in {"essential", "desirable"}:
                    last_priority = Priority(name)
            elif name == "criterion" and "either" not in found and cell in SECOND_CRITERION:
                # "Criteria | Requirement | Tested by": beside the criteria, the requirement
                # is whether each is essential or desirable
                found["either"] = index
            else:
                continue
            break
        else:
            if cell:
                unassigned.append(index)
            elif "category" not in found and index == 0:
                found["category"] = index  # an unlabelled first column names the category
    code = next(
        (i for i in sorted(ignored) if CODE_HEADER.match(clean(row.cells[i]).lower().rstrip(": "))),
        None,
    )
    common = {
        "assessed": found.get("assessed"),
        "stages": stages,
        "weight": found.get("weight"),
        "ignored": ignored,
        "code": code,
    }
    if len(assessed_for) < 2:
        assessed_for = {}
    if "either" not in found and ("essential" in found) != ("desirable" in found):
        if unassigned or ("assessed" not in found and not stages):
            return None
        name = "essential" if "essential" in found else "desirable"
        return _Columns(
            criterion=found[name],
            essential=None,
            desirable=None,
            either=None,
            category=found.get("category") if found.get("category") != found[name] else None,
            fixed=Priority(name),
            **common,  # type: ignore[arg-type]
        )
    if "either" not in found and ("essential" not in found or "desirable" not in found):
        # a criterion column with how each is assessed and no priority columns: the heading
        # above the table ("Desirable criteria") or the wording says what is desirable
        # (or with the points each can score: a shortlisting score sheet; or with each
        # criterion's code, "E1" / "D1", whose letter is the priority: see codes_give_priority)
        if (
            "criterion" in found
            and (len(stages) >= 2 or "assessed" in found or "weight" in found or code is not None)
            and not unassigned
        ):
            return _Columns(
                criterion=found["criterion"],
                essential=None,
                desirable=None,
                either=None,
                category=found.get("category"),
                **common,  # type: ignore[arg-type]
            )
        return None
    category = found.get("category")
    criterion = found.get("criterion")
    if criterion is None:
        items = [i for i in sorted(ignored) if clean(row.cells[i]).lower().rstrip("*: ") == "item"]
        if unassigned:
            criterion = unassigned[0]
        elif items:
            # "Item | Mandatory / Preferred | Evidence": the items are the criteria
            criterion = items[0]
            common["ignored"] = ignored - {criterion}
        elif category is not None:
            # an unlabelled first column holds the criteria and the category rows between them
            criterion, category = category, None
    return _Columns(
        criterion=criterion,
        essential=found.get("essential"),
        desirable=found.get("desirable"),
        either=found.get("either"),
        category=category,
        assessed_for=assessed_for,
        **common,  # type: ignore[arg-type]
    )


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index]


def _lead_in_joined(pieces: list[str]) -> str | None:
    """ "One of the following awards:" over its list in one cell is one criterion, the list
    its alternatives: "One of the following awards: BIA; AMHP; Practice Educator"."""
    if len(pieces) < 3 or not clean(pieces[0]).endswith(":"):
        return None
    if PRIORITY_HEADING.match(clean(pieces[0])):
        return None  # "Essential:" over its list labels the items' priority (see read)
    items = [strip_bullet(clean(p))[0] for p in pieces[1:]]
    if any(len(item.split()) > 12 or item.endswith(":") for item in items):
        return None
    return clean(pieces[0]) + " " + "; ".join(item.rstrip(";,.") for item in items)


# A stage column holding "E", "D" or "E, D": the stage assesses the row's criteria of those
# priorities ("D" under Interview: its desirable ones are assessed at interview).
PRIORITY_LETTERS = re.compile(r"^[ED](?:\s*[,/&]\s*[ED])?$")


def _priority_letters(text: str) -> set[str]:
    cleaned = clean(text)
    return set(re.findall(r"[ED]", cleaned)) if PRIORITY_LETTERS.match(cleaned) else set()


def _is_mark(text: str) -> bool:
    cleaned = clean(text)
    return bool(cleaned) and bool(MARK.match(cleaned))


def _numbered_items(text: str) -> list[str]:
    """A cell's numbered list run into one line ("1. BSc in OT 2. HCPC registration") as its
    items; the number of a single numbered item is dropped. Only a cell that starts with a
    number is split, so "NVQ level 3. ..." inside a criterion stays whole."""
    cleaned = clean(text)
    if not re.match(r"^\d{1,2}[.)]\s", cleaned):
        return [text]
    lead, numbered = split_numbered(cleaned)
    return ([lead] if lead else []) + [item for _, item in numbered] or [text]


def _weight(text: str) -> float | None:
    """A weighting cell: "5", "x2", "3 points"; None when blank or not a positive number."""
    match = re.fullmatch(r"\s*[x×]?\s*(\d{1,3}(?:\.\d+)?)\s*(?:points?|marks?|%)?\s*", text)
    if match is None:
        return None
    value = float(match.group(1))
    return value if 0 < value <= 100 else None


def _stars(text: str) -> str | None:
    match = re.search(r"\*{2,4}", text)
    return match.group(0) if match else None


CONTINUATION = re.compile(
    r"(?<=[a-z])\s+(?=(?:Undertake|Complete|Attend|Obtain|Provide|Hold|Maintain)\s+[a-z])"
)


def _split_continuation(text: str) -> tuple[str, str | None]:
    """A table cell whose two paragraphs lost their break: "... as an Occupational Therapist
    Undertake relevant portfolio work ..." is a criterion and, after it, a second
    instruction (a capitalised verb straight after a word, with no full stop between)."""
    match = CONTINUATION.search(text)
    if match is None or match.start() < 20 or len(text) - match.end() < 20:
        return text, None
    return text[: match.start()].strip(), text[match.end() :].strip()


class _TableReader:
    def __init__(self, reader: _Reader, columns: _Columns) -> None:
        self.reader = reader
        self.columns = columns
        self.category: str | None = None
        self.content_columns: bool | None = None
        self.last_row_items: list[Item] = []

    def read(self, row: Row) -> None:
        columns = self.columns
        cells = row.cells
        essential = _cell(cells, columns.essential)
        desirable = _cell(cells, columns.desirable)
        if columns.fixed is not None:
            self.content_columns = False
        if columns.criterion is None and columns.fixed is None:
            self.content_columns = True  # no criterion column: the criteria are in the cells
        if self.content_columns is None and (essential.strip() or desirable.strip()):
            longest = max(len(clean(essential).split()), len(clean(desirable).split()))
            self.content_columns = longest > 3
        if self.content_columns:
            self._read_content_row(row)
            return
        if columns.category is not None and clean(_cell(cells, columns.category)):
            self.category = clean(_cell(cells, columns.category)).rstrip(":")
        text = _cell(cells, columns.criterion)
        others = [
            c
            for i, c in enumerate(cells)
            if i not in {columns.criterion, columns.category} and not is_blank(c)
        ]
        if is_blank(clean(text)):
            return  # no criterion: an empty or unticked box where the criterion would be
        if is_codes(text, self.reader.legend) and not others and self.last_row_items:
            # assessment codes on a row of their own apply to the group just read
            stages = parse_codes(text, self.reader.legend)
            for item in self.last_row_items:
                if item.assessed_by is None:
                    item.assessed_by = stages
            self.reader.assessment_given = bool(stages) or self.reader.assessment_given
            return
        if not others and self.last_row_items and clean(text)[:1].islower():
            # the end of the last criterion, carried over a page break with empty cells
            self.last_row_items[-1].text += " " + clean(text)
            return
        if not others and (heading := PRIORITY_HEADING.match(clean(text))):
            # a row "Part A – Essential: every Part A criterion must score at least 1"
            self.reader.priority = Priority(heading.group("priority").lower())
            self.reader.priority_marked = True
            return
        if SCORE_TOTAL.match(clean(text)):
            return  # "Total available", "Minimum score to shortlist": the sheet's sums
        paragraphs = cell_pieces(text)
        if (joined := _lead_in_joined(paragraphs)) is not None:
            text, paragraphs = joined, [joined]
        first, bulleted = strip_bullet(clean(paragraphs[0]))
        if len(paragraphs) > 1 and not bulleted and is_heading(first):
            self.category = first.rstrip(":")  # a group: its heading, then its criteria
            text = "\n".join(paragraphs[1:])
        single = "\n" not in text.strip() and " • " not in text
        if columns.fixed is not None:
            if not others and single and is_heading(text):
                self.category = clean(text).rstrip(":")
                return
        elif not others and len(clean(text).split()) <= 8 and single:
            self.category = clean(text).rstrip(":")
            return
        if not others and single and (domain := NUMBERED_DOMAIN.match(clean(text))):
            # "Domain 1 – Professionalism: identify and behave as a professional ...": a
            # framework's domain and its description across the table, a category
            self.category = domain.group("name")
            return
        either = clean(_cell(cells, columns.either)).lower()
        if either in self.reader.priority_key:
            either = self.reader.priority_key[either].value
        is_essential = (
            _is_mark(essential) or either.startswith("e") or columns.fixed is Priority.essential
        )
        is_desirable = (
            _is_mark(desirable) or either.startswith("d") or columns.fixed is Priority.desirable
        )
        stars = _stars(essential) or _stars(desirable)
        stages = self._stages(cells, Priority.desirable if is_desirable else Priority.essential)
        weight = self._weight(_cell(cells, columns.weight))
        section = _Section(
            category=self.category,
            # ticked in both columns means essential only in some cases (a footnote says
            # which): desirable for the role as a whole, with the condition in the notes
            priority=Priority.desirable
            if is_desirable
            else Priority.essential
            if columns.marks_priority
            else self.reader.priority,
            column=0,
        )
        self.reader.priority_marked = self.reader.priority_marked or columns.marks_priority
        before = len(self.reader.items)
        pieces = cell_pieces(text)
        for paragraph in [item for piece in pieces for item in _numbered_items(piece)]:
            body, _ = strip_bullet(clean(paragraph))
            if label := PRIORITY_HEADING.match(body):
                # "Essential:" then its items, "Desirable:" then its own, in one cell
                section = replace(section, priority=Priority(label.group("priority").lower()))
                self.reader.priority_marked = True
                continue
            body, continued = _split_continuation(body)
            self.reader.add(body, section, row.line)
            if continued and len(self.reader.items) > before:
                item = self.reader.items[-1]
                item.notes.append(f"The same row continues: {continued!r}")
                self.reader.unsure.append(
                    f"{item.text[:60]!r}: a second requirement in the same cell was put in "
                    "the notes; make it a criterion if it applies to every applicant"
                )
        self.last_row_items = self.reader.items[before:]
        code_text = clean(_cell(cells, columns.code)) if columns.code is not None else ""
        if ITEM_CODE.match(code_text) and len(self.last_row_items) == 1:
            self.last_row_items[0].code = code_text.replace(" ", "").upper()
        combined = next(
            (
                m
                for i in sorted(columns.ignored)
                if (m := PRIORITY_THEN_STAGES.match(clean(_cell(cells, i))))
            ),
            None,
        )
        if combined:
            # "E/A/C" in a Code column: essential, then how it is assessed
            for item in self.last_row_items:
                item.priority = Priority.essential if combined.group(1) == "E" else (
                    Priority.desirable
                )
                item.assessed_by = parse_codes(combined.group("stages"), self.reader.legend)
            self.reader.priority_marked = True
            self.reader.assessment_given = True
            stages = []  # the code's own stages stand; no stage column overrides them
        lettered = any(_priority_letters(_cell(cells, i)) for i in columns.stages)
        for item in self.last_row_items:
            item.weight = weight if weight is not None else item.weight
            if lettered:
                stages = self._stages(cells, item.priority)
            if stages:
                item.assessed_by = stages
                self.reader.assessment_given = True
            if stars and item.stars is None:
                item.stars = stars
                if stars in self.reader.footnotes:
                    item.notes.append(self.reader.footnotes[stars])
            if is_essential and is_desirable:
                item.notes.append(
                    "ticked both essential and desirable in the source: desirable here; make it "
                    "essential for vacancies the condition covers"
                )
                self.reader.unsure.append(
                    f"{item.text[:60]!r}: ticked both essential and desirable; taken as desirable"
                )
            if not (is_essential or is_desirable) and columns.marks_priority:
                self.reader.unsure.append(
                    f"{item.text[:60]!r}: no essential/desirable mark; taken as essential"
                )
        self.reader.pending_codes = []

    def _weight(self, text: str) -> float | None:
        """A number, or a word the document's key gives a number ("High (3)")."""
        return _weight(text) or self.reader.weight_key.get(clean(text).lower())

    def _stages(self, cells: list[str], priority: Priority | None = None) -> list[Stage]:
        column = self.columns.assessed_for.get(priority) if priority else None
        column = self.columns.assessed if column is None else column
        stages = parse_codes(_cell(cells, column), self.reader.legend)
        for index, stage in self.columns.stages.items():
            cell = _cell(cells, index)
            letters = _priority_letters(cell)
            if letters and priority is not None:
                marked = priority.value[0].upper() in letters
            else:
                marked = _is_mark(cell)
            if marked and stage not in stages:
                stages.append(stage)
        return stages

    def _read_content_row(self, row: Row) -> None:
        columns = self.columns
        filled = [clean(c) for c in row.cells if clean(c)]
        if len(filled) == 1 and len(row.cells) > 1 and columns.category is None:
            # a row across the table: a category heading, or a note or key
            if is_heading(filled[0]):
                self.category = filled[0].rstrip(":")
                return
            if not_a_criterion(filled[0]) is not None:
                return
        used = columns.used - {columns.category}
        category_cells = [clean(c) for i, c in enumerate(row.cells) if i not in used and clean(c)]
        category = category_cells[0].rstrip(":") if category_cells else self.category
        weight = self._weight(_cell(row.cells, columns.weight))
        for index, priority in (
            (columns.essential, Priority.essential),
            (columns.desirable, Priority.desirable),
        ):
            text = _cell(row.cells, index)
            stages = self._stages(row.cells, priority)
            section = _Section(category=category, priority=priority, column=0)
            before = len(self.reader.items)
            # a cell holding a list: paragraphs, bullets, or items run on after "; "
            pieces = cell_pieces(text, semicolons=True)
            for paragraph in [item for piece in pieces for item in _numbered_items(piece)]:
                body, _ = strip_bullet(clean(paragraph))
                if body.lower() in {"none", "n/a", "-"}:
                    continue
                self.reader.add(body, section, row.line)
            for item in self.reader.items[before:]:
                item.weight = weight if weight is not None else item.weight
                if stages:
                    item.assessed_by = stages
                    self.reader.assessment_given = True
        self.reader.priority_marked = True
        self.reader.pending_codes = []


def footnotes_in(lines: list[str]) -> dict[str, str]:
    notes: dict[str, str] = {}
    starred = False  # a line before ended on a word with one asterisk
    for line in lines:
        text = clean(line)
        if text[:1] in SYMBOLS:  # "† assessed at interview only.   ‡ assessed from ..."
            for note in SYMBOL_NOTE.finditer(text):
                first = re.split(r"(?<=[.!?])\s+", note.group("text").strip())[0]
                notes.setdefault(note.group("mark"), first)  # its own sentence only
            continue
        match = FOOTNOTE.match(text)
        if match and match.group("stars") not in notes:
            notes[match.group("stars")] = match.group("text").strip()
        elif starred and (note := STAR_NOTE.match(text)) and "*" not in notes:
            notes["*"] = note.group("text").strip()
        elif (note := SUPERSCRIPT_NOTE.match(text)) and note.group("mark") not in notes:
            notes[note.group("mark")] = note.group("text").strip()
        starred = starred or bool(STARRED_END.search(text))
    return notes


LEGEND_DEFINITION = re.compile(
    r"(?:^|[\s,;(:])(?P<code>[A-Z]{1,4}|\d)\s*(?:=|–|-|:)\s*(?P<words>[A-Za-z][A-Za-z /]{2,40})"
)


def legend_in(lines: list[str]) -> dict[str, Stage]:
    """Codes a document defines for itself: "the application form (A)", "AF = application
    form; IV = interview", "M.O.A.: A - Application, I - Interview"."""
    legend: dict[str, Stage] = {}
    # a key wrapped over two lines ("W = written" / "exercise; D = documents") read joined too
    wrapped = [
        f"{line} {following}"
        for line, following in itertools.pairwise(lines)
        if line.strip() and following.strip() and not line.rstrip().endswith((".", ":"))
    ]
    for line in [*lines, *wrapped]:
        definitions = list(LEGEND_DEFINITION.finditer(clean(line)))
        if len(definitions) >= 2:
            for match in definitions:
                words = re.split(r"[,;]|\b(?:[A-Z]{1,4}|\d)\s*(?:=|–|-|:)", match.group("words"))[0]
                stages = parse_codes(words.lower())
                if len(stages) == 1:
                    legend[match.group("code")] = stages[0]
        if "(" not in line:
            continue
        for match in LEGEND_CODE.finditer(line):
            words = re.split(r"[,;(]| or ", line[max(0, match.start() - 40) : match.start()])[-1]
            stages = parse_codes(words)
            if len(stages) == 1:
                legend[match.group(0)[1]] = stages[0]
    return legend


def _styled_headings(rows: list[Row], headings: frozenset[str]) -> set[int]:
    """Lines the document styles as headings are category headings, unless they say
    Essential/Desirable or carry a marker (read as such)."""
    found = set()
    for index, row in enumerate(rows):
        text = clean(row.text)
        if row.table or row.text.strip() not in headings or len(text.split()) > 12:
            continue
        if PRIORITY_HEADING.match(text) or MARKER.search(text) or PRIORITY_PREFIX.match(text):
            continue
        if ASSESSED_LINE.match(text):
            continue  # "How we check: at interview" under a numbered question
        found.add(index)
    return found


def _wrapped_bracket(previous: str, text: str) -> bool:
    """A line opening with a bracket that goes on with the criterion before it, wrapped in the
    middle of a name: "... the Mental Health (Care and Treatment)" / "(Scotland) Act 2003 ...";
    a marker or code in capitals ("(E) Be registered ...", "(A/I)") or a bracketed note after
    a full stop is not."""
    opening = re.match(r"\(([^()]*)\)", text)
    return (
        opening is not None
        and any(c.islower() for c in opening.group(1))
        and len(text.split()) >= 3
        and not previous.rstrip().endswith((".", "?", "!", ";", ":"))
        and MARKER.search(text) is None
    )


def _list_headings(rows: list[Row]) -> set[int]:
    """Plain lines that head a bulleted list however they are worded ("How you work with
    people"): short, no full stop, not a bullet themselves, with a bullet straight after and
    a bullet (or nothing) straight before."""
    lines = [(i, row) for i, row in enumerate(rows) if not row.table and clean(row.text)]
    found: set[int] = set()
    for position, (index, row) in enumerate(lines):
        text = clean(row.text)
        if strip_bullet(text)[1] or text.endswith((".", ":", ";", ",")) or len(text.split()) > 8:
            continue
        if PRIORITY_HEADING.match(text) or MARKER.search(text) or PRIORITY_PREFIX.match(text):
            continue
        if ASSESSED_LINE.match(text):
            continue  # "How we check: at interview" under a numbered question
        after = lines[position + 1][1] if position + 1 < len(lines) else None
        before = lines[position - 1][1] if position > 0 else None
        if after is None or after.line != row.line + 1 or not strip_bullet(clean(after.text))[1]:
            continue
        if before is None or strip_bullet(clean(before.text))[1]:
            found.add(index)
    return found


PRIORITY_KEY = re.compile(
    r"(?:^|[\s,;:(])(?P<code>\d|[A-Z])\s*(?:=|-|–|:)\s*(?P<priority>essential|desirable)\b", re.I
)


KEY_LINE = re.compile(
    r"^(?P<code>\d|[A-Z])\s*[.)=:–-]?\s+(?:are |is |= |means )?(?P<priority>essential|desirable)\b",
    re.I,
)


def priority_key_in(lines: list[str]) -> dict[str, Priority]:
    """Values a document defines for its priority column: "Rating key: 1 = essential,
    2 = desirable"."""
    key: dict[str, Priority] = {}
    for line in lines:
        matches = list(PRIORITY_KEY.finditer(clean(line)))
        if len(matches) >= 2:
            for match in matches:
                key[match.group("code").lower()] = Priority(match.group("priority").lower())
    # a key over several lines: "1. are desirable, but not necessary" / "2. are essential"
    defined = [m for line in lines if (m := KEY_LINE.match(clean(line)))]
    if {m.group("priority").lower() for m in defined} == {"essential", "desirable"}:
        for match in defined:
            key.setdefault(match.group("code").lower(), Priority(match.group("priority").lower()))
    return key


# A criterion's own reference in a code column: "E1", "D12", "Q 3", "S2a".
ITEM_CODE = re.compile(r"^(?:[A-Z]{1,2}\s?\d{1,2}[a-z]?|\d{1,2}[a-z])$")  # "E1", "S2a", "1a"
_CODE = r"[A-Z]{1,2}\s?\d{1,2}[a-z]?"
_CODE_RANGE = rf"{_CODE}(?:\s*(?:–|—|-|to)\s*(?:[A-Z]{{1,2}}\s?)?\d{{1,2}})?"
# A line of the document's assessment index, after or before the table of coded criteria:
# "Interview: E3–E5, E7–E10, D3–D5".
INDEX_LINE = re.compile(
    rf"^(?P<method>[A-Za-z][^:]{{2,70}}?)\s*:\s*"
    rf"(?P<codes>{_CODE_RANGE}(?:\s*(?:,|;|&|\band\b)\s*{_CODE_RANGE})*)\s*\.?$"
)
RANGE_PARTS = re.compile(
    r"(?P<letter>[A-Z]{1,2})\s?(?P<start>\d{1,2})[a-z]?"
    r"(?:\s*(?:–|—|-|to)\s*(?:(?P<end_letter>[A-Z]{1,2})\s?)?(?P<end>\d{1,2}))?"
)


def index_line(text: str, legend: dict[str, Stage]) -> tuple[list[Stage], set[str]] | None:
    """The stages and the criterion codes of one line of an assessment index
    ("Application form: E1–E4, E6, D1"), or None when the line is not one."""
    match = INDEX_LINE.match(clean(text))
    if match is None:
        return None
    stages = parse_codes(match.group("method"), legend)
    if not stages:
        return None
    codes: set[str] = set()
    for part in RANGE_PARTS.finditer(match.group("codes")):
        letter, start = part.group("letter"), int(part.group("start"))
        end = int(part.group("end")) if part.group("end") else start
        if part.group("end_letter") not in {None, letter} or end < start or end - start > 30:
            return None  # "E3–D5" is no range
        codes |= {f"{letter}{number}" for number in range(start, end + 1)}
    return stages, codes


def _assess_from_index(items: list[Item], index: list[tuple[list[Stage], set[str]]]) -> bool:
    """Give each coded criterion the stages of the index lines that list its code."""
    given = False
    for item in items:
        if item.code is None:
            continue
        code = re.sub(r"[a-z]$", "", item.code)
        stages = [s for line_stages, codes in index if code in codes for s in line_stages]
        if stages:
            item.assessed_by = list(dict.fromkeys(stages))
            given = True
    return given


def _priority_from_codes(items: list[Item]) -> bool:
    """Codes E1.. and D1.. in a code column: the letter is the priority (only where every
    coded criterion has one of the two letters and both occur)."""
    coded = [item for item in items if item.code is not None]
    letters = {item.code[0] for item in coded if item.code}
    if len(coded) < 3 or letters != {"E", "D"}:
        return False
    for item in coded:
        item.priority = Priority.essential if item.code and item.code[0] == "E" else (
            Priority.desirable
        )
    return True


# A framework's numbered domain across a table, with its description: "Domain 1 –
# Professionalism: identify and behave as a professional social worker".
NUMBERED_DOMAIN = re.compile(
    r"^(?P<name>(?:domain|capability|standard|area|section|part)\s+\d{1,2}\s*[–—:.-]\s*"
    r"[A-Z][\w ,'’&-]{2,60}?)\s*[:–—-]\s+\S",
    re.I,
)
# "Criteria 1a–3c are essential; criteria 4a–5d are desirable": the priority by reference.
RANGE_LEGEND = re.compile(
    r"\b(?:criteria|items|refs?|references|requirements|rows)\s+(?P<first>\d{1,2}[a-z])\s*"
    r"(?:–|—|-|to)\s*(?P<last>\d{1,2}[a-z])\s+(?:are|is)\s+(?P<priority>essential|desirable)",
    re.I,
)
# "Statements marked (Essential) must all be true ...; statements without that mark are
# desirable": the priority of every criterion its own words do not mark.
UNMARKED_KEY = re.compile(
    r"\b(?:criteria|statements|requirements|items|those|others)\s+(?:without|not marked|with no)"
    r"\s+(?:that |this |the |a |an )?(?:mark|marker|marking|label)\s+(?:are|is)\s+"
    r"(?P<priority>desirable|essential)"
    r"|\bunmarked (?:criteria|statements|requirements|items) (?:are|is)"
    r" (?P<said>desirable|essential)",
    re.I,
)


def _reference_order(code: str) -> tuple[int, str]:
    return int(code[:-1]), code[-1].lower()


def _priority_from_ranges(items: list[Item], lines: list[str]) -> bool:
    """References "1a".."5d" and a legend of their ranges: each criterion takes its range's
    priority."""
    ranges = [m for line in lines for m in RANGE_LEGEND.finditer(line)]
    coded = [item for item in items if item.code and re.fullmatch(r"\d{1,2}[A-Za-z]", item.code)]
    if not ranges or not coded:
        return False
    for item in coded:
        at = _reference_order(item.code or "")
        for found in ranges:
            if _reference_order(found["first"]) <= at <= _reference_order(found["last"]):
                item.priority = Priority(found["priority"].lower())
    return True


def _unmarked_priority(items: list[Item], lines: list[str]) -> bool:
    """A key that gives the criteria its marks do not mark their priority."""
    key = next((m for line in lines if (m := UNMARKED_KEY.search(line))), None)
    if key is None or not any(item.marked for item in items):
        return False
    priority = Priority((key["priority"] or key["said"]).lower())
    for item in items:
        if not item.marked:
            item.priority = priority
    return True


WEIGHT_WORD = re.compile(
    r"\b(?P<word>very high|high|medium|low|very low)\s*(?:\(\s*|=\s*|:\s*|-\s*)"
    r"(?P<value>\d{1,2}(?:\.\d)?)\b",
    re.I,
)


def weight_key_in(lines: list[str]) -> dict[str, float]:
    """Weights a document gives as words: "weighted High (3), Medium (2) or Low (1)"."""
    for line in lines:
        found = {m["word"].lower(): float(m["value"]) for m in WEIGHT_WORD.finditer(line)}
        if len(found) >= 2 and re.search(r"weight|multipl|score", line, re.I):
            return found
    return {}


def _run_in_sections_joined(rows: list[Row]) -> list[Row]:
    """A run-in section wrapped over lines (a PDF's text, where a justified line may even
    come out as a row of cells) as one line, up to where its "How assessed:" clause ends or
    the next run-in section starts."""
    joined: list[Row] = []
    position = 0
    while position < len(rows):
        row = rows[position]
        position += 1
        if row.table or not RUN_IN_SECTION.match(clean(row.text)):
            joined.append(row)
            continue
        text = clean(row.text)
        while position < len(rows):
            following = clean(" ".join(rows[position].filled))
            assessed = any(
                m.group("label").lower() not in {"essential", "desirable"}
                for m in RUN_IN_LABEL.finditer(text)
            )
            if not following or RUN_IN_SECTION.match(following) or (
                text.endswith(".") and assessed
            ):
                break
            text = f"{text} {following}"
            position += 1
        joined.append(Row(cells=[text], line=row.line, table=False))
    return joined


def extract(
    rows: list[Row],
    *,
    footnotes: dict[str, str],
    legend: dict[str, Stage],
    priority_key: dict[str, Priority] | None = None,
    headings: frozenset[str] = frozenset(),
) -> Extraction:
    rows = _run_in_sections_joined(rows)
    reader = _Reader(footnotes, legend)
    reader.priority_key = priority_key or {}
    reader.weight_key = weight_key_in([row.text for row in rows if not row.table])
    table: _TableReader | None = None
    last_table: _TableReader | None = None
    starred_header = False  # "Measured by*": a line starting "* " explains that column
    index: list[tuple[list[Stage], set[str]]] = []  # "Interview: E3–E5, D1", by line
    list_headings = _list_headings(rows) | _styled_headings(rows, headings)
    if prose.is_prose_specification(rows):
        reader.prose = True
        list_headings |= prose.prose_headings(rows)
    for position, row in enumerate(rows):
        if position in list_headings:
            reader.heading(0, clean(row.text))
            continue
        columns = header_columns(row, rating_is_priority=bool(reader.priority_key))
        if columns is not None and columns.either is not None:
            header = clean(_cell(row.cells, columns.either)).lower()
            if ESSENTIAL_QUESTION.match(header):
                # "Essential?" over "Yes" / "No"
                reader.priority_key = {
                    **reader.priority_key,
                    "yes": Priority.essential,
                    "no": Priority.desirable,
                }
        if columns is not None:
            starred_header = any(re.search(r"[^*]\*$", c.strip()) for c in row.cells)
            for column in list(reader.current):
                reader.flush_run_on(column)
            previous = table or last_table
            table = _TableReader(reader, columns)
            if previous is not None and previous.columns == columns:
                # the header repeated over a table continued on the next page: rows with a
                # blank area cell still belong to the area the last page ended in
                table.category = previous.category
            continue
        if table is not None:
            if row.table:
                table.read(row)
                continue
            last_table, table = table, None
        if FOOTNOTE.match(clean(row.text)):
            continue
        if (note := STAR_NOTE.match(clean(row.text))) and footnotes.get("*") == note.group("text"):
            continue  # the note of a criterion ending "*"
        if SUPERSCRIPT_NOTE.match(clean(row.text)):
            continue  # "³ This post requires a full UK driving licence ...": a criterion's note
        if (entry := index_line(row.text, legend)) is not None:
            index.append(entry)
            reader.left_out["assessment index"] += 1
            continue
        if starred_header and re.match(r"^\*\s", clean(row.text)):
            continue
        reader.read_row(row)
    reader.finish()
    plain = [clean(row.text) for row in rows if not row.table]
    if _priority_from_codes(reader.items) or _priority_from_ranges(reader.items, plain):
        reader.priority_marked = True
    if _unmarked_priority(reader.items, plain):
        reader.priority_marked = True
    if _assess_from_index(reader.items, index):
        reader.assessment_given = True
    return Extraction(
        items=reader.items,
        unsure=reader.unsure,
        priority_marked=reader.priority_marked,
        assessment_given=reader.assessment_given,
        left_out=dict(reader.left_out),
    )


TICKED = re.compile(r"^(?:\\boxtimes|☒|☑|✓|✔|x|yes|\uf0fc|\uf0fe|þ)$", re.I)


def ticked_requirements(rows: list[Row]) -> list[Item]:
    """Options ticked in a supporting-information table ("Regular driver ... [x]", "Enhanced
    DBS check ... [x]"): criteria the person specification itself does not list."""
    items: list[Item] = []
    for row in rows:
        filled = [clean(c) for c in row.filled]
        if not row.table or len(filled) < 2 or not TICKED.match(filled[-1]):
            continue
        text = " ".join(filled[:-1])
        if len(text.split()) >= 4:
            items.append(
                Item(text=text, priority=Priority.essential, category="supporting information")
            )
    return items
