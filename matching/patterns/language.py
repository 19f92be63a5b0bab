"""How a careful reader hears a level in what the applicant says their language *is*, as data.

"My Welsh is strong", "my written Welsh is very good", "my spoken Welsh is a bit rusty": the
word said of the language names its level, as "fluent" or "conversational" do beside it. Said
with a "not" ("my Welsh is not strong", "isn't very confident") it is a limit on the level, not
a denial that the applicant speaks it: a person should ask what level they have.
"""

from __future__ import annotations

# The word said of the language, and the level (criteria.spec.LanguageLevel) it names.
LEVEL_ADJECTIVES = {
    "excellent": "proficiency",
    "fluent": "proficiency",
    "native": "proficiency",
    "strong": "advanced",
    "good": "advanced",
    "confident": "advanced",
    "competent": "advanced",
    "reasonable": "intermediate",
    "decent": "intermediate",
    "fair": "intermediate",
    "ok": "intermediate",
    "okay": "intermediate",
    "passable": "intermediate",
    "functional": "intermediate",
    "conversational": "intermediate",
    "basic": "foundation",
    "limited": "foundation",
    "rusty": "foundation",
    "weak": "entry",
    "poor": "entry",
}
# "<language> is / was / has always been / remains [not] [very] <word>", right after the
# language's name (its qualifiers "written", "spoken" come before it).
PREDICATE_RE = (
    r"\s+(?:is|was|has\s+always\s+been|has\s+been|remains|['’]s)"
    r"(?P<denied>\s+not|n['’]t)?"
    r"(?:\s+(?:very|really|quite|pretty|fairly|reasonably|still|a\s+bit|a\s+little|now|that))*"
    r"\s+(?P<word>[a-z]+)\b"
)
# A limit said of the language, right after its name: "my Welsh doesn't go much further than
# 'bore da'", "my Welsh does not stretch beyond greetings", "my Welsh is no more than a few
# words". Its "not" bounds what the applicant has (a few words and courtesies: entry level); it
# does not deny speaking the language.
LIMIT_RE = (
    r"\s+(?:(?:does|do|did|will|would|can)\s*(?:not|n['’]t)\s+(?:really\s+)?"
    r"(?:go|get|stretch|extend|reach|run)\s+(?:very\s+|much\s+|a\s+lot\s+|far\s+|a\s+great\s+deal\s+)*"
    r"(?:further|farther|beyond|past|more)"
    r"|(?:is|was|['’]s)\s+(?:no|not\s+much|little)\s+more\s+than)\b"
)
LIMIT_LEVEL = "entry"
