"""Domain entity patterns as data.

``PHRASES`` are matched on the token NORM (lower case, with misspellings corrected first), so
"Health and Care Professions Council" and "health and care professions council" both match.
``ACRONYMS`` are matched on the exact token text: "BIA" is an approved role, "bias" is not.
Every entry is ``(label, id, [phrases])``; the id survives onto the span (``span.id_``).
"""

from __future__ import annotations

PhraseTable = list[tuple[str, str, list[str]]]


# Welsh initial consonants and what they become after other words (soft, nasal and aspirate
# mutation): "cofrestru" is also "gofrestru", "nghofrestru" and "chofrestru"; "trwydded" is
# also "drwydded", "nhrwydded" and "thrwydded"; "car" also "gar", "nghar" and "char".
WELSH_MUTATIONS: dict[str, tuple[str, ...]] = {
    "c": ("g", "ngh", "ch"),
    "p": ("b", "mh", "ph"),
    "t": ("d", "nh", "th"),
    "g": ("", "ng"),
    "b": ("f", "m"),
    "d": ("dd", "n"),
    "m": ("f",),
    "ll": ("l",),
    "rh": ("r",),
}


def welsh_mutations(word: str) -> list[str]:
    """A Welsh word with every mutated form of its first consonant ("car", "gar", "nghar",
    "char")."""
    forms = [word]
    for initial in sorted(WELSH_MUTATIONS, key=len, reverse=True):
        if word.startswith(initial):
            forms += [mutated + word[len(initial) :] for mutated in WELSH_MUTATIONS[initial]]
            break
    return forms


def welsh_phrase(*words: str) -> list[str]:
    """A Welsh phrase whose first word may take any mutation ("trwydded yrru lawn",
    "drwydded yrru lawn"), the rest as written."""
    return [" ".join([first, *words[1:]]) for first in welsh_mutations(words[0])]

# The Welsh for adults courses, each named by its level: Mynediad (entry), Sylfaen
# (foundation), Canolradd (intermediate), Uwch (advanced), Hyfedredd (proficiency).
WELSH_COURSES = ["mynediad", "sylfaen", "canolradd", "hyfedredd"]

