"""Community health and care trust, Occupational Therapy Assistant Practitioner (Band 4): a
table printed without any borders, columns Criteria | Essential | Desirable | Assessed, a
"✔" in the column that applies and a "✘" in the other (both columns always marked), section
rows in bold, and footnote markers glued to criteria ("¹", "²", "³", "†") with the notes
printed in small type under the table. A key line "A = Application form  I = Interview
T = Practical test" sits between the table and the notes.

What makes it hard: with no rules the columns are only whitespace, and both mark columns are
filled, so priority is which column has the tick, not which column has a mark. Two of the
notes change what a criterion asks:
- ¹ on "NVQ Level 3 or Diploma in Health and Social Care Level 3": "Applicants without a
  Level 3 qualification who have at least two years’ experience in a therapy support role
  will also be shortlisted." The criterion is any_of a Level 3 health and social care
  qualification and two years' experience in a therapy support role.
- ² on "Full UK driving licence and access to a vehicle": "Or an alternative way of getting
  to visits across the locality in a working day, where a disability prevents the applicant
  from driving." A driving rule with access to a vehicle and the disability alternative.
- † ("or willingness to work towards") on the Care Certificate and the Trusted Assessor award
  means an applicant without them still meets them by saying they will do them; neither has
  a rule, the notes are for the panel.
- ³ on the rota criterion ("Part-time applicants are welcome; the rota is shared pro rata")
  does not change it.

Recruiter's reading: truth texts drop the footnote markers (they point to the notes; they are
not words of the criterion). The notes, the key and the trust's values line are not criteria.
"""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    TEST,
    Legend,
    any_of,
    driving,
    qual,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST})
E, D = KEY.E, KEY.D

# (section, [(criterion, footnote marker)])
SECTIONS = [
    ("Qualifications and training", [
        (E("NVQ Level 3 or Diploma in Health and Social Care Level 3", "A",
           rule=any_of(qual("health_social_care", level="nvq3"),
                       years(2, domain="therapy support role"))), "¹"),
        (E("Care Certificate", "A"), "†"),
        (D("Trusted Assessor Level 2 award", "A"), "†"),
    ]),
    ("Experience", [
        (E("Experience of working in a health or social care setting with adults with physical "
           "disabilities or frailty", "A/I"), ""),
        (E("Experience of issuing and fitting daily living equipment (e.g. toilet frames, "
           "bathing aids)", "A/I"), ""),
        (D("Experience of running or co-facilitating groups, e.g. falls prevention", "A/I"), ""),
    ]),
    ("Knowledge", [
        (E("Understanding of the role of occupational therapy in keeping people independent at "
           "home", "I"), ""),
        (E("Knowledge of safe moving and handling practice", "I/T"), ""),
    ]),
    ("Skills", [
        (E("Basic IT skills, including email and an electronic patient record", "A/T"), ""),
        (E("Ability to work on your own in people’s homes, knowing when to seek advice from a "
           "registered OT", "I"), ""),
    ]),
    ("Other", [
        (E("Full UK driving licence and access to a vehicle", "A",
           rule=driving(transport=True, disability=True)), "²"),
        (E("Able to work flexibly across a 7-day rota including bank holidays", "I"), "³"),
        (D("Ability to speak Polish or Punjabi", "A/I"), ""),
    ]),
]

YES, NO = "✔", "✘"
ROWS: list[tuple[str, ...]] = [("Criteria", "Essential", "Desirable", "Assessed")]
for section, items in SECTIONS:
    ROWS.append((section,))
    for want, mark in items:
        essential = want.priority.value == "essential"
        ROWS.append((want.text + mark, YES if essential else NO, NO if essential else YES,
                     want.code))

NOTES = (
    "¹ Applicants without a Level 3 qualification who have at least two years’ experience in a "
    "therapy support role will also be shortlisted.",
    "² Or an alternative way of getting to visits across the locality in a working day, where "
    "a disability prevents the applicant from driving.",
    "³ Part-time applicants are welcome; the rota is shared pro rata.",
    "† or willingness to work towards",
)

DOCUMENT = CorpusDocument(
    name="borderless_ticks_footnotes_ot_assistant",
    layout="borderless table, ✔ / ✘ in both mark columns, footnote markers and notes",
    formats=("pdf", "txt"),
    description="Trust OT assistant practitioner; unruled table with ✔ and ✘, footnotes "
                "¹ ² ³ † that change two criteria.",
    blocks=(
        Para("Riverside Community Health and Care NHS Trust", bold=True),
        Heading("Occupational Therapy Assistant Practitioner – Band 4"),
        Para("Community Rehabilitation Team (West Locality)"),
        Heading("Person specification", level=2),
        Table(rows=tuple(ROWS), ruled=False, widths=(112, 22, 22, 24), txt="tabs"),
        Para("A = Application form   I = Interview   T = Practical test", small=True),
        *(Para(note, small=True) for note in NOTES),
        Para("Our values: kind, open, together.", italic=True),
    ),
    roles=(TruthRole("Occupational Therapy Assistant Practitioner – Band 4",
                     tuple(w for _, items in SECTIONS for w, _ in items)),),
)
