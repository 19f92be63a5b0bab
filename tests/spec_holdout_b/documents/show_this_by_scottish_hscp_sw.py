"""Scottish health and social care partnership, Social Worker – Adult Community Care: a
"plain English" specification, one table What we’re looking for | How you might show this |
Essential or desirable?, section rows spanning it, and a sentence above the table saying how
all criteria are assessed. The middle column is guidance to the applicant, written as
sentences ("Tell us where you trained and when you qualified", "An example of an adult
support and protection inquiry you led, and what changed for the person").

What makes it hard: the middle column is as long as the first and reads like criteria
("Experience of ..." appears in it), but it only suggests evidence for the criterion on its
left; none of it is a criterion. In the text rendering each cell is a line of its own, so the
guidance lines sit between the criteria.

Recruiter's reading:
- Stages: "We will assess every criterion from your application form and again at
  interview", so application and interview for all (the default, because the document says
  so).
- The Mental Health Officer award is not an AMHP: no approved-role rule.
- "Membership of the PVG Scheme for work with protected adults, or willingness to join" is a
  pre-employment check (dbs: PVG is Scotland's disclosure scheme); the guidance ("You do not
  need to be a member yet; we will arrange this") confirms it is not for the sift.
- The SSSC registration criterion's guidance ("Give your registration number and the part of
  the register") does not change it.
"""

from tests.spec_corpus.helpers import PLAIN, check, driving, qual, reg
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

E, D = PLAIN.E, PLAIN.D

# (section, [(criterion, how you might show this)])
SECTIONS = [
    ("Qualifications and registration", [
        (E("A recognised social work qualification (BA/MA Social Work, DipSW or CQSW)",
           rule=qual("social_work")),
         "Tell us where you trained and when you qualified."),
        (E("Registration with the Scottish Social Services Council (SSSC) as a social worker",
           rule=reg("SSSC")),
         "Give your registration number and the part of the register."),
        (D("Mental Health Officer award, or an interest in undertaking it"),
         "Say when you gained the award, or why you would like to train as an MHO."),
    ]),
    ("Experience", [
        (E("Experience of assessment and care management with adults, including under the "
           "Adult Support and Protection (Scotland) Act 2007"),
         "An example of an adult support and protection inquiry you led, and what changed "
         "for the person."),
        (E("Experience of working in a statutory social work setting, as a qualified worker or "
           "on placement"),
         "Where you worked or had your placement, and the kind of work you did."),
        (D("Experience of Self-directed Support (SDS) options and budgets"),
         "Experience of helping someone choose an SDS option, or of setting up a direct "
         "payment."),
    ]),
    ("Knowledge", [
        (E("Knowledge of the Social Work (Scotland) Act 1968, the Adults with Incapacity "
           "(Scotland) Act 2000 and the Adult Support and Protection (Scotland) Act 2007"),
         "How one of these Acts shaped a decision you made."),
        (E("Understanding of the SSSC Codes of Practice and what they mean for your practice"),
         "A time the Codes helped you decide what to do."),
    ]),
    ("Skills", [
        (E("Ability to write clear, defensible assessments and chronologies"),
         "Describe how you keep your recording up to date and clear to others."),
        (E("Ability to work in partnership with health colleagues in an integrated team"),
         "An example of joint work with a GP, district nurse or hospital discharge team."),
    ]),
    ("Other", [
        (E("A current full driving licence and access to a vehicle",
           rule=driving(transport=True)),
         "Many of our service users live in remote areas not served by public transport."),
        (E("Membership of the PVG Scheme for work with protected adults, or willingness to "
           "join", rule=check("dbs")),
         "You do not need to be a member yet; we will arrange this."),
    ]),
]

ROWS: list[tuple[str, ...]] = [
    ("What we’re looking for", "How you might show this", "Essential or desirable?")]
for section, items in SECTIONS:
    ROWS.append((section,))
    ROWS += [(w.text, show, w.priority.value.capitalize()) for w, show in items]

DOCUMENT = CorpusDocument(
    name="show_this_by_scottish_hscp_sw",
    layout="criterion | 'How you might show this' guidance | E or D in words",
    formats=("pdf", "txt"),
    description="Scottish HSCP adult social worker; a guidance column of evidence examples "
                "beside every criterion, SSSC and PVG.",
    blocks=(
        Para("Glenmorie Health and Social Care Partnership", bold=True),
        Heading("Social Worker – Adult Community Care"),
        Para("Grade: SW2   Location: Dunloch and the Isles   Hours: 35 per week"),
        Heading("About you", level=2),
        Para("The table below sets out what we’re looking for, with some ideas about how you "
             "might show it. We will assess every criterion from your application form and "
             "again at interview."),
        Table(rows=tuple(ROWS), widths=(80, 75, 25)),
        Para("Glenmorie HSCP is a partnership between Glenmorie Council and NHS Glenmorie. You "
             "will be employed by Glenmorie Council."),
    ),
    roles=(TruthRole("Social Worker – Adult Community Care",
                     tuple(w for _, items in SECTIONS for w, _ in items)),),
)
