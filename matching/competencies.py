"""The social care competency vocabulary (``matching/data/competencies.yaml``) and its matcher.

A topic is named by phrases; a phrase is matched on word *keys*: the lemma, lower-cased, with
British and American spellings met and common derivational endings taken off, so "assessment",
"assessing" and "assessed" meet, and so do "diagnoses"/"diagnose", "assumed"/"assumption",
"prioritisation"/"prioritise". Abbreviations must also appear with their exact letters ("MCA",
"IT"). A phrase of one word is never a common word (:data:`COMMON_WORDS`): "manage", "look",
"capacity" or "social" alone never make a sentence about a topic.

The vocabulary is pure data plus matching; it does not know about statements or bands.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

import yaml

GAP = "~"
MAX_GAP = 3  # words a "~" may skip
# Words that alone are too common to say what a sentence is about.
COMMON_WORDS = frozenset(
    {
        "look",
        "manage",
        "capacity",
        "social",
        "work",
        "care",
        "people",
        "person",
        "support",
        "team",
        "experience",
        "service",
        "time",
        "good",
        "help",
        "use",
        "need",
        "make",
        "take",
        "give",
        "get",
        "see",
        "plan",
        "change",
        "health",
        "day",
        "role",
        "client",
        "family",
        "staff",
        "case",
        "issue",
        "thing",
        "way",
        "know",
        "able",
        "ability",
        "skill",
        "knowledge",
        "understanding",
        "develop",
        "development",
        "practice",
        "provide",
        "ensure",
        "deliver",
        "effective",
        "high",
        "level",
        "local",
        "new",
        "other",
        "well",
        "meet",
        "keep",
        "hold",
        "set",
        "run",
        "lead",
        "act",
        "open",
        "competition",
    }
)
PHRASE_FIELDS = ("terms", "paraphrases", "abbreviations", "frameworks", "criterion_terms")
TOPIC_FIELDS = {
    "id",
    "name",
    "part_of",
    "context",
    "receiving_is_not_evidence",
    "learning_counts",
    "stated_fact",
    "scene",
    "asked_as_receiving",
    "asked_as_giving",
    "exclude",
    *PHRASE_FIELDS,
}
POS_TAGS = {"N": frozenset({"NOUN", "PROPN"}), "V": frozenset({"VERB"}), "A": frozenset({"ADJ"})}
# Ordered: the first ending that fits is taken off, then the word is tried again.
ENDINGS: tuple[tuple[str, str], ...] = (
    ("isations", "is"),
    ("isation", "is"),
    ("ising", "is"),
    ("ised", "is"),
    ("ises", "is"),
    ("ise", "is"),
    ("ption", ""),
    ("vision", "vis"),
    ("cision", "cid"),
    ("sion", ""),
    ("oses", "os"),
    ("osis", "os"),
    ("ose", "os"),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("es", ""),
    ("ly", ""),
    ("ate", ""),
    ("s", ""),
    ("e", ""),
)
MIN_KEY = {"ly": 5}  # "honestly" -> "honest", but not "family" -> "fami"
JOINERS = frozenset({"-", "–", "/", "&"})
AMERICAN_RE = re.compile(r"(?<=[a-z])(iz|yz)(?=e|ing|ation|ed|er)")


@cache
def word_key(word: str) -> str:
    """The form two words of one family share ("assumption" and "assumed": "assum")."""
    key = AMERICAN_RE.sub(lambda m: m.group(1)[0] + "s", word.lower())
    if not key.isalpha():
        return key
    changed = True
    while changed:
        changed = False
        for ending, replacement in ENDINGS:
            if key.endswith(ending):
                stem = key[: len(key) - len(ending)] + replacement
                if len(stem) >= MIN_KEY.get(ending, 4) and stem != key:
                    key, changed = stem, True
                break
    return key


class Phrase(NamedTuple):
    keys: tuple[str, ...]  # word keys, GAP for a gap
    pos: tuple[frozenset[str] | None, ...]  # per key, the parts of speech allowed (None: any)
    exact: str | None  # an abbreviation's letters, as they must be written
    evidence: bool  # False for names that identify a topic in a criterion only
    text: str


class TopicMatch(NamedTuple):
    topic: str
    start: int  # positions in the sequence matched, half-open
    end: int
    phrase: Phrase


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    part_of: tuple[str, ...]
    context: bool  # a setting or profession, not an ask of its own
    receiving_is_not_evidence: bool
    learning_counts: bool
    stated_fact: bool  # saying it is showing it ("I have a full licence and my own car")
    scene: bool  # often someone else's act the applicant responds to ("when a ward assumed ...")
    # criterion wording that asks for being on the receiving end ("Accepts and responds to
    # feedback") and wording that asks for giving it: with the first and not the second, the
    # applicant giving it to others is not evidence
    asked_as_receiving: tuple[Phrase, ...] = ()
    asked_as_giving: tuple[Phrase, ...] = ()

    def asks_receiving(self, keys: Sequence[str]) -> bool:
        """The criterion (its word keys) asks for this topic received, not given."""

        def names(phrases: tuple[Phrase, ...]) -> bool:
            return any(
                _match_from(phrase, keys, None, start, True) is not None
                for phrase in phrases
                for start, key in enumerate(keys)
                if key == phrase.keys[0]
            )

        return names(self.asked_as_receiving) and not names(self.asked_as_giving)


@dataclass(frozen=True)
class Vocabulary:
    topics: dict[str, Topic]
    phrases: dict[str, list[tuple[Phrase, str]]]  # first key -> (phrase, topic id)
    excludes: dict[str, list[tuple[Phrase, str]]]
    broader: dict[str, frozenset[str]]  # topic -> itself and every topic it is part of

    def find(
        self,
        keys: Sequence[str],
        *,
        evidence: bool,
        pos: Sequence[str] | None = None,
        text_check: Callable[[str], bool] | None = None,
        loose_pos: bool = False,
    ) -> list[TopicMatch]:
        """Every topic phrase in ``keys`` (one sentence or criterion), without the ones an
        exclusion of the same topic covers. With ``evidence``, names valid in criteria only are
        left out; ``pos`` (parts of speech per key) enables the ``/N`` ``/V`` constraints;
        ``text_check`` says whether an abbreviation's exact letters are in the text. Without
        ``pos``, phrases that ask for a part of speech match only with ``loose_pos`` (to find
        the sentences worth parsing)."""
        found = _scan(self.phrases, keys, pos, loose_pos)
        if evidence:
            found = [m for m in found if m.phrase.evidence]
        if text_check is not None:
            found = [m for m in found if m.phrase.exact is None or text_check(m.phrase.exact)]
        if not found:
            return found
        blocked = _scan(self.excludes, keys, pos, loose_pos)
        if blocked:
            found = [
                m
                for m in found
                if not any(
                    b.topic == m.topic and b.start < m.end and m.start < b.end for b in blocked
                )
            ]
        return found


def _scan(
    table: dict[str, list[tuple[Phrase, str]]],
    keys: Sequence[str],
    pos: Sequence[str] | None,
    loose_pos: bool,
) -> list[TopicMatch]:
    found: list[TopicMatch] = []
    for start, key in enumerate(keys):
        for phrase, topic in table.get(key, ()):
            end = _match_from(phrase, keys, pos, start, loose_pos)
            if end is not None:
                found.append(TopicMatch(topic, start, end, phrase))
    return found


def _match_from(
    phrase: Phrase, keys: Sequence[str], pos: Sequence[str] | None, start: int, loose_pos: bool
) -> int | None:
    """The end of ``phrase`` matched at ``start`` (shortest gaps first), or None."""

    def fits(index: int, at: int) -> bool:
        allowed = phrase.pos[index]
        if allowed is None:
            return True
        return loose_pos if pos is None else pos[at] in allowed

    def walk(index: int, at: int) -> int | None:
        if index == len(phrase.keys):
            return at
        if phrase.keys[index] == GAP:
            for skip in range(MAX_GAP + 1):
                end = walk(index + 1, at + skip)
                if end is not None:
                    return end
            return None
        if at < len(keys) and keys[at] == phrase.keys[index] and fits(index, at):
            return walk(index + 1, at + 1)
        return None

    if not fits(0, start):
        return None
    return walk(1, start + 1)


def load_vocabulary(lemmatise: Callable[[str], list[str]], text: str | None = None) -> Vocabulary:
    """Read and check the vocabulary. ``lemmatise`` turns a phrase into its words' lemmas
    (the engine's own lemmatiser, so phrases and statements are read alike)."""
    if text is None:
        text = resources.files("matching").joinpath("data/competencies.yaml").read_text("utf-8")
    entries = yaml.safe_load(text)
    if not isinstance(entries, list):
        raise ValueError("competencies.yaml: a list of topics")
    topics: dict[str, Topic] = {}
    phrases: dict[str, list[tuple[Phrase, str]]] = defaultdict(list)
    excludes: dict[str, list[tuple[Phrase, str]]] = defaultdict(list)
    for entry in entries:
        unknown = set(entry) - TOPIC_FIELDS
        ident = entry.get("id")
        if unknown or not ident or not entry.get("name"):
            raise ValueError(f"competencies.yaml: topic {ident!r}: bad fields {sorted(unknown)}")
        if ident in topics:
            raise ValueError(f"competencies.yaml: topic {ident!r} twice")
        topics[ident] = Topic(
            id=ident,
            name=entry["name"],
            part_of=tuple(entry.get("part_of", ())),
            context=bool(entry.get("context", False)),
            receiving_is_not_evidence=bool(entry.get("receiving_is_not_evidence", False)),
            learning_counts=bool(entry.get("learning_counts", False)),
            stated_fact=bool(entry.get("stated_fact", False)),
            scene=bool(entry.get("scene", False)),
            asked_as_receiving=tuple(
                _compile(str(raw), "asked_as_receiving", lemmatise)
                for raw in entry.get("asked_as_receiving", ())
            ),
            asked_as_giving=tuple(
                _compile(str(raw), "asked_as_giving", lemmatise)
                for raw in entry.get("asked_as_giving", ())
            ),
        )
        for field in PHRASE_FIELDS:
            for raw in entry.get(field, ()):
                phrase = _compile(str(raw), field, lemmatise)
                if (
                    len(phrase.keys) == 1
                    and phrase.exact is None
                    and phrase.evidence
                    and (phrase.keys[0] in {word_key(w) for w in COMMON_WORDS})
                ):
                    raise ValueError(
                        f"competencies.yaml: topic {ident!r}: {raw!r} is too common alone "
                        "(put it under criterion_terms or in a longer phrase)"
                    )
                phrases[phrase.keys[0]].append((phrase, ident))
        for raw in entry.get("exclude", ()):
            phrase = _compile(str(raw), "exclude", lemmatise)
            excludes[phrase.keys[0]].append((phrase, ident))
    for topic in topics.values():
        for broader in topic.part_of:
            if broader not in topics:
                raise ValueError(f"competencies.yaml: {topic.id} is part of unknown {broader!r}")
    return Vocabulary(
        topics=topics,
        phrases=dict(phrases),
        excludes=dict(excludes),
        broader={ident: _broader(topics, ident) for ident in topics},
    )


def _broader(topics: dict[str, Topic], ident: str) -> frozenset[str]:
    seen = {ident}
    todo = [ident]
    while todo:
        for parent in topics[todo.pop()].part_of:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)


