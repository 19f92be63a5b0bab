"""NHS grid: Factor | Essential | Desirable | Method of assessment, an introductory sentence
under the heading, bullets inside the cells and the method per factor."""

from tests.spec_corpus.helpers import APP, DOC, IV, PRES, TEST, Legend, driving, qual, reg
from tests.spec_corpus.layouts import everything, grid
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"AF": APP, "IV": IV, "T": TEST, "P": PRES, "C": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("BSc (Hons) or Diploma in Occupational Therapy", "AF/C",
          rule=qual("occupational_therapy", level="diploma")),
        E("HCPC registration as an Occupational Therapist", "AF/C", rule=reg("HCPC")),
        D("Membership of the Royal College of Occupational Therapists", "AF/C"),
    ]),
    ("Experience", [
        E("Clinical placements across a range of settings, including physical and mental "
          "health", "AF/IV"),
        D("Experience of working in an acute hospital setting", "AF/IV"),
        D("Experience of working as an occupational therapy assistant or support worker",
          "AF/IV"),
    ]),
    ("Knowledge", [
        E("Knowledge of the principles of occupational therapy assessment and intervention",
          "AF/IV"),
        E("Understanding of the HCPC Standards of Conduct, Performance and Ethics", "AF/IV"),
        D("Knowledge of discharge planning processes", "AF/IV"),
    ]),
    ("Skills", [
        E("Good written and verbal communication skills", "IV/T"),
        E("Ability to prioritise and manage own workload", "IV/T"),
        E("Basic IT skills including email and electronic patient records", "IV/T"),
    ]),
    ("Personal qualities", [
        E("Able to work as part of a multidisciplinary team", "IV"),
        E("Commitment to own professional development and clinical supervision", "IV"),
    ]),
    ("Other requirements", [
        E("Ability to travel between hospital and community sites in a timely manner", "AF"),
        D("Full UK driving licence", "AF", rule=driving()),
    ]),
]

DOCUMENT = CorpusDocument(
    name="nhs_ot_band5",
    layout="nhs grid",
    formats=("docx", "pdf"),
    description="NHS Band 5 rotational OT; intro sentence under the heading.",
    blocks=(
        Heading("Person Specification"),
        Para("This person specification sets out the qualifications, experience, skills and "
             "knowledge the post holder needs. Please show in your supporting information how "
             "you meet each of the essential criteria."),
        Para("Job title: Occupational Therapist (Rotational)   Band: 5", bold=True),
        Table(
            rows=(("Factor", "Essential", "Desirable", "Method of assessment"),
                  *grid(GROUPS)),
            widths=(28, 70, 55, 27),
        ),
        Para("Method of assessment: AF = application form, IV = interview, T = test, "
             "P = presentation, C = certificates", small=True),
    ),
    roles=(TruthRole("Occupational Therapist (Rotational) Band 5", tuple(everything(GROUPS))),),
)
