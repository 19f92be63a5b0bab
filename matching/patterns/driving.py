"""How a careful reader tells a driving claim from words about driving, as data.

``TOPIC_WORDS``: "driving" named as the subject of what follows ("About driving - I have a
provisional licence", "On driving, ...", or a heading "Driving:") is a topic, not a claim to
drive. ``OCCASIONAL_WORDS``: a car hired, rented or borrowed now and then ("I occasionally hire a
car for rural visits") is not access to transport of one's own. ``BAN_OVER_RE`` /
``BAN_GOING_ON_RE``: a ban told as past ("in 2019 I was banned from driving for six months", "got
my licence back") is over unless the statement says it goes on ("I am currently banned").
"""

from __future__ import annotations

TOPIC_WORDS = (
    "about",
    "on",
    "regarding",
    "re",
    "concerning",
    "as for",
    "as to",
    "in terms of",
    "with regard to",
    "in relation to",
)
# What may stand before the topic word at the start of the sentence ("A note about driving:");
# anything else ("I rely on driving") makes it part of a claim.
TOPIC_LEAD_WORDS = ("a", "one", "just a", "and", "finally", "lastly", "also")
TOPIC_LEAD_NOUNS = ("little", "note", "word", "few words", "point", "last thing", "quick note")
HEADING_MARKS = ("-", "–", "—", ":")
OCCASIONAL_WORDS = ("hire", "hired", "hiring", "rent", "rented", "renting", "borrow", "borrowed")
BAN_OVER_RE = (
    r"\b(?:was|were|had been|got|been)\s+(?:\w+\s+)?(?:banned|disqualified)\b"
    r"|\b(?:got|had|received) my (?:driving )?licen[cs]e back\b"
    r"|\bban (?:ended|was lifted|is over|came to an end)\b"
    r"|\b(?:returned|gave back|reinstated|restored) (?:it|my (?:driving )?licen[cs]e)\b"
    r"|\blicen[cs]e (?:was|has been) (?:returned|reinstated|restored|given back)\b"
)
BAN_GOING_ON_RE = (
    r"\b(?:am|is|are|currently|still|remain)\s+(?:\w+\s+)?(?:banned|disqualified)\b"
    r"|\buntil (?:next|the end of)\b"
    r"|\b(?:get|gets|will get|getting) (?:my|it) (?:driving )?(?:licen[cs]e )?back"
    r" (?:next|in|on|at)\b"
)
# A driving test passed ("I passed my test last year", "Driving – passed 2019"), not the theory
# test alone ("practical test booked, theory passed") nor a pass to come ("once I have passed").
PASSED_RE = (
    r"(?<!theory )(?<!theory test )\bpassed\b(?! (?:my|the) theory\b)"
)
PASS_TO_COME_RE = r"\b(?:once|when|after|until|if)\s+I(?:\s+have|['’]ve)?\s+passed$"
