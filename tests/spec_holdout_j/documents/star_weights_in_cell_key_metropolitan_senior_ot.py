"""English metropolitan borough, senior occupational therapist in a community independence
team: a ruled table per area (Qualifications, Experience, Knowledge, Skills, Other) with
columns Criterion | E / D | Assessed, and every criterion's WEIGHT printed as one to three
stars ★ glued to the end of the criterion text in the same cell. A key above the first table
says what the stars are worth; the assessment column holds words ("Application",
"Application and interview", "Pre-employment check").

What makes it hard: the weight is a trailing glyph run inside the text cell, not a column,
and must be stripped from the text and read as 1, 2 or 3; ★★★ on desirable rows does not
happen but ★ on essential rows does (weight is independent of priority); the assessment is
worded, with "Pre-employment check" meaning documents; "post-registration" is
post-qualification.

Recruiter's reading:
- Key: ★★★ = weight 3, ★★ = weight 2, ★ = weight 1. "Application" = application,
  "Interview" = interview, "Pre-employment check" = documentation.
- "BSc (Hons) or pre-registration MSc in Occupational Therapy": occupational therapy
  qualification, degree level.
- "Registered with the Health and Care Professions Council as an Occupational Therapist":
  HCPC, profession occupational therapist.
- "Accredited practice educator (APPLE), or willingness to gain accreditation within the first
  year in post": practice educator, commitment accepted.
- "Minimum three years' post-registration experience as an Occupational Therapist, including
  at least one year in a community setting": 3 years post-qualification, domain occupational
  therapy (the community year is not a second rule).
- The travel criterion: driving with a vehicle and the disability alternative.
- "Enhanced DBS clearance for work with adults": DBS.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    approved,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Senior Occupational Therapist – Community Independence Team (Grade H)"
L = Legend({"APPLICATION": APP, "INTERVIEW": IV, "PRE": DOC, "EMPLOYMENT": DOC,
            "CHECK": DOC, "AND": ()})

GROUPS: list[tuple[str, list[Want]]] = [
    ("Qualifications", [
        L.E("BSc (Hons) or pre-registration MSc in Occupational Therapy", "Application",
            weight=3, rule=qual("occupational_therapy", level="degree")),
        L.E("Registered with the Health and Care Professions Council as an Occupational "
            "Therapist", "Application", weight=3,
            rule=reg("HCPC", profession="occupational therapist")),
        L.E("Accredited practice educator (APPLE), or willingness to gain accreditation within "
            "the first year in post", "Application", weight=2,
            rule=approved("practice_educator", commitment=True)),
        L.D("Trusted Assessor or moving and handling trainer qualification", "Application",
            weight=1),
        L.D("Membership of the Royal College of Occupational Therapists", "Application",
            weight=1),
    ]),
    ("Experience", [
        L.E("Minimum three years' post-registration experience as an Occupational Therapist, "
            "including at least one year in a community setting", "Application and interview",
            weight=3, rule=years(3, pq=True, domain="occupational therapy")),
        L.E("Experience of assessing for and recommending major adaptations, including "
            "Disabled Facilities Grant recommendations", "Application and interview",
            weight=3),
        L.E("Experience of supervising occupational therapy assistants or students",
            "Application and interview", weight=2),
        L.D("Experience of working with children and young people with complex physical "
            "disabilities", "Application", weight=1),
    ]),
    ("Knowledge", [
        L.E("Knowledge of the Care Act 2014 and how it applies to occupational therapy "
            "assessments", "Interview", weight=2),
        L.E("Up-to-date knowledge of equipment, assistive technology and the principles of safe "
            "moving and handling", "Application and interview", weight=2),
        L.D("Knowledge of housing legislation and the Disabled Facilities Grant process",
            "Interview", weight=1),
    ]),
    ("Skills", [
        L.E("Ability to carry out complex moving and handling assessments and write safe "
            "systems of work", "Interview", weight=3),
        L.E("Ability to manage a caseload of complex cases, prioritising by risk",
            "Application and interview", weight=2),
        L.E("Ability to explain technical information clearly to service users, carers, "
            "builders and surveyors", "Interview", weight=1),
    ]),
    ("Other", [
        L.E("Full driving licence and use of a vehicle for work, or the ability to meet the "
            "mobility requirements of the post through reasonable adjustments", "Application",
            weight=2, rule=driving(transport=True, disability=True)),
        L.E("Enhanced DBS clearance for work with adults", "Pre-employment check", weight=1,
            rule=check("dbs")),
    ]),
]

STARS = {1: "★", 2: "★★", 3: "★★★"}

BLOCKS: list = [
    Para("Metropolitan Borough of Ashcombe", bold=True),
    Para("Adult Social Care – Community Independence Team"),
    Heading("Person Specification"),
    Para(f"Job title: {TITLE}.   Job ref: ASC-0457"),
    Heading("Weighting key", level=2),
    Para("Each criterion carries one to three stars showing how much it counts when we score "
         "your application and interview: ★★★ – critical, weighted 3; ★★ – important, "
         "weighted 2; ★ – weighted 1. E = essential, D = desirable."),
]
for area, wants in GROUPS:
    BLOCKS.append(Heading(area, level=2))
    rows = [("Criterion", "E / D", "Assessed")]
    rows += [(f"{w.text} {STARS[int(w.weight)]}", "E" if w.priority.value == "essential"
              else "D", w.code) for w in wants]
    BLOCKS.append(Table(tuple(rows), widths=(70, 8, 22)))
BLOCKS.append(Para("Ashcombe is a Disability Confident Leader. Please tell us about any "
                   "adjustments you need at any stage of the process.", small=True))

DOCUMENT = CorpusDocument(
    name="star_weights_in_cell_key_metropolitan_senior_ot",
    layout="ruled tables per area Criterion | E / D | Assessed (words), the weight as ★, ★★ "
           "or ★★★ at the end of the criterion cell, a weighting key above",
    formats=("docx", "pdf", "txt"),
    description="English metropolitan borough senior OT; star weights inside the criterion "
                "cells, keyed above the tables.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(w for _, wants in GROUPS for w in wants)),),
    has_weights=True,
)
