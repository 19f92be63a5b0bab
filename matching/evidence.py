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

import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, NamedTuple

import numpy as np
from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct
from spacy.language import Language
from spacy.tokens import Doc

from matching.competencies import load_vocabulary, sequence_keys
from matching.context import qualifiers
from matching.patterns.concepts import GENERIC_WORDS
from matching.pipeline import CONCEPT_KEY, ParsedStatement, Sentence
from matching.reading import Reader, Stance, StatementReading
from matching.result import Verdict
from matching.topics import CriterionTopics, Kind, TopicCompiler

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


# Criteria compiled into topics (matching/topics.py), read with the parse (matching/reading.py).
STANCE_BAND = {
    Stance.heading: 0,
    Stance.framing: 0,
    Stance.other: 0,
    Stance.denied: 0,
    Stance.received: 0,
    Stance.given: 0,
    Stance.mention: 1,
    Stance.intent: 1,
    Stance.gap: 1,
    Stance.team: 1,
    Stance.claim: 1,
    Stance.routine: 1,
    Stance.learning: 1,
    Stance.detailed_claim: 2,
    Stance.doing: 2,
    Stance.example: 3,
}
NOT_COUNTED = (Stance.heading, Stance.framing, Stance.other, Stance.received, Stance.given)
# What the applicant says they lack or have little of: beside evidence for the same criterion it
# takes a band off ("I have not supervised staff yet, but I have mentored two new OTs").
CAVEATS = (Stance.denied, Stance.gap)
# Criteria that ask for depth ("Expert knowledge of ...", "Significant experience of ..."): one
# sentence of plain first-person evidence is partly met; met needs a concrete example or evidence
# in more than one sentence.
DEPTH_RE = re.compile(
    r"\b(?:expert|significant|extensive|substantial|considerable|comprehensive|detailed|in-depth"
    r"|in depth|proven|thorough|well[- ]developed|wide|broad)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:knowledge|experience|understanding|skills?|expertise|awareness|track record)\b",
    re.IGNORECASE,
)
# Words a sentence may add to a criterion's own and still only repeat it ("I have the ability
# to communicate effectively with people at all levels" is the criterion, claimed).
FRAME_WORDS = frozenset(
    {
        "i",
        "my",
        "me",
        "have",
        "be",
        "able",
        "ability",
        "can",
        "experience",
        "knowledge",
        "skill",
        "good",
        "excellent",
        "strong",
        "demonstrate",
        "evidence",
        "understanding",
        "significant",
        "expert",
        "proven",
        "relevant",
        "very",
        "well",
        "also",
        "always",
    }
)
SPECIFICS = 4  # things named under the topic asked that make a knowledge claim specific


