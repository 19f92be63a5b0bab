"""Welsh county borough council, Reablement Occupational Therapist: no table and no bullets.
Each section of the specification is ONE paragraph that starts with a run-in label
("Qualifications and registration.") and runs on with "Essential:" and "Desirable:" lists
whose criteria are separated by semicolons, then a "How assessed:" clause for the whole
paragraph. A closing small-print line about the council's Welsh Level 1 policy follows.

What makes it hard: the criteria are clauses inside running prose, most starting with a
lower-case letter; the priority changes in the middle of a paragraph; the stages come at the
END of the paragraph, after the criteria they belong to; one "How assessed" clause carves out
a single criterion ("written exercise at interview for record keeping"); the Welsh Level 1
policy line is not a criterion.

Recruiter's reading:
- Each criterion is one semicolon-separated clause, without the trailing full stop; the
  priority is the "Essential:" or "Desirable:" list it sits in; the stages are the
  paragraph's "How assessed" clause: "application form and original certificates" is
  application and documentation, "application form and interview" is application and
  interview, "interview" is interview, "application form" is application.
- "good written communication and accurate record keeping" is also assessed by the written
  exercise the clause names: application, interview and test.
- "Degree or Diploma in Occupational Therapy": occupational therapy, no level (a diploma
  counts).
- "current registration with the HCPC as an Occupational Therapist": HCPC.
- "Accredited Practice Educator, or willingness to train as one": practice educator with
  commitment.
- "at least two years' post-qualifying experience as an Occupational Therapist": 2 years
  post-qualification.
- "ability to communicate in Welsh at Level 2 (foundation)": Welsh, foundation.
- The driving clause names a vehicle and, for a disabled applicant who cannot drive, another
  way of travelling: driving with access to transport and the disability alternative.
- "All posts ... are Welsh Level 1 (courtesy) posts; staff ... are supported to reach it" is
  council policy learnt in post, not a criterion of this specification.
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
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Reablement Occupational Therapist (Grade 7)"

# (label, essentials, desirables, how-assessed clause, stages); an item is (text, rule, stages)
# where stages None means the paragraph's.
SECTIONS = [
    ("Qualifications and registration",
     [("Degree or Diploma in Occupational Therapy", qual("occupational_therapy"), None),
      ("current registration with the HCPC as an Occupational Therapist", reg("HCPC"), None)],
     [("Accredited Practice Educator, or willingness to train as one",
       approved("practice_educator", commitment=True), None)],
     "application form and original certificates", (APP, DOC)),
    ("Experience",
     [("at least two years' post-qualifying experience as an Occupational Therapist",
       years(2, pq=True, domain="occupational therapy"), None),
      ("experience of short-term reablement or intermediate care", None, None),
      ("experience of assessing for and prescribing community equipment", None, None)],
     [("experience of working alongside reablement support workers or domiciliary care "
       "providers", None, None),
      ("experience of using the WCCIS case recording system", None, None)],
     "application form and interview", (APP, IV)),
    ("Knowledge",
     [("sound knowledge of the Social Services and Well-being (Wales) Act 2014", None, None),
      ("understanding of outcome-focused, strengths-based assessment", None, None)],
     [("knowledge of falls prevention approaches", None, None)],
     "interview", (IV,)),
    ("Skills and abilities",
     [("ability to set goals with people and review them within a six-week reablement period",
       None, None),
      ("good written communication and accurate record keeping", None, (APP, IV, TEST)),
      ("ability to manage a caseload and prioritise work", None, None)],
     [("ability to communicate in Welsh at Level 2 (foundation)", welsh("foundation"), None)],
     "application form and interview; a written exercise at interview for record keeping",
     (APP, IV)),
    ("Other requirements",
     [("a full driving licence and use of a vehicle for work or, for a disabled applicant who "
       "cannot drive, another way of travelling across the county", driving(transport=True,
                                                                              disability=True),
       None),
      ("willingness to work on a rota that includes weekends", None, None)],
     [],
     "application form", (APP,)),
]


def _paragraph(label, essentials, desirables, how, _stages) -> str:
    text = f"{label}. Essential: " + "; ".join(t for t, _, _ in essentials) + "."
    if desirables:
        text += " Desirable: " + "; ".join(t for t, _, _ in desirables) + "."
    return text + f" How assessed: {how}."


WANTS = []
for _label, essentials, desirables, how, stages in SECTIONS:
    for priority, items in ((E, essentials), (D, desirables)):
        for text, rule, own in items:
            WANTS.append(Want(text, priority, own or stages, None, rule, how))

DOCUMENT = CorpusDocument(
    name="runin_labels_semicolons_welsh_reablement_ot",
    layout="one paragraph per section: run-in label, Essential:/Desirable: semicolon lists, "
           "How assessed: clause at the end",
    formats=("docx", "pdf", "txt"),
    description="Welsh county borough reablement OT; criteria as semicolon clauses in prose, "
                "stages after them.",
    blocks=(
        Para("Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough Council",
             bold=True),
        Heading(TITLE),
        Para("Adult Services – Community Reablement Service, based at Ty Afon, Pontnewydd."),
        Heading("Person specification", level=2),
        Para("Please show in your supporting statement how you meet each essential "
             "requirement below, and any desirable ones. We use the desirable requirements "
             "only when many applicants meet all the essential ones."),
        *(Para(_paragraph(*section)) for section in SECTIONS),
        Para("All posts in the Council are Welsh Level 1 (courtesy) posts; staff who do not "
             "yet have Level 1 are supported to reach it in their first year.", small=True),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
