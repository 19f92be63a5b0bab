"""English unitary council, hospital social worker (adults): a table Ref / Criterion /
Code where ONE code column carries both the priority and the stages, slash-separated:
"E/A/C" = essential, application form and certificate; "D/I" = desirable, interview. The key
is a two-line paragraph ABOVE the table ("First letter: ..." / "Then: ..."). Category rows
span the table; refs run H1-H15 straight through the categories. The text copy puts each cell
on its own tab-prefixed line, as Word pastes it.

What makes it hard: the first letter of the code is the priority while the letters after it
are stages, and "D" is a priority, not documentation ("C" is the certificate); a reader that
takes every letter as a stage, or reads no priority, gets both wrong; the refs are not part of
the text; ASYE "or newly qualified and willing to complete" it; BIA "or currently
undertaking" training.

Recruiter's reading:
- Priority from the first letter (E / D); stages from the rest: A application, I interview,
  T written test, C certificate seen (documentation).
- H1 "Qualified Social Worker (Degree, DipSW, CQSW or equivalent)": social work, no level.
- H2 Social Work England: SWE.
- H3 "Completed ASYE, or newly qualified and willing to complete the ASYE in post": ASYE with
  commitment.
- H4 "Best Interests Assessor, or currently undertaking BIA training": BIA, training accepted
  (no commitment).
- H8 "One year's post-qualifying experience in adult social care": 1 year post-qualification,
  desirable.
- H14 the driving row names a vehicle and another way of travelling where a disability
  prevents driving: driving with transport and the disability alternative.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    approved,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Social Worker – Hospital Discharge Team (Grade 8)"
PRIORITY = {"E": Priority.essential, "D": Priority.desirable}
STAGES = {"A": APP, "I": IV, "T": TEST, "C": DOC}

GROUPS = [
    ("Qualifications and registration", [
        ("Qualified Social Worker (Degree, DipSW, CQSW or equivalent)", "E/A/C",
         qual("social_work")),
        ("Current registration with Social Work England", "E/A/C", reg("SWE")),
        ("Completed ASYE, or newly qualified and willing to complete the ASYE in post", "E/A",
         asye(commitment=True)),
        ("Best Interests Assessor, or currently undertaking BIA training", "D/A",
         approved("BIA", training=True)),
    ]),
    ("Experience", [
        ("Experience of hospital discharge or other time-limited social work with adults",
         "E/A/I", None),
        ("Experience of assessment and support planning under the Care Act 2014", "E/A/I",
         None),
        ("Experience of mental capacity assessments and best interests decisions", "E/A/I",
         None),
        ("One year's post-qualifying experience in adult social care", "D/A",
         years(1, pq=True, domain="adult social care")),
    ]),
    ("Knowledge", [
        ("Knowledge of the Discharge to Assess model and NHS Continuing Healthcare", "E/I",
         None),
        ("Understanding of the Care Act 2014 duties towards carers", "D/I", None),
    ]),
    ("Skills and abilities", [
        ("Ability to negotiate discharge plans with people, families and ward staff", "E/A/I",
         None),
        ("Ability to write concise, analytical case records to deadlines", "E/T", None),
        ("Ability to use Microsoft Office and electronic case recording systems", "E/A", None),
    ]),
    ("Other", [
        ("A driving licence and access to a vehicle, or the ability to travel between hospital "
         "sites and people's homes in another way if a disability prevents driving", "E/A",
         driving(transport=True, disability=True)),
        ("Willingness to work on a seven-day rota, including weekends", "E/I", None),
    ]),
]

ROWS = [("Ref", "Criterion", "Code")]
WANTS = []
number = 0
for category, items in GROUPS:
    ROWS.append((category,))
    for text, code, rule in items:
        number += 1
        ROWS.append((f"H{number}", text, code))
        first, *rest = code.split("/")
        WANTS.append(Want(text, PRIORITY[first], tuple(STAGES[c] for c in rest), None, rule,
                          code))

DOCUMENT = CorpusDocument(
    name="combined_priority_stage_codes_hospital_sw",
    layout="Ref / Criterion / Code, one code column holding priority and stages "
           "(E/A/I, D/I), key above the table",
    formats=("pdf", "docx", "txt"),
    description="Unitary council hospital social worker; priority is the first letter of a "
                "slash code whose other letters are stages.",
    blocks=(
        Para("Ashcombe Council – Adult Social Care", bold=True),
        Heading(TITLE),
        Para("Based at Ashcombe General Hospital and St Luke's Community Hospital."),
        Heading("Person specification", level=2),
        Para("How to read the code column. First letter: E = essential, D = desirable.\n"
             "Then how it is assessed: A = application form, I = interview, T = written test, "
             "C = certificate seen."),
        Table(tuple(ROWS), widths=(12, 150, 22)),
        Para("We guarantee an interview to disabled applicants who meet all the essential "
             "criteria.", small=True),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
