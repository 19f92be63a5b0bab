"""The spaCy pipeline: sentences, spelling repair, lemmas, and domain entities as spans.

Built once per process by :func:`build_pipeline` (never at import). Components, in order:

``shortlist_sentences``  sentence starts after ``.!?`` and at line breaks (bullet lists)
``shortlist_spelling``   misspelt long domain words ("Occupatinal", "registred") get the right
                         NORM, using rapidfuzz with an explicit cutoff; acronyms are never touched
``shortlist_lemmas``     lemmas from spacy-lookups-data's English lookup table, read from the NORM
                         (so sentence-initial "Registered" and misspelt words get lemmas too) in one
                         array pass with a prebuilt hash table
``shortlist_entities``   domain entities (PhraseMatcher on NORM, acronyms on exact text, regexes for
                         dates, registration numbers and qualification levels) into
                         ``doc.spans["shortlist"]``; qualifier triggers and terminators into
                         ``doc.spans["shortlist_context"]``; evidence concepts into
                         ``doc.spans["shortlist_concepts"]``. A span's ``id_`` names its pattern.

:func:`parse` turns a processed Doc into the immutable :class:`ParsedStatement` recognisers read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
import spacy
from rapidfuzz import fuzz, process
from spacy.attrs import LEMMA, NORM, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from matching import dates
from matching.context import COMMON_TERMINATOR_KEY, Marker, Reach, compute_reaches, qualifiers
from matching.patterns.concepts import (
    ACTION_FORMS,
    CLAIM_FORMS,
    CONCEPT_GROUPS,
    FIRST_PERSON,
    MODALS,
    OUTCOME_FORMS,
    SELF_SUBJECTS,
    SUBJECTS,
)
from matching.patterns.context_rules import COMMON_TERMINATORS, CONTEXT_RULES
from matching.patterns.entities import (
    ACRONYMS,
    FRAMEWORK_LEVELS,
    FUZZY_CUTOFF,
    FUZZY_MIN_LENGTH,
    FUZZY_WORDS,
    PHRASES,
)

ENTITY_KEY = "shortlist"
CONTEXT_KEY = "shortlist_context"
CONCEPT_KEY = "shortlist_concepts"
# Families whose overlapping matches are resolved separately (longest first).
ENTITY, TRIGGER, TERMINATOR, CONCEPT, LANGUAGE_CUE = "ENT", "CTX", "TERM", "CONCEPT", "LANGCUE"
LANGUAGE_CUE_LABELS = frozenset({"LANG_LEVEL", "LANG_USE"})

REG_NUMBER_RE = re.compile(
    r"\b(?P<prefix>OT|SW|PA|PH|AS|CS|RN)\s?-?\d{4,6}\b|\b\d{2}[A-Z]\d{4}[A-Z]\b", re.IGNORECASE
)
FRAMEWORK_RE = re.compile(
    r"\b(?:(?:NVQ|QCF|RQF|SVQ|CQF)\s*(?:level\s*)?(?P<a>\d)"
    r"(?:\s+(?:extended\s+)?(?:diploma|certificate|award))?"
    r"|level\s*(?P<b>\d)\s*(?:(?:extended\s+)?(?:diploma|certificate|award|nvq|qcf|rqf))?)\b",
    re.IGNORECASE,
)
# A sentence ends after .!? (and closing quotes/brackets) before a non-lower-case start, or at a
# line break.
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[^a-z\s])|\n")
NUMBER_PREFIX_BODIES: dict[str, str] = {"OT": "HCPC", "SW": "SW", "": "NMC"}


@dataclass(frozen=True)
class Mention:
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

    @property
    def own_current(self) -> bool:
        """The applicant's own, current status: no qualifier at all."""
        return not self.qualifiers


@dataclass(frozen=True)
class Sentence:
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
    claim: bool


@dataclass(frozen=True)
class ParsedStatement:
    """Everything the recognisers need from one statement; immutable once built."""

    text: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    reaches: tuple[tuple[Reach, ...], ...]  # per sentence
    concepts: tuple[dict[str, tuple[tuple[int, int], ...]], ...]  # per sentence: id -> tokens
    lemmas: np.ndarray = field(repr=False)  # lemma hash per token
    token_sentence: np.ndarray = field(repr=False)

    def by_label(self, *labels: str) -> list[Mention]:
        return [mention for mention in self.mentions if mention.label in labels]

    def in_sentence(self, index: int, *labels: str) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index and m.label in labels]

    def qualifiers_at(self, tok_start: int, tok_end: int, label: str | None = None) -> frozenset:
        sentence = int(self.token_sentence[tok_start]) if len(self.token_sentence) else 0
        return qualifiers(self.reaches[sentence], tok_start, tok_end, label)

    def sentence_of(self, mention: Mention) -> Sentence:
        return self.sentences[mention.sentence]


