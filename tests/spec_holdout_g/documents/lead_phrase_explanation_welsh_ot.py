"""Welsh county council, community Occupational Therapist: one table Criteria / Essential or
Desirable / Assessed by, with category rows. Each criteria cell holds a short lead phrase on
its own line ("HCPC registration", "Welsh language") and then an explanation sentence on the
next; the assessed-by column writes its stages in words ("Application, Certificates",
"Interview, Case study").

What makes it hard: the lead phrase and the explanation are two paragraphs (docx) or two
lines (pdf, txt) of one cell, so a reader that takes lines as criteria finds the lead phrase as
a criterion of its own, or the explanation without its subject; several explanations do not
say what they are about without the lead ("Able to hold a simple conversation in Welsh" is
clear, but "A recognised trainer qualification" needs "Moving and handling trainer"); the
stage words include "Case study" (a written test) and "Certificates" (documentation).

Recruiter's reading:
- The criterion is the WHOLE cell: lead phrase and explanation together, written here as
  "Lead phrase: explanation" (the colon is the truth's joiner; the document prints the two on
  separate lines). The lead alone is too vague to score against ("Flexibility") and some
  explanations are incomplete without it. A recruiter might keep only the explanation; the
  measurement pairs a text that holds most of the truth, so either reading is close.
- Stages: Application = application, Interview = interview, Case study = test,
  Certificates = documentation.
- "BSc or MSc (pre-registration) in Occupational Therapy": occupational therapy at degree
  level.
- "At least 18 months' experience as a qualified occupational therapist ...": 1.5 years,
  post-qualification (experience "as a qualified" OT).
- Welsh "Level 2 – Foundation": the Welsh Government's foundation level; desirable.
- The driving criterion offers another way to travel "if you cannot drive because of a
  disability": driving with transport and the disability alternative.
- "Moving and handling trainer": no model subject fits; an evidence criterion.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, DOC, IV, TEST, driving, qual, reg, welsh, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Occupational Therapist – Community Independence Team (Grade 8)"
STAGES = {"Application": APP, "Interview": IV, "Case study": TEST, "Certificates": DOC}

GROUPS = [
    ("Qualifications and registration", [
        ("Qualified occupational therapist", "BSc or MSc (pre-registration) in Occupational "
         "Therapy", E, "Application, Certificates", qual("occupational_therapy", level="degree")),
        ("HCPC registration", "Current registration with the Health and Care Professions "
         "Council as an occupational therapist", E, "Application, Certificates", reg("HCPC")),
        ("Moving and handling trainer", "A recognised moving and handling trainer "
         "qualification", D, "Application", None),
    ]),
    ("Experience", [
        ("Community experience", "At least 18 months' experience as a qualified occupational "
         "therapist in a community or social care setting", E, "Application, Interview",
         years(1.5, pq=True, domain="community or social care setting")),
        ("Equipment and adaptations", "Experience of assessing for equipment and recommending "
         "minor and major adaptations, including Disabled Facilities Grants", E,
         "Application, Interview", None),
        ("Complex moving and handling", "Experience of single-handed care and complex moving "
         "and handling assessments", D, "Application, Interview", None),
        ("Supervision of others", "Experience of supervising occupational therapy assistants "
         "or students", D, "Interview", None),
    ]),
    ("Knowledge", [
        ("Legislation", "Knowledge of the Social Services and Well-being (Wales) Act 2014 and "
         "what it means for assessment", E, "Interview", None),
        ("Housing adaptations", "Understanding of the Housing Grants, Construction and "
         "Regeneration Act 1996", D, "Interview", None),
    ]),
    ("Skills and abilities", [
        ("Clinical reasoning", "Ability to explain the reasoning behind a recommendation", E,
         "Interview, Case study", None),
        ("Record keeping", "Ability to write clear, accurate and timely case records", E,
         "Case study", None),
        ("Person-centred working", "Ability to work in partnership with people and their carers "
         "to agree what matters to them", E, "Interview", None),
    ]),
    ("Other requirements", [
        ("Welsh language", "Able to hold a simple conversation in Welsh (Level 2 – Foundation)",
         D, "Application, Interview", welsh("foundation")),
        ("Driving", "A full driving licence and use of a car, or a way of travelling around the "
         "county that meets the needs of the post if you cannot drive because of a disability",
         E, "Application", driving(transport=True, disability=True)),
        ("Flexibility", "Willingness to work some evenings and Saturdays by arrangement", E,
         "Interview", None),
        ("Values", "Commitment to promoting independence and the social model of disability",
         E, "Interview", None),
    ]),
]

ROWS = [("Criteria", "Essential / Desirable", "Assessed by")]
WANTS = []
for category, items in GROUPS:
    ROWS.append((category,))
    for lead, explanation, p, how, rule in items:
        ROWS.append((f"{lead}\n{explanation}", "Essential" if p is E else "Desirable", how))
        stages = tuple(STAGES[part.strip()] for part in how.split(","))
        WANTS.append(Want(f"{lead}: {explanation}", p, stages, None, rule, how))

DOCUMENT = CorpusDocument(
    name="lead_phrase_explanation_welsh_ot",
    layout="Criteria cell = lead phrase line + explanation line / Essential or Desirable / "
           "Assessed by in words, category rows",
    formats=("docx", "pdf", "txt"),
    description="Welsh county council community OT; each criterion a lead phrase with an "
                "explanation in the same cell; stages in words incl. Case study, Certificates.",
    blocks=(
        Para("Cyngor Sir Trefaenor – Trefaenor County Council", bold=True),
        Para("Social Services and Housing Directorate"),
        Heading(TITLE),
        Para("Location: Llanfeuno Resource Centre, with agile working across the county."),
        Heading("Person Specification", level=2),
        Para("Shortlisted candidates will complete a 45-minute written case study before their "
             "interview. Certificates of qualifications and registration will be checked before "
             "any offer is confirmed."),
        Table(tuple(ROWS), widths=(110, 35, 45)),
        Para("Mae croeso i chi wneud cais yn Gymraeg. Applications in Welsh are welcome and will "
             "not be treated less favourably than applications in English.", small=True),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
