"""County council adult social work Senior Practitioner, a Word table printed to PDF:
Criteria | E / D | Assessed by, capital category rows, page furniture ("OFFICIAL - SENSITIVE"
at the top of each page, "Page 1 of 2" at the foot), the header row repeated after the page
break, and one criterion whose row was split by the page break: its first line ends page 1
and its last words begin page 2 in a row of their own with the E / D and Assessed by cells
empty.

What makes it hard: the continuation row on page 2 is not a new criterion ("producing
safeguarding plans with clear outcomes" finishes the page 1 criterion). Two cells hold a
lead-in with sub-bullets:
- "One of the following post-qualifying awards: • Best Interests Assessor • Approved Mental
  Health Professional • Practice Educator (PEPS Stage 2)" is one criterion (one E mark, and
  "one of" means any of them: approved BIA, AMHP or practice educator).
- "Knowledge of: • Care Act 2014 • Mental Capacity Act 2005 ... • Human Rights Act 1998" is
  one criterion too: the cell has one E mark and one Assessed by entry and a panel scores the
  applicant's knowledge of the legal framework as one row of its matrix.
Their truth text is the lead-in followed by the sub-bullets joined with "; ". "Able to meet
the travel requirements of the post" carries no driving rule. Only the pdf and txt renderings
are made: in Word the split row would be one row.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    Legend,
    approved,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, PageBreak, Para, Table, TruthRole

KEY = Legend({"AF": APP, "INT": IV, "DOC": DOC, "PRES": PRES})
E, D = KEY.E, KEY.D

AWARDS_LEAD = "One of the following post-qualifying awards:"
AWARDS = ("Best Interests Assessor", "Approved Mental Health Professional",
          "Practice Educator (PEPS Stage 2)")
LAW_LEAD = "Knowledge of:"
LAW = ("Care Act 2014", "Mental Capacity Act 2005 and the Deprivation of Liberty Safeguards",
       "Mental Health Act 1983", "Human Rights Act 1998")
SPLIT_HEAD = "Experience of chairing multi-agency safeguarding meetings and"
SPLIT_TAIL = "producing safeguarding plans with clear outcomes"


def _lead_in(lead: str, items: tuple[str, ...]) -> tuple[str, str]:
    """(cell text, truth text) of a lead-in cell with sub-bullets."""
    return lead + "\n" + "\n".join(f"• {i}" for i in items), f"{lead} {'; '.join(items)}"


AWARDS_CELL, AWARDS_TEXT = _lead_in(AWARDS_LEAD, AWARDS)
LAW_CELL, LAW_TEXT = _lead_in(LAW_LEAD, LAW)

QUALIFICATIONS = [
    E("Social Work qualification (DipSW, CQSW, BA/BSc or MA in Social Work)", "AF, DOC",
      rule=qual("social_work")),
    E("Registered with Social Work England", "AF, DOC", rule=reg("SWE")),
    E(AWARDS_TEXT, "AF, DOC", rule=approved("BIA", "AMHP", "practice_educator")),
    D("Willingness to train as an Approved Mental Capacity Professional when the Liberty "
      "Protection Safeguards are introduced", "AF, INT", rule=approved("AMCP", commitment=True)),
]
EXPERIENCE = [
    E("Minimum of three years' post-qualifying experience in adult social care, of which at "
      "least one year at senior or advanced practitioner level", "AF, INT",
      rule=years(3, pq=True)),
    E(f"{SPLIT_HEAD} {SPLIT_TAIL}", "AF, INT"),
    E("Experience of supervising social workers and social work students", "AF, INT"),
    D("Experience of quality assuring assessments and support plans", "AF, INT"),
]
KNOWLEDGE = [
    E(LAW_TEXT, "AF, INT, PRES"),
    E("Knowledge of the principles of Making Safeguarding Personal", "INT"),
]
SKILLS = [
    E("Ability to deliver a presentation on practice development to senior managers", "PRES"),
    E("Excellent written communication skills, including writing reports for the Court of "
      "Protection", "AF, INT"),
    D("Ability to use Liquidlogic (LAS) or a similar case management system", "AF"),
]
OTHER = [
    E("Able to meet the travel requirements of the post", "AF"),
]

HEADER = ("Criteria", "E / D", "Assessed by")
WIDTHS = (130, 20, 30)


def _row(want, text: str | None = None) -> tuple[str, str, str]:
    return (text or want.text, want.priority.value[0].upper(), want.code)


PAGE_1 = (
    HEADER,
    ("QUALIFICATIONS",),
    _row(QUALIFICATIONS[0]),
    _row(QUALIFICATIONS[1]),
    _row(QUALIFICATIONS[2], AWARDS_CELL),
    _row(QUALIFICATIONS[3]),
    ("EXPERIENCE",),
    _row(EXPERIENCE[0]),
    _row(EXPERIENCE[1], SPLIT_HEAD),
)
PAGE_2 = (
    HEADER,
    (SPLIT_TAIL, "", ""),
    _row(EXPERIENCE[2]),
    _row(EXPERIENCE[3]),
    ("KNOWLEDGE",),
    _row(KNOWLEDGE[0], LAW_CELL),
    _row(KNOWLEDGE[1]),
    ("SKILLS AND ABILITIES",),
    *(_row(w) for w in SKILLS),
    ("OTHER",),
    *(_row(w) for w in OTHER),
)

DOCUMENT = CorpusDocument(
    name="split_rows_lead_in_senior_practitioner",
    layout="table split over a page break, lead-in cells with sub-bullets",
    formats=("pdf", "txt"),
    description="County council senior practitioner; a row split by the page break, "
                "'Knowledge of:' and 'One of the following' cells with sub-bullets.",
    blocks=(
        Para("OFFICIAL - SENSITIVE", small=True),
        Heading("Person Specification"),
        Para("Post: Senior Practitioner - Adult Social Work   Grade: 11   "
             "Directorate: Adults and Communities, Eastshire County Council"),
        Table(rows=PAGE_1, widths=WIDTHS),
        Para("Eastshire County Council   Senior Practitioner PS v2   Page 1 of 2", small=True),
        PageBreak(),
        Para("OFFICIAL - SENSITIVE", small=True),
        Table(rows=PAGE_2, widths=WIDTHS),
        Para("E = Essential  D = Desirable.  Assessed by: AF = Application form, "
             "INT = Interview, DOC = Documents/certificates, PRES = Presentation", small=True),
        Para("Eastshire County Council   Senior Practitioner PS v2   Page 2 of 2", small=True),
    ),
    roles=(TruthRole("Senior Practitioner - Adult Social Work",
                     (*QUALIFICATIONS, *EXPERIENCE, *KNOWLEDGE, *SKILLS, *OTHER)),),
)
