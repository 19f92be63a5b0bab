"""Northern Ireland HSC trust, Band 7 Social Worker in a children's disability team: a job pack
with numbered headings (1. About the Trust ... 5. Person specification), the criteria as
paragraphs under numbered sub-headings 5.1-5.4, each starting with "(E)" or "(D)". Main duties
in section 3 are a numbered list that reads like criteria. A sentence says section 5.3 is
assessed at interview only. The driving criterion carries an asterisk explained in a note at
the end of section 5.

What makes it hard: priority marks at the START of each paragraph; numbered headings in the
body of a job pack; duties before the criteria; a stage from a sentence about one sub-section;
the disability alternative to driving in a footnote.

Recruiter's reading:
- Criterion text is the paragraph without "(E)"/"(D)" and without the asterisk.
- Stages: application and interview, except 5.3 (interview only), as the pack says.
- "Have completed the Assessed Year in Employment (AYE)": the NI AYE is read as the ASYE.
- "Hold the Professional in Practice (PiP) Specialist Award or be working towards it": no rule
  (a PQ award).
- "Hold a Practice Teaching Award": practice educator.
- "...3 years post qualifying experience in a childrens social work setting, ...": 3 years
  post-qualification (misspelt "childrens" kept as printed).
- "Have a full, current driving licence and access to a car*": driving with transport and the
  footnote's disability alternative.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    IV,
    PLAIN,
    approved,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole, Want

TITLE = "Social Worker (Band 7) – Children's Disability Team"
E, D = PLAIN.E, PLAIN.D


def iv(want: Want) -> Want:
    return Want(want.text, want.priority, (IV,), want.weight, want.rule)


SECTIONS = [
    ("5.1 Qualifications and registration", [
        E("Hold a Degree in Social Work or its recognised predecessors (DipSW, CQSW, CSS)",
          rule=qual("social_work")),
        E("Be registered with the Northern Ireland Social Care Council (NISCC)",
          rule=reg("NISCC")),
        E("Have completed the Assessed Year in Employment (AYE)", rule=asye()),
        D("Hold the Professional in Practice (PiP) Specialist Award or be working towards it"),
        D("Hold a Practice Teaching Award", rule=approved("practice_educator")),
    ]),
    ("5.2 Experience", [
        E("Have a minimum of 3 years post qualifying experience in a childrens social work "
          "setting, at least 1 year of which must be in disability services",
          rule=years(3, pq=True, domain="childrens social work")),
        E("Have experience of multi-disciplinary working with health colleagues"),
        E("Have experience of care planning under the Children (NI) Order 1995"),
        D("Have experience of supervising staff or students"),
        D("Have experience of transition planning for young people moving to adult services"),
    ]),
    ("5.3 Knowledge and skills", [iv(w) for w in (
        E("Knowledge of the UNOCINI assessment framework"),
        E("Knowledge of Co-operating to Safeguard Children and Young People in Northern "
          "Ireland (2017)"),
        E("Ability to communicate effectively with children who have little or no verbal "
          "communication"),
        E("Ability to prioritise a complex caseload and work to deadlines"),
    )]),
    ("5.4 Other", [
        E("Have a full, current driving licence and access to a car",
          rule=driving(transport=True, disability=True)),
        D("Ability to use Irish Sign Language or Makaton"),
        E("Be willing to work flexibly, including occasional evenings"),
    ]),
]

BLOCKS: list = [
    Para("Southern Lough Health and Social Care Trust", bold=True),
    Heading("Job Pack – Ref. 74410/CD"),
    Heading("1. About the Trust", level=2),
    Para("The Trust provides hospital and community services to 380,000 people across three "
         "council areas. Children's Disability Services support over 1,100 families."),
    Heading("2. The post", level=2),
    Para(f"{TITLE}. Permanent, full time (37.5 hours). Base: Ardmore House, Lurgan."),
    Heading("3. Main duties", level=2),
    Bullets((
        "Carry a caseload of children with complex disabilities and their families.",
        "Complete UNOCINI assessments and family support plans within timescales.",
        "Chair Looked After Children and family support reviews when delegated.",
        "Supervise social work students and support newly qualified staff.",
        "Maintain records on the Trust's PARIS system.",
    ), numbered=True),
    Heading("4. Terms and conditions", level=2),
    Para("Band 7 of Agenda for Change, £43,742 - £50,056 per annum. 27 days annual leave "
         "rising to 33, plus statutory holidays. HSC pension scheme."),
    Heading("5. Person specification", level=2),
    Para("Criteria marked (E) are essential and will be used to shortlist. Criteria marked (D) "
         "are desirable and may be used to enhance the shortlisting if there are many "
         "applicants. Criteria will be assessed from your application form and at interview; "
         "the knowledge and skills in 5.3 will be assessed at interview only."),
]
WANTS: list[Want] = []
for heading, wants in SECTIONS:
    BLOCKS.append(Heading(heading, level=3))
    for w in wants:
        mark = "(E)" if w.priority is Priority.essential else "(D)"
        star = "*" if w.rule is not None and w.rule.kind == "driving" else ""
        BLOCKS.append(Para(f"{mark} {w.text}{star}"))
        WANTS.append(w)
BLOCKS += [
    Para("* This criterion will be waived for applicants whose disability prohibits driving "
         "but who have access to a form of transport which will allow them to carry out the "
         "full duties of the post.", small=True),
    Heading("6. How to apply", level=2),
    Para("Apply online at hscrecruit.com by 12 noon on Friday 15 January. CVs will not be "
         "accepted. Please tell us about any reasonable adjustments you need."),
]

DOCUMENT = CorpusDocument(
    name="jobpack_numbered_leading_e_d_ni_sw",
    layout="job pack with numbered headings, '5. Person specification' with sub-headings "
           "5.1-5.4 and paragraphs starting (E)/(D); asterisk footnote for driving",
    formats=("docx", "pdf", "txt"),
    description="NI HSC trust band 7 children's disability SW; leading (E)/(D) marks, duties "
                "list before, 5.3 interview only.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
