"""City council children's disability service, Occupational Therapist (Grade 9): a "level of
requirement" specification written as prose. No table and no bullets: one heading per area
("Qualifications and registration", "Experience", ...), under each a paragraph whose sentences
each state one requirement and its level: "It is essential that ...", "It is desirable that
..." or "Candidates should ideally ...". Some sentences in the paragraphs describe the service
and ask for nothing.

What makes it hard: criteria are sentences inside running paragraphs (not lines); the priority
is the sentence's own opening words, three different wordings for two levels, and "should
ideally" has no Essential/Desirable word at all; context sentences sit between requirements;
one essential refers back to the one before it ("this includes"); a DBS sentence under
"Other information" is a pre-employment check, not a requirement of the person; the stages
are given once, in words, in an opening paragraph.

Recruiter's reading:
- One criterion per requirement sentence; its text is the whole sentence as printed, with its
  opening words ("It is essential that ...") and without the final full stop. "Candidates
  should ideally ..." is desirable.
- Sentences that state no requirement ("The service supports ...", "The team is based ...")
  are not criteria; neither is the DBS sentence under "Other information" (a role note).
- Stages from "How we assess": the requirements under "Qualifications and registration" are
  assessed from the application form and checked against certificates (application,
  documentation); every other requirement from the application form and at interview.
- "registered as an occupational therapist with the Health and Care Professions Council":
  registration HCPC. "holds a recognised qualification in occupational therapy":
  qualification in occupational therapy, no level.
- "... hold a Practice Educator qualification or be willing to work towards one": practice
  educator, commitment accepted.
- "at least two years' post-registration experience as an occupational therapist": two years
  post-qualification.
- The travel sentence: a driving licence with the use of a vehicle, and the alternative where
  a disability prevents driving.
- "accredited training in sensory integration" (completed or working towards) has no rule: no
  qualification subject fits it.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import Block, CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"A": APP, "I": IV, "C": DOC})
E, D = KEY.E, KEY.D

# Each area: a list of sentences; a Want is a requirement sentence, a str is context.
AREAS = [
    ("Qualifications and registration", [
        "The service supports disabled children and young people from birth to 19 years and "
        "their families across the city.",
        E("It is essential that the postholder holds a recognised qualification in occupational "
          "therapy", "A,C", rule=qual("occupational_therapy")),
        E("It is essential that the postholder is registered as an occupational therapist with "
          "the Health and Care Professions Council", "A,C",
          rule=reg("HCPC", profession="occupational therapist")),
        D("It is desirable that the postholder has completed, or is working towards, "
          "accredited training in sensory integration", "A,C"),
        D("Candidates should ideally hold a Practice Educator qualification or be willing to "
          "work towards one", "A,C", rule=approved("practice_educator", commitment=True)),
    ]),
    ("Experience", [
        E("It is essential that candidates have at least two years' post-registration "
          "experience as an occupational therapist", "A,I",
          rule=years(2, pq=True, domain="occupational therapy")),
        E("It is essential that this includes experience of assessing children or young "
          "people with complex physical disabilities", "A,I"),
        "Much of the team's work is with families living in private rented and council "
        "housing.",
        D("Candidates should ideally have experience of recommending major adaptations "
          "through the Disabled Facilities Grant process", "A,I"),
    ]),
    ("Knowledge and understanding", [
        E("It is essential that the postholder understands the Children and Families Act 2014 "
          "and the Care Act 2014 as they apply to transition to adulthood", "A,I"),
        D("It is desirable that the postholder has a working knowledge of moving and handling "
          "equipment for children, including ceiling track hoists and specialist seating",
          "A,I"),
    ]),
    ("Skills and abilities", [
        E("It is essential that the postholder can communicate clearly with children, parents "
          "and carers, adapting their approach to each child's needs", "A,I"),
        E("It is essential that the postholder can write clear assessment reports and "
          "recommendations that families and contractors can understand", "A,I"),
        D("Candidates should ideally be able to use British Sign Language or Makaton", "A,I"),
    ]),
    ("Work-related circumstances", [
        "The team is based at the Riverside Children's Centre and covers the whole city.",
        E("It is essential that the postholder holds a full driving licence and has the use of "
          "a vehicle for work, or can show another way of meeting the travel requirements of "
          "the post where a disability prevents them from driving", "A,I",
          rule=driving(transport=True, disability=True)),
        E("It is essential that the postholder is willing to work occasional evenings to meet "
          "families", "A,I"),
    ]),
]


def _paragraph(sentences: list) -> str:
    return " ".join(s if isinstance(s, str) else f"{s.text}." for s in sentences)


BODY: list[Block] = []
for area, sentences in AREAS:
    BODY += [Heading(area, level=2), Para(_paragraph(sentences))]

DOCUMENT = CorpusDocument(
    name="level_of_requirement_prose_childrens_ot",
    layout="'level of requirement' prose: a paragraph per area, each sentence opening 'It is "
           "essential that' / 'It is desirable that' / 'Candidates should ideally'",
    formats=("docx", "pdf", "txt"),
    description="City council children's disability OT; requirements as sentences in "
                "paragraphs, priority in each sentence's opening words, context sentences, "
                "HCPC and a practice educator commitment.",
    blocks=(
        Para("Northbury City Council – Children's Services", bold=True),
        Heading("Occupational Therapist, Children's Disability Service"),
        Para("Grade 9   Permanent, 37 hours   Ref: NCC-CS-5518"),
        Heading("Person specification: level of requirement", level=2),
        Para("This specification describes the level of each requirement for the post. How we "
             "assess: the requirements under \u201cQualifications and registration\u201d are "
             "assessed from your application form and checked against your certificates; all "
             "other requirements are assessed from your application form and at interview."),
        *BODY,
        Heading("Other information", level=2),
        Para("An enhanced DBS check with a check of the children's barred list will be "
             "required before appointment. The council welcomes applications for job share."),
    ),
    roles=(TruthRole("Occupational Therapist, Children's Disability Service",
                     tuple(s for _, sentences in AREAS for s in sentences
                           if not isinstance(s, str))),),
)