class EvidenceScorer:
    """The vocabulary, the criterion compiler and the reader for one engine pipeline."""

    _by_pipeline: ClassVar[weakref.WeakKeyDictionary[Language, EvidenceScorer]] = (
        weakref.WeakKeyDictionary()
    )
    _lock = threading.Lock()

    def __init__(self, nlp: Language) -> None:
        lemmas = nlp.get_pipe("shortlist_lemmas")

        def lemmatise(text: str) -> list[str]:
            return [token.lemma_ for token in lemmas(nlp.make_doc(text))]

        self.vocabulary = load_vocabulary(lemmatise)
        self.compiler = TopicCompiler(self.vocabulary, lemmatise)
        self.reader = Reader(self.vocabulary, nlp.vocab.strings)
        self._lemmatise = lemmatise
        self._criterion_words: dict[str, frozenset[str]] = {}
        self._receiving: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, nlp: Language) -> EvidenceScorer:
        """The scorer of ``nlp`` (built on first use, about 0.1 s)."""
        found = cls._by_pipeline.get(nlp)
        if found is None:
            with cls._lock:
                found = cls._by_pipeline.get(nlp)
                if found is None:
                    found = cls._by_pipeline[nlp] = cls(nlp)
        return found

    def read_ahead(self, statement: ParsedStatement, asked: Iterable[CriterionTopics]) -> None:
        """Parse, in one batch, every sentence that names a topic one of ``asked`` asks for: the
        parser is several times faster on one batch than on a call per criterion."""
        reading = self.reader.reading(statement)
        topics = tuple({topic for one in asked for topic in one.evidence_topics})
        self.reader.prepare(statement, reading, self.reader.sentences_about(reading, topics))

    def score(self, statement: ParsedStatement, asked: CriterionTopics) -> EvidenceOutcome:
        """Band the statement's evidence for a compiled criterion (see docs/scoring.md)."""
        reader = self.reader
        reading = reader.reading(statement)
        topics = asked.evidence_topics
        indices = reader.sentences_about(reading, topics)
        reader.prepare(statement, reading, indices)
        receiving = self.asks_receiving(asked)
        best: dict[int, tuple[int, Stance]] = {}  # sentence -> its band and stance
        weaker: dict[Stance, int] = {}
        caveat_set: set[int] = set()
        denied_set: set[int] = set()
        for index in indices:
            for topic in topics:
                if topic not in reading.topics[index]:
                    continue
                for mention in reader.stances(statement, reading, index, topic):
                    band = STANCE_BAND[mention.stance]
                    stance = mention.stance
                    # "Accepts and responds to feedback": giving it to others is not that
                    if topic in receiving and mention.given:
                        band, stance = 0, Stance.given
                    # Knowledge shown by naming its specifics ("I know community care services
                    # well, from reablement, telecare and the equipment service to ..."): a
                    # claim that names them, which is what "detailed knowledge" asks for
                    if (
                        mention.stance is Stance.claim
                        and asked.kind is Kind.knowledge
                        and len({m.start for m in reading.topics[index][topic]}) >= SPECIFICS
                    ):
                        band, stance = 2, Stance.detailed_claim
                    # a caveat counts against the topic it names itself, not a narrower one
                    # ("I understand some Welsh" is no caveat on communication skills)
                    if mention.stance in CAVEATS and any(
                        match.topic == topic for match in reading.topics[index][topic]
                    ):
                        caveat_set.add(index)
                        if mention.stance is Stance.denied:
                            denied_set.add(index)
                    if band == 0:
                        weaker.setdefault(stance, index)
                    if index not in best or band > best[index][0]:
                        best[index] = (band, stance)
        words = self.content_words(asked.text)
        for index, (band, _) in list(best.items()):
            if band >= 2 and repeats(words, self.sentence_words(statement, index)):
                best[index] = (1, Stance.claim)
        fit = self._fit(statement, reading, asked, words)
        counted = sorted(
            ((band, index, stance) for index, (band, stance) in best.items() if band > 0),
            key=lambda item: (-item[0], *fit(item[1]), item[1]),
        )
        caveats = sorted(caveat_set)
        sentences = statement.sentences
        what = asked.describe()
        if not counted:
            denials = [i for i, (_, stance) in best.items() if stance is Stance.denied]
            if denials:
                return EvidenceOutcome(
                    0,
                    0.75,
                    tuple((sentences[i].start, sentences[i].end) for i in denials[:MAX_EVIDENCE]),
                    (
                        "Score band 0: the applicant says they do not have this experience or "
                        f"knowledge (quoted), and nothing else in the statement shows it. Asked: "
                        f"{what}.",
                    ),
                    denied=True,
                )
            lines = [
                f"Score band 0: the statement does not show {what}.",
            ]
            seen = [
                f"{stance.value} ({quote(sentences[i].text)})"
                for stance, i in weaker.items()
                if stance in NOT_COUNTED
            ]
            if seen:
                lines.append("Not counted as evidence: " + "; ".join(seen) + ".")
            lines.append(
                "The machine reads for these topics and their usual wording and can miss a "
                "paraphrase, so a person should check before this counts against the applicant."
            )
            return EvidenceOutcome(0, 0.5, (), tuple(lines))
        band = counted[0][0]
        decisive = [
            i for i in sorted(denied_set) if covers(words, self.sentence_words(statement, i))
        ]
        if decisive:
            # "I have not worked in a reablement service": the applicant denies what the
            # criterion asks in its own words; related experience elsewhere is for a person to
            # weigh, never a met.
            said = decisive[0]
            best_other = counted[0][1]
            return EvidenceOutcome(
                0,
                0.6,
                tuple(
                    sorted(
                        {
                            (sentences[said].start, sentences[said].end),
                            (sentences[best_other].start, sentences[best_other].end),
                        }
                    )
                ),
                (
                    "Score band 0: the applicant says they have not done what the criterion "
                    f"asks ({quote(sentences[said].text)}). Asked: {what}.",
                    f"Related experience is told elsewhere ({quote(sentences[best_other].text)}):"
                    " a person should weigh it.",
                ),
            )
        chosen = sorted(counted[:MAX_EVIDENCE], key=lambda item: item[1])
        spans = [(sentences[i].start, sentences[i].end) for _, i, _ in chosen]
        lines = [
            f"Score band {band}: {BAND_WORDS[band]}.",
            f"Asked: {what}.",
            f"Best evidence: {counted[0][2].value}.",
        ]
        depth = DEPTH_RE.search(asked.text)
        if (
            depth is not None
            and band == 2
            and sum(1 for b, _, _ in counted if b >= 2) < 2
            and counted[0][2] is not Stance.detailed_claim  # it names the particulars
        ):
            band = 1
            lines[0] = f"Score band {band}: {BAND_WORDS[band]}."
            lines.append(
                f"One band off: the criterion asks for {depth.group(0).lower()}, and one "
                "sentence of it is shown without a concrete example."
            )
        caveat = next((i for i in caveats if i not in {i for _, i, _ in chosen}), None)
        if caveats and band >= 2:
            band -= 1
            said = caveats[0] if caveat is None else caveat
            lines[0] = f"Score band {band}: {BAND_WORDS[band]}."
            lines.append(
                f"One band off: the applicant also says they lack or have little of this "
                f"({quote(sentences[said].text)})."
            )
            if caveat is not None:
                spans.append((sentences[caveat].start, sentences[caveat].end))
        return EvidenceOutcome(
            band,
            {1: 0.6, 2: 0.7, 3: 0.8}[band],
            tuple(sorted(spans)),
            tuple(lines),
        )

    def asks_receiving(self, asked: CriterionTopics) -> frozenset[str]:
        """The topics ``asked`` wants received rather than given ("Accepts and responds to
        constructive feedback"), by each topic's ``asked_as_receiving`` wording."""
        found = self._receiving.get(asked.text)
        if found is None:
            keys, _ = sequence_keys(self._lemmatise(asked.text))
            vocabulary = self.vocabulary.topics
            found = frozenset(
                t for t in asked.evidence_topics if vocabulary[t].asks_receiving(keys)
            )
            if len(self._receiving) < 10_000:
                self._receiving[asked.text] = found
        return found

    def _fit(
        self,
        statement: ParsedStatement,
        reading: StatementReading,
        asked: CriterionTopics,
        words: frozenset[str],
    ) -> Callable[[int], tuple[int, int, int]]:
        """How closely a sentence answers this criterion, to choose among sentences of one
        band the ones a panel would quote: written under a heading that names it first, then
        the more of its topics named, then the more of its own words."""
        headings = self.reader.headings(statement, reading)
        asked_topics = set(asked.evidence_topics)

        def fit(index: int) -> tuple[int, int, int]:
            heading = headings[index]
            under = heading is not None and bool(asked_topics & set(reading.topics[heading]))
            named = len(asked_topics & set(reading.topics[index]))
            shared = len(words & self.sentence_words(statement, index))
            return (-int(under), -named, -shared)

        return fit

    def content_words(self, text: str) -> frozenset[str]:
        """A criterion's content words (lemmas), remembered by text."""
        found = self._criterion_words.get(text)
        if found is None:
            found = frozenset(_content(self._lemmatise(text)))
            if len(self._criterion_words) < 10_000:
                self._criterion_words[text] = found
        return found

    def sentence_words(self, statement: ParsedStatement, index: int) -> frozenset[str]:
        sentence = statement.sentences[index]
        return frozenset(
            _content(self.reader.words(statement, sentence.tok_start, sentence.tok_end))
        )


