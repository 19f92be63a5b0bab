"""Word lists the claim reader uses to tell whose fact a sentence states, as data.

``PERSON_NOUNS`` are nouns for people other than the applicant: a registration, role or
qualification attached to one of them ("HCPC-registered *therapists*", "supervised by a
registered social *worker*", "my *manager* is a Practice Educator") is theirs, unless the noun is
what the applicant says they are ("I am a registered social worker"). Lemmas, lower case.
``OTHER_PROFESSIONS`` are professions the HCPC or NMC register that are neither occupational
therapy nor social work: "I am an HCPC-registered paramedic" does not meet an OT's registration.
"""

from __future__ import annotations

PERSON_NOUNS: frozenset[str] = frozenset(
    {
        # practice colleagues
        "colleague",
        "therapist",
        "ot",
        "ots",
        "worker",
        "sw",
        "sws",
        "practitioner",
        "professional",
        "clinician",
        "nurse",
        "doctor",
        "gp",
        "psychiatrist",
        "psychologist",
        "physiotherapist",
        "physio",
        "assistant",
        "officer",
        "assessor",
        "educator",
        "mentor",
        "supervisor",
        "manager",
        "lead",
        "leader",
        "boss",
        "mentee",
        "supervisee",
        "head",
        "director",
        "consultant",
        "member",
        "staff",
        "team",
        "teammate",
        "peer",
        "student",
        "trainee",
        "apprentice",
        "learner",
        "newcomer",
        "amhp",
        "amhps",
        "bia",
        "bias",
        "amcp",
        "amcps",
        "coordinator",
        "co-ordinator",
        "senior",
        "partner",
        "locum",
        "agency",
        "someone",
        "somebody",
        "person",
        "people",
        "everyone",
        "everybody",
        "other",
        "others",
        "one",
        "all",
        "both",
        "most",
        "many",
        "some",
        "several",
        # family and the people the applicant works for
        "husband",
        "wife",
        "child",
        "children",
        "kid",
        "grandchild",
        "niece",
        "nephew",
        "relative",
        "neighbour",
        "grandparent",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "cousin",
        "mother",
        "father",
        "mum",
        "dad",
        "son",
        "daughter",
        "sister",
        "brother",
        "friend",
        "parent",
        "carer",
        "client",
        "patient",
        "resident",
        "service",
        "user",
        "family",
    }
)

# Person nouns that are also where someone works: after "in", "within", "at", "across" or
# "into" ("an OT in the council's reablement team since '19", "I joined the service in 2020")
# they are the place, not another person holding the fact.
PLACE_PERSON_NOUNS: frozenset[str] = frozenset({"team", "service", "agency", "staff"})
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "within", "at", "across", "into"})

# Subject pronouns and determiners that say the clause is someone else's.
OTHER_PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "who", "whom", "whose"}
)
FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "myself", "my", "mine"})
# Words that put the applicant in the group a subject names ("every locum, me included",
# "all of us, including myself").
INCLUDING_WORDS: frozenset[str] = frozenset({"included", "including", "incl", "inc"})

# Professions whose registration does not meet an OT's or a social worker's.
OTHER_PROFESSIONS: frozenset[str] = frozenset(
    {
        "paramedic",
        "physiotherapist",
        "physio",
        "dietitian",
        "dietician",
        "radiographer",
        "podiatrist",
        "chiropodist",
        "orthoptist",
        "prosthetist",
        "orthotist",
        "speech and language therapist",
        "slt",
        "biomedical scientist",
        "clinical scientist",
        "operating department practitioner",
        "odp",
        "practitioner psychologist",
        "arts therapist",
        "art therapist",
        "music therapist",
        "drama therapist",
        "hearing aid dispenser",
        "nurse",
        "midwife",
        "nursing associate",
        "pharmacist",
    }
)

# Verbs whose negation means the fact is held ("I have never let my registration lapse").
LAPSE_LEMMAS: frozenset[str] = frozenset(
    {
        "lapse",
        "expire",
        "suspend",
        "remove",
        "strike",
        "revoke",
        "cancel",
        "lose",
        "ban",
        "restrict",
        "fail",
        "without",
        "gap",
        "break",
        "interruption",
        "suspension",
        "relinquish",
        "surrender",
        "forfeit",
    }
)

# Phrasal verbs of losing the fact (verb lemma, particle): "I have not had to give up my AMHP
# warrant" is holding it.
PHRASAL_LAPSES: frozenset[tuple[str, str]] = frozenset(
    {("give", "up"), ("hand", "back"), ("hand", "in")}
)
# A plain negator anywhere in a phrase: "not", "never", "no", "n't".
NEGATOR = r"\b(?:not|never|no)\b|n['’]t\b"

# Prepositions that put a "-ing" verb in the past: "after completing my BSc".
COMPLETED_BEFORE: frozenset[str] = frozenset({"after", "since", "upon", "on", "having"})

