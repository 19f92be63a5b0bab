"""English unitary council, children's services Team Manager: one table Criteria /
Essential or Desirable / Weighting / How assessed, with category rows spanning the table. The
weighting is a WORD ("High", "Medium", "Low") that a key above the table turns into a number
(High = 3, Medium = 2, Low = 1); "How assessed" is written out in words ("Application form,
Certificate", "Interview", "Presentation"), several to a cell, separated by commas.

What makes it hard: the weight is a word, not a number, and the key is a sentence before the
table; the stage words include "Certificate" (documentation) and "Presentation"; the
priority column spells the words out; one criterion is assessed by presentation only; a
qualification "or working towards one" that the model has no subject for.

Recruiter's reading:
- Weight from the key: High 3, Medium 2, Low 1. Stages: Application form = application,
  Interview = interview, Presentation = presentation, Certificate = documentation.
- "Social work degree, DipSW or CQSW": social work, no level (the diplomas count).
- "Registered with Social Work England": SWE.
- "Post-qualifying award in management or leadership, or working towards one": no model
  subject fits a management award, so no rule; an evidence criterion.
- "Practice Educator Stage 2, or a commitment to achieve it within 18 months": practice
  educator with commitment.
- "At least three years' post-qualifying experience in children's social work, including child
  protection": 3 years post-qualification.
- "At least one year's experience of supervising social workers or acting up as a senior
  practitioner": 1 year, NOT marked post-qualification (the criterion does not say so,
  though supervising social workers implies it; a recruiter may argue either way).
- "Full UK driving licence and use of a car for work": driving with access to transport; no
  disability alternative is offered.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Team Manager – Children in Need and Child Protection (Grade M1)"
WEIGHTS = {"High": 3.0, "Medium": 2.0, "Low": 1.0}
STAGES = {"Application form": APP, "Interview": IV, "Presentation": PRES, "Certificate": DOC}

GROUPS = [
    ("Qualifications", [
        ("Social work degree, DipSW or CQSW", E, "High", "Application form, Certificate",
         qual("social_work")),
        ("Registered with Social Work England", E, "High", "Application form, Certificate",
         reg("SWE")),
        ("Post-qualifying award in management or leadership, or working towards one", D, "Low",
         "Application form", None),
        ("Practice Educator Stage 2, or a commitment to achieve it within 18 months", D,
         "Medium", "Application form", approved("practice_educator", commitment=True)),
    ]),
    ("Experience", [
        ("At least three years' post-qualifying experience in children's social work, "
         "including child protection", E, "High", "Application form, Interview",
         years(3, pq=True, domain="children's social work")),
        ("At least one year's experience of supervising social workers or acting up as a "
         "senior practitioner", E, "High", "Application form, Interview",
         years(1, domain="supervising social workers")),
        ("Experience of chairing child protection or child in need meetings", E, "Medium",
         "Application form, Interview", None),
        ("Experience of leading a team through an Ofsted inspection", D, "Low", "Interview",
         None),
    ]),
    ("Knowledge", [
        ("Thorough knowledge of the Children Act 1989 and Working Together to Safeguard "
         "Children", E, "High", "Application form, Interview", None),
        ("Knowledge of the Public Law Outline and care proceedings", E, "Medium", "Interview",
         None),
    ]),
    ("Skills and abilities", [
        ("Ability to make sound decisions under pressure and record the reasons for them", E,
         "High", "Interview", None),
        ("Ability to analyse performance data and use it to improve practice", E, "Medium",
         "Presentation", None),
        ("Ability to lead reflective group supervision", D, "Medium", "Interview, Presentation",
         None),
    ]),
    ("Management and other requirements", [
        ("Ability to manage a team budget and staffing rota", E, "Low",
         "Application form, Interview", None),
        ("Commitment to anti-racist and anti-oppressive practice", E, "Medium", "Interview",
         None),
        ("Willingness to take part in the out-of-hours management rota", E, "Low",
         "Application form", None),
        ("Full UK driving licence and use of a car for work", E, "Low", "Application form",
         driving(transport=True)),
    ]),
]

ROWS = [("Criteria", "Essential / Desirable", "Weighting", "How assessed")]
WANTS = []
for category, items in GROUPS:
    ROWS.append((category,))
    for text, p, weight, how, rule in items:
        ROWS.append((text, "Essential" if p is E else "Desirable", weight, how))
        stages = tuple(STAGES[part.strip()] for part in how.split(","))
        WANTS.append(Want(text, p, stages, WEIGHTS[weight], rule, how))

DOCUMENT = CorpusDocument(
    name="weight_words_childrens_team_manager",
    layout="Criteria / Essential or Desirable / Weighting (High, Medium, Low) / How assessed "
           "in words, category rows",
    formats=("docx", "pdf"),
    has_weights=True,
    description="Unitary council children's team manager; weights as words with a key, stages "
                "as words including Certificate and Presentation.",
    blocks=(
        Para("Harrowden Borough Council – Children's Services", bold=True),
        Heading(TITLE),
        Para("Reports to: Service Manager, Safeguarding. Post number: CS-4471."),
        Heading("Person Specification", level=2),
        Para("Weighting: each criterion is weighted High (3), Medium (2) or Low (1); a "
             "candidate's score for a criterion is multiplied by its weighting. Shortlisted "
             "candidates will be asked to give a ten-minute presentation at interview."),
        Table(tuple(ROWS), widths=(95, 28, 22, 45)),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
