"""Scottish council, Mental Health Officer (SSSC-registered social worker): every criterion is
a question to the candidate ("Do you hold ...?", "Can you ...?"), numbered Q1, Q2 ..., under
two section headings, "Section A – What you must have" (essential) and "Section B – What
would help" (desirable). Under each question an italic line says how it is checked, in words
("How we check: your application and at interview").

What makes it hard: the criteria are questions, not statements; the stage line is a
separate paragraph under each question; Scottish legislation; an MHO award that the model
has no approved role for; a driving question whose disability alternative is in brackets.

Recruiter's reading:
- Criterion text is the question as printed, without "Q1." and with its question mark.
- Key: "your application" = application, "at interview" = interview, "written exercise" =
  test, "your certificates" = documentation.
- "Do you hold a recognised social work qualification (...)": social work, no level.
- "Are you registered with the Scottish Social Services Council (SSSC) ...": SSSC.
- "Do you hold the Mental Health Officer Award ...": NO rule (the model's approved roles are
  AMHP, BIA, AMCP and practice educator; an MHO is not an AMHP).
- "Have you got at least three years' post-qualifying experience as a social worker ...":
  3 years post-qualification, domain social work (the one-in-mental-health part is for the
  panel).
- Driving with access to a car and the disability alternative in brackets.
- "Do you hold a practice educator qualification (Practice Learning Qualification)?":
  practice educator.
- Gaelic: no rule (the language rule in practice is for Welsh).
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
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole

TITLE = "Mental Health Officer (Grade SW3)"
L = Legend({"A": APP, "I": IV, "W": TEST, "C": DOC})
WORDS = {"A": "your application", "I": "at interview", "W": "a written exercise on the day",
         "C": "your certificates"}

ESSENTIAL = [
    L.E("Do you hold a recognised social work qualification (BA/BSc Social Work, MSc Social "
        "Work or DipSW)?", "A/C", rule=qual("social_work")),
    L.E("Are you registered with the Scottish Social Services Council (SSSC) as a social "
        "worker?", "A/C", rule=reg("SSSC")),
    L.E("Do you hold the Mental Health Officer Award (or will you have completed it before "
        "you take up post)?", "A/C"),
    L.E("Have you got at least three years' post-qualifying experience as a social worker, at "
        "least one of them in mental health?", "A/I",
        rule=years(3, pq=True, domain="social work")),
    L.E("Can you show us a working knowledge of the Mental Health (Care and Treatment) "
        "(Scotland) Act 2003 and the Adults with Incapacity (Scotland) Act 2000?", "I/W"),
    L.E("Do you understand the Adult Support and Protection (Scotland) Act 2007 and your "
        "duties under it?", "I"),
    L.E("Can you write a clear social circumstances report under pressure of time?", "W"),
    L.E("Have you experience of working with people in crisis, including risk assessment and "
        "safety planning?", "A/I"),
    L.E("Are you able to take part in the out of hours MHO rota?", "I"),
    L.E("Do you have a full driving licence and access to a car? (If a disability stops you "
        "driving we will look at other ways you can meet this)", "A",
        rule=driving(transport=True, disability=True)),
]
DESIRABLE = [
    L.D("Have you practised as an MHO in another local authority?", "A/I"),
    L.D("Do you hold a practice educator qualification (Practice Learning Qualification)?",
        "A/C", rule=approved("practice_educator")),
    L.D("Have you experience of preparing reports for the Mental Health Tribunal for "
        "Scotland?", "A"),
    L.D("Can you speak Gaelic or another community language?", "A"),
    L.D("Have you used the CareFirst or Eclipse case recording systems?", "A"),
]


def how(code: str) -> str:
    parts = [WORDS[p] for p in code.split("/")]
    return "How we check: " + (" and ".join(parts) if len(parts) < 3 else ", ".join(parts))


BLOCKS: list = [
    Para("Inverlarig Council – Health and Social Care Partnership", bold=True),
    Heading(f"{TITLE} – Is this job for you?"),
    Para("Mental Health Service, Adult Social Work. 35 hours, permanent. PVG Scheme "
         "membership (adults) is required."),
    Para("Read the questions below. If you can answer yes to all of the questions in Section "
         "A, we want to hear from you: tell us in your supporting statement how you meet each "
         "one. Section B questions are not essential but will help us decide who to invite "
         "to interview."),
    Heading("Section A – What you must have", level=2),
]
for number, want in enumerate(ESSENTIAL, start=1):
    BLOCKS += [Para(f"Q{number}. {want.text}", bold=True), Para(how(want.code), italic=True)]
BLOCKS.append(Heading("Section B – What would help", level=2))
for number, want in enumerate(DESIRABLE, start=len(ESSENTIAL) + 1):
    BLOCKS += [Para(f"Q{number}. {want.text}", bold=True), Para(how(want.code), italic=True)]
BLOCKS.append(Para("Inverlarig Council is a Disability Confident employer and a Living Wage "
                   "employer. Informal enquiries to the Senior MHO, 01789 440 213.",
                   small=True))

DOCUMENT = CorpusDocument(
    name="questions_to_candidate_scottish_mho",
    layout="criteria as numbered questions to the candidate (Q1 ...) under Section A (must "
           "have) / Section B (would help), an italic 'How we check' line under each",
    formats=("docx", "pdf", "txt"),
    description="Scottish council MHO; questions instead of statements, stage as a sentence "
                "under each.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(ESSENTIAL + DESIRABLE)),),
)