def _compile(raw: str, field: str, lemmatise: Callable[[str], list[str]]) -> Phrase:
    keys: list[str] = []
    allowed: list[frozenset[str] | None] = []
    for chunk in raw.split():
        if chunk == GAP:
            keys.append(GAP)
            allowed.append(None)
            continue
        tagged = re.fullmatch(r"\w+/[NVA]", chunk) is not None
        word, _, tag = chunk.partition("/") if tagged else (chunk, "", "")
        for lemma in lemmatise(word):
            key = word_key(lemma)
            if key in JOINERS or not key.strip():
                continue
            keys.append(key)
            allowed.append(POS_TAGS[tag] if tag else None)
    if not keys or keys[0] == GAP or keys[-1] == GAP:
        raise ValueError(f"competencies.yaml: bad phrase {raw!r}")
    exact = raw if field == "abbreviations" else None
    return Phrase(tuple(keys), tuple(allowed), exact, field != "criterion_terms", raw)


def sequence_keys(lemmas: Sequence[str]) -> tuple[list[str], list[int]]:
    """Word keys of a token sequence without joiners ("person-centred" reads as "person
    centred"), and for each key the position of its token."""
    keys: list[str] = []
    positions: list[int] = []
    for index, lemma in enumerate(lemmas):
        key = word_key(lemma)
        if key in JOINERS or not key.strip():
            continue
        keys.append(key)
        positions.append(index)
    return keys, positions
