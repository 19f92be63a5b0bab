"""Evidence scoring for criteria with no rule: what the statement shows about the topic.

Concepts come from the criterion text: its concept groups (domain phrases and synonyms, see
:mod:`matching.patterns.concepts`) and its remaining content lemmas (minus stop words and words such
as "experience" or "ability" that name no topic). Each sentence that mentions enough of them as
the applicant's own (not someone else's, not negated) is banded:

0  nothing relevant
1  the topic is named, or a bare claim ("I have good knowledge of safeguarding")
2  relevant first-person experience ("I have completed section 42 enquiries")
3  a first-person concrete example: what the applicant did (several actions, "I led", "I
   assessed") and ideally an outcome ("the abuse stopped")

The best band is the criterion's; its best one to three sentences are the evidence. rapidfuzz is
used only upstream, to repair misspelt domain words, never as evidence itself.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np
from spacy.lang.en.lex_attrs import like_num
from spacy.lang.lex_attrs import is_punct
from spacy.language import Language
from spacy.tokens import Doc

from matching.context import qualifiers
from matching.patterns.concepts import GENERIC_WORDS
from matching.pipeline import CONCEPT_KEY, ParsedStatement, Sentence
from matching.result import Verdict

GROUP_WEIGHT = 2
LEMMA_WEIGHT = 1
MAX_EVIDENCE = 3
NOT_OWN = frozenset({"other_person", "negated"})
BAND_WORDS = {
    0: "nothing relevant",
    1: "the topic is named or claimed, without first-person experience",
    2: "relevant first-person experience is described",
    3: "a first-person concrete example (what the applicant did, and the outcome)",
}


@dataclass(frozen=True)
class Terms:
    """What a criterion (or a specialist area) is about."""

    groups: tuple[str, ...]
    lemmas: tuple[int, ...]  # in text order; the first is the criterion's key word
    words: tuple[str, ...]  # readable form of groups and lemmas, for explanations

    @cached_property
    def weights(self) -> dict[str | int, int]:
        """Concept groups and the key word weigh double ("negotiating" in "Experience of
        negotiating with partner agencies to achieve objectives")."""
        key_word = self.lemmas[:1]
        return {
            key: GROUP_WEIGHT if isinstance(key, str) or key in key_word else LEMMA_WEIGHT
            for key in self.groups + self.lemmas
        }

    @cached_property
    def weight(self) -> int:
        return sum(self.weights.values())

    @cached_property
    def names(self) -> dict[str | int, str]:
        """The readable word of each group and lemma."""
        return dict(zip(self.groups + self.lemmas, self.words, strict=True))


class SentenceHit(NamedTuple):
    sentence: Sentence
    own_weight: int  # the applicant's own experience or claim
    intended_weight: int  # also counting what the applicant only intends
    matched: tuple[str, ...]
    denied_weight: int = 0  # what the applicant says they have not done or do not have


@dataclass(frozen=True)
class EvidenceOutcome:
    band: int  # 0..3
    confidence: float
    evidence: tuple[tuple[int, int], ...]
    explanation: tuple[str, ...]
    denied: bool = False  # band 0 because the applicant says so, not because nothing was found


class TermAnalyser:
    """Reads criterion texts into :class:`Terms` with the same pipeline as statements (cached)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.stop_words = nlp.Defaults.stop_words
        self._cache: dict[str, Terms] = {}
        self._lock = threading.Lock()

    def terms(self, text: str) -> Terms:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        doc = self.nlp(text)
        groups: dict[str, None] = {}
        covered = np.zeros(len(doc), dtype=bool)
        for start, end, _, ident in doc.user_data.get(CONCEPT_KEY, ()):
            groups[ident] = None
            covered[start:end] = True
        lemmas = self._content_lemmas(doc, covered, skip_generic=True)
        if not groups and not lemmas:  # "Working together": the generic words are the topic
            lemmas = self._content_lemmas(doc, covered, skip_generic=False)
        found = Terms(
            groups=tuple(groups),
            lemmas=tuple(lemmas),
            words=tuple(g.replace("_", " ") for g in groups) + tuple(lemmas.values()),
        )
        with self._lock:
            if len(self._cache) < 10_000:
                self._cache[text] = found
        return found

    def _content_lemmas(
        self, doc: Doc, covered: np.ndarray, *, skip_generic: bool
    ) -> dict[int, str]:
        lemmas: dict[int, str] = {}
        for token in doc:
            word = token.lemma_.lower()
            text = token.text
            # From the text: the engine's vocabulary leaves these word attributes unset.
            if (
                covered[token.i]
                or is_punct(text)
                or text.isspace()
                or like_num(text)
                or len(word) < 3
                or token.norm_ in self.stop_words
                or word in self.stop_words
                or (skip_generic and (word in GENERIC_WORDS or token.norm_ in GENERIC_WORDS))
            ):
                continue
            lemmas[token.lemma] = word
        return lemmas


def sentence_hits(statement: ParsedStatement, terms: Terms) -> list[SentenceHit]:
    """Every sentence that names any of ``terms``, with how much of it is the applicant's own."""
    names = terms.names
    places: dict[int, dict[str | int, list[tuple[int, int]]]] = defaultdict(dict)
    sentence_of = statement.token_sentence
    concepts = statement.concepts
    for group in terms.groups:
        for start, end in concepts.get(group, ()):
            places[sentence_of[start]].setdefault(group, []).append((start, end))
    for lemma, positions in statement.positions(terms.lemmas).items():
        for position in positions:
            places[sentence_of[position]].setdefault(lemma, []).append((position, position + 1))
    if not places:
        return []
    hits: list[SentenceHit] = []
    weights = terms.weights
    for index in sorted(places):
        own = intended = denied = 0
        reaches = statement.reaches[index]
        for key, spans in places[index].items():
            weight = weights[key]
            if not reaches:  # nothing qualifies this sentence: all the applicant's own
                own += weight
                intended += weight
                continue
            found = [qualifiers(reaches, start, end) for start, end in spans]
            if any(not (q & NOT_OWN) for q in found):
                intended += weight
            if any(not (q & NOT_OWN) and "commitment" not in q for q in found):
                own += weight
            if all("negated" in q and "other_person" not in q for q in found):
                denied += weight
        hits.append(
            SentenceHit(
                statement.sentences[index],
                own,
                intended,
                tuple(names[key] for key in places[index]),
                denied,
            )
        )
    return hits


def relevant(hit_weight: int, terms: Terms) -> bool:
    """Enough of the criterion is named: a concept group, two words, or half of it."""
    return hit_weight >= min(GROUP_WEIGHT, terms.weight) or 2 * hit_weight >= terms.weight


def band_of(statement: ParsedStatement, hit: SentenceHit, terms: Terms) -> int:
    if not relevant(hit.own_weight, terms):
        return 1 if relevant(hit.intended_weight, terms) else 0
    sentence = hit.sentence
    if sentence.actions >= 1:
        following = statement.sentences[sentence.index + 1 : sentence.index + 2]
        outcome = sentence.outcome or any(s.outcome for s in following)
        if sentence.actions >= 3 or (outcome and sentence.actions >= 2):
            return 3
        return 2
    if sentence.doing or (sentence.first_person and sentence.duration):
        return 2
    return 1


def score_evidence(statement: ParsedStatement, terms: Terms, topic: str) -> EvidenceOutcome:
    hits = sentence_hits(statement, terms)
    banded = sorted(
        ((band_of(statement, hit, terms), hit) for hit in hits),
        key=lambda pair: (-pair[0], -pair[1].own_weight, pair[1].sentence.index),
    )
    banded = [(band, hit) for band, hit in banded if band > 0]
    denials = [hit for hit in hits if relevant(hit.denied_weight, terms)]
    if not banded and denials:
        return EvidenceOutcome(
            0,
            0.75,
            tuple((hit.sentence.start, hit.sentence.end) for hit in denials[:MAX_EVIDENCE]),
            (
                "Score band 0: the applicant says they do not have this experience or "
                "knowledge (quoted), and nothing else in the statement shows it.",
            ),
            denied=True,
        )
    if not banded:
        looked_for = ", ".join(terms.words[:6]) or topic
        return EvidenceOutcome(
            0,
            0.5,
            (),
            (
                f"Score band 0: the statement does not mention {looked_for}. Keyword matching "
                "can miss a paraphrase, so a person should check.",
            ),
        )
    band = banded[0][0]
    best = sorted(banded[:MAX_EVIDENCE], key=lambda pair: pair[1].sentence.index)
    matched = ", ".join(dict.fromkeys(word for _, hit in banded for word in hit.matched))
    lines = (
        f"Score band {band}: {BAND_WORDS[band]}.",
        f"Matched: {matched}.",
    )
    confidence = {1: 0.6, 2: 0.7, 3: 0.8}[band]
    return EvidenceOutcome(
        band,
        confidence,
        tuple((hit.sentence.start, hit.sentence.end) for _, hit in best),
        lines,
    )


def band_verdict(score: float, minimum: int, maximum: int) -> Verdict:
    """met at two thirds of the scale or above; partly met above the minimum; else not met."""
    if score >= minimum + (maximum - minimum) * 2 / 3:
        return Verdict.met
    if score > minimum:
        return Verdict.partly_met
    return Verdict.not_met
