"""Hull-style table for an OT post, with the heading block spread over more lines and a
'Role-specific' row the service adds, and the key above the table."""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, all_of, driving, qual, reg, years
from tests.spec_corpus.layouts import everything, side_by_side
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "C": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("Diploma or Degree in Occupational Therapy and current HCPC registration", "A/C",
          rule=all_of(qual("occupational_therapy", level="diploma"), reg("HCPC"))),
        D("Trusted Assessor or moving and handling trainer qualification", "A/C"),
    ]),
    ("Experience", [
        E("Minimum of 12 months' post-registration experience as an Occupational Therapist",
          "A/I", rule=years(1, pq=True)),
        E("Experience of assessing for and recommending equipment and minor adaptations",
          "A/I"),
        D("Experience of recommending major adaptations through the Disabled Facilities Grant",
           "A/I"),
        D("Experience of working in a local authority or integrated health and social care team",
           "A"),
    ]),
    ("Knowledge", [
        E("Knowledge of relevant legislation including the Care Act 2014 and the Housing Grants, "
          "Construction and Regeneration Act 1996", "A/I"),
        E("Understanding of moving and handling risk assessment and safe systems of work", "I/T"),
    ]),
    ("Skills & Abilities", [
        E("Ability to produce clear written assessments, reports and technical drawings", "A/T"),
        E("Ability to negotiate with service users, carers, housing providers and contractors",
          "I"),
        D("Ability to supervise Community Care Officers and OT students", "I"),
    ]),
    ("Role-specific", [
        E("Full driving licence and use of a car for work", "A",
          rule=driving(transport=True)),
        E("Commitment to continuing professional development", "A/I"),
    ]),
]

DOCUMENT = CorpusDocument(
    name="hull_occupational_therapist",
    layout="hull five-column",
    formats=("docx", "pdf"),
    description="OT, Hull-style five columns; key above the table.",
    blocks=(
        Heading("PERSON SPECIFICATION"),
        Para("POST TITLE: Occupational Therapist", bold=True),
        Para("SERVICE AREA: Adult Social Care - Occupational Therapy Service"),
        Para("DIRECTORATE: Adults, Health and Wellbeing"),
        Para("POST NO: OT/0087"),
        Para("Key to How identified: A = Application form; I = Interview; T = Test or "
             "exercise; C = Certificate seen at interview"),
        Table(
            rows=(("Criteria", "Essential", "How identified", "Desirable", "How identified"),
                  *side_by_side(GROUPS)),
            widths=(26, 60, 18, 50, 18),
        ),
    ),
    roles=(TruthRole("Occupational Therapist", tuple(everything(GROUPS))),),
)