def _phrase_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    return [nlp.make_doc(phrase) for phrase in phrases]


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        token_starts = doc.to_array("IDX").astype(np.int64)
        starts = np.full(len(doc), -1, dtype=np.int64)  # -1: not a sentence start
        starts[0] = 1
        boundaries = [match.end() for match in SENTENCE_END_RE.finditer(doc.text)]
        if boundaries:
            indices = np.searchsorted(token_starts, np.array(boundaries), side="left")
            starts[indices[indices < len(doc)]] = 1
        doc.from_array([SENT_START], starts.view(np.uint64).reshape(-1, 1))
        return doc


class SpellingRepair:
    """Set the NORM of a misspelt long domain word to the word it was meant to be."""

    def __init__(self, nlp: Language, known: frozenset[int]) -> None:
        self.known = known
        self.strings = nlp.vocab.strings
        self.words = [word.lower() for word in FUZZY_WORDS]
        for word in self.words:
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
        if len(self.cache) < 200_000:
            self.cache[norm] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        norms = doc.to_array(NORM)
        for norm in np.unique(norms).tolist():
            if norm in self.known:
                continue
            corrected = self.correction(norm)
            if corrected is not None:
                for index in np.flatnonzero(norms == norm).tolist():
                    doc[index].norm_ = corrected
        return doc


