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
