"""(E)/(D) markers at the end of each bullet, under category subheadings; no assessment
stages given, so the defaults apply."""

from tests.spec_corpus.helpers import PLAIN, approved, driving, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

GROUPS = [
    ("Qualifications", [
        E("Qualified Social Worker, Occupational Therapist, Nurse or Psychologist registered "
          "with the relevant professional body", rule=reg("SWE", "HCPC", "NMC")),
        E("Warranted as an Approved Mental Health Professional, or currently completing the "
          "AMHP training programme", rule=approved("AMHP", training=True)),
        D("Best Interests Assessor qualification", rule=approved("BIA")),
    ]),
    ("Experience", [
        E("Minimum two years' post-qualifying experience in mental health services",
          rule=years(2, pq=True)),
        E("Experience of undertaking Mental Health Act assessments"),
        D("Experience of working in a crisis or out of hours service"),
    ]),
    ("Knowledge", [
        E("Detailed knowledge of the Mental Health Act 1983 (as amended 2007) and its Code of "
          "Practice"),
        E("Knowledge of the Mental Capacity Act 2005 and the Deprivation of Liberty "
          "Safeguards"),
    ]),
    ("Skills and abilities", [
        E("Ability to make independent decisions under pressure and to record the reasons for "
          "them"),
        E("Ability to coordinate assessments involving police, ambulance and health colleagues"),
        E("Able to take part in the AMHP out of hours rota"),
        D("Full driving licence", rule=driving()),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for category, wants in GROUPS:
        blocks.append(Heading(category, level=3))
        blocks.append(Bullets(tuple(
            f"{w.text} ({'E' if w.priority.value == 'essential' else 'D'})" for w in wants)))
    return blocks


DOCUMENT = CorpusDocument(
    name="markers_amhp",
    layout="(E)/(D) markers",
    formats=("docx", "txt"),
    description="AMHP; (E)/(D) after each bullet under category subheadings.",
    blocks=(
        Heading("Approved Mental Health Professional (AMHP)"),
        Para("Mental Health Social Work Team - Grade 9"),
        Heading("Person Specification", level=2),
        Para("(E) = Essential   (D) = Desirable"),
        *_blocks(),
    ),
    roles=(TruthRole("Approved Mental Health Professional (AMHP)",
                     tuple(w for _, ws in GROUPS for w in ws)),),
)
