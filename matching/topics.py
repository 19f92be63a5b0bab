"""What an evidence criterion asks: its kind and its topics, compiled once per criterion text.

"Knowledge of the Care Act 2014 and its application" is *knowledge of* the topic ``care_act``,
not the words "knowledge", "care", "act", "application". Topics come from the competency
vocabulary (:mod:`matching.competencies`); where phrases overlap in a criterion the longest wins
("safeguarding timeframes" is a timescale, not safeguarding). A setting or profession ("as an
occupational therapist", "in adult social care") is context: when the criterion asks for
something else too, the setting alone is not evidence for it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from functools import cache
from importlib import resources

import yaml

from matching.competencies import TopicMatch, Vocabulary, sequence_keys, word_key


class Kind(StrEnum):
    experience = "experience of"
    knowledge = "knowledge of"
    ability = "ability to"
    values = "values"
    commitment = "commitment to"


# "... to meet objectives", "... to achieve outcomes": verbs that say what an ask is for
PURPOSE_VERBS = frozenset(word_key(verb) for verb in ("meet", "achieve", "deliver", "reach"))
# ... and where that purpose ends: "to meet operational targets, involving devising solutions"
PURPOSE_ENDS = frozenset({",", ";", ".", ":", word_key("involving"), word_key("including")})
KIND_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (Kind.commitment, re.compile(r"\bcommit(?:ment|ted)\b|\bwilling(?:ness)?\b|\bprepared to\b")),
    (
        Kind.knowledge,
        re.compile(r"\bknowledge\b|\bunderstand(?:ing)?\b|\baware(?:ness)?\b|\bfamiliar"),
    ),
    (
        Kind.experience,
        re.compile(r"\bexperience[ds]?\b|\btrack record\b|\bevidence of\b|\bproven\b"),
    ),
    (
        Kind.ability,
        re.compile(
            r"\babilit(?:y|ies)\b|\bable to\b|\bskill(?:s|ed)?\b|\bcompeten|\bcapable\b"
            r"|\bproficien|\bto demonstrate\b|\bliterate\b|\bnumerate\b|\bfluent\b"
        ),
    ),
)


@dataclass(frozen=True)
class CriterionTopics:
    """A compiled evidence criterion."""

    text: str
    kind: Kind
    topics: tuple[str, ...]  # every topic named, in text order
    evidence_topics: tuple[str, ...]  # the topics a statement must show (context left out)
    names: tuple[str, ...]  # readable names of ``evidence_topics``

    @property
    def recognised(self) -> bool:
        return bool(self.topics)

    def describe(self) -> str:
        """One line for a recruiter: "experience of: Safeguarding ...; Multi-disciplinary ..."."""
        if not self.recognised:
            return f"{self.kind.value}: no topic recognised (matched on the criterion's words)"
        return f"{self.kind.value}: " + "; ".join(self.names)


def _purpose(keys: Sequence[str]) -> tuple[int, int]:
    """Where the criterion says what its ask is for ("... to meet objectives", "... to achieve
    outcomes", up to the next comma or "involving"): that span of ``keys``, or an empty one."""
    for start in range(1, len(keys) - 1):
        if keys[start] == "to" and keys[start + 1] in PURPOSE_VERBS:
            end = next(
                (i for i in range(start + 2, len(keys)) if keys[i] in PURPOSE_ENDS), len(keys)
            )
            return start, end
    return len(keys), len(keys)


def kind_of(text: str) -> Kind:
    """The kind whose wording comes first ("Knowledge and experience of" is knowledge)."""
    lowered = text.lower()
    found = [
        (match.start(), kind)
        for kind, pattern in KIND_PATTERNS
        if (match := pattern.search(lowered)) is not None
    ]
    return min(found)[1] if found else Kind.values


class TopicCompiler:
    """Compiles criterion texts into :class:`CriterionTopics` (cached by text, thread-safe)."""

    def __init__(self, vocabulary: Vocabulary, lemmatise: Callable[[str], list[str]]) -> None:
        self.vocabulary = vocabulary
        self.lemmatise = lemmatise
        self._cache: dict[str, CriterionTopics] = {}
        self._lock = threading.Lock()

    def compile(self, text: str) -> CriterionTopics:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        keys, _ = sequence_keys(self.lemmatise(text))
        matches = _longest(self.vocabulary.find(keys, evidence=False, text_check=exact_check(text)))
        topics = tuple(dict.fromkeys(m.topic for m in sorted(matches, key=lambda m: m.start)))
        vocabulary = self.vocabulary.topics
        start, end = _purpose(keys)
        # "Ability to make decisions ... to meet operational targets": what the ask is for is
        # context, when something is asked before it ("Ability to meet agreed objectives" asks
        # for the objectives themselves)
        aims = (
            {m.topic for m in matches if start <= m.start < end}
            - {m.topic for m in matches if not start <= m.start < end}
            if any(m.start < start for m in matches)
            else set()
        )
        asked = (
            tuple(t for t in topics if not vocabulary[t].context and t not in aims)
            or tuple(t for t in topics if not vocabulary[t].context)
            or topics
        )
        found = CriterionTopics(
            text=text,
            kind=kind_of(text),
            topics=topics,
            evidence_topics=asked,
            names=tuple(vocabulary[t].name for t in asked),
        )
        with self._lock:
            if len(self._cache) < 10_000:
                self._cache[text] = found
        return found

    def with_topics(self, text: str, topics: Sequence[str]) -> CriterionTopics:
        """The criterion as the role spec's ``topics`` correct it: exactly those topics (none:
        read by its own words), its kind still from the text."""
        chosen = tuple(dict.fromkeys(topics))
        vocabulary = self.vocabulary.topics
        return CriterionTopics(
            text=text,
            kind=kind_of(text),
            topics=chosen,
            evidence_topics=chosen,
            names=tuple(vocabulary[t].name for t in chosen),
        )


@cache
def topic_names() -> dict[str, str]:
    """Every topic id of the vocabulary with its name, in the vocabulary's order: read from the
    data alone (no lemmatiser), for checking the ids a role spec names."""
    text = resources.files("matching").joinpath("data/competencies.yaml").read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {str(entry["id"]): str(entry["name"]) for entry in yaml.load(text, Loader=loader)}


def nearest_topics(word: str, count: int = 3) -> list[str]:
    """The topic ids most like ``word``, by id or by name ("care act" -> ``care_act``)."""
    wanted = re.sub(r"[^a-z0-9]+", "_", word[:80].lower()).strip("_")

    def likeness(ident: str, name: str) -> float:
        as_id = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        return max(SequenceMatcher(None, wanted, form).ratio() for form in (ident, as_id))

    ranked = sorted(topic_names().items(), key=lambda item: -likeness(*item))
    return [ident for ident, _ in ranked[:count]]


def exact_check(text: str) -> Callable[[str], bool]:
    """Whether an abbreviation is written in ``text`` with exactly its letters ("IT", not "it")."""

    def written(letters: str) -> bool:
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(letters)}(?![A-Za-z0-9])", text) is not None

    return written


def _longest(matches: list[TopicMatch]) -> list[TopicMatch]:
    """Where matches overlap, the ones covering most words (ties: all of them, so a phrase two
    topics share names both)."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    kept: list[TopicMatch] = []
    for match in ordered:
        covered = [k for k in kept if k.start < match.end and match.start < k.end]
        if all(k.end - k.start == match.end - match.start for k in covered):
            kept.append(match)
    return kept
