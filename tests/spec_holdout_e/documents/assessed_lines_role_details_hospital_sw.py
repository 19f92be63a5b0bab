"""English unitary council, Social Worker in a hospital discharge team: role-details lines
above the table ("Job title:", "Grade:", "Directorate:", "Reports to:", "Post ref:"), then a
ruled table Attribute / Essential / Desirable with one row per attribute. A cell holds
several criteria, each followed by its own line "Assessed: A, I"; the key to those letters is
printed AFTER the table, as one long sentence that wraps. Right after the key come notes in
small print: one relaxes the registration criterion for newly qualified applicants, one says
an enhanced DBS check will be made; neither is a criterion. The Skills row has no desirable.

What makes it hard: the stage line follows its criterion inside the cell and must not be read
as text or as a criterion of its own; the key comes after the criteria it explains; a cell
holds several criteria without bullets; the role-details lines carry a title that is not a
heading; the notes look like requirements.

Recruiter's reading:
- Each criterion is its line in the Essential or Desirable cell (priority from the column);
  its stages are the "Assessed:" line under it, by the key: A application form, I interview,
  D documents (certificates and registration check), T written test.
- "Social work degree or equivalent recognised qualification": social work, no level.
- "Registration with Social Work England": SWE. The note after the table (newly qualified
  applicants who can register within six months of appointment may apply) is kept for the
  panel; the criterion and its rule do not change.
- "Best Interests Assessor qualification, or willingness to train as a BIA": BIA with
  commitment.
- "At least 18 months' post-qualifying experience in adult social care": 1.5 years
  post-qualification.
- "A valid UK driving licence and access to a vehicle for work": driving with transport; no
  disability alternative.
- "Ability to communicate in a community language other than English": not Welsh; an evidence
  criterion, no language rule.
- The DBS note is a pre-employment check in the notes, not a criterion.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
CODES = {"A": APP, "I": IV, "D": DOC, "T": TEST}
TITLE = "Social Worker – Hospital Discharge Team"
# (attribute, essentials, desirables), each criterion (text, code, rule)
ROWS_DATA = [
    ("Qualifications", [
        ("Social work degree or equivalent recognised qualification", "A, D",
         qual("social_work")),
        ("Registration with Social Work England", "A, D", reg("SWE")),
    ], [
        ("Best Interests Assessor qualification, or willingness to train as a BIA", "A",
         approved("BIA", commitment=True)),
    ]),
    ("Experience", [
        ("At least 18 months' post-qualifying experience in adult social care", "A, I",
         years(1.5, pq=True, domain="adult social care")),
        ("Experience of assessment and support planning with people leaving hospital", "A, I",
         None),
    ], [
        ("Experience of working in a multi-disciplinary hospital or intermediate care team",
         "A", None),
        ("Experience of NHS Continuing Healthcare assessments", "A, I", None),
    ]),
    ("Knowledge", [
        ("Knowledge of the Care Act 2014 and national hospital discharge guidance", "I, T",
         None),
        ("Knowledge of the Mental Capacity Act 2005 and the Deprivation of Liberty "
         "Safeguards", "I, T", None),
    ], [
        ("Knowledge of community resources for older people in the borough", "I", None),
    ]),
    ("Skills", [
        ("Ability to work under pressure to meet discharge timescales", "I", None),
        ("Clear written communication, including concise case recording", "A, T", None),
    ], []),
    ("Other", [
        ("A valid UK driving licence and access to a vehicle for work", "A",
         driving(transport=True)),
        ("Willingness to work weekends and bank holidays on a rota", "I", None),
    ], [
        ("Ability to communicate in a community language other than English", "I", None),
    ]),
]


def _stages(code: str):
    return tuple(CODES[part.strip()] for part in code.split(","))


def _cell(items) -> str:
    return "\n".join(f"{text}\nAssessed: {code}" for text, code, _ in items)


def _wants():
    # document order: row by row, the Essential cell before the Desirable cell
    wants = []
    for _, essentials, desirables in ROWS_DATA:
        for priority, items in ((E, essentials), (D, desirables)):
            wants += [Want(text, priority, _stages(code), None, rule, code)
                      for text, code, rule in items]
    return tuple(wants)


ROWS = (("Attribute", "Essential", "Desirable"),
        *((attribute, _cell(es), _cell(ds)) for attribute, es, ds in ROWS_DATA))

DOCUMENT = CorpusDocument(
    name="assessed_lines_role_details_hospital_sw",
    layout="role-details lines, Attribute / Essential / Desirable cells with an 'Assessed:' "
           "line under each criterion, key and small-print notes after the table",
    formats=("pdf", "txt"),
    description="Unitary council hospital discharge social worker; stage line under each "
                "criterion in its cell, key and notes after the table.",
    blocks=(
        Para("Thornbury and Vale Council", bold=True),
        Heading("Person Specification"),
        Para(f"Job title: {TITLE}"),
        Para("Grade: Band 6 (£38,223 – £41,771)"),
        Para("Directorate: Adults, Health and Housing"),
        Para("Reports to: Hospital Social Work Team Manager"),
        Para("Post ref: TVC-AHH-2291"),
        Table(ROWS, widths=(28, 80, 72)),
        Para("Key to assessment: A – the application form and supporting statement; I – the "
             "interview; D – documents, meaning original certificates and a check of the "
             "Social Work England register; T – a written test on the interview day."),
        Para("Note 1: Newly qualified social workers who are not yet registered may apply if "
             "they are able to register with Social Work England within six months of "
             "appointment.", small=True),
        Para("Note 2: This post is subject to an enhanced Disclosure and Barring Service "
             "check with a check of the adults' barred list.", small=True),
    ),
    roles=(TruthRole(TITLE, _wants()),),
)
