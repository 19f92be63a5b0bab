"""Welsh county council, Social Worker – Adult Services: a two-column "Criteria | Method of
assessment" table, printed three times. Priority is not in the table at all: it comes from
the heading above each table, "Essential Requirements", "Essential Requirements (continued)"
after a page break, and "Desirable Requirements" on the last page. The method of assessment
is written out in words ("Application form / Interview", "Certificates", "Written exercise").

What makes it hard: priority carried by headings spread over three pages; no E/D column; the
methods are words, not codes; two Welsh language criteria at different levels, one essential
and one desirable; the Welsh driving criterion with a disability alternative.

Recruiter's reading:
- Key: Application form = application, Interview = interview, Certificates = documentation,
  Written exercise = test.
- "Degree in Social Work or equivalent recognised qualification (e.g. DipSW, CQSW)": social
  work, no minimum level (DipSW and CQSW are accepted).
- "Minimum of 2 years post qualifying experience in adult social care setting": 2 years
  post-qualification, domain adult social care.
- "Completed the Consolidation Programme or able to evidence equivilant post-qualifying
  learning" (misspelt as printed): no rule (the Welsh consolidation programme is not ASYE).
- Driving: licence and access to a vehicle, with a disability alternative.
- "Ability to pronounce Welsh names ... (Level 1 – Entry)": Welsh, entry.
- "Welsh language skills at Level 3 (Intermediate) or above": Welsh, intermediate.
- "AMHP warrant or willingness to train as an AMHP": AMHP with commitment.
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
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, PageBreak, Para, Table, TruthRole

TITLE = "Social Worker – Adult Services (Grade 9)"
L = Legend({"AF": APP, "I": IV, "C": DOC, "W": TEST})
WORDS = {"AF": "Application form", "I": "Interview", "C": "Certificates",
         "W": "Written exercise"}

ESSENTIAL_1 = [
    L.E("Degree in Social Work or equivalent recognised qualification (e.g. DipSW, CQSW)",
        "AF/C", rule=qual("social_work")),
    L.E("Registered with Social Care Wales as a Social Worker", "AF/C", rule=reg("SCW")),
    L.E("Minimum of 2 years post qualifying experience in adult social care setting", "AF/I",
        rule=years(2, pq=True, domain="adult social care")),
    L.E("Completed the Consolidation Programme or able to evidence equivilant post-qualifying "
        "learning", "AF/C"),
    L.E("Experience of undertaking assessments of need and developing care and support plans",
        "AF/I"),
    L.E("Sound knowledge of the Social Services and Well-being (Wales) Act 2014 and the MCA "
        "2005", "I"),
]
ESSENTIAL_2 = [
    L.E("Understanding of safeguarding adults at risk procedures", "I"),
    L.E("Ability to write clear, concise reports and case records", "W"),
    L.E("Ability to manage a complex caseload and prioritise work to meet deadlines", "I"),
    L.E("Full UK driving licence and access to a vehicle for work purposes, or the ability to "
        "meet the travel requirements of the post where a disability prevents driving", "AF",
        rule=driving(transport=True, disability=True)),
    L.E("Ability to pronounce Welsh names and greet people in Welsh (Level 1 – Entry)", "AF/I",
        rule=welsh("entry")),
]
DESIRABLE = [
    L.D("Welsh language skills at Level 3 (Intermediate) or above", "AF/I",
        rule=welsh("intermediate")),
    L.D("Best Interests Assessor qualification", "AF/C", rule=approved("BIA")),
    L.D("AMHP warrant or willingness to train as an AMHP", "AF/I",
        rule=approved("AMHP", commitment=True)),
    L.D("Experience of working with people living with dementia", "AF/I"),
    L.D("Experience of working within an integrated health and social care team", "AF/I"),
    L.D("Knowledge of WCCIS (Welsh Community Care Information System)", "AF"),
]


def method(code: str) -> str:
    return " / ".join(WORDS[part] for part in code.split("/"))


def table(wants: list) -> Table:
    return Table((("Criteria", "Method of assessment"),
                  *((w.text, method(w.code)) for w in wants)), widths=(68, 32))


BLOCKS = (
    Para("Cyngor Sir Dyffryn Teifi  |  Dyffryn Teifi County Council", bold=True),
    Para("Social Services Directorate – Adult Services, Community Team North"),
    Heading("PERSON SPECIFICATION"),
    Para(f"Job title: {TITLE}      Post no: ASC/0412      Reports to: Team Manager"),
    Para("Candidates will be shortlisted on the Essential Requirements. Please make sure your "
         "application shows clearly how you meet each one. Desirable Requirements may be used "
         "if we receive a large number of applications."),
    Heading("Essential Requirements", level=2),
    table(ESSENTIAL_1),
    PageBreak(),
    Heading("Essential Requirements (continued)", level=2),
    table(ESSENTIAL_2),
    PageBreak(),
    Heading("Desirable Requirements", level=2),
    table(DESIRABLE),
    Para("This post is subject to an Enhanced DBS check. Dyffryn Teifi County Council welcomes "
         "applications in Welsh, and applications in Welsh will be treated no less favourably "
         "than those in English.", small=True),
)

DOCUMENT = CorpusDocument(
    name="essential_desirable_headings_moa_welsh_sw",
    layout="two-column Criteria | Method of assessment tables, priority from the headings "
           "Essential Requirements / (continued) / Desirable Requirements over three pages",
    formats=("docx", "pdf", "txt"),
    description="Welsh county council adult social worker; no priority column, methods in "
                "words, Welsh at entry (E) and intermediate (D).",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(ESSENTIAL_1 + ESSENTIAL_2 + DESIRABLE)),),
)