PHRASES: PhraseTable = [
    # Registration bodies, with former names mapped to today's body.
    (
        "REG_BODY",
        "HCPC",
        [
            "health and care professions council",
            "health & care professions council",
            "health and care professionals council",
            "health care professions council",
            "health professions council",
        ],
    ),
    ("REG_BODY", "SWE", ["social work england"]),
    (
        "REG_BODY",
        "SCW",
        ["social care wales", "care council for wales", "gofal cymdeithasol cymru"],
    ),
    ("REG_BODY", "NISCC", ["northern ireland social care council"]),
    ("REG_BODY", "SSSC", ["scottish social services council"]),
    ("REG_BODY", "NMC", ["nursing and midwifery council", "nursing & midwifery council"]),
    ("REG_BODY", "GSCC", ["general social care council"]),
    # Words that make a body mention a registration claim.
    (
        "REG_CUE",
        "registered",
        [
            "registered",
            "register",
            "registration",
            "registrant",
            "re-registered",
            "re - registered",
            "reregistered",
            "pin",
            "pin number",
            "registration number",
            "registering",
            "re-registering",
            "re - registering",
            "reregistering",
            "rejoined",
            "re-joined",
            "re - joined",
            "rejoin",
            "readmitted",
            "readmission",
            "restored",
            # a renewal is of a registration held ("My Social Work England renewal is due")
            "renewal",
            # CV shorthand: "SWE reg. SW87123", "HCPC reg'd"
            "reg",
            "reg.",
            "regd",
            "reg'd",
            # Welsh, with the mutations a word takes after another ("wedi cofrestru", "heb
            # gofrestru", "a chofrestru", "fy nghofrestriad"): to register, registered, a
            # registration, the register
            *welsh_mutations("cofrestru"),
            *welsh_mutations("cofrestredig"),
            *welsh_mutations("cofrestriad"),
            *welsh_mutations("cofrestr"),
        ],
    ),
    # A suspension or restriction that has ended: registered again from then.
    (
        "REG_CUE",
        "restored",
        [
            "suspension ended",
            "suspension was lifted",
            "suspension lifted",
            "suspension came to an end",
            "restriction was lifted",
            "restrictions were lifted",
            "conditions were lifted",
            "reinstated",
        ],
    ),
    # Qualifications (the id names the award; its level and subject live in QUALIFICATIONS).
    # "BSc(Hons)" with no space, as CVs write it, is one token and a bracket
    (
        "QUAL",
        "bsc",
        ["bsc", "b.sc", "b.sc.", "bachelor of science", "bsc hons", "bsc (hons)", "bsc(hons)"],
    ),
    ("QUAL", "ba", ["ba (hons)", "ba hons", "ba(hons)", "bachelor of arts"]),
    ("QUAL", "msc", ["msc", "m.sc", "master of science", "masters", "master's", "masters degree"]),
    ("QUAL", "ma", ["master of arts"]),
    # Awards named after their subject, as overseas universities often name them.
    (
        "QUAL",
        "bsw",
        ["bachelor of social work", "bachelor in social work", "bachelors in social work"],
    ),
    ("QUAL", "msw", ["master of social work", "masters in social work", "master's in social work"]),
    (
        "QUAL",
        "bot",
        ["bachelor of occupational therapy", "bachelor in occupational therapy"],
    ),
    ("QUAL", "degree", ["bachelor's degree", "bachelors degree", "bachelor degree"]),
    ("QUAL", "dipcot", ["dipcot", "dip cot", "diploma of the college of occupational therapists"]),
    ("QUAL", "dipsw", ["dipsw", "dip sw", "diploma in social work", "cqsw"]),
    (
        "QUAL",
        "pgdip",
        [
            "pgdip",
            "pg dip",
            "pg diploma",
            "postgraduate diploma",
            "post-graduate diploma",
            "post graduate diploma",
        ],
    ),
    (
        "QUAL",
        "pgcert",
        [
            "pgcert",
            "pg cert",
            "pg certificate",
            "postgraduate certificate",
            "post-graduate certificate",
            "post graduate certificate",
        ],
    ),
    ("QUAL", "apprenticeship", ["degree apprenticeship"]),
    (
        "QUAL",
        "degree",
        [
            "degree",
            "honours degree",
            "first degree",
            "undergraduate degree",
            # Welsh: "gradd", mutated after "gen i" or "fy" ("mae gen i radd", "fy ngradd")
            *welsh_mutations("gradd"),
        ],
    ),
    ("QUAL", "diploma", ["diploma"]),
    # "Step Up to Social Work"; a bare "step up" is everyday English ("ready to step up").
    ("QUAL", "step_up", ["step up to social work"]),
    ("QUAL", "frontline", ["frontline programme", "frontline"]),
    ("QUAL", "think_ahead", ["think ahead"]),
    ("QUAL", "qualified_as", ["qualified as", "qualified as an", "qualified as a"]),
    ("QUAL", "graduated_in", ["graduated in", "graduate in"]),
    (
        "QUAL",
        "qualified_ot",
        ["qualified occupational therapist", "qualified ot"],
    ),
    ("QUAL", "qualified_sw", ["qualified social worker"]),
    (
        "QUAL",
        "equivalent",
        ["equivalent qualification", "equivalent overseas qualification", "degree equivalent"],
    ),
    # Subjects a qualification can be in.
    (
        "SUBJECT",
        "occupational_therapy",
        [
            "occupational therapy",
            "occupational therapist",
            "occupational therapists",
            # Welsh: "therapydd galwedigaethol", "therapi galwedigaethol"
            *welsh_phrase("therapydd", "galwedigaethol"),
            *welsh_phrase("therapi", "galwedigaethol"),
        ],
    ),
    (
        "SUBJECT",
        "social_work",
        [
            "social work",
            "social worker",
            "social workers",
            # Welsh: "fel gweithiwr cymdeithasol" (as a social worker), "gwaith cymdeithasol"
            *welsh_phrase("gweithiwr", "cymdeithasol"),
            *welsh_phrase("gweithwyr", "cymdeithasol"),
            *welsh_phrase("gwaith", "cymdeithasol"),
        ],
    ),
    (
        "SUBJECT",
        "health_social_care",
        [
            "health and social care",
            "health & social care",
            "health and social care (adults)",
            "adult care",
            "social care",
            "h&sc",
            "h & sc",
            "hsc",
        ],
    ),
    ("SUBJECT", "nursing", ["nursing", "nurse"]),
    # Approved roles and their long forms.
    (
        "ROLE",
        "AMHP",
        [
            "approved mental health professional",
            "approved mental health professionals",
            "approved mental health practitioner",
            # Northern Ireland's warrant for the same work (Mental Health (NI) Order 1986), as
            # the spec parser reads it (criteria/parser/compile.py)
            "approved social worker",
            "approved social workers",
        ],
    ),
    (
        "ROLE",
        "BIA",
        [
            "best interests assessor",
            "best interest assessor",
            "best interests assessors",
            "best interest assessors",
        ],
    ),
    (
        "ROLE",
        "AMCP",
        ["approved mental capacity professional", "approved mental capacity professionals"],
    ),
    (
        "ROLE",
        "practice_educator",
        [
            "practice educator",
            "practice educators",
            "practice educator professional standards",
            "practice teacher",
            "practice teaching award",
            "practice teaching qualification",
            "practice placement educator",
            "practice education",
            # "practise" for "practice", as applicants often write it
            "practise educator",
            "practise educators",
            "practise teacher",
        ],
    ),
    # The assessed first year in practice.
    (
        "ASYE",
        "asye",
        [
            "assessed and supported year in employment",
            "assessed & supported year in employment",
            # Northern Ireland's counterpart (NISCC)
            "assessed year in employment",
            "nqsw year",
            "nqsw programme",
            "newly qualified social worker year",
            "newly qualified year",
            # Wales's counterpart (Social Care Wales): the first three years in practice
            "first three years in practice",
            "first 3 years in practice",
        ],
    ),
    # Driving and travel.
    (
        "DRIVING",
        "licence",
        [
            "licence",
            "license",
            "driving licence",
            "driving license",
            "full licence",
            "full driving licence",
            "full uk driving licence",
            "full clean driving licence",
            "clean driving licence",
            "full clean licence",
            "driver's licence",
            "drivers licence",
            # CV shorthand: "Driver - full UK lic + own vehicle"
            "full uk lic",
            "full lic",
            "clean lic",
            # Welsh: "trwydded yrru lawn" (a full driving licence), mutated after "gen i" or
            # "fy" ("mae gen i drwydded yrru", "fy nhrwydded yrru")
            *welsh_phrase("trwydded", "yrru", "lawn"),
            *welsh_phrase("trwydded", "yrru", "lân"),
            *welsh_phrase("trwydded", "yrru"),
            *welsh_phrase("trwydded", "lawn"),
        ],
    ),
    (
        "DRIVING",
        "drive",
        ["drive", "drives", "driving", "driver", "drove", *welsh_mutations("gyrru")],
    ),
    (
        "DRIVING",
        "vehicle",
        [
            "car",
            "own car",
            "vehicle",
            "own vehicle",
            "own transport",
            "business insurance",
            "insured for business use",
            "access to a car",
            "access to a vehicle",
            "access to transport",
            # Welsh: "car" mutates ("mynediad at gar", "fy nghar fy hun"); "cerbyd" (vehicle)
            *welsh_mutations("car"),
            *welsh_mutations("cerbyd"),
            *welsh_phrase("mynediad", "at", "gar"),
            *welsh_phrase("mynediad", "at", "gerbyd"),
            "car fy hun",
            "nghar fy hun",
            "car fy hunan",
        ],
    ),
    (
        "DRIVING",
        "provisional",
        [
            "provisional licence",
            "provisional license",
            "provisional",
            # Welsh: "trwydded dros dro" (a provisional licence)
            *welsh_phrase("trwydded", "dros", "dro"),
            *welsh_phrase("trwydded", "yrru", "dros", "dro"),
        ],
    ),
    (
        "DRIVING",
        "learning",
        [
            "learning to drive",
            "driving lessons",
            "test is booked",
            "test booked",
            # longer than "test is booked", so "driving" is not read as driving on its own
            "driving test is booked",
            "driving test booked",
            "driving test is on",
            "booked for my test",  # "I have a provisional licence and I am booked for my test"
            "booked my test",
            "driving test",
            # under a driving heading: "Driving – I passed my test last year"
            "passed my test",
            # "... and expect to sit my test in February": a test to come
            "sit my test",
            "take my test",
            # Welsh: "gwersi gyrru" (driving lessons), "prawf gyrru" (a driving test),
            # "dysgu gyrru" (learning to drive)
            *welsh_phrase("gwersi", "gyrru"),
            *welsh_phrase("prawf", "gyrru"),
            *welsh_phrase("dysgu", "gyrru"),
        ],
    ),
    (
        "TRAVEL",
        "travel",
        [
            "taxi",
            "taxis",
            "bus",
            "buses",
            "train",
            "trains",
            "public transport",
            "lift",
            "lifts",
            "access to work",
            "tram",
            "trams",
        ],
    ),
    (
        "DISABILITY",
        "disability",
        [
            "disability",
            "disabled",
            "impairment",
            "sight impairment",
            "visual impairment",
            "visually impaired",
            "partially sighted",
            "blind",
            "epilepsy",
            "epileptic",
            "seizures",
            "seizure",
            "medical condition",
            "health condition",
            "long-term condition",
            "neurological condition",
            "dyspraxia",
            "chronic",
            "autism",
            "autistic",
            "adhd",
            "neurodivergent",
            "deaf",
            "hearing impairment",
            "mobility impairment",
            "multiple sclerosis",
            "cerebral palsy",
            "arthritis",
            "diabetes",
            "narcolepsy",
            "migraines",
            "long covid",
            "sight deteriorated",
            "failing sight",
            "eyesight",
            "sight loss",
            "loss of sight",
            "registered blind",
            "visual disturbance",
            "visual disturbances",
            "double vision",
            # conditions the DVLA must be told of, and the advice that ends the driving (not
            # the clinical areas an OT works in, "stroke", "brain injury": a client's, mostly)
            "meniere's disease",
            "ménière's disease",
            "vertigo",
            "blackouts",
            "sleep apnoea",
            "glaucoma",
            "macular degeneration",
            "medical advice",
        ],
    ),
    (
        "DISABILITY_CONFIDENT",
        "disability_confident",
        ["disability confident", "guaranteed interview scheme", "guaranteed interview"],
    ),
    # Languages and how well they are spoken.
    # "Cymraeg" mutates after some words: "ychydig o Gymraeg", "a Chymraeg"
    # The Welsh courses are named by their level ("I completed Mynediad last year"), so each
    # is the language and its level at once.
    (
        "LANGUAGE",
        "welsh",
        ["welsh", "cymraeg", "gymraeg", "chymraeg", "welsh language", *WELSH_COURSES],
    ),
    ("LANGUAGE", "british_sign_language", ["british sign language", "sign language"]),
    (
        "LANG_LEVEL",
        "proficiency",
        [
            "fluent",
            "fluently",
            "first language",
            "iaith gyntaf",
            "rhugl",
            "native",
            "mother tongue",
            "bilingual",
            "proficient",
            "proficiency",
            "medium of",  # "my degree through the medium of Welsh"
            # "it is the language of home and of my casework": the language one grew up in
            "language of home",
            "language of my home",
            "home language",
            "hyfedredd",
            "level 5",
            "lefel 5",
        ],
    ),
    (
        "LANG_LEVEL",
        "advanced",
        [
            "advanced",
            "good welsh",
            "confident welsh",
            # "strong Welsh" (not "a strong interest in Welsh culture"); "my Welsh is strong"
            # is read by the language recogniser (matching/patterns/language.py)
            "strong welsh",
            "uwch",
            "level 4",
            "lefel 4",
        ],
    ),
    (
        "LANG_LEVEL",
        "intermediate",
        [
            "conversational",
            "intermediate",
            "hold a conversation",
            "everyday conversation",
            "everyday conversations",
            "conversations",
            "converse",
            "canolradd",
            # Welsh: "Gallaf gynnal sgwrs yn Gymraeg" (I can hold a conversation in Welsh),
            # "sgwrsio" (to converse), "sgyrsiau bob dydd" (everyday conversations)
            *welsh_phrase("cynnal", "sgwrs"),
            *welsh_phrase("cynnal", "sgyrsiau"),
            "sgwrsio",
            "sgyrsiau bob dydd",
            # the Welsh Government's language skills levels, 1 (entry) to 5 (proficiency)
            "level 3",
            "lefel 3",
        ],
    ),
    (
        "LANG_LEVEL",
        "foundation",
        [
            "some",
            "basic",
            "a little",
            "foundation",
            "simple conversations",
            "ychydig",
            "a fair bit",
            "a bit of",
            "bits of",
            "sylfaen",
            "level 2",
            "lefel 2",
            # Welsh once spoken and now out of practice ("my Welsh is very rusty now"); "a rusty
            # beginner" is entry, the lower level named
            "rusty",
        ],
    ),
    (
        "LANG_LEVEL",
        "entry",
        ["entry", "a few words", "beginner", "greetings", "mynediad", "level 1", "lefel 1"],
    ),
    (
        "LANG_LEVEL",
        "learning",
        [
            "learning",
            "learner",
            "dysgu cymraeg",
            # "I am learning" in Welsh, of the Welsh named beside it
            "rwy'n dysgu",
            "rydw i'n dysgu",
            "dw i'n dysgu",
            "dwi'n dysgu",
            "lessons",
            "classes",
            # a course under way ("I'm currently on the Canolradd course"), not one completed
            "currently on",
            "currently doing",
            "currently attending",
            "attending",
            # a course just begun ("I've just started Mynediad", "newydd dechrau Mynediad")
            "just started",
            "just begun",
            "recently started",
            "newydd dechrau",
            "newydd ddechrau",
        ],
    ),
    # "I speak / use / write Welsh" (before the language) and "a Welsh speaker" (after it).
    (
        "LANG_USE",
        "speak",
        ["speak", "speaks", "speaking", "spoke", "write", "writing", "read", "use", "using",
         "converse"],
    ),
    ("LANG_USE", "speaker", ["speaker", "speakers"]),
    # "I can understand Welsh", "I understand spoken Welsh" (right before the language; not "I
    # understand that Welsh culture matters"): understanding it, not yet speaking it
    (
        "LANG_USE",
        "understand",
        [
            "understand",
            "understands",
            "understand spoken",
            "understand written",
            "understand a lot of",
            "understand most",
            # Welsh "I understand": "... ond rydw i'n deall llawer"
            "deall",
        ],
    ),
    ("LANG_USE", "speak", ["siaradwr", "siarad"]),
]

