"""District council housing service, Occupational Therapist (Housing Adaptations): one
table with only three columns, Essential | Desirable | Method, and no category column. Each
row is an unlabelled group (qualifications, experience, knowledge, skills, other), and each
cell holds several criteria run together on ONE line, separated by semicolons. The Method cell
belongs to the row. Two Desirable cells hold only "–". The key to the method codes comes after
the table.

What makes it hard: a cell is several criteria, not one; the separator is a semicolon, while
commas inside a criterion ("level access showers, stairlifts and ramps") are not separators;
without row labels nothing says where one group ends; in the text rendering each cell is one
tab-indented line, so each line is a run of criteria.

Recruiter's reading:
- Every criterion in a row takes the row's method: "AF, C" is application form and
  certificates, "AF, I" application and interview, "I, T" interview and test (the plan
  reading exercise), "AF" application only.
- "–" in a Desirable cell is an empty cell, not a criterion.
- "Membership of the Royal College of Occupational Therapists" and "Trusted Assessor
  training" get no rule (no rule kind for membership or short training).
- The driving criterion asks for access to a vehicle and says nothing about disability:
  driving rule with access to transport, no disability alternative.
"""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"AF": APP, "I": IV, "T": TEST, "C": DOC})
E, D = KEY.E, KEY.D

# (method, essentials, desirables), one row each
ROWS = [
    ("AF, C", [
        E("Degree or diploma in occupational therapy", "AF, C",
          rule=qual("occupational_therapy")),
        E("Current registration with the HCPC as an Occupational Therapist", "AF, C",
          rule=reg("HCPC", profession="occupational therapist")),
    ], [
        D("Trusted Assessor training", "AF, C"),
        D("Membership of the Royal College of Occupational Therapists", "AF, C"),
    ]),
    ("AF, I", [
        E("At least one year's post-qualifying experience as an occupational therapist",
          "AF, I", rule=years(1, pq=True, domain="occupational therapy")),
        E("Experience of recommending major adaptations, such as level access showers, "
          "stairlifts and ramps", "AF, I"),
    ], [
        D("Experience of Disabled Facilities Grant applications", "AF, I"),
        D("Experience of working with disabled children and their families", "AF, I"),
    ]),
    ("AF, I", [
        E("Knowledge of the Housing Grants, Construction and Regeneration Act 1996", "AF, I"),
        E("Understanding of the Care Act 2014 and the national eligibility criteria", "AF, I"),
    ], [
        D("Knowledge of building regulations, including Approved Document M", "AF, I"),
    ]),
    ("I, T", [
        E("Ability to read and interpret architects' plans and technical drawings", "I, T"),
        E("Clear written and verbal communication with applicants, landlords and contractors",
          "I, T"),
        E("Ability to manage a caseload and meet grant deadlines", "I, T"),
    ], []),
    ("AF", [
        E("A full driving licence and access to a vehicle for work", "AF",
          rule=driving(transport=True)),
        E("Willingness to work flexibly, including some early evening visits", "AF"),
    ], []),
]

TABLE_ROWS: list[tuple[str, ...]] = [("Essential", "Desirable", "Method")]
for method, essentials, desirables in ROWS:
    TABLE_ROWS.append((
        "; ".join(w.text for w in essentials),
        "; ".join(w.text for w in desirables) or "–",
        method,
    ))

DOCUMENT = CorpusDocument(
    name="semicolon_cells_housing_ot",
    layout="Essential | Desirable | Method, several criteria per cell separated by semicolons",
    formats=("docx", "txt"),
    description="District council housing adaptations OT; three-column table with no "
                "categories, semicolon-separated criteria in each cell, one method per row.",
    blocks=(
        Para("Harrowfield District Council – Housing Services", bold=True),
        Heading("Occupational Therapist (Housing Adaptations)"),
        Para("Grade 8   |   37 hours   |   Based at Harrowfield Civic Centre with travel across "
             "the district"),
        Para("The post holder assesses disabled residents for adaptations to their homes and "
             "works with the grants team and contractors to deliver them. Please address each "
             "of the criteria below in your supporting statement."),
        Heading("Person specification", level=2),
        Table(rows=tuple(TABLE_ROWS), widths=(75, 70, 25)),
        Para("Method: AF = application form, I = interview, T = plan reading exercise on the "
             "day of interview, C = certificates to be brought to interview."),
        Para("Harrowfield District Council is a Disability Confident employer. Applicants with "
             "a disability who meet the essential criteria will be offered an interview."),
    ),
    roles=(TruthRole("Occupational Therapist (Housing Adaptations)",
                     tuple(w for _, es, ds in ROWS for w in (*es, *ds))),),
)
