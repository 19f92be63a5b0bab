"""Category rows again, for a Best Interests Assessor post: columns Requirement | E or D |
How assessed, with the category written in capitals in its own row and a footnote."""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, approved, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "D": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("QUALIFICATIONS", [
        E("Registered Social Worker, Nurse, Occupational Therapist or Psychologist",
          "A/D", rule=reg("SWE", "NMC", "HCPC")),
        E("Best Interests Assessor qualification", "A/D", rule=approved("BIA")),
        D("Approved Mental Capacity Professional training", "A/D", rule=approved("AMCP")),
    ]),
    ("EXPERIENCE", [
        E("At least two years' post-qualifying experience in health or social care",
          "A/I", rule=years(2, pq=True)),
        E("Experience of completing Deprivation of Liberty Safeguards assessments", "A/I"),
    ]),
    ("KNOWLEDGE", [
        E("Thorough knowledge of the Mental Capacity Act 2005 and relevant case law", "I/T"),
        D("Knowledge of the Liberty Protection Safeguards and the planned changes", "I"),
    ]),
    ("SKILLS", [
        E("Ability to write robust, defensible assessments to tight deadlines", "A/T"),
        E("Ability to consult with families, care homes and hospital staff", "I"),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for category, wants in GROUPS:
        rows.append((category,))
        rows += [(w.text, w.priority.value[0].upper(), w.code) for w in wants]
    return rows


DOCUMENT = CorpusDocument(
    name="catrows_bia",
    layout="category rows",
    formats=("pdf", "txt"),
    description="Best Interests Assessor; capital category rows, E/D letters.",
    blocks=(
        Heading("Best Interests Assessor - Person Specification"),
        Para("DoLS Team, Adult Social Care"),
        Table(rows=(("Requirement", "E or D", "How assessed"), *_rows()),
              widths=(125, 20, 35), txt="tabs"),
        Para("How assessed: A - Application form, I - Interview, T - Written exercise, "
             "D - Documents", small=True),
        Para("Applicants must hold the BIA qualification at the date of appointment.",
             small=True),
    ),
    roles=(TruthRole("Best Interests Assessor", tuple(w for _, ws in GROUPS for w in ws)),),
)