def _content(lemmas: list[str]) -> list[str]:
    return [
        word
        for word in (lemma.lower() for lemma in lemmas)
        if len(word) > 2 and word.isalpha() and word not in STOP_WORDS and word not in FRAME_WORDS
    ]


def covers(criterion: frozenset[str], sentence: frozenset[str]) -> bool:
    """The sentence names most of what the criterion asks (three in four of its content words,
    at least two): a denial in it denies the criterion itself."""
    shared = len(sentence & criterion)
    return shared >= 2 and shared >= 0.75 * len(criterion)


def repeats(criterion: frozenset[str], sentence: frozenset[str]) -> bool:
    """The sentence says little beyond the criterion's own words: a claim, however it is put."""
    shared = sentence & criterion
    return len(shared) >= 2 and len(sentence - criterion) <= 1


def quote(text: str, limit: int = 90) -> str:
    """A sentence quoted in an explanation (as the recognisers quote theirs)."""
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1].rstrip()}…”"


def criterion_topics(text: str) -> CriterionTopics:
    """What an evidence criterion asks, compiled with the process's engine (for the CLI, the API
    and the pages; built on first use)."""
    from matching.engine import get_engine  # the engine imports this module

    return EvidenceScorer.of(get_engine().nlp).compiler.compile(text)