# Syntactic negators (the parse says which verb or noun they belong to). Every other negation
# phrase of the ConText rules ("unable to", "without", "lost my") is left to those rules.
SYNTACTIC_NEGATORS: frozenset[str] = frozenset({"not", "n't", "never", "no", "nt"})

# Nouns that pass a "not" on to what they lead to: "I have not had the chance to work as a
# practice educator", "I have had no opportunity to train as an AMHP" deny the role.
CHANCE_NOUNS: frozenset[str] = frozenset({"chance", "opportunity", "occasion", "time"})

# The words of an approved-role mention that name the person ("an AMHP", "my practice
# educator"); other words make the mention a thing the applicant can hold ("my Practice Educator
# Professional Standards", "my AMHP warrant").
ROLE_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "amhp",
        "amhps",
        "bia",
        "bias",
        "amcp",
        "amcps",
        "educator",
        "educators",
        "professional",
        "professionals",
        "assessor",
        "assessors",
    }
)
# Nouns after an approved role that make it a thing held: "Practice Educator stage 1".
ROLE_THINGS: frozenset[str] = frozenset(
    {
        "stage",
        "award",
        "training",
        "course",
        "qualification",
        "status",
        "warrant",
        "programme",
        "program",
        "module",
        "role",
        "post",
        "accreditation",
        "standards",
        "certificate",
        "pathway",
        "practice",
        "duties",
        "rota",
        "work",
        "assessments",
        "assessment",
        "portfolio",
    }
)
# A commitment governs the training it names: "committed to training as an AMHP" is a
# commitment, not training under way.
COMMITMENT_TO_TRAIN = (
    r"\b(?:commit\w*|willing|keen|happy|eager|would (?:like|love|welcome|be)|hope|hoping|intend\w*|"
    r"plan\w*|want\w*|wish\w*|aspir\w*|look(?:ing)? forward|opportunity|interest\w*)\b"
    r"[^.;]{0,40}?\b(?:train\w*|undertak\w*|complet\w*|stud\w*|course)\b"
)

# Subjects that state a requirement, not a fact about anyone: "the advert asks for an OT
# qualification and registration with the HCPC".
REQUIREMENT_NOUNS: frozenset[str] = frozenset(
    {
        "advert",
        "advertisement",
        "post",
        "role",
        "job",
        "vacancy",
        "specification",
        "spec",
        "criterion",
        "criteria",
        "description",
        "council",
        "authority",
        "employer",
        "law",
        "legislation",
        "regulation",
        "requirement",
        "guidance",
        "standard",
        "policy",
    }
)

# After a denial, a commitment to the same thing: "I have not yet completed an ASYE and I am
# committed to doing it", "I don't have a practice educator qualification but I'd like to
# complete the accreditation". The denial is read as a commitment.
COMMITMENT_AFTER_DENIAL = (
    r"\b(?:but|and|though|although|however)\b[^.;]{0,60}?\b(?:committed to|commit to|willing to|"
    r"would (?:like|love|welcome|be (?:keen|happy|willing|glad)) to|'d (?:like|love|be happy) to|"
    r"keen to|intend to|plan to|planning to|hope to|hoping to|looking to|want to|aim to)\b"
)

# A role's training still to start, told up to the mention: "I start the AMHP course in
# January", "my manager has agreed I can start PE1 in the spring", "I am due to begin the BIA
# training". The present or future "start", never "started": a place to come is a commitment,
# not training under way.
START_TO_COME = (
    r"\b(?:(?:can|will|shall|to|I|I'll|I’ll)\s+(?:start|begin|commence)|(?:am|I'm|I’m)\s+"
    r"(?:starting|beginning))\s+(?:(?:on|the|my|a|an|their|our)\s+)?(?:[\w-]+\s+){0,3}$"
)
# What makes the role named after "start" a course ("the AMHP course", "BIA training", "PE
# stage 1", "PE1"), not the work of the role ("When I start a BIA assessment I ...").
COURSE_NAMED = (
    r"\s*(?:[\w-]+\s+)?(?:course|training|programme|program|module|award|stage|pathway)\b"
)
COURSE_MENTION = r"\d|\bstage\b"
# After a role not held: the applicant would welcome the chance to take it up, told without
# naming the training again ("I have not yet trained as a Practice Educator, but I would very
# much welcome the opportunity").
WELCOME_AFTER_DENIAL = (
    r"[^.;]{0,40}?\b(?:but|although|though|however)\b[^.;]{0,20}?\b(?:would|I'd|I’d)\s+"
    r"(?:(?:very much|really|genuinely|certainly|definitely|greatly)\s+)?"
    r"(?:welcome|like|love|relish|value|appreciate)\s+(?:the|an|any)\s+(?:opportunity|chance)\b"
)
