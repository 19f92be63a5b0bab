"""The spaCy pipeline: sentences, spelling repair, lemmas, and domain entities.

Built once per process by :func:`build_pipeline` (never at import). Components, in order:

``shortlist_sentences``  sentence starts after ``.!?`` and at line breaks (bullet lists)
``shortlist_spelling``   misspelt long domain words ("Occupatinal", "registred") get the right
                         NORM, using rapidfuzz with an explicit cutoff; acronyms are never touched
``shortlist_lemmas``     lemmas from spacy-lookups-data's English lookup table, read from the NORM
                         (so sentence-initial "Registered" and misspelt words get lemmas too): one
                         look-up per distinct word, written to every token in one array pass
``shortlist_entities``   domain entities (PhraseMatcher on NORM, acronyms on exact text, regexes for
                         dates, registration numbers and qualification levels), qualifier triggers
                         and evidence concepts, as plain ``(start, end, label or family, id)``
                         token tuples in ``doc.user_data`` (the id names the pattern); they are
                         many and only :func:`parse` reads them, so no Span objects are made

:func:`parse` turns a processed Doc into the immutable :class:`ParsedStatement` recognisers read;
it applies the ConText rules (:mod:`matching.context`), looking terminators up only in sentences
that have a trigger.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np
import spacy
from rapidfuzz import fuzz, process
from spacy.attrs import IDX, LEMMA, LENGTH, NORM, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from matching import dates
from matching.claims import FACT_LABELS, MAX_SENTENCE_CHARS, ClaimReader, needs_parse, revise
from matching.claims import read as read_claim
from matching.context import COMMON_TERMINATOR_KEY, Marker, Reach, compute_reaches, qualifiers
from matching.guard import BoundedTokenizer
from matching.patterns.concepts import (
    ACTION_FORMS,
    ADVERBS,
    BEFORE_ADJECTIVE,
    CLAIM_FORMS,
    CLAIM_HEADS,
    CONCEPT_GROUPS,
    FIRST_PERSON,
    IRREGULAR_PARTICIPLES,
    MODALS,
    NOT_AN_OUTCOME_AFTER,
    NOT_VERBS,
    OUTCOME_FORMS,
    SELF_SUBJECTS,
    SUBJECTS,
)
from matching.patterns.context_rules import COMMON_TERMINATORS, CONTEXT_RULES, DENYING_ANSWER_RE
from matching.patterns.entities import (
    ACRONYMS,
    FRAMEWORK_LEVELS,
    FUZZY_CUTOFF,
    FUZZY_MIN_LENGTH,
    FUZZY_WORDS,
    PHRASES,
    TRANSPOSED_WORDS,
)
from matching.wrapping import wrapped_breaks

# Trigger words that are also first names.
NAME_LIKE_TRIGGERS = frozenset({"will", "may", "hope", "grace", "faith", "joy", "would"})
ENTITY_KEY = "shortlist"
# Word-list flags of a token (SentenceFeatures.codes); bits above SHAPE_SHIFT hold its shape.
FIRST_PERSON_FLAG, OUTCOME_FLAG, TERMINATOR_FLAG, DURATION_FLAG = 1, 2, 4, 8
ACTION_FLAG, SELF_FLAG, SUBJECT_FLAG, MODAL_FLAG = 16, 32, 64, 128
AFTER_ADJECTIVE_FLAG, AFTER_DOING_FLAG = 256, 512
SHAPE_SHIFT = 10
TEXT_KEY = "shortlist_text"
WRAPS_KEY = "shortlist_wraps"
CONTEXT_KEY = "shortlist_context"
CONCEPT_KEY = "shortlist_concepts"
# Read once and shared by the components and parse(): each token's character offset, and the
# statement's NORM column with its distinct words (``np.unique`` values and inverse).
OFFSETS_KEY = "shortlist_offsets"
WORDS_KEY = "shortlist_words"
# Families whose overlapping matches are resolved separately (longest first).
ENTITY, TRIGGER, CONCEPT, LANGUAGE_CUE = "ENT", "CTX", "CONCEPT", "LANGCUE"
LANGUAGE_CUE_LABELS = frozenset({"LANG_LEVEL", "LANG_USE"})

# Each regex below starts with a look-ahead listing every character a match can start with: it
# changes no match, but lets the regex engine skip other positions quickly.
REG_NUMBER_RE = re.compile(
    r"(?=[0-9OSPACRN])"
    r"(?:\b(?P<prefix>OT|SW|PA|PH|AS|CS|RN)\s?-?\d{4,6}\b|\b\d{2}[A-Z]\d{4}[A-Z]\b)",
    re.IGNORECASE,
)
FRAMEWORK_RE = re.compile(
    r"(?=[NQRSCL])"
    r"\b(?:(?:NVQ|QCF|RQF|SVQ|CQF)\s*(?:level\s*|lvl\.?\s*)?(?P<a>\d)"
    r"(?:\s+(?:extended\s+)?(?:diploma|certificate|award))?"
    r"|(?:level|lvl\.?)\s*(?P<b>\d)\s*"
    r"(?:(?:extended\s+)?(?:diploma|certificate|award|nvq|qcf|rqf))?)\b",
    re.IGNORECASE,
)
# A sentence ends after .!? (and closing quotes/brackets) before the next word, in either case
# ("... agrees. eight years post-qualifying experience": writers who do not capitalise), unless
# the word before the full stop is an abbreviation (ABBREVIATIONS), or at a line break. (Written
# to start with the class of every first character, checked by the look-behind: the same matches
# as r"[.!?]+[\"'”’)\]]*(?=\s+\S)|\n", found about 40% faster.)
# Only the first of a run of .!? starts a match, and nothing is given back: a long run ("!!!!...")
# costs its length, not its square.
SENTENCE_END_RE = re.compile(r"[.!?\n](?<=[.!?])(?<![.!?]{2})[.!?]*+[\"'”’)\]]*+(?=\s+\S)|\n")
# Words after which a full stop does not end the sentence ("HCPC no. OT12345", "e.g. DFGs").
ABBREVIATIONS = frozenset(
    {
        "no",
        "reg",  # "SWE reg. SW87123"
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "eg",
        "ie",
        "a.m",
        "p.m",
        "vs",
        "inc",
        "incl",
        "dept",
        "cf",
        "ltd",
        "nos",
        "tel",
        "ext",
        "ref",
        "prof",
        "yrs",
        "mths",
    }
)
DENYING_ANSWER = re.compile(DENYING_ANSWER_RE, re.IGNORECASE)
ABBREVIATION_RE = re.compile(r"([A-Za-z.]+)\.$")
# After an abbreviation a new sentence still starts at the pronoun "I" ("Word, Excel etc. I also
# ...", "after a stroke or with MS. I have not ..."): no abbreviation is followed by it.
PRONOUN_NEXT_RE = re.compile(r"\s+I(?:\s|['’])")
# Written in capitals, "MS" is multiple sclerosis, not the title "Ms".
CAPITALS_NOT_ABBREVIATIONS = frozenset({"MS"})
NUMBER_PREFIX_BODIES: dict[str, str] = {"OT": "HCPC", "SW": "SW", "": "NMC"}
# The only word attribute the engine reads from the vocabulary. spaCy computes about twenty for
# every word it meets for the first time (shape, stop word, URL-like ...), a fifth of the
# tokenizer's time on new text; the others are left unset (a token reads them as 0/False/""), so
# read them from the token's text (``token.text.istitle()``) or add one here.
LEXICAL_ATTRIBUTES = frozenset({NORM})


class Mention(NamedTuple):
    """A domain entity found in the statement, with the qualifiers that apply to it."""

    label: str
    id: str
    start: int  # character offsets into the statement, half-open
    end: int
    tok_start: int
    tok_end: int
    sentence: int
    text: str
    qualifiers: frozenset[str]


class Sentence(NamedTuple):
    """A sentence of the statement: trimmed character offsets and what kind of telling it is."""

    index: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    first_person: bool
    actions: int  # first-person action verbs ("I led", "I completed")
    outcome: bool
    doing: bool  # a first-person clause telling what the applicant does or did ("I use ...")
    duration: bool  # a stated length of time ("for three years")


@dataclass(frozen=True)
class ParsedStatement:
    """Everything the recognisers need from one statement; immutable once built."""

    text: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    reaches: tuple[tuple[Reach, ...], ...]  # per sentence
    concepts: dict[str, tuple[tuple[int, int], ...]]  # concept id -> token spans
    lemmas: np.ndarray = field(repr=False)  # lemma hash per token
    token_sentence: tuple[int, ...] = field(repr=False)
    mentions_by_sentence: dict[int, tuple[Mention, ...]] = field(repr=False)
    mentions_by_label: dict[str, tuple[Mention, ...]] = field(repr=False)
    lemma_cache: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def spaced_text(self) -> str:
        """The text with every other kind of space as a plain one (one for one: offsets
        unchanged), for patterns that match " "; worked out once per statement."""
        return self.text.translate(OTHER_SPACES)

    def positions(self, lemmas: Iterable[int]) -> dict[int, list[int]]:
        """Where each of ``lemmas`` occurs (token positions). Remembered per statement, so the
        engine can look up every criterion's words in one pass first."""
        known = self.lemma_cache
        lemmas = list(dict.fromkeys(lemmas))
        missing = [lemma for lemma in lemmas if lemma not in known]
        if missing:
            found: dict[int, list[int]] = {lemma: [] for lemma in missing}
            wanted = np.array(missing, dtype=np.uint64)
            for position in np.flatnonzero(np.isin(self.lemmas, wanted)).tolist():
                found[int(self.lemmas[position])].append(position)
            known.update(found)
        return {lemma: known[lemma] for lemma in lemmas if known[lemma]}

    def by_label(self, *labels: str) -> list[Mention]:
        """The mentions with any of ``labels``, in text order."""
        index = self.mentions_by_label
        if len(labels) == 1:
            return list(index.get(labels[0], ()))
        found = [mention for label in labels for mention in index.get(label, ())]
        return sorted(found, key=lambda m: (m.tok_start, m.tok_end, m.label, m.id))

    def in_sentence(self, index: int, *labels: str) -> list[Mention]:
        return [m for m in self.mentions_by_sentence.get(index, ()) if m.label in labels]

    def sentence_of(self, mention: Mention) -> Sentence:
        return self.sentences[mention.sentence]


