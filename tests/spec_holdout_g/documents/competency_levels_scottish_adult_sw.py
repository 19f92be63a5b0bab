"""Scottish health and social care partnership, adult services Social Worker: a "competency
framework" table Competency / Level required / Essential or Desirable / Evidenced through.
Every row is a competency statement with the framework level it is required at ("Level 1 –
Foundation", "Level 2 – Practitioner", "Level 3 – Advanced") in a column of its own; the
priority is a word; the evidence column holds codes from a key above the table (AF, INT, SC,
CER), several to a cell separated by " / ".

What makes it hard: the level column is text with numbers and dashes that is neither a
priority nor a stage nor part of the criterion ("Level 2" is not two years); a Level 3
(advanced) competency can be Desirable while a Level 1 one is Essential; "SC" (a written
scenario exercise) is a test and "CER" (certificates seen) is documentation; the framework's
own domain names are category rows.

Recruiter's reading:
- Criterion text is the competency statement only; the level is the framework's grading of
  the competency and is not part of what a statement is scored against (a recruiter could
  argue the level belongs in the text; it is left out here).
- Key: AF = application, INT = interview, SC = test (scenario exercise), CER = documentation.
- "Degree or Diploma in Social Work, or an equivalent qualification recognised by the SSSC":
  social work, no level (the diploma counts).
- "Registered with the Scottish Social Services Council as a social worker": SSSC.
- "Practice Educator qualification (PEPS), or a commitment to train as a practice educator":
  practice educator with commitment.
- "At least two years' post-qualifying experience in adult social work": 2 years
  post-qualification.
- The driving criterion offers travel "in another way where a disability prevents driving":
  driving with access to transport and the disability alternative.
- "Gaelic language skills": no rule. The model could hold a language rule for Gaelic, but the
  criterion names no level and a desirable this loose is one a panel reads from the
  statement; a recruiter may argue for language "gaelic" with no level.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

TITLE = "Social Worker – Adult Services (Practitioner, Grade 7)"
L = Legend({"AF": APP, "INT": IV, "SC": TEST, "CER": DOC})
L1, L2, L3 = "Level 1 – Foundation", "Level 2 – Practitioner", "Level 3 – Advanced"

GROUPS = [
    ("Domain 1: Professional qualification and registration", [
        (L.E("Degree or Diploma in Social Work, or an equivalent qualification recognised by "
             "the SSSC", "AF / CER", rule=qual("social_work")), L1),
        (L.E("Registered with the Scottish Social Services Council as a social worker",
             "AF / CER", rule=reg("SSSC")), L1),
        (L.D("Practice Educator qualification (PEPS), or a commitment to train as a practice "
             "educator", "AF", rule=approved("practice_educator", commitment=True)), L3),
    ]),
    ("Domain 2: Practice experience", [
        (L.E("At least two years' post-qualifying experience in adult social work",
             "AF / INT", rule=years(2, pq=True, domain="adult social work")), L2),
        (L.E("Experience of undertaking adult support and protection investigations",
             "AF / INT"), L2),
        (L.D("Experience of working with people with a learning disability or dementia",
             "AF"), L2),
        (L.D("Experience of supervising students or social work assistants", "AF / INT"), L3),
    ]),
    ("Domain 3: Knowledge of law and policy", [
        (L.E("Working knowledge of the Adult Support and Protection (Scotland) Act 2007 and "
             "the Adults with Incapacity (Scotland) Act 2000", "INT / SC"), L2),
        (L.E("Understanding of self-directed support and the four options", "INT"), L1),
    ]),
    ("Domain 4: Assessment, risk and decision making", [
        (L.E("Ability to carry out an outcome-focused assessment and write a clear report",
             "SC"), L2),
        (L.E("Ability to manage risk and make defensible decisions", "INT / SC"), L2),
        (L.D("Ability to communicate with service users whose first language is not English, "
             "using interpreters", "INT"), L2),
    ]),
    ("Domain 5: Values and professional development", [
        (L.E("Ability to reflect on practice and use supervision well", "INT"), L1),
        (L.E("Commitment to the SSSC Codes of Practice", "INT"), L1),
    ]),
    ("Domain 6: Other requirements", [
        (L.E("Full driving licence and access to a vehicle, or the ability to travel across "
             "the partnership area in another way where a disability prevents driving", "AF",
             rule=driving(transport=True, disability=True)), L1),
        (L.D("Gaelic language skills", "AF"), L1),
    ]),
]

ROWS = [("Competency", "Level required", "Essential / Desirable", "Evidenced through")]
WANTS = []
for domain, items in GROUPS:
    ROWS.append((domain,))
    for want, level in items:
        ROWS.append((want.text, level,
                     "Essential" if want.priority.value == "essential" else "Desirable",
                     want.code))
        WANTS.append(want)

DOCUMENT = CorpusDocument(
    name="competency_levels_scottish_adult_sw",
    layout="competency framework: Competency / Level required (Level 1-3 with names) / "
           "Essential or Desirable / Evidenced through codes, domain rows",
    formats=("docx", "pdf"),
    description="Scottish HSCP adult social worker; each criterion a competency graded by "
                "framework level; evidence codes AF/INT/SC/CER.",
    blocks=(
        Para("Strathmorven Health and Social Care Partnership", bold=True),
        Heading(TITLE),
        Para("Base: Inverlochan Locality Office. Reference: SHSCP/ASW/0915."),
        Heading("Person Specification – Competency Framework", level=2),
        Para("The competencies below are taken from the Partnership's Social Work Competency "
             "Framework. Each is required at the level shown: Level 1 – Foundation, Level 2 – "
             "Practitioner or Level 3 – Advanced."),
        Para("Evidenced through: AF – application form; INT – interview; SC – written scenario "
             "exercise on the day of interview; CER – certificates checked before appointment."),
        Table(tuple(ROWS), widths=(90, 35, 30, 30)),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
