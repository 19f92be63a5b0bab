"""Weighted table in one piece: Criteria | E/D | Weighting | Assessed by (AF, IV, P), with
category rows and a note to shortlisting panels after it."""

from tests.spec_corpus.helpers import APP, IV, PRES, Legend, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"AF": APP, "IV": IV, "P": PRES})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("Professional qualification in Occupational Therapy or Social Work", "AF", weight=5,
          rule=qual("occupational_therapy", "social_work")),
        E("Registered with the HCPC or Social Work England", "AF", weight=5,
          rule=reg("HCPC", "SWE")),
        D("Leadership or management qualification (ILM Level 5 or equivalent)", "AF", weight=2),
    ]),
    ("Experience", [
        E("At least two years' experience of managing staff in a health or social care setting",
          "AF/IV", weight=4, rule=years(2)),
        E("Experience of managing a budget and commissioning equipment or services", "AF/IV",
          weight=3),
        D("Experience of managing a sensory impairment service", "AF/IV", weight=2),
    ]),
    ("Skills and knowledge", [
        E("Ability to lead and develop a multi-disciplinary team through service change",
          "IV/P", weight=4),
        E("Knowledge of performance management and the use of data to improve services",
          "IV/P", weight=3),
        E("Excellent communication skills, including writing reports for senior managers and "
          "elected members", "AF/IV", weight=3),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for category, wants in GROUPS:
        rows.append((category,))
        rows += [(w.text, w.priority.value[0].upper(), str(int(w.weight)), w.code)
                 for w in wants]
    return rows


DOCUMENT = CorpusDocument(
    name="weighted_team_manager",
    layout="weighted table",
    formats=("docx", "pdf"),
    has_weights=True,
    description="Team manager, OT and sensory services; E/D and weighting columns.",
    blocks=(
        Heading("Team Manager - Occupational Therapy and Sensory Services"),
        Para("Grade 11"),
        Heading("Person specification", level=2),
        Table(rows=(("Criteria", "E/D", "Weighting", "Assessed by"), *_rows()),
              widths=(115, 15, 25, 25)),
        Para("E = Essential, D = Desirable. Weighting 1-5. AF = Application form, "
             "IV = Interview, P = Presentation.", small=True),
        Para("Note for shortlisting panels: score each criterion 0-3 and multiply by the "
             "weighting. Applicants who do not meet all essential criteria should not be "
             "shortlisted.", italic=True),
    ),
    roles=(TruthRole("Team Manager - Occupational Therapy and Sensory Services",
                     tuple(w for _, wants in GROUPS for w in wants)),),
)