def _phrase_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    return [nlp.make_doc(phrase) for phrase in phrases]


# Spaces other than " " (no-break, thin, figure, ideographic ...): spaCy splits words only at
# " ", so "registered\u00a0with the HCPC" would be one word. Each is read as a plain space, one
# character for one, so every offset into the original text stays the same.
OTHER_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000", " "))


class TextKeepingTokenizer:
    """spaCy's tokenizer, keeping the input string on the Doc (``doc.text`` rebuilds it from
    every token, which costs more than tokenising)."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        spaced = text.translate(OTHER_SPACES)
        wraps = wrapped_breaks(text)  # line breaks inside a sentence read as spaces
        if wraps:
            chars = list(spaced)
            for position in wraps:
                chars[position] = " "
            spaced = "".join(chars)
        doc = self.tokenizer(spaced)
        doc.user_data[TEXT_KEY] = text
        doc.user_data[WRAPS_KEY] = wraps
        return doc


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        token_starts = doc.user_data[OFFSETS_KEY] = doc.to_array(IDX).astype(np.int64)
        starts = np.full(len(doc), -1, dtype=np.int64)  # -1: not a sentence start
        starts[0] = 1
        text = doc_text(doc)
        wraps = doc.user_data.get(WRAPS_KEY) or frozenset()  # matching.wrapping
        boundaries = [
            match.end()
            for match in SENTENCE_END_RE.finditer(text)
            if not _after_abbreviation(text, match.start(), match.end())
            and not (match.group() == "\n" and match.start() in wraps)
        ]
        if boundaries:
            indices = np.searchsorted(token_starts, np.array(boundaries), side="left")
            starts[indices[indices < len(doc)]] = 1
        doc.from_array([SENT_START], starts.view(np.uint64).reshape(-1, 1))
        return doc


def _after_abbreviation(text: str, start: int, end: int) -> bool:
    if text[start] != ".":
        return False
    word = ABBREVIATION_RE.search(text, max(0, start - 8), start + 1)
    if word is None or word.group(1).lower() not in ABBREVIATIONS:
        return False
    if word.group(1) in CAPITALS_NOT_ABBREVIATIONS:
        return False
    return PRONOUN_NEXT_RE.match(text, end) is None


class SpellingRepair:
    """Set the NORM of a misspelt long domain word to the word it was meant to be."""

    def __init__(self, nlp: Language, known: frozenset[int]) -> None:
        self.known = known
        self.strings = nlp.vocab.strings
        self.words = [word.lower() for word in FUZZY_WORDS]
        self.swappable = self.words + [word.lower() for word in TRANSPOSED_WORDS]
        for word in self.swappable:
            self.strings.add(word)
        self.cache: dict[int, str | None] = {}

    def correction(self, norm: int) -> str | None:
        if norm in self.cache:
            return self.cache[norm]
        text = self.strings[norm]
        found: str | None = None
        if len(text) >= FUZZY_MIN_LENGTH and text.isalpha():
            best = process.extractOne(
                text, self.words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best is not None and best[0] != text:
                found = best[0]
            elif best is None:
                found = next((w for w in self.swappable if _swapped(text, w)), None)
        if len(self.cache) < 200_000:
            self.cache[norm] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        norms, words, _ = distinct_words(doc)
        known = self.known
        repaired = False
        for norm in [word for word in words.tolist() if word not in known]:
            corrected = self.correction(norm)
            if corrected is not None:
                repaired = True
                for index in np.flatnonzero(norms == norm).tolist():
                    doc[index].norm_ = corrected
        if repaired:
            del doc.user_data[WORDS_KEY]
        return doc


def _swapped(text: str, word: str) -> bool:
    """``text`` is ``word`` with two neighbouring letters swapped ("socail" for "social")."""
    if len(text) != len(word) or text == word:
        return False
    differ = [i for i, (a, b) in enumerate(zip(text, word, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and text[differ[0]] == word[differ[1]]
        and text[differ[1]] == word[differ[0]]
    )


def distinct_words(doc: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The Doc's NORM column, its distinct words and, per token, the index of its word (read
    once per Doc; a component that changes a NORM drops it)."""
    found = doc.user_data.get(WORDS_KEY)
    if found is None:
        norms = doc.to_array(NORM)
        words, inverse = np.unique(norms, return_inverse=True)
        found = doc.user_data[WORDS_KEY] = (norms, words, inverse)
    return found