ACRONYMS: PhraseTable = [
    # the regulators' acronyms are no English word, so lower case and title case ("niscc
    # registered sw since 2015", as a quick CV line writes it) are the regulator too
    ("REG_BODY", "HCPC", ["HCPC", "hcpc", "Hcpc", "HPC"]),
    ("REG_BODY", "SWE", ["SWE"]),
    ("REG_BODY", "SCW", ["SCW", "scw", "CCW"]),
    ("REG_BODY", "NISCC", ["NISCC", "niscc", "Niscc"]),
    ("REG_BODY", "SSSC", ["SSSC", "sssc", "Sssc"]),
    ("REG_BODY", "NMC", ["NMC", "nmc"]),
    ("REG_BODY", "GSCC", ["GSCC"]),
    ("REG_CUE", "registered", ["PIN", "no.", "No."]),
    ("REG_CUE", "pre_registration", ["pre-registration", "pre - registration", "Pre-registration"]),
    ("QUAL", "ba", ["BA", "B.A."]),
    ("QUAL", "ma", ["MA", "M.A."]),
    ("QUAL", "bsc", ["BSc", "Bsc", "BSC"]),
    ("QUAL", "msc", ["MSc", "Msc", "MSC"]),
    ("QUAL", "bsw", ["BSW"]),
    ("QUAL", "msw", ["MSW"]),
    ("SUBJECT", "occupational_therapy", ["OT", "OTs", "O.T."]),
    ("SUBJECT", "social_work", ["SW"]),
    ("ROLE", "AMHP", ["AMHP", "AMHPs", "Amhp", "amhp", "ASW", "ASWs"]),  # lower case in CVs
    ("ROLE", "BIA", ["BIA", "BIAs", "bia"]),
    ("ROLE", "AMCP", ["AMCP", "AMCPs", "amcp"]),
    (
        "ROLE",
        "practice_educator",
        [
            "PEPS",
            "PEPS1",
            "PEPS2",
            "PE1",
            "PE2",
            # "the PE stage 1 course": PE alone is too often physical education
            *(f"PE {stage} {n}" for stage in ("stage", "Stage") for n in ("1", "2", "one", "two")),
        ],
    ),
    ("ASYE", "asye", ["ASYE", "Asye", "asye", "NQSW", "nqsw", "F3YiP", "F3YIP", "AYE"]),
    ("ASYE", "preceptorship", ["preceptorship", "Preceptorship"]),
    ("QUAL", "step_up", ["Step Up", "Step-Up"]),
    ("LANGUAGE", "british_sign_language", ["BSL"]),
]