class LookupLemmatizer:
    """Lemmas from the lookup table, keyed by NORM, in one array pass."""

    def __init__(self, table: dict[int, int], known: frozenset[int]) -> None:
        self.table = table
        self.known = known  # every word form the table knows, plus the domain words

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        norms = doc.to_array(NORM).tolist()
        get = self.table.get
        lemmas = np.fromiter((get(norm, norm) for norm in norms), dtype=np.uint64, count=len(norms))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
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
            if rule["terminators"]:
                add(
                    self.norm_matcher,
                    TERMINATOR,
                    "TERM",
                    rule["id"],
                    _phrase_docs(nlp, rule["terminators"]),
                )
        add(
            self.norm_matcher,
            TERMINATOR,
            "TERM",
            COMMON_TERMINATOR_KEY,
            _phrase_docs(nlp, COMMON_TERMINATORS),
        )
        for ident, phrases in CONCEPT_GROUPS.items():
            docs = _phrase_docs(nlp, phrases)
            add(self.norm_matcher, CONCEPT, "CONCEPT", ident, docs)
            add(self.lemma_matcher, CONCEPT, "CONCEPT", ident, [lemmatise(d) for d in docs])

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        for matcher in (self.norm_matcher, self.orth_matcher, self.lemma_matcher):
            for match_id, start, end in matcher(doc):
                family, label, ident = self.keys[match_id]
                found[family].append((start, end, label, ident))
        for start, end, label, ident in self._regex_entities(doc):
            found[ENTITY].append((start, end, label, ident))
        entities = _longest_first(found[ENTITY])
        triggers = _longest_first(found[TRIGGER])
        terminators = sorted(set(found[TERMINATOR]))
        language_cues = _longest_first(found[LANGUAGE_CUE])
        concepts = sorted(set(found[CONCEPT]))
        doc.spans[ENTITY_KEY] = [_span(doc, item) for item in entities + language_cues]
        doc.spans[CONTEXT_KEY] = [
            _span(doc, (start, end, TRIGGER, ident)) for start, end, _, ident in triggers
        ] + [_span(doc, (start, end, TERMINATOR, ident)) for start, end, _, ident in terminators]
        doc.spans[CONCEPT_KEY] = [_span(doc, item) for item in concepts]
        return doc

    @staticmethod
    def _regex_entities(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
        text = doc.text
        for found in dates.find_temporal(text):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is not None:
                yield span.start, span.end, found.label, found.label.lower()
        for match in REG_NUMBER_RE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            prefix = (match.group("prefix") or "").upper()
            if span is not None:
                yield span.start, span.end, "REG_NUMBER", NUMBER_PREFIX_BODIES.get(prefix, prefix)
        for match in FRAMEWORK_RE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            level = int(match.group("a") or match.group("b"))
            if span is not None:
                ident = (
                    f"framework_{FRAMEWORK_LEVELS.get(level, 'below') if level >= 3 else 'below'}"
                )
                yield span.start, span.end, "QUAL", ident


def _span(doc: Doc, item: tuple[int, int, str, str]) -> Span:
    start, end, label, ident = item
    return Span(doc, start, end, label=label, span_id=ident)


def _longest_first(items: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Drop matches that overlap a longer (then earlier) one; return them in text order."""
    chosen: list[tuple[int, int, str, str]] = []
    taken = np.zeros(max((end for _, end, _, _ in items), default=0), dtype=bool)
    for start, end, label, ident in sorted(set(items), key=lambda i: (i[0] - i[1], i[0])):
        if not taken[start:end].any():
            taken[start:end] = True
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
    nlp.add_pipe("shortlist_sentences")
    nlp.add_pipe("shortlist_lemmas")
    nlp.add_pipe("shortlist_spelling", before="shortlist_lemmas")
    nlp.add_pipe("shortlist_entities")
    return nlp


def parse(doc: Doc, features: SentenceFeatures) -> ParsedStatement:
    """Read a processed Doc into the immutable form the recognisers use."""
    text = doc.text
    norms = doc.to_array(NORM)
    lemmas = doc.to_array(LEMMA)
    token_sentence = np.zeros(len(doc), dtype=np.int32)
    sentences: list[Sentence] = []
    bounds: list[tuple[int, int]] = []
    for index, sent in enumerate(doc.sents):
        token_sentence[sent.start : sent.end] = index
        bounds.append((sent.start, sent.end))
        start, end = _trim(text, sent.start_char, sent.end_char)
        sentences.append(features.sentence(index, sent.start, sent.end, start, end, text, norms))
    triggers: dict[int, list[Marker]] = defaultdict(list)
    terminators: dict[int, list[Marker]] = defaultdict(list)
    for span in doc.spans[CONTEXT_KEY]:
        marker = Marker(span.id_, span.start, span.end)
        target = triggers if span.label_ == TRIGGER else terminators
        target[int(token_sentence[span.start])].append(marker)
    reaches = tuple(
        tuple(compute_reaches(triggers[index], terminators[index], bounds[index]))
        for index in range(len(bounds))
    )
    mentions = []
    for span in doc.spans[ENTITY_KEY]:
        sentence = int(token_sentence[span.start])
        mentions.append(
            Mention(
                label=span.label_,
                id=span.id_,
                start=span.start_char,
                end=span.end_char,
                tok_start=span.start,
                tok_end=span.end,
                sentence=sentence,
                text=span.text,
                qualifiers=qualifiers(reaches[sentence], span.start, span.end, span.label_),
            )
        )
    concepts: list[dict[str, list[tuple[int, int]]]] = [defaultdict(list) for _ in bounds]
    for span in doc.spans[CONCEPT_KEY]:
        concepts[int(token_sentence[span.start])][span.id_].append((span.start, span.end))
    return ParsedStatement(
        text=text,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        reaches=reaches,
        concepts=tuple({key: tuple(value) for key, value in c.items()} for c in concepts),
        lemmas=lemmas,
        token_sentence=token_sentence,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding white space or bullet marks (the text itself is untouched)."""
    while start < end and (text[start].isspace() or text[start] in "•·-*–"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class SentenceFeatures:
    """Hashes of the word lists that say whether a sentence is first-person experience."""

    def __init__(self, nlp: Language) -> None:
        add = nlp.vocab.strings.add
        self.first_person = np.array([add(w) for w in FIRST_PERSON], dtype=np.uint64)
        self.self_subjects = frozenset(add(w) for w in SELF_SUBJECTS)
        self.subjects = frozenset(add(w) for w in SUBJECTS)
        self.modals = frozenset(add(w) for w in MODALS)
        self.actions = np.array([add(w) for w in ACTION_FORMS], dtype=np.uint64)
        self.outcomes = np.array([add(w) for w in OUTCOME_FORMS], dtype=np.uint64)
        self.claims = np.array([add(w) for w in CLAIM_FORMS], dtype=np.uint64)

    def sentence(
        self,
        index: int,
        tok_start: int,
        tok_end: int,
        start: int,
        end: int,
        text: str,
        norms: np.ndarray,
    ) -> Sentence:
        words = norms[tok_start:tok_end]
        actions = 0
        positions = np.flatnonzero(np.isin(words, self.actions)).tolist()
        if positions:
            listed = words.tolist()
            for position in positions:
                # The nearest subject before the verb must be "I"/"we", with no modal between.
                for back in range(position - 1, -1, -1):
                    word = listed[back]
                    if word in self.modals:
                        break
                    if word in self.subjects:
                        actions += word in self.self_subjects
                        break
        return Sentence(
            index=index,
            start=start,
            end=end,
            tok_start=tok_start,
            tok_end=tok_end,
            text=text[start:end],
            first_person=bool(np.isin(words, self.first_person).any()),
            actions=actions,
            outcome=bool(np.isin(words, self.outcomes).any()),
            claim=bool(np.isin(words, self.claims).any()),
        )
