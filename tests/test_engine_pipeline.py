"""The spaCy pipeline: domain entities with stable ids, spelling repair, sentences, qualifiers."""

from __future__ import annotations

from functools import cache

import pytest

from matching.engine import get_engine
from matching.pipeline import ParsedStatement


@cache
def _parse(text: str) -> ParsedStatement:
    (parsed,) = get_engine().parse_many([text])
    return parsed


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(m.label, m.id, m.text) for m in _parse(text).mentions}


ENTITIES = [
    ("registered with the HCPC", ("REG_BODY", "HCPC", "HCPC")),
    (
        "on the Health and Care Professions Council register",
        ("REG_BODY", "HCPC", "Health and Care Professions Council"),
    ),
    ("the former Health Professions Council", ("REG_BODY", "HCPC", "Health Professions Council")),
    ("HPC registered since 2009", ("REG_BODY", "HCPC", "HPC")),
    ("registered with Social Work England", ("REG_BODY", "SWE", "Social Work England")),
    ("first on the Care Council for Wales register", ("REG_BODY", "SCW", "Care Council for Wales")),
    ("registered with Social Care Wales", ("REG_BODY", "SCW", "Social Care Wales")),
    ("my NISCC registration", ("REG_BODY", "NISCC", "NISCC")),
    ("number OT40517", ("REG_NUMBER", "HCPC", "OT40517")),
    ("number SW104532", ("REG_NUMBER", "SW", "SW104532")),
    ("a BSc (Hons) in Occupational Therapy", ("QUAL", "bsc", "BSc (Hons)")),
    ("awarded my DipCOT in 1996", ("QUAL", "dipcot", "DipCOT")),
    ("the OT degree apprenticeship", ("QUAL", "apprenticeship", "degree apprenticeship")),
    ("an NVQ Level 3 in care", ("QUAL", "framework_nvq3", "NVQ Level 3")),
    ("a Level 2 Certificate in care", ("QUAL", "framework_below", "Level 2 Certificate")),
    ("a PG Cert in practice education", ("QUAL", "pgcert", "PG Cert")),
    ("I am an AMHP", ("ROLE", "AMHP", "AMHP")),
    (
        "an Approved Mental Health Professional",
        ("ROLE", "AMHP", "Approved Mental Health Professional"),
    ),
    ("a Best Interests Assessor", ("ROLE", "BIA", "Best Interests Assessor")),
    ("I completed PEPS stage 2", ("ROLE", "practice_educator", "PEPS")),
    ("my ASYE year", ("ASYE", "asye", "ASYE")),
    ("a full UK driving licence", ("DRIVING", "licence", "full UK driving licence")),
    ("I travel by taxi", ("TRAVEL", "travel", "taxi")),
    ("my sight impairment", ("DISABILITY", "disability", "sight impairment")),
    ("Welsh is my first language", ("LANGUAGE", "welsh", "Welsh")),
    (
        "September 2019 – February 2021",
        ("DATE_RANGE", "date_range", "September 2019 – February 2021"),
    ),
    ("03/2021 - present", ("DATE_RANGE", "date_range", "03/2021 - present")),
    ("worked there since 2018", ("DATE_RANGE", "date_range", "since 2018")),
    ("worked there in 2016-2019", ("DATE_RANGE", "date_range", "2016-2019")),
    ("over ten years' experience", ("DURATION", "duration", "over ten years")),
    ("eighteen months in post", ("DURATION", "duration", "eighteen months")),
    ("2 yrs as an OT", ("DURATION", "duration", "2 yrs")),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES, ids=[text for text, _ in ENTITIES])
def test_domain_entities_are_marked_with_their_pattern_id(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


NOT_ENTITIES = [
    ("I have a bias towards action", "ROLE"),  # "bias" is not "BIA"
    ("My name is Bia Oliveira", "ROLE"),
    ("I am 35 years old", "DURATION"),
    ("a 42-year-old Welsh practitioner", "DURATION"),
    ("I qualified in 2016 and joined in 2019", "DATE_RANGE"),
]


@pytest.mark.parametrize(("text", "label"), NOT_ENTITIES, ids=[t for t, _ in NOT_ENTITIES])
def test_look_alikes_are_not_entities(text: str, label: str) -> None:
    assert label not in {found_label for found_label, _, _ in _found(text)}


MISSPELLINGS = [
    ("I hold a BSc in Occupatinal Therapy", ("SUBJECT", "occupational_therapy")),
    ("i am registred with the HCPC", ("REG_CUE", "registered")),
    ("a full driving lisence", ("DRIVING", "licence")),
    ("a Best Interest Assesor", ("ROLE", "BIA")),
]


@pytest.mark.parametrize(("text", "expected"), MISSPELLINGS, ids=[t for t, _ in MISSPELLINGS])
def test_misspelt_long_words_are_repaired_but_the_text_is_untouched(
    text: str, expected: tuple[str, str]
) -> None:
    parsed = _parse(text)
    assert parsed.text == text
    assert expected in {(m.label, m.id) for m in parsed.mentions}


def test_short_acronyms_are_never_fuzzy_matched() -> None:
    assert not {m for m in _parse("I am an AHMP and a BAI").mentions if m.label == "ROLE"}


def test_sentences_split_at_full_stops_and_line_breaks_and_index_the_text() -> None:
    text = (
        "Key details:\n• BSc (Hons) Occupational Therapy\n• HCPC no. OT72311\nI drive. I am kind."
    )
    parsed = _parse(text)
    assert [s.text for s in parsed.sentences] == [
        "Key details:",
        "BSc (Hons) Occupational Therapy",
        "HCPC no. OT72311",
        "I drive.",
        "I am kind.",
    ]
    assert all(text[s.start : s.end] == s.text for s in parsed.sentences)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("I met Dr. Patel and Ms. Hale at the review.", 1),
        ("I use Word, Excel etc. I also use Mosaic.", 2),
        ("I have worked with people after a stroke or with MS. I have not done reablement.", 2),
        ("My HCPC no. is OT72311.", 1),
    ],
)
def test_an_abbreviation_ends_no_sentence_unless_the_next_one_starts_with_i(
    text: str, sentences: int
) -> None:
    """A denial after "MS." or "etc." is its own sentence: joined to the one before, it would
    deny what that sentence shows."""
    assert len(_parse(text).sentences) == sentences