# Qualification awards: (level, inherent subject or None). Levels follow criteria.spec.
QUALIFICATIONS: dict[str, tuple[str, str | None]] = {
    "bsc": ("degree", None),
    "ba": ("degree", None),
    "degree": ("degree", None),
    "apprenticeship": ("degree", None),
    "msc": ("masters", None),
    "ma": ("masters", None),
    "bsw": ("degree", "social_work"),
    "msw": ("masters", "social_work"),
    "bot": ("degree", "occupational_therapy"),
    "dipcot": ("degree", "occupational_therapy"),
    "dipsw": ("degree", "social_work"),
    "pgdip": ("postgraduate", None),
    "pgcert": ("postgraduate", None),
    "step_up": ("postgraduate", "social_work"),
    "frontline": ("postgraduate", "social_work"),
    "think_ahead": ("postgraduate", "social_work"),
    "diploma": ("diploma", None),
    "qualified_as": ("degree", None),
    "graduated_in": ("degree", None),
    "qualified_ot": ("degree", "occupational_therapy"),
    "qualified_sw": ("degree", "social_work"),
    "equivalent": ("degree", None),
}

# National framework levels ("NVQ Level 3", "Level 5 Diploma") mapped to spec levels.
FRAMEWORK_LEVELS: dict[int, str] = {
    3: "nvq3",
    4: "diploma",
    5: "diploma",
    6: "degree",
    7: "masters",
}

