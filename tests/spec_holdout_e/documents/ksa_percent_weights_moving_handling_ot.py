"""English county council, Senior Occupational Therapist (moving and handling specialist): a
"Knowledge, Skills and Abilities" grid. Columns Ref / Requirement / E or D / Weighting % /
Assessed (S, I, T); refs prefixed Q (qualifications), K (knowledge), S (skills and
experience) and A (abilities and attributes), with no category rows: the prefix is the
category. The weightings are percentages of the total score and add up to 100; a note after the
grid says how the score is worked out. The text copy is pasted with tabs.

What makes it hard: the weight is a percentage, not a multiplier; the assessment column
reuses "S" (shortlisting) while refs begin with S too; the note about scoring after the grid is
not a criterion; one ability is to travel, not to drive.

Recruiter's reading:
- Priority from the E / D column; weight is the printed percentage (5 or 10); stages by the
  key: S shortlisting (application form), I interview, T practical test.
- Q1 "Degree or diploma in Occupational Therapy": occupational therapy, no level.
- Q2 "HCPC registration as an Occupational Therapist": HCPC.
- Q3 "Moving and handling trainer qualification, or willingness to complete it within the
  first year": no model subject or approved role fits; an evidence criterion.
- Q4 "Accredited Practice Educator (APPLE) or equivalent": practice educator, no commitment.
- S1 "Minimum of four years' post-registration experience, two of them in community settings":
  4 years post-qualification (the two community years are for the panel).
- A2 "Ability to travel independently across the county, including rural areas": ability to
  travel, so no driving rule.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, IV, TEST, approved, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
CODES = {"S": APP, "I": IV, "T": TEST}
GRID = [
    ("Q1", "Degree or diploma in Occupational Therapy", E, 5, "S", qual("occupational_therapy")),
    ("Q2", "HCPC registration as an Occupational Therapist", E, 5, "S", reg("HCPC")),
    ("Q3", "Moving and handling trainer qualification, or willingness to complete it within "
           "the first year", D, 5, "S", None),
    ("Q4", "Accredited Practice Educator (APPLE) or equivalent", D, 5, "S",
     approved("practice_educator")),
    ("K1", "Knowledge of the Care Act 2014 and the Disabled Facilities Grant process", E, 10,
     "S, I", None),
    ("K2", "Knowledge of single-handed care techniques and equipment", E, 10, "I", None),
    ("K3", "Knowledge of bariatric moving and handling", D, 5, "I", None),
    ("S1", "Minimum of four years' post-registration experience, two of them in community "
           "settings", E, 10, "S", years(4, pq=True, domain="occupational therapy")),
    ("S2", "Skills in complex moving and handling risk assessment", E, 10, "S, T", None),
    ("S3", "Skills in delivering training to care providers and family carers", E, 10, "S, I",
     None),
    ("S4", "Experience of supervising occupational therapists or OT assistants", D, 5, "S, I",
     None),
    ("A1", "Ability to negotiate safe outcomes where people's wishes and risks conflict", E,
     10, "I", None),
    ("A2", "Ability to travel independently across the county, including rural areas", E, 5,
     "S", None),
    ("A3", "Commitment to promoting independence and strengths-based practice", E, 5, "I",
     None),
]
assert sum(item[3] for item in GRID) == 100


def _stages(code: str):
    return tuple(CODES[part.strip()] for part in code.split(","))


ROWS = [("Ref", "Requirement", "E / D", "Weighting %", "Assessed")]
ROWS += [(ref, text, "E" if p is E else "D", str(w), code) for ref, text, p, w, code, _ in GRID]

DOCUMENT = CorpusDocument(
    name="ksa_percent_weights_moving_handling_ot",
    layout="KSA grid Ref / Requirement / E or D / Weighting % / Assessed, refs Q K S A",
    formats=("docx", "txt"),
    has_weights=True,
    description="County council senior OT (moving and handling); percentage weightings that "
                "add up to 100, category only in the ref prefix.",
    blocks=(
        Para("Wealdshire County Council", bold=True),
        Heading("Senior Occupational Therapist – Moving and Handling Specialist (Grade L)"),
        Para("Adult Social Care, Countywide Equipment and Adaptations Team"),
        Heading("Knowledge, Skills and Abilities", level=2),
        Para("Refs: Q qualifications, K knowledge, S skills and experience, A abilities and "
             "attributes. E = essential, D = desirable. Assessed: S = shortlisting "
             "(application form), I = interview, T = practical test."),
        Table(tuple(ROWS), widths=(12, 112, 14, 22, 20), txt="tabs"),
        Para("Each requirement is scored 0–4 at each stage where it is assessed; the score "
             "is multiplied by its weighting and the totals added to give a percentage. "
             "Candidates must meet every essential requirement.", small=True),
    ),
    roles=(TruthRole("Senior Occupational Therapist – Moving and Handling Specialist (Grade L)",
                     tuple(Want(text, p, _stages(code), float(w), rule, code)
                           for _, text, p, w, code, rule in GRID)),),
)
