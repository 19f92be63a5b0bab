"""Welsh county borough council, children's social worker (child protection and court team):
a person specification written as PROSE. Under "Essential" and "Desirable" headings, each
paragraph is one sentence that opens with a lead-in ("To be shortlisted you must show in your
application form that you have:") and runs its criteria on after a colon, separated by
semicolons, the last after "and". Stages are said in the lead-ins and in sentences after the
lists; the Welsh language paragraph gives both an essential and a desirable level in one
sentence.

What makes it hard: no bullets, table or marks; the criteria are clauses inside sentences
(lower-case, commas inside clauses, "or" inside clauses); the stage of each paragraph is in
its lead-in or a following sentence ("We will check the first two ... before any offer");
one clause carries an extra stage ("which we will also test in a written exercise on the
day"); priority inside one sentence ("... is essential; ... is desirable").

Recruiter's reading:
- Criterion text is the clause as printed, from after the colon (or the semicolon) to the
  next semicolon or full stop, without the joining "and" before the last clause and without
  "is essential" / "is desirable" in the Welsh sentence; a trailing clause that only says how
  it is assessed ("which we will ...") is a stage, not criterion text.
- First paragraph: application form; the first two (qualification, registration) also
  documents ("We will check the first two from your certificates and the Social Care Wales
  register before any offer").
- "a degree in social work, or the DipSW or CQSW": social work.
- "registration with Social Care Wales as a social worker": SCW.
- "at least two years' post-qualifying experience in a children's statutory team": 2 years
  post-qualification, domain children's statutory team.
- Second paragraph: interview; "the ability to analyse risk and write clear, concise
  assessments" also the written exercise (test).
- Welsh: interview (said in the lead-in); Level 2 (Foundation) essential, Level 3
  (Intermediate) or above desirable.
- Fourth paragraph: no stage printed, so application and interview, except the DBS clause,
  documentation ("which we will request if you are offered the post").
- The driving clause: driving with access to a car and the disability alternative.
- "Practice Educator Award (Stage 1), or the wish to train for it": practice educator,
  commitment accepted.
- Desirable paragraph: no stage printed, so application and interview.
"""

from criteria.spec import Priority
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
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

TITLE = "Social Worker – Child Protection and Court Team (Grade 8)"
E, D = Priority.essential, Priority.desirable


def W(text: str, priority: Priority, stages: tuple, rule=None, tail: str = "") -> tuple:
    """A clause: the want, and any words printed after its text in the sentence."""
    return Want(text, priority, stages, None, rule), tail


PARAGRAPHS: list[tuple[str | None, str, list[tuple[Want, str]], str]] = [
    ("Essential",
     "To be shortlisted you must show in your application form that you have: ",
     [W("a degree in social work, or the DipSW or CQSW", E, (APP, DOC),
        qual("social_work")),
      W("registration with Social Care Wales as a social worker", E, (APP, DOC), reg("SCW")),
      W("at least two years' post-qualifying experience in a children's statutory team", E,
        (APP,), years(2, pq=True, domain="children's statutory team")),
      W("experience of child protection work, including section 47 enquiries and core "
        "groups", E, (APP,)),
      W("experience of preparing evidence and statements for care proceedings", E, (APP,))],
     " We will check the first two from your certificates and the Social Care Wales register "
     "before any offer."),
    (None,
     "At interview we will be looking for: ",
     [W("a sound knowledge of the Social Services and Well-being (Wales) Act 2014, the "
        "Children Act 1989 and the Wales Safeguarding Procedures", E, (IV,)),
      W("the ability to build relationships with children and parents who may not want our "
        "involvement", E, (IV,)),
      W("the ability to analyse risk and write clear, concise assessments", E, (IV, TEST),
        tail=", which we will also test in a written exercise on the day"),
      W("a commitment to rights-based practice and the United Nations Convention on the "
        "Rights of the Child", E, (IV,))],
     ""),
    (None,
     "Welsh language (assessed at interview): ",
     [W("Level 2 (Foundation) Welsh", E, (IV,), welsh("foundation"), tail=" is essential"),
      W("Level 3 (Intermediate) Welsh or above", D, (IV,), welsh("intermediate"),
        tail=" is desirable")],
     " The levels are those of the council's Welsh Language Skills Framework; you can find a "
     "description of each level in the candidate pack."),
    (None,
     "Other essential requirements: ",
     [W("a full driving licence and use of a car for work, or the ability to travel across "
        "the county in a timely manner if a disability prevents you from driving", E,
        (APP, IV), driving(transport=True, disability=True)),
      W("willingness to work on the duty rota, including occasional evenings", E, (APP, IV)),
      W("an enhanced DBS check with the children's barred list", E, (DOC,), check("dbs"),
        tail=", which we will request if you are offered the post")],
     ""),
    ("Desirable",
     "It would also help if you have: ",
     [W("experience of working in a court team or of giving evidence in the Family Court", D,
        (APP, IV)),
      W("Practice Educator Award (Stage 1), or the wish to train for it", D, (APP, IV),
        approved("practice_educator", commitment=True)),
      W("experience of direct work tools such as Signs of Safety or Life Story Work", D,
        (APP, IV))],
     ""),
]


def sentence(lead: str, clauses: list[tuple[Want, str]], after: str) -> str:
    parts = [f"{want.text}{tail}" for want, tail in clauses]
    last = "; " if lead.startswith("Welsh") else "; and "  # the Welsh sentence has no "and"
    body = "; ".join(parts[:-1]) + (last if len(parts) > 1 else "") + parts[-1]
    return f"{lead}{body}.{after}"


BLOCKS: list = [
    Para("Cyngor Bwrdeistref Sirol Dyffryn Teifi / Teifi Valley County Borough Council",
         bold=True),
    Para("Children's Services – Gwasanaethau Plant"),
    Heading("Person Specification"),
    Para(f"Post: {TITLE}.   Hours: 37 per week.   Ref: CS/CPC/2291"),
    Para("This is what the person we appoint will bring to the team. Please read it carefully "
         "and write your supporting statement against it."),
]
WANTS: list[Want] = []
for heading, lead, clauses, after in PARAGRAPHS:
    if heading:
        BLOCKS.append(Heading(heading, level=2))
    BLOCKS.append(Para(sentence(lead, clauses, after)))
    WANTS += [want for want, _ in clauses]
BLOCKS.append(Para("Mae croeso i chi wneud cais yn Gymraeg. Applications in Welsh are "
                   "welcome and will be treated no less favourably than applications in "
                   "English.", small=True))

DOCUMENT = CorpusDocument(
    name="prose_semicolon_runs_welsh_childrens_sw",
    layout="prose: one sentence per paragraph under Essential / Desirable headings, a lead-in "
           "and criteria run on with semicolons; stages in lead-ins and following sentences",
    formats=("docx", "pdf", "txt"),
    description="Welsh council children's social worker; criteria are clauses of sentences; "
                "essential and desirable Welsh levels in one sentence.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