# Long words worth correcting when misspelt (rapidfuzz, explicit cutoff; acronyms never).
FUZZY_WORDS: list[str] = [
    "occupational",
    "therapy",
    "therapist",
    "therapists",
    "registered",
    "registration",
    "licence",
    "license",
    "safeguarding",
    "qualified",
    "qualification",
    "professions",
    "council",
    "assessor",
    "assessors",
    "interests",
    "educator",
    "paediatrics",
    "paediatric",
    "experience",
    "disability",
    "disabilities",
    "impairment",
    "adaptations",
    "equipment",
    "reablement",
    "rehabilitation",
    "assessment",
    "assessments",
    "dementia",
    "capacity",
    "provisional",
    "apprenticeship",
    "practitioner",
    "supervision",
    "communication",
    "safeguard",
    "enquiry",
    "enquiries",
    "handling",
    "housing",
    "diploma",
    "conversational",
]
FUZZY_CUTOFF = 85.0
FUZZY_MIN_LENGTH = 6
# Words of FUZZY_MIN_LENGTH or more corrected only when two neighbouring letters are swapped
# ("Socail Work"): the commonest slip, and one the ratio misses on a short word, while a ratio
# loose enough to catch it would turn "societal" and "socially" into "social". (The words above
# are corrected for a swap too.)
TRANSPOSED_WORDS: list[str] = ["social"]


# REG_CUE words (above) that are about registration only beside a regulator, a number or the
# register, in the same sentence or, when the applicant speaks, the one after it ("I came off the
# register in 2020. I was readmitted in 2022"): not "he went home with no readmission", "her
# benefits were reinstated", "a PIN for the key safe" (see matching/recognisers/registration.py).
LOOSE_REGISTRATION_CUES: frozenset[str] = frozenset(
    {
        "renewal",
        "readmitted",
        "readmission",
        "restored",
        "rejoined",
        "re-joined",
        "re - joined",
        "rejoin",
        "reinstated",
        "pin",
        "pin number",
    }
)
