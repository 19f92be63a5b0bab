"""Two roles in one table: Criteria | Community Care Officer | Senior Community Care Officer,
each role's column marked E, D or '-' (not required for that role)."""

from criteria.spec import Priority
from tests.spec_corpus.helpers import PLAIN, driving, qual
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

# (criterion, mark for Community Care Officer, mark for Senior Community Care Officer)
MATRIX: list[tuple[Want, str, str]] = [
    (PLAIN.E("NVQ Level 3 in Health and Social Care, or equivalent",
             rule=qual("health_social_care", level="nvq3")), "E", "E"),
    (PLAIN.E("Trusted Assessor qualification (Level 4)"), "D", "E"),
    (PLAIN.E("Experience of working in a social care or health setting"), "E", "E"),
    (PLAIN.E("Experience of assessing for and providing minor equipment"), "D", "E"),
    (PLAIN.E("Experience of allocating work to or supervising other staff"), "-", "E"),
    (PLAIN.E("Ability to keep clear records and write short reports"), "E", "E"),
    (PLAIN.E("Ability to manage your own diary and caseload"), "E", "E"),
    (PLAIN.E("Knowledge of moving and handling techniques and equipment"), "D", "E"),
    (PLAIN.E("Full driving licence and access to a car for work", rule=driving(transport=True)),
     "E", "E"),
]


def _role(title: str, column: int) -> TruthRole:
    wants = []
    for row in MATRIX:
        mark = row[column]
        if mark == "-":
            continue
        priority = Priority.essential if mark == "E" else Priority.desirable
        want = row[0]
        wants.append(Want(want.text, priority, want.stages, None, want.rule))
    return TruthRole(title, tuple(wants))


DOCUMENT = CorpusDocument(
    name="multi_role_care_officers",
    layout="multi-role matrix",
    formats=("docx", "txt"),
    description="Two care officer roles in one table, E/D/- per role column.",
    blocks=(
        Heading("Person Specification - Community Care Officers"),
        Para("Occupational Therapy Service. E = essential, D = desirable, - = not required "
             "for this role."),
        Table(rows=(("Criteria", "Community Care Officer", "Senior Community Care Officer"),
                    *((w.text, e, s) for w, e, s in MATRIX)),
              widths=(110, 35, 35)),
    ),
    roles=(_role("Community Care Officer", 1), _role("Senior Community Care Officer", 2)),
)
