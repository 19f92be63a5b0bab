"""County council, Approved Mental Health Professional: a numbered criteria table (No. /
Criterion / E or D / Assessed) that runs over two pages. Each page starts with a running
header line (council, directorate and "Person Specification: Approved Mental Health
Professional (Band 10)") and ends with a small-print footer line (document reference, version,
date, "Page 1 of 2"); the table is split at the page break, its heading row repeated on the
second page under a "Person specification (continued)" line. The key to the assessment codes
(A, I, T, P) is given once, above the table on page 1.

What makes it hard: the header and footer lines repeat and sit between criteria 9 and 10;
the title line also appears in the header of page 2; numbers 1-16 run on across the break;
the second table must be read with the key of the first; the text copy has a form feed at the
break.

Recruiter's reading:
- Priority from the E / D column; stages from the Assessed column by the key (A application,
  I interview, T written test, P presentation).
- 1 "A professional qualification in social work, nursing or occupational therapy": any of
  those three subjects, no level (the AMHP professions bar psychology, left out here).
- 2 "Current registration with Social Work England, the NMC or the HCPC": those three bodies.
- 3 "Warranted as an Approved Mental Health Professional, or completing AMHP training and able
  to be warranted within six months of appointment": AMHP, training counts (not a mere
  commitment).
- 4 "At least three years' post-qualifying experience in mental health services": 3 years
  post-qualification.
- 9 licence "and access to a vehicle for work purposes": driving with transport; no
  disability alternative is offered, so none.
- 12 "Best Interests Assessor qualification": BIA. 13 "Practice Educator Stage 2, or
  willingness to undertake it": practice educator with commitment.
- The header, footer and "(continued)" lines are not criteria.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    IV,
    PRES,
    TEST,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import (
    CorpusDocument,
    Heading,
    PageBreak,
    Para,
    Table,
    TruthRole,
    Want,
)

E, D = Priority.essential, Priority.desirable
CODES = {"A": APP, "I": IV, "T": TEST, "P": PRES}
TITLE = "Approved Mental Health Professional (Band 10)"
CRITERIA = [
    (E, "A professional qualification in social work, nursing or occupational therapy", "A",
     qual("social_work", "nursing", "occupational_therapy")),
    (E, "Current registration with Social Work England, the NMC or the HCPC", "A",
     reg("SWE", "NMC", "HCPC")),
    (E, "Warranted as an Approved Mental Health Professional, or completing AMHP training and "
        "able to be warranted within six months of appointment", "A, I",
     approved("AMHP", training=True)),
    (E, "At least three years' post-qualifying experience in mental health services", "A",
     years(3, pq=True, domain="mental health")),
    (E, "Experience of undertaking Mental Health Act assessments and coordinating them with "
        "doctors, police and ambulance services", "A, I", None),
    (E, "Detailed knowledge of the Mental Health Act 1983 (as amended 2007), its Code of "
        "Practice and relevant case law", "I, T", None),
    (E, "Ability to make and record independent, defensible decisions under pressure", "I",
     None),
    (E, "Ability to write clear AMHP reports that meet legal requirements", "T", None),
    (E, "Full UK driving licence and access to a vehicle for work purposes", "A",
     driving(transport=True)),
    # page 2
    (E, "Willingness to join the out-of-hours AMHP rota, including nights and weekends", "I",
     None),
    (E, "Commitment to anti-oppressive practice and to the least restrictive option", "I",
     None),
    (D, "Best Interests Assessor qualification", "A", approved("BIA")),
    (D, "Practice Educator Stage 2, or willingness to undertake it", "A",
     approved("practice_educator", commitment=True)),
    (D, "Experience of working with autistic people or people with learning disabilities "
        "under the Mental Health Act", "A, I", None),
    (D, "Experience of presenting evidence to Mental Health Tribunals or Hospital Managers' "
        "hearings", "I, P", None),
    (D, "Awareness of the proposed reforms to the Mental Health Act", "P", None),
]
BREAK = 9
HEADER = ("Haverleigh County Council  ·  Adult Social Care  ·  Person Specification: "
          f"{TITLE}")


def _footer(page: int) -> Para:
    return Para(f"HCC/ASC/PS/114   Version 2.1   March 2026   Page {page} of 2", small=True)


def _stages(code: str):
    return tuple(CODES[part.strip()] for part in code.split(","))


def _table(first: int, items) -> Table:
    rows = [("No.", "Criterion", "E / D", "Assessed")]
    rows += [(str(number), text, "E" if priority is E else "D", code)
             for number, (priority, text, code, _) in enumerate(items, start=first)]
    return Table(tuple(rows), widths=(12, 128, 16, 24), txt="tabs")


DOCUMENT = CorpusDocument(
    name="running_headers_numbered_amhp",
    layout="numbered criteria table over two pages with running header and footer lines, "
           "E / D and code columns",
    formats=("pdf", "txt", "docx"),
    description="County council AMHP; numbered criteria split by a page break, header and "
                "footer lines repeated on each page.",
    blocks=(
        Para(HEADER, small=True),
        Heading(TITLE),
        Para("Team: Approved Mental Health Professional Service   Hours: 37 (rota)   "
             "Reports to: AMHP Service Lead"),
        Para("E = essential, D = desirable. Assessed: A = application form, I = interview, "
             "T = written test on the day, P = presentation."),
        _table(1, CRITERIA[:BREAK]),
        _footer(1),
        PageBreak(),
        Para(HEADER, small=True),
        Para("Person specification (continued)", bold=True),
        _table(BREAK + 1, CRITERIA[BREAK:]),
        Para("Shortlisting is on criteria marked A. Candidates invited to interview will "
             "be told the presentation topic five working days in advance."),
        _footer(2),
    ),
    roles=(TruthRole(TITLE, tuple(Want(text, priority, _stages(code), None, rule, code)
                                  for priority, text, code, rule in CRITERIA)),),
)
