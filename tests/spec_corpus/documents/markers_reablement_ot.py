"""Markers in front: each criterion a paragraph starting 'E -' or 'D -' under a category
line, and the key written as a sentence; the codes of assessment follow in brackets."""

from tests.spec_corpus.helpers import APP, IV, TEST, Legend, asye, driving, qual, reg
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("BSc or MSc (pre-registration) in Occupational Therapy", "A",
          rule=qual("occupational_therapy", level="degree")),
        E("Registered with the HCPC as an Occupational Therapist", "A", rule=reg("HCPC")),
        E("Completed, or willing to undertake, the Assessed and Supported Year in Employment",
          "A/I", rule=asye(commitment=True)),
    ]),
    ("Experience", [
        E("Practice placement or work experience in a community or reablement setting", "A/I"),
        D("Experience of working with people living with dementia", "A/I"),
    ]),
    ("Knowledge and skills", [
        E("Understanding of the reablement approach and goal setting", "I"),
        E("Ability to assess risk and promote independence in daily living tasks", "I/T"),
        D("Knowledge of assistive technology and telecare", "I"),
    ]),
    ("Other", [
        E("Able to drive and have use of a car for work", "A", rule=driving(transport=True)),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for category, wants in GROUPS:
        blocks.append(Para(category.upper(), bold=True))
        blocks += [Para(f"{w.priority.value[0].upper()} - {w.text} ({w.code})") for w in wants]
    return blocks


DOCUMENT = CorpusDocument(
    name="markers_reablement_ot",
    layout="(E)/(D) markers",
    formats=("pdf", "txt"),
    description="Reablement OT; 'E -' / 'D -' in front, (A/I) codes after.",
    blocks=(
        Heading("Occupational Therapist - Reablement"),
        Para("Band A/B career grade. Home First Reablement Service."),
        Heading("Person specification", level=2),
        Para("Criteria marked E are essential and D desirable. The letters in brackets show how "
             "each is assessed: A application form, I interview, T test."),
        *_blocks(),
    ),
    roles=(TruthRole("Occupational Therapist - Reablement",
                     tuple(w for _, ws in GROUPS for w in ws)),),
)