# A paragraph broken at every printed line (pasted from an e-mail, read from a PDF) is read
# through its breaks; a CV block, a list and a heading keep theirs.
WRAPPED = (
    "Qualifications and registration\n"
    "BSc (Hons) Occupational Therapy, University of Northmoor, 2014\n"
    "HCPC OT61234\n"
    "\n"
    "I came to the UK in 2021 and the regulator accepted my overseas degree, so my Social Work\n"
    "England registration was confirmed in October 2026. I have worked since then as a locum in\n"
    "a hospital discharge team.\n"
    "\n"
    "Sept 2022 - March 2025: Occupational Therapist, Band 6, Calder Vale NHS Trust, acute unit\n"
    "April 2025 - present: Occupational Therapist, Reablement Team, Greyholme Council\n"
)


def test_a_sentence_wrapped_over_lines_is_one_sentence() -> None:
    parsed = _parse(WRAPPED)
    assert [s.text.replace("\n", " ") for s in parsed.sentences if s.text] == [
        "Qualifications and registration",
        "BSc (Hons) Occupational Therapy, University of Northmoor, 2014",
        "HCPC OT61234",
        "I came to the UK in 2021 and the regulator accepted my overseas degree, so my Social Work "
        "England registration was confirmed in October 2026.",
        "I have worked since then as a locum in a hospital discharge team.",
        "Sept 2022 - March 2025: Occupational Therapist, Band 6, Calder Vale NHS Trust, acute unit",
        "April 2025 - present: Occupational Therapist, Reablement Team, Greyholme Council",
    ]
    assert all(WRAPPED[s.start : s.end] == s.text for s in parsed.sentences)


def test_mention_offsets_index_the_original_text() -> None:
    text = "  I’m HCPC-registered (OT40517) – and I don’t drive.\n\nSince 2018 I have worked..."
    parsed = _parse(text)
    assert parsed.mentions
    assert all(text[m.start : m.end] == m.text for m in parsed.mentions)


QUALIFIERS = [
    ("I am registered with the HCPC.", "HCPC", frozenset()),
    ("I am not currently registered with the HCPC.", "HCPC", frozenset({"negated"})),
    ("My HCPC registration lapsed in 2023.", "HCPC", frozenset({"lapsed"})),
    ("I have applied for registration with the HCPC.", "HCPC", frozenset({"pending"})),
    ("I am awaiting my HCPC PIN.", "HCPC", frozenset({"pending"})),
    ("I am currently completing the BIA course.", "BIA", frozenset({"in_training"})),
    ("I would be keen to train as a BIA.", "BIA", frozenset({"commitment"})),
    ("I work alongside AMHPs every day.", "AMHP", frozenset({"other_person"})),
    ("I supervised a BIA student last year.", "BIA", frozenset({"other_person"})),
    ("My manager is an AMHP.", "AMHP", frozenset({"other_person"})),
    ("I previously held BIA status.", "BIA", frozenset({"lapsed"})),
    (
        "I could not finish my masters, but I am registered with the HCPC.",
        "HCPC",
        frozenset(),
    ),
    ("I do not hold BIA status; I am an AMHP.", "AMHP", frozenset()),
]


@pytest.mark.parametrize(
    ("text", "mention_id", "expected"), QUALIFIERS, ids=[q[0] for q in QUALIFIERS]
)
def test_each_mention_gets_its_context_qualifiers(
    text: str, mention_id: str, expected: frozenset[str]
) -> None:
    mentions = [m for m in _parse(text).mentions if m.id == mention_id]
    assert mentions, f"no {mention_id} found"
    assert mentions[-1].qualifiers == expected


def test_qualifiers_never_cross_a_sentence_end() -> None:
    mentions = _parse("I do not drive. I am registered with the HCPC.").mentions
    (hcpc,) = [m for m in mentions if m.id == "HCPC"]
    assert hcpc.qualifiers == frozenset()
