"""Metropolitan council adult social care, Occupational Therapist – Community Reablement:
the requirements grouped under the four pillars of the Royal College of Occupational
Therapists' Career Development Framework ("Pillar 1 – Professional practice", "Pillar 2 –
Facilitation of learning", "Pillar 3 – Leadership", "Pillar 4 – Evidence, research and
development"), with an "Entry requirements" section before them and "Other requirements of the
post" after, as spanning rows in one table Requirement | Essential? | Assessed at. The
"Essential?" column holds "Yes" or "No"; "Assessed at" holds the stage in words
("Shortlisting", "Interview", "Shortlisting and interview", "Practical task", "Pre-employment
checks", "Shortlisting and pre-employment checks").

What makes it hard: priority is a yes/no answer under a question header, never the words
"Essential" / "Desirable" beside a criterion; "No" means desirable only by the note under the
table; the pillar names are long and read like criteria ("Evidence, research and
development"); the paragraph explaining the framework names the pillars again; stages are
words, one of which ("Pre-employment checks") is not an assessment stage of the panel.

Recruiter's reading:
- "Shortlisting" is the application form; "Practical task" (an outcome measure exercise on the
  interview day) is a test; "Pre-employment checks" is documentation.
- "Accredited practice educator (APPLE or RCOT accreditation)": approved-role practice
  educator. The AHP accreditation is not the social work PEPS award, but a recruiter counts it
  as the practice educator role; someone might leave the rule off.
- "At least two years' experience as a qualified occupational therapist" is post-qualifying
  experience: two years, post-qualification.
- The driving requirement allows "other travel arrangements where a disability prevents
  driving": driving rule with access to transport and the disability alternative.
- "Satisfactory enhanced DBS check" is in the table with "Yes", so it is a criterion, with a
  pre-employment DBS rule (never scored at sift).
"""

from criteria.spec import Priority, Rule, Stage
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    approved,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

AT: dict[str, tuple[Stage, ...]] = {
    "Shortlisting": (APP,),
    "Interview": (IV,),
    "Shortlisting and interview": (APP, IV),
    "Practical task": (TEST,),
    "Pre-employment checks": (DOC,),
    "Shortlisting and pre-employment checks": (APP, DOC),
}


def yes(text: str, at: str, rule: Rule | None = None) -> Want:
    return Want(text, Priority.essential, AT[at], None, rule, at)


def no(text: str, at: str, rule: Rule | None = None) -> Want:
    return Want(text, Priority.desirable, AT[at], None, rule, at)


SECTIONS = [
    ("Entry requirements", [
        yes("BSc (Hons) or pre-registration MSc in Occupational Therapy, or the Diploma of "
            "the College of Occupational Therapists", "Shortlisting and pre-employment checks",
            qual("occupational_therapy")),
        yes("Registered with the Health and Care Professions Council as an Occupational "
            "Therapist", "Shortlisting and pre-employment checks",
            reg("HCPC", profession="occupational therapist")),
        yes("At least two years' experience as a qualified occupational therapist",
            "Shortlisting", years(2, pq=True, domain="occupational therapy")),
    ]),
    ("Pillar 1 – Professional practice", [
        yes("Experience of assessing people's function in their own homes and setting "
            "reablement goals with them", "Shortlisting and interview"),
        yes("Experience of prescribing equipment and minor adaptations", "Shortlisting"),
        no("Experience of moving and handling assessments, including reviews for "
           "single-handed care", "Shortlisting and interview"),
        yes("Ability to use clinical reasoning to manage risk while promoting independence",
            "Interview"),
        yes("Up-to-date knowledge of the Care Act 2014 and the Mental Capacity Act 2005",
            "Interview"),
    ]),
    ("Pillar 2 – Facilitation of learning", [
        no("Accredited practice educator (APPLE or RCOT accreditation)", "Shortlisting",
           approved("practice_educator")),
        yes("Ability to coach reablement support workers in enabling approaches", "Interview"),
    ]),
    ("Pillar 3 – Leadership", [
        yes("Ability to manage own caseload and prioritise competing demands",
            "Shortlisting and interview"),
        no("Experience of contributing to a service improvement or team project",
           "Shortlisting"),
    ]),
    ("Pillar 4 – Evidence, research and development", [
        yes("Evidence of continuing professional development in line with HCPC standards",
            "Shortlisting"),
        yes("Ability to use outcome measures to show the difference reablement makes",
            "Practical task"),
        no("Involvement in audit or research", "Shortlisting"),
    ]),
    ("Other requirements of the post", [
        yes("Able to drive, with access to a vehicle for work, or able to make other travel "
            "arrangements where a disability prevents driving", "Shortlisting",
            driving(transport=True, disability=True)),
        yes("Satisfactory enhanced DBS check", "Pre-employment checks", check("dbs")),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Requirement", "Essential?", "Assessed at")]
for section, wants in SECTIONS:
    ROWS.append((section,))
    ROWS += [(w.text, "Yes" if w.priority is Priority.essential else "No", w.code)
             for w in wants]

DOCUMENT = CorpusDocument(
    name="cdf_pillars_yes_no_reablement_ot",
    layout="RCOT Career Development Framework pillars as section rows; 'Essential?' Yes/No; "
           "stages in words",
    formats=("docx", "pdf"),
    description="Metropolitan council reablement OT; criteria under the RCOT CDF pillars, "
                "priority as Yes/No under 'Essential?', stages in words.",
    blocks=(
        Para("Ashgrove Metropolitan Borough Council – Adult Social Care", bold=True),
        Heading("Occupational Therapist – Community Reablement"),
        Para("Grade 10   Post number ASC-OT-0419   Hours 37 per week"),
        Heading("What you will need", level=2),
        Para("Our occupational therapy posts are described using the Royal College of "
             "Occupational Therapists' Career Development Framework. Apart from the entry "
             "requirements and the other requirements of the post, what we ask for is grouped "
             "under the framework's four pillars: professional practice; facilitation of "
             "learning; leadership; and evidence, research and development."),
        Table(rows=tuple(ROWS), widths=(110, 25, 45)),
        Para("Requirements marked \u201cNo\u201d are not essential but will help us choose "
             "between applicants who meet all of those marked \u201cYes\u201d."),
        Para("The practical task is a short exercise on the interview day using an anonymised "
             "case study.", italic=True),
    ),
    roles=(TruthRole("Occupational Therapist – Community Reablement",
                     tuple(w for _, wants in SECTIONS for w in wants)),),
)
