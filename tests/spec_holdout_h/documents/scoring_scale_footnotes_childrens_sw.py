"""English London borough, Children's Social Worker (post-ASYE): a table Ref / Criteria / E or
D / Shortlisting score / Assessed at, with a scoring column that prints the scale ("0 – 3" or
"Pass / Fail") for every row, and footnote markers (¹, ², ³, *) in criteria texts explained
in small print under the table.

What makes it hard: a number column that is a scoring scale, not a weight (every row has the
same "0 – 3"); Pass / Fail in the same column; superscript markers glued to the criterion
text; a travel criterion whose footnote makes it a driving requirement; the ASYE footnote
that sends newly qualified workers elsewhere (no commitment accepted).

Recruiter's reading:
- No weights (the score column is the scale every criterion is marked on).
- Criterion text without the footnote marker.
- Key: SL = shortlisting (application), INT = interview, PRES = presentation.
- "Social Work degree or equivalent": social work, no level.
- "Current registration with Social Work England": SWE (footnote ² on provisional
  registration is for the panel).
- "Completed ASYE": ASYE, no commitment.
- "Practice Educator Stage 1 or 2": practice educator.
- "At least 18 months post-qualifying experience in statutory children's services ...":
  1.5 years post-qualification.
- "Ability to travel around the borough to meet service needs³": footnote ³ asks for a
  licence and use of a car or, for a disabled applicant, an agreed alternative: driving with
  transport and the disability alternative. A recruiter might read it as no rule.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    IV,
    PRES,
    Legend,
    approved,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

TITLE = "Social Worker – Children in Need and Child Protection (Level 2, PO1-PO3)"
L = Legend({"SL": APP, "INT": IV, "PRES": PRES})
PF, SCALE = "Pass / Fail", "0 – 3"

GROUPS = [
    ("Qualifications", [
        (L.E("Social Work degree or equivalent", "SL", rule=qual("social_work")), "¹", PF),
        (L.E("Current registration with Social Work England", "SL", rule=reg("SWE")), "²", PF),
        (L.E("Completed ASYE", "SL", rule=asye()), "*", PF),
        (L.D("Practice Educator Stage 1 or 2", "SL", rule=approved("practice_educator")), "",
         SCALE),
    ]),
    ("Experience", [
        (L.E("At least 18 months post-qualifying experience in statutory children's services, "
             "including child protection work", "SL/INT",
             rule=years(1.5, pq=True, domain="statutory children's services")), "", SCALE),
        (L.E("Experience of presenting evidence in care proceedings and writing court reports",
             "SL/INT"), "", SCALE),
        (L.D("Experience of working with disabled children or children in care", "SL"), "",
         SCALE),
        (L.D("Experience of using Signs of Safety or a similar strengths based model",
             "SL/INT"), "", SCALE),
    ]),
    ("Knowledge", [
        (L.E("Knowledge of the Children Act 1989 and 2004, and Working Together to Safeguard "
             "Children", "INT"), "", SCALE),
        (L.E("Understanding of the impact of domestic abuse, parental mental ill-health and "
             "substance misuse on children", "INT"), "", SCALE),
        (L.D("Understanding of contextual safeguarding", "INT"), "", SCALE),
    ]),
    ("Skills and abilities", [
        (L.E("Ability to analyse complex information and present a clear assessment",
             "PRES/INT"), "", SCALE),
        (L.E("Ability to build relationships with children and families who may be reluctant "
             "to engage", "INT"), "", SCALE),
        (L.E("Excellent written English; able to write reports for a range of audiences",
             "SL"), "", SCALE),
        (L.D("Ability to use Liquidlogic (LCS) or a similar case management system", "SL"), "",
         SCALE),
    ]),
    ("Other", [
        (L.E("Ability to travel around the borough to meet service needs", "SL",
             rule=driving(transport=True, disability=True)), "³", PF),
        (L.E("Commitment to equality, diversity and inclusion", "INT"), "", SCALE),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Ref", "Criteria", "E / D", "Shortlisting score",
                                "Assessed at")]
WANTS = []
ref = 0
for category, items in GROUPS:
    ROWS.append((category,))
    for want, mark, score in items:
        ref += 1
        ROWS.append((str(ref), want.text + mark,
                     "E" if want.priority is Priority.essential else "D", score, want.code))
        WANTS.append(want)

BLOCKS = (
    Para("London Borough of Hartwell – Children's Services", bold=True),
    Heading("Person Specification"),
    Para(f"Post: {TITLE}"),
    Para("Each criterion is scored by the panel on the scale shown: 0 = no evidence, 1 = "
         "limited, 2 = good, 3 = excellent. Pass / Fail criteria must be met to be "
         "shortlisted. SL = shortlisting from your application, INT = interview, PRES = "
         "presentation (10 minutes, topic sent with your invitation)."),
    Table(tuple(ROWS), widths=(7, 53, 9, 15, 16)),
    Para("¹ e.g. DipSW, CQSW, BA/MA Social Work. Overseas qualifications must be recognised "
         "by Social Work England.", small=True),
    Para("² Or provisional registration with proof of application; you must be registered "
         "before you start.", small=True),
    Para("* If you have not yet completed your ASYE please apply for our ASYE programme "
         "(ref. CS/ASYE/26) rather than this post.", small=True),
    Para("³ This post requires a full UK driving licence and use of a car for work, or, for "
         "a disabled applicant, an agreed alternative way of travelling.", small=True),
)

DOCUMENT = CorpusDocument(
    name="scoring_scale_footnotes_childrens_sw",
    layout="table Ref | Criteria | E / D | Shortlisting score (0 – 3 or Pass / Fail) | "
           "Assessed at, footnote markers ¹ ² ³ * explained under the table",
    formats=("pdf", "docx"),
    description="London borough children's SW; a scoring-scale column that is not a weight, "
                "footnotes that carry the driving rule.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
