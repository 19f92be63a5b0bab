"""NHS Jobs advert: job summary, main duties, about us, then 'Person Specification' laid out
as the site prints it: a category line, then 'Essential' and 'Desirable' each over their
items; salary and contact lines around it."""

from tests.spec_corpus.helpers import PLAIN, qual, reg
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

GROUPS = [
    ("Qualifications", [
        E("Degree or diploma in Occupational Therapy",
      rule=qual("occupational_therapy", level="diploma")),
        E("Registered with the HCPC", rule=reg("HCPC")),
    ]),
    ("Experience", [
        E("Experience gained on clinical placements"),
        D("Experience of working in a hospital setting"),
    ]),
    ("Skills", [
        E("Good communication skills, written and verbal"),
        E("Ability to work under pressure and prioritise a caseload"),
        D("Experience of using electronic patient records"),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for category, wants in GROUPS:
        blocks.append(Heading(category, level=3))
        for label in ("essential", "desirable"):
            items = tuple(w.text for w in wants if w.priority.value == label)
            if items:
                blocks += [Para(label.capitalize(), bold=True), Bullets(items)]
    return blocks


DOCUMENT = CorpusDocument(
    name="nhsjobs_ot_band5",
    layout="NHS Jobs listing",
    formats=("pdf", "txt"),
    description="NHS Jobs advert for a Band 5 OT with the site's person specification.",
    blocks=(
        Heading("Occupational Therapist - Band 5"),
        Para("Salary: £29,970 to £36,483 a year per annum pro rata"),
        Para("Contract: Permanent   Working pattern: Full time, flexible working"),
        Heading("Job summary", level=2),
        Para("An exciting opportunity has arisen for a newly qualified or experienced Band 5 "
             "Occupational Therapist to join our acute therapy team."),
        Heading("Main duties of the job", level=2),
        Para("You will assess and treat patients on the medical wards, plan safe discharges "
             "and work closely with the discharge coordinators."),
        Heading("About us", level=2),
        Para("We are a large teaching hospital trust serving 600,000 people."),
        Heading("Person Specification", level=2),
        *_blocks(),
        Heading("Employer details", level=2),
        Para("Employer name: Riverside Hospitals NHS Foundation Trust"),
        Para("Name: Priya Shah   Job title: Therapy Lead   Email address: p.shah@example.nhs.uk"),
    ),
    roles=(TruthRole("Occupational Therapist - Band 5",
                     tuple(w for _, ws in GROUPS for w in ws)),),
)
