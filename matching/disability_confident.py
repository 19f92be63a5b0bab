"""Whether the statement says the applicant applies under the Disability Confident scheme.

The application form's ``disability_confident`` field is the authoritative opt-in: only it
gives a guaranteed interview. A statement in which the applicant asks for the scheme ("I am
applying under the Disability Confident scheme", "please consider me for a guaranteed
interview") is not ignored, since ignoring it could cost a disabled applicant an interview: the
sentence is quoted for the panel to confirm. Mentions that are not the applicant's own opt-in
("I led my employer's Disability Confident accreditation", "the council is a Disability
Confident employer", "I am not applying under the scheme", "my colleague applied under it")
do not count.
"""

from __future__ import annotations

import re

from matching.pipeline import Mention, ParsedStatement, Sentence
from matching.recognisers.base import NEGATED, OTHER_PERSON

LABEL = "DISABILITY_CONFIDENT"
# The applicant asking for the scheme: applying, being considered, requesting, opting in.
OPT_IN_RE = re.compile(
    r"\b(?:appl(?:y|ies|ying|ied|ication)|consider(?:ed|ation)?|request(?:ing)?|ask(?:ing)?"
    r"|claim(?:ing)?|opt(?:ing)?\s+in|eligible|qualify|criteria|us(?:e|ing)|under|through|via)\b",
    re.IGNORECASE,
)
# The scheme as something an organisation holds or a person worked on, right after the mention:
# "Disability Confident employer / accreditation / Leader status / level 2 / committed".
ORGANISATION_AFTER_RE = re.compile(
    r"\s*(?:scheme\s+)?(?:employers?|organisations?|accredit\w*|status|leaders?|level"
    r"|committed|commitment|award\w*|badge|logo|self[- ]assessment|certific\w*|champions?"
    r"|lead|network|working\s+group|standard|framework|policy|policies|audit|project|work)\b",
    re.IGNORECASE,
)
# Whose scheme it is, right before the mention: "my employer's", "the council's", "our", "its".
ORGANISATION_BEFORE_RE = re.compile(
    r"(?:\b(?:employer|company|organisation|organization|council|trust|team|service|authority"
    r"|board)['’]s?|\b(?:our|their|its|his|her))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Mentions that are the request itself ("a guaranteed interview").
REQUEST_IDS = frozenset({"guaranteed interview", "guaranteed interview scheme"})


def opt_in_sentence(statement: ParsedStatement) -> Sentence | None:
    """The first sentence in which the applicant says they apply under the scheme, if any."""
    for mention in statement.by_label(LABEL):
        if _is_own_opt_in(statement, mention):
            return statement.sentence_of(mention)
    return None


def _is_own_opt_in(statement: ParsedStatement, mention: Mention) -> bool:
    if mention.qualifiers & {OTHER_PERSON, NEGATED}:
        return False
    text = statement.text
    sentence = statement.sentence_of(mention)
    if ORGANISATION_AFTER_RE.match(text, mention.end, sentence.end):
        return False
    if ORGANISATION_BEFORE_RE.search(text, max(sentence.start, mention.start - 30), mention.start):
        return False
    if not (sentence.first_person or "please" in sentence.text.lower()):
        return False
    if " ".join(mention.text.lower().split()) in REQUEST_IDS:
        return True
    return OPT_IN_RE.search(sentence.text) is not None
