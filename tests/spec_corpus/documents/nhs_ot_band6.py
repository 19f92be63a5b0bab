"""NHS grid for a Band 6 community OT: Criteria | Essential | Desirable | Method of Assessment
with codes A/I/T, a two-sentence introduction and the trust's equality statement after it."""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, all_of, driving, qual, reg, years
from tests.spec_corpus.layouts import everything, grid
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "C": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Education and qualifications", [
        E("Degree or Diploma in Occupational Therapy and registered with the HCPC", "A/C",
          rule=all_of(qual("occupational_therapy", level="diploma"), reg("HCPC"))),
        E("Evidence of continuing professional development", "A/C"),
        D("Post-graduate training in a relevant clinical area, e.g. vestibular rehabilitation "
          "or splinting", "A/C"),
        D("Practice placement educator training", "A/C", rule=None),
    ]),
    ("Experience", [
        E("Minimum 2 years post-graduate experience as an Occupational Therapist, including "
          "rotational Band 5 posts", "A/I", rule=years(2, pq=True)),
        E("Experience of community or intermediate care rehabilitation", "A/I"),
        E("Experience of supervising junior staff, assistants or students", "A/I"),
        D("Experience of leading a quality improvement or audit project", "A/I"),
    ]),
    ("Knowledge and understanding", [
        E("Knowledge of national guidance and standards relevant to community rehabilitation",
          "I"),
        E("Understanding of clinical governance and risk management", "I"),
        D("Knowledge of outcome measures such as the AMPS or COPM", "I"),
    ]),
    ("Skills and abilities", [
        E("Able to carry out complex assessments of function and risk in the home environment",
          "I/T"),
        E("Excellent verbal and written communication skills", "I/T"),
        E("Able to manage a caseload independently and delegate appropriately", "I/T"),
    ]),
    ("Other", [
        E("Full driving licence and access to a car for work purposes", "A",
          rule=driving(transport=True)),
        E("Willing to work flexibly over seven days as the service requires", "A"),
    ]),
]

DOCUMENT = CorpusDocument(
    name="nhs_ot_band6",
    layout="nhs grid",
    formats=("pdf", "txt"),
    description="NHS Band 6 community OT; A/I/T codes, introduction under the heading.",
    blocks=(
        Heading("PERSON SPECIFICATION"),
        Para("Occupational Therapist - Community Rehabilitation Team, Band 6", bold=True),
        Para("The criteria below are used to shortlist applicants and at interview. Evidence for "
             "the criteria marked A will be taken from your application form."),
        Para("We welcome applications from all sections of the community and guarantee an "
             "interview to disabled applicants who meet the essential criteria.", italic=True),
        Table(
            rows=(("Criteria", "Essential", "Desirable", "Method of Assessment"),
                  *grid(GROUPS)),
            widths=(30, 70, 55, 25),
        ),
        Para("Method of Assessment: A - Application form; I - Interview; T - Test or practical "
             "exercise; C - Certificate check", small=True),
    ),
    roles=(TruthRole("Occupational Therapist - Community Rehabilitation Team, Band 6",
                     tuple(everything(GROUPS))),),
)
