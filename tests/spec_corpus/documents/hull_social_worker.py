"""Hull-style person specification: category | Essential | How identified | Desirable | How
identified, with SERVICE AREA / POST NO lines under the heading and the code key below."""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.layouts import everything, side_by_side
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "P": PRES, "C": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("Degree or Diploma in Social Work (DipSW, CQSW or equivalent)", "A/C",
          rule=qual("social_work")),
        E("Registered with Social Work England", "A/C", rule=reg("SWE")),
        D("Best Interests Assessor qualification", "A/C", rule=approved("BIA")),
    ]),
    ("Experience", [
        E("At least two years' post-qualifying experience of working in a statutory adult "
          "social care setting", "A/I", rule=years(2, pq=True)),
        E("Experience of undertaking assessments and support planning under the Care Act 2014",
          "A/I"),
        E("Experience of working in partnership with health colleagues and the voluntary sector",
          "A/I"),
        D("Experience of working with people with complex needs, including mental health and "
           "substance misuse", "A/I"),
    ]),
    ("Knowledge", [
        E("Working knowledge of the Care Act 2014, the Mental Capacity Act 2005 and the Human "
          "Rights Act 1998", "A/I/T"),
        E("Knowledge of safeguarding adults procedures and the Making Safeguarding Personal "
          "approach", "A/I"),
        D("Knowledge of the council's charging policy and direct payments", "I"),
    ]),
    ("Skills & Abilities", [
        E("Ability to write clear, concise and analytical case records and reports", "A/T"),
        E("Ability to manage a caseload and prioritise competing demands", "A/I"),
        E("Good IT skills, including the use of electronic case management systems", "A/T"),
        D("Ability to use strengths-based conversation techniques", "I"),
    ]),
    ("Other", [
        E("Full UK driving licence and access to a vehicle for work purposes", "A",
          rule=driving(transport=True)),
        E("Commitment to equality, diversity and anti-oppressive practice", "I"),
        E("Willingness to work flexibly, including occasional evenings and weekends to meet "
          "service needs", "I"),
    ]),
]

DOCUMENT = CorpusDocument(
    name="hull_social_worker",
    layout="hull five-column",
    formats=("docx", "pdf", "txt"),
    description="Adult social care social worker; SERVICE AREA and POST NO under the heading.",
    blocks=(
        Heading("PERSON SPECIFICATION"),
        Para("JOB TITLE: Social Worker", bold=True),
        Para("SERVICE AREA: Adult Social Care - Locality Teams (East)"),
        Para("POST NO: ASC/0412   GRADE: Band 8"),
        Table(
            rows=(("", "Essential", "How identified", "Desirable", "How identified"),
                  *side_by_side(GROUPS)),
            widths=(26, 60, 18, 50, 18),
        ),
        Para("How identified: A - Application form, I - Interview, T - Test, "
             "P - Presentation, C - Certificates", small=True),
        Para("Prepared by: Head of Adult Social Work   Date: March 2026", small=True),
    ),
    roles=(TruthRole("Social Worker", tuple(everything(GROUPS))),),
)
