"""Weighted tables: Essential and Desirable headings, each over a table of criterion |
weighting (1-5) | assessed by, with the assessment written in words."""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, approved, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"APPLICATION": APP, "INTERVIEW": IV, "TEST": TEST, "CERTIFICATE": DOC})
E, D = KEY.E, KEY.D

ESSENTIAL = [
    E("Social Work qualification (DipSW, CQSW, BA/MA Social Work or equivalent)",
      "Application / Certificate", weight=5, rule=qual("social_work")),
    E("Current registration with Social Work England", "Application / Certificate", weight=5,
      rule=reg("SWE")),
    E("Minimum of three years' post-qualifying experience in adult social work", "Application",
      weight=5, rule=years(3, pq=True)),
    E("Practice Educator Professional Standards Stage 1, or willingness to complete it within "
      "12 months of appointment", "Application / Interview", weight=3,
      rule=approved("practice_educator", commitment=True)),
    E("Experience of supervising or mentoring social workers, students or unqualified staff",
      "Application / Interview", weight=4),
    E("Sound knowledge of the Care Act 2014 and the Mental Capacity Act 2005 and how they apply "
      "in practice", "Application / Interview", weight=4),
    E("Ability to lead complex safeguarding enquiries and chair strategy meetings", "Interview",
      weight=4),
    E("Ability to quality assure assessments and support plans", "Interview / Test", weight=3),
]
DESIRABLE = [
    D("Best Interests Assessor qualification", "Application", weight=2, rule=approved("BIA")),
    D("Experience of working with people who have a learning disability or autism",
      "Application / Interview", weight=2),
    D("Knowledge of the Liberty Protection Safeguards", "Interview", weight=1),
]


def _table(wants: list) -> Table:
    return Table(rows=(("Criterion", "Weighting (1-5)", "Assessed by"),
                       *((w.text, str(int(w.weight)), w.code) for w in wants)),
                 widths=(110, 30, 40))


DOCUMENT = CorpusDocument(
    name="weighted_senior_practitioner",
    layout="weighted table",
    formats=("docx", "pdf"),
    has_weights=True,
    description="Senior practitioner; separate weighted tables under Essential / Desirable.",
    blocks=(
        Heading("Senior Practitioner (Adult Social Work)"),
        Para("Grade: PO3   Reports to: Team Manager"),
        Heading("Person Specification", level=2),
        Para("Each criterion carries a weighting from 1 (useful) to 5 (critical to the role); "
             "the shortlisting panel multiplies its score by the weighting."),
        Heading("Essential criteria", level=3),
        _table(ESSENTIAL),
        Heading("Desirable criteria", level=3),
        _table(DESIRABLE),
    ),
    roles=(TruthRole("Senior Practitioner (Adult Social Work)", (*ESSENTIAL, *DESIRABLE)),),
)