class LookupLemmatizer:
    """Lemmas from the lookup table, keyed by NORM: one look-up per distinct word, written back
    to every token in one array pass."""

    def __init__(self, table: dict[int, int], known: frozenset[int]) -> None:
        self.table = table
        self.known = known  # every word form the table knows, plus the domain words

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        _, words, inverse = distinct_words(doc)
        get = self.table.get
        lemmas = np.array([get(word, word) for word in words.tolist()], dtype=np.uint64)
        doc.from_array([LEMMA], lemmas[inverse].reshape(-1, 1))
        return doc


class EntityMarker:
    """Domain entities, qualifier triggers, terminators and concepts as spans with pattern ids."""

    def __init__(self, nlp: Language, lemmatise: LookupLemmatizer) -> None:
        self.norm_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.keys: dict[int, tuple[str, str, str]] = {}  # match id -> (family, label, id)

        def add(matcher: PhraseMatcher, family: str, label: str, ident: str, docs: list[Doc]):
            key = f"{family}|{label}|{ident}"
            self.keys[nlp.vocab.strings.add(key)] = (family, label, ident)
            matcher.add(key, docs)

        # Rules with a trigger that is also a first name ("Will", "May"): checked for names.
        # (by NORM, as the matcher reads them: "'ll" is "will" too).
        self.name_like_rules = frozenset(
            rule["id"]
            for rule in CONTEXT_RULES
            if NAME_LIKE_TRIGGERS
            & {token.norm_ for phrase in rule["phrases"] for token in nlp.make_doc(phrase)}
        )
        for label, ident, phrases in PHRASES:
            family = LANGUAGE_CUE if label in LANGUAGE_CUE_LABELS else ENTITY
            add(self.norm_matcher, family, label, ident, _phrase_docs(nlp, phrases))
        for label, ident, phrases in ACRONYMS:
            add(self.orth_matcher, ENTITY, label, ident, _phrase_docs(nlp, phrases))
        for rule in CONTEXT_RULES:
            add(
                self.norm_matcher,
                TRIGGER,
                rule["category"],
                rule["id"],
                _phrase_docs(nlp, rule["phrases"]),
            )
        for ident, phrases in CONCEPT_GROUPS.items():
            docs = _phrase_docs(nlp, phrases)
            add(self.norm_matcher, CONCEPT, "CONCEPT", ident, docs)
            # Lemmas only for phrases of several words ("preventing hospital admissions"): one
            # word by its lemma is too loose ("meet" would find "meetings").
            several = [lemmatise(d) for d in docs if len(d) > 1]
            if several:
                add(self.lemma_matcher, CONCEPT, "CONCEPT", ident, several)

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        for matcher in (self.norm_matcher, self.orth_matcher, self.lemma_matcher):
            for match_id, start, end in matcher(doc):
                family, label, ident = self.keys[match_id]
                found[family].append((start, end, label, ident))
        for start, end, label, ident in self._regex_entities(doc):
            found[ENTITY].append((start, end, label, ident))
        entities = _longest_first(found[ENTITY])
        name_like = self.name_like_rules
        triggers = _longest_first(
            [t for t in found[TRIGGER] if t[3] not in name_like or not _is_name(doc, t[0], t[1])]
        )
        language_cues = _longest_first(found[LANGUAGE_CUE])
        concepts = sorted(set(found[CONCEPT]))
        # Only read by parse(), and many: plain (start, end, label, id) tuples, not Spans.
        doc.user_data[ENTITY_KEY] = sorted(entities + language_cues)
        doc.user_data[CONTEXT_KEY] = [(s, e, TRIGGER, i) for s, e, _, i in triggers]
        doc.user_data[CONCEPT_KEY] = concepts
        return doc

    @staticmethod
    def _regex_entities(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
        text = doc_text(doc)
        for found in dates.find_temporal(text):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is not None:
                yield span.start, span.end, found.label, found.label.lower()
        for start, end in dates.digit_windows(text):
            for match in REG_NUMBER_RE.finditer(text, start, end):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                prefix = (match.group("prefix") or "").upper()
                if span is not None:
                    body = NUMBER_PREFIX_BODIES.get(prefix, prefix)
                    yield span.start, span.end, "REG_NUMBER", body
            for match in FRAMEWORK_RE.finditer(text, start, end):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                level = int(match.group("a") or match.group("b"))
                if span is not None:
                    name = FRAMEWORK_LEVELS.get(level, "below") if level >= 3 else "below"
                    yield span.start, span.end, "QUAL", f"framework_{name}"


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised "Will", "May" or "Hope" inside a sentence is a name, not a trigger."""
    token = doc[start]
    return end - start == 1 and token.norm_ in NAME_LIKE_TRIGGERS and token.text.istitle()


def _longest_first(items: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Drop matches that overlap a longer (then earlier) one; return them in text order.

    Matches of exactly the same tokens are all kept ("colleagues" reaches both ways)."""
    chosen: list[tuple[int, int, str, str]] = []
    spans: set[tuple[int, int]] = set()
    taken = bytearray(max((end for _, end, _, _ in items), default=0))
    for start, end, label, ident in sorted(set(items), key=lambda i: (i[0] - i[1], i[0])):
        if (start, end) in spans or not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            spans.add((start, end))
            chosen.append((start, end, label, ident))
    return sorted(chosen)


def _lemma_table(nlp: Language) -> tuple[dict[int, int], frozenset[int]]:
    """The lookup table as NORM hash -> lemma hash, and every word it knows."""
    from spacy.lookups import load_lookups

    table = load_lookups(nlp.lang, ["lemma_lookup"]).get_table("lemma_lookup")
    strings = nlp.vocab.strings
    mapping = {int(key): strings.add(value) for key, value in table.items()}
    known = set(mapping) | set(mapping.values())
    for word in FUZZY_WORDS:
        known.add(strings.add(word.lower()))
    for _, _, phrases in PHRASES:
        for phrase in phrases:
            known.update(strings.add(word) for word in phrase.lower().split())
    return mapping, frozenset(known)


@Language.factory("shortlist_sentences")
def _make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


@Language.factory("shortlist_lemmas")
def _make_lemmas(nlp: Language, name: str) -> LookupLemmatizer:
    table, known = _lemma_table(nlp)
    return LookupLemmatizer(table, known)


@Language.factory("shortlist_spelling")
def _make_spelling(nlp: Language, name: str) -> SpellingRepair:
    return SpellingRepair(nlp, nlp.get_pipe("shortlist_lemmas").known)


@Language.factory("shortlist_entities")
def _make_entities(nlp: Language, name: str) -> EntityMarker:
    return EntityMarker(nlp, nlp.get_pipe("shortlist_lemmas"))


def build_pipeline() -> Language:
    """spaCy's blank English pipeline plus the shortlisting components (slow: ~1 s; call once)."""
    nlp = spacy.blank("en")
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {
        attr: getter for attr, getter in getters.items() if attr in LEXICAL_ATTRIBUTES
    }
    nlp.tokenizer = TextKeepingTokenizer(BoundedTokenizer(nlp.tokenizer))
    nlp.add_pipe("shortlist_sentences")
    nlp.add_pipe("shortlist_lemmas")
    nlp.add_pipe("shortlist_spelling", before="shortlist_lemmas")
    nlp.add_pipe("shortlist_entities")
    return nlp


def parse(
    doc: Doc, features: SentenceFeatures, claims: ClaimReader | None = None
) -> ParsedStatement:
    """Read a processed Doc into the immutable form the recognisers use; with ``claims``, the
    sentences that carry a checkable fact are parsed and their mentions' qualifiers corrected
    by who holds each fact and which negation governs it (:mod:`matching.claims`)."""
    text = doc_text(doc)
    count = len(doc)
    norms, distinct, inverse = distinct_words(doc)
    lemmas = doc.to_array(LEMMA)
    starts = np.flatnonzero(doc.to_array(SENT_START).view(np.int64) == 1)
    if count and (not len(starts) or starts[0] != 0):
        starts = np.concatenate([[0], starts])
    stops = np.append(starts[1:], count)
    bounds = list(zip(starts.tolist(), stops.tolist(), strict=True)) if count else []
    token_sentence = np.repeat(np.arange(len(bounds), dtype=np.int32), stops - starts)
    token_starts = doc.user_data.get(OFFSETS_KEY)
    if token_starts is None:
        token_starts = doc.to_array(IDX).astype(np.int64)
    token_stops = token_starts + doc.to_array(LENGTH).astype(np.int64)
    first_chars = token_starts[starts].tolist() if count else []
    last_chars = token_stops[stops - 1].tolist() if count else []
    sentence_of = token_sentence.tolist()
    words = norms.tolist()
    codes = features.codes(distinct, inverse)
    sentences = features.sentences(text, codes, words, bounds, sentence_of, first_chars, last_chars)
    triggers: dict[int, list[Marker]] = defaultdict(list)
    for first, last, _, ident in doc.user_data.get(CONTEXT_KEY, ()):
        triggers[sentence_of[first]].append(Marker(ident, first, last))
    terminators = features.terminators(codes, words, token_sentence, bounds, triggers)
    reaches = tuple(
        tuple(compute_reaches(triggers[index], terminators.get(index, ()), bounds[index]))
        if index in triggers
        else ()
        for index in range(len(bounds))
    )
    token_chars = token_starts.tolist()
    token_ends = token_stops.tolist()
    mentions = []
    for first, last, label, ident in doc.user_data.get(ENTITY_KEY, ()):
        start, end, sentence = token_chars[first], token_ends[last - 1], sentence_of[first]
        mentions.append(
            Mention(
                label=label,
                id=ident,
                start=start,
                end=end,
                tok_start=first,
                tok_end=last,
                sentence=sentence,
                text=text[start:end],
                qualifiers=qualifiers(reaches[sentence], first, last, label),
            )
        )
    if claims is not None:
        mentions = read_claims(claims, text, sentences, mentions, reaches, token_chars)
    if "?" in text:
        mentions = _answered_questions(sentences, mentions)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    by_label: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_sentence[mention.sentence].append(mention)
        by_label[mention.label].append(mention)
    concepts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for first, last, _, ident in doc.user_data.get(CONCEPT_KEY, ()):
        concepts[ident].append((first, last))
    return ParsedStatement(
        text=text,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        reaches=reaches,
        concepts={key: tuple(value) for key, value in concepts.items()},
        lemmas=lemmas,
        token_sentence=tuple(sentence_of),
        mentions_by_sentence={key: tuple(value) for key, value in by_sentence.items()},
        mentions_by_label={key: tuple(value) for key, value in by_label.items()},
    )


def _answered_questions(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A fact named in the applicant's own question takes the answer that follows: "Do I still
    hold an AMHP warrant? Not at the moment - I relinquished it in 2022" denies it."""
    denied = {
        sentence.index - 1
        for sentence in sentences[1:]
        if sentences[sentence.index - 1].text.rstrip().endswith("?")
        and DENYING_ANSWER.match(sentence.text)
    }
    if not denied:
        return mentions
    return [
        mention._replace(qualifiers=mention.qualifiers | {"negated"})
        if mention.sentence in denied
        else mention
        for mention in mentions
    ]


def read_claims(
    claims: ClaimReader,
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    reaches: tuple[tuple[Reach, ...], ...],
    token_chars: list[int],
) -> list[Mention]:
    """Mentions whose qualifiers the parse of their sentence has corrected."""
    facts: dict[int, set[str]] = defaultdict(set)
    qualified: set[int] = set()
    for m in mentions:
        if m.label in FACT_LABELS:
            facts[m.sentence].add(m.label)
            if m.qualifiers:
                qualified.add(m.sentence)
    wanted = [
        index
        for index, labels in sorted(facts.items())
        if sentences[index].end - sentences[index].start <= MAX_SENTENCE_CHARS
        and needs_parse(sentences[index].text, index in qualified, labels)
    ]
    if not wanted:
        return mentions
    docs = dict(zip(wanted, claims.parse([sentences[i].text for i in wanted]), strict=True))
    revised: list[Mention] = []
    for mention in mentions:
        doc = docs.get(mention.sentence) if mention.label in FACT_LABELS else None
        if doc is not None:
            sentence = sentences[mention.sentence]
            triggers = tuple(
                (reach.category, token_chars[reach.trigger] - sentence.start)
                for reach in reaches[mention.sentence]
                if reach.trigger >= 0
                and reach.start < mention.tok_end
                and mention.tok_start < reach.end
                and (not reach.allowed_types or mention.label in reach.allowed_types)
            )
            reading = read_claim(
                doc,
                mention.start - sentence.start,
                mention.end - sentence.start,
                mention.label,
                triggers,
            )
            if reading is not None:
                after = text[mention.end : sentence.end]
                mention = mention._replace(
                    qualifiers=revise(
                        mention.qualifiers, reading, sentence.text, after, mention.label
                    )
                )
        revised.append(mention)
    return revised


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding white space or bullet marks (the text itself is untouched)."""
    while start < end and (text[start].isspace() or text[start] in "•·-*–"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class SentenceFeatures:
    """Hashes of the word lists that say whether a sentence tells first-person experience."""

    def __init__(self, nlp: Language) -> None:
        add = nlp.vocab.strings.add
        self.strings = nlp.vocab.strings
        self.modals = frozenset(add(w) for w in MODALS)
        self.skip = frozenset(add(w) for w in ADVERBS)
        self.claim_heads = frozenset(add(w) for w in CLAIM_HEADS)
        self.have = frozenset(add(w) for w in ("have", "has", "had"))
        self.be = frozenset(add(w) for w in ("am", "was", "were", "are", "is"))
        self.been = add("been")
        self.participles = frozenset(add(w) for w in IRREGULAR_PARTICIPLES)
        self.my = add("my")
        self.claim_words = frozenset(add(w) for w in CLAIM_FORMS)
        self.outcome_nouns = frozenset(add(w) for w in ("outcome", "outcomes", "result", "results"))
        self.not_an_outcome_after = frozenset(add(w) for w in NOT_AN_OUTCOME_AFTER)
        self.code_cache: dict[int, int] = {}  # NORM -> flags and shape
        self.flag_table: dict[int, int] = defaultdict(int)
        for flag, words in (
            (FIRST_PERSON_FLAG, FIRST_PERSON),
            (OUTCOME_FLAG, OUTCOME_FORMS),
            (DURATION_FLAG, ("year", "years", "yrs", "months", "month")),
            (ACTION_FLAG, ACTION_FORMS | IRREGULAR_PARTICIPLES),
            (SELF_FLAG, SELF_SUBJECTS),
            (SUBJECT_FLAG, SUBJECTS),
            (MODAL_FLAG, MODALS),
            (AFTER_ADJECTIVE_FLAG, BEFORE_ADJECTIVE),
            (AFTER_DOING_FLAG, (",", "by", "and", "then", "while", "including")),
        ):
            for word in words:
                self.flag_table[add(word)] |= flag
        self.flag_table = dict(self.flag_table)
        # Terminators are looked up only in sentences that have a trigger: norm tuple -> keys.
        self.terminator_table: dict[tuple[int, ...], list[str]] = defaultdict(list)
        phrases = [(COMMON_TERMINATOR_KEY, COMMON_TERMINATORS)] + [
            (rule["id"], rule["terminators"]) for rule in CONTEXT_RULES
        ]
        for key, words in phrases:
            for phrase in words:
                norms = tuple(token.norm for token in nlp.make_doc(phrase))
                self.terminator_table[norms].append(key)
        # By first word: (the words after it, keys), so a candidate is checked only against the
        # terminators that start with its word.
        self.terminators_by_first: dict[int, list[tuple[list[int], list[str]]]] = defaultdict(list)
        for norms, keys in self.terminator_table.items():
            self.terminators_by_first[norms[0]].append((list(norms[1:]), keys))
        for first_word in self.terminators_by_first:
            self.flag_table[first_word] = self.flag_table.get(first_word, 0) | TERMINATOR_FLAG

    def _tells_doing(self, words: list[int], start: int, stop: int) -> bool:
        """After "I"/"we": a verb that tells what was done ("I use", "I have completed", "I am
        leading"), not a claim ("I have good knowledge", "I understand", "I can")."""
        heads = [w for w in words[start : min(stop, start + 5)] if w not in self.skip]
        if not heads:
            return False
        head, after = heads[0], heads[1:]
        if head in self.modals or head in self.claim_heads:
            return False
        if head in self.have:
            if after and after[0] == self.been:
                after = after[1:]
                return bool(after) and self.strings[after[0]].endswith("ing")
            return bool(after) and self._participle(after[0])
        if head in self.be:
            return bool(after) and self.strings[after[0]].endswith("ing")
        return self.strings[head].isalpha()

    def codes(self, distinct: np.ndarray, inverse: np.ndarray) -> np.ndarray:
        """Per token, the word-list flags of its NORM (one lookup per distinct word: ``distinct``
        and ``inverse`` as :func:`distinct_words` gives them)."""
        words = distinct.tolist()
        cache = self.code_cache
        per_word = [cache.get(word, -1) for word in words]
        for position, code in enumerate(per_word):
            if code < 0:
                word = words[position]
                code = per_word[position] = self.flag_table.get(word, 0) | (
                    self._shape(word) << SHAPE_SHIFT
                )
                if len(cache) < 200_000:
                    cache[word] = code
        return np.array(per_word, dtype=np.int32)[inverse]

    def _outcomes(self, codes: np.ndarray, words: list[int]) -> np.ndarray:
        """Per token, whether it marks an outcome: not "outcome" or "result" naming a tool or a
        measure (:data:`NOT_AN_OUTCOME_AFTER`)."""
        found = (codes & OUTCOME_FLAG) != 0
        for position in np.flatnonzero(found).tolist():
            if (
                words[position] in self.outcome_nouns
                and position + 1 < len(words)
                and words[position + 1] in self.not_an_outcome_after
            ):
                found[position] = False
        return found

    def _actions(self, codes: np.ndarray, sentence_starts: np.ndarray) -> np.ndarray:
        """Per token, whether it is a verb told of the applicant: past forms ("assessed",
        "kept") and "-ing" forms after a comma, "and" or "by", whose nearest subject before them
        in the sentence is "I"/"we", not right after a modal ("can", "would", "to")."""
        size = len(codes)
        shapes = codes >> SHAPE_SHIFT
        previous = np.concatenate([np.zeros(1, dtype=np.int32), codes[:-1]])
        verb_like = (
            ((codes & ACTION_FLAG) != 0)
            | ((shapes == 1) & ((previous & AFTER_ADJECTIVE_FLAG) == 0))
            | ((shapes == 2) & ((previous & AFTER_DOING_FLAG) != 0))
        )
        # Whose clause each token is in: the last subject seen in the sentence (0 none,
        # 1 the applicant, 2 someone else, 3 a new sentence), carried forward.
        marks = np.zeros(size, dtype=np.int8)
        marks[(codes & SUBJECT_FLAG) != 0] = 2
        marks[(codes & SELF_FLAG) != 0] = 1
        marks[sentence_starts] = np.where(marks[sentence_starts] > 0, marks[sentence_starts], 3)
        filled = marks[np.maximum.accumulate(np.where(marks > 0, np.arange(size), 0))]
        return verb_like & (filled == 1) & (marks == 0) & ((previous & MODAL_FLAG) == 0)

    def _shape(self, word: int) -> int:
        """1 for a past form ("assessed"), 2 for an "-ing" form, else 0."""
        text = self.strings[word]
        if text.isalpha() and text not in NOT_VERBS:
            if text.endswith("ed") and len(text) > 4:
                return 1
            if text.endswith("ing") and len(text) > 5:
                return 2
        return 0

    def _participle(self, word: int) -> bool:
        return word in self.participles or self.strings[word].endswith("ed")

    def terminators(
        self,
        codes: np.ndarray,
        words: list[int],
        token_sentence: np.ndarray,
        bounds: list[tuple[int, int]],
        triggers: dict[int, list[Marker]],
    ) -> dict[int, list[Marker]]:
        """The terminators that can end one of the ``triggers`` of their sentence, by sentence
        (array look-ups find the words that can start a terminator in a sentence with a
        trigger; a terminator never runs past its sentence's end)."""
        found: dict[int, list[Marker]] = defaultdict(list)
        if not triggers:
            return found
        triggered = np.zeros(len(bounds), dtype=bool)
        triggered[list(triggers)] = True
        candidates = ((codes & TERMINATOR_FLAG) != 0) & triggered[token_sentence]
        wanted: dict[int, set[str]] = {
            sentence: {COMMON_TERMINATOR_KEY, *(trigger.key for trigger in markers)}
            for sentence, markers in triggers.items()
        }
        by_first = self.terminators_by_first
        for start in np.flatnonzero(candidates).tolist():
            sentence = int(token_sentence[start])
            stop = bounds[sentence][1]
            keys_wanted = wanted[sentence]
            for rest, keys in by_first[words[start]]:
                end = start + 1 + len(rest)
                if end <= stop and words[start + 1 : end] == rest:
                    found[sentence].extend(
                        Marker(key, start, end) for key in keys if key in keys_wanted
                    )
        return found

    def sentences(
        self,
        text: str,
        codes: np.ndarray,
        words: list[int],
        bounds: list[tuple[int, int]],
        sentence_of: list[int],
        first_chars: list[int],
        last_chars: list[int],
    ) -> list[Sentence]:
        """One pass over the whole document per word list, summed per sentence."""
        if not bounds:
            return []
        starts_array = np.array([first for first, _ in bounds], dtype=np.int64)

        def per_sentence(found: np.ndarray) -> list[int]:
            return np.add.reduceat(found.astype(np.int32), starts_array).tolist()

        first_person = per_sentence((codes & FIRST_PERSON_FLAG) != 0)
        outcomes = per_sentence(self._outcomes(codes, words))
        durations = per_sentence((codes & DURATION_FLAG) != 0)
        sentence_actions = per_sentence(self._actions(codes, starts_array))
        doing = [False] * len(bounds)
        for position in np.flatnonzero(codes & SELF_FLAG).tolist():
            index = sentence_of[position]
            if not doing[index]:
                doing[index] = self._tells_doing(words, position + 1, bounds[index][1])
        for index, (first, last) in enumerate(bounds):
            # "My CPD portfolio meets the HCPC standards": the applicant's own, told as a fact.
            if not doing[index] and first < last and words[first] == self.my:
                doing[index] = not any(w in self.claim_words for w in words[first:last])
        found: list[Sentence] = []
        for index, (first, last) in enumerate(bounds):
            start, end = _trim(text, first_chars[index], last_chars[index])
            found.append(
                Sentence(
                    index=index,
                    start=start,
                    end=end,
                    tok_start=first,
                    tok_end=last,
                    text=text[start:end],
                    first_person=first_person[index] > 0,
                    actions=sentence_actions[index],
                    outcome=outcomes[index] > 0,
                    doing=doing[index],
                    duration=durations[index] > 0,
                )
            )
        return found
