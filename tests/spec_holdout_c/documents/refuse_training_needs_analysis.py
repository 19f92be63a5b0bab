"""Not a person specification: a borough council adult social care training needs analysis
for 2027/28. A matrix Training | Social Worker | Occupational Therapist | Social Care Assessor
| Refresh, each role column holding "Essential", "Desirable" or "–", then an "Individual
training needs" table from supervision (name, post, need, priority, target date) and a
sign-off.

Why it looks close: it is laid out like a multi-role person specification matrix, with role
names as column headers and "Essential" / "Desirable" in every cell; the rows name things
person specifications ask for ("Best Interests Assessor training", "Practice Educator
Professional Standards Stage 1", "Mental Capacity Act", "Safeguarding Adults Level 3"), and
the introduction says what post holders "must complete". But it lists training the council
will give staff already in post, with refresh periods and target dates; nobody applies
against it and nobody is shortlisted. A recruiter would not build a shortlisting matrix from
it; it must be refused.
"""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

DOCUMENT = CorpusDocument(
    name="refuse_training_needs_analysis",
    layout="not a specification: training needs analysis with Essential/Desirable per role",
    formats=("docx", "txt"),
    refuse=True,
    description="Adult social care training needs analysis, training by role marked "
                "Essential/Desirable with refresh periods; must be refused.",
    blocks=(
        Para("Westmarch Borough Council – Adult Social Care Workforce Development", bold=True),
        Heading("Training Needs Analysis 2027/28"),
        Para("This analysis sets out the training each post holder must complete within their "
             "first year in post and how often it must be refreshed. Team managers should use "
             "it with the individual needs identified at supervision and appraisal to plan "
             "their team's training for the year. Essential training is funded centrally; "
             "desirable training is funded from team budgets where places allow."),
        Heading("Training by role", level=2),
        Table(rows=(
            ("Training", "Social Worker", "Occupational Therapist", "Social Care Assessor",
             "Refresh"),
            ("Safeguarding Adults Level 3", "Essential", "Essential", "Essential", "3 years"),
            ("Mental Capacity Act 2005 – assessment and best interests", "Essential",
             "Essential", "Essential", "3 years"),
            ("Care Act 2014 – assessment and eligibility", "Essential", "Essential",
             "Essential", "On induction"),
            ("Moving and handling of people", "Desirable", "Essential", "Essential", "2 years"),
            ("Best Interests Assessor training", "Desirable", "–", "–",
             "Annual BIA refresher"),
            ("Practice Educator Professional Standards Stage 1", "Desirable", "Desirable", "–",
             "–"),
            ("Trusted Assessor (equipment)", "–", "Essential", "Desirable", "3 years"),
            ("Recording and case management system (Mosaic)", "Essential", "Essential",
             "Essential", "On induction"),
            ("Lone working and personal safety", "Essential", "Essential", "Essential",
             "3 years"),
            ("Driving at work awareness", "Essential", "Essential", "Essential", "On induction"),
        ), widths=(62, 28, 32, 32, 26)),
        Heading("Individual training needs identified at supervision", level=2),
        Table(rows=(
            ("Name", "Post", "Training need identified", "Priority", "Target date"),
            ("A. Kowalczyk", "Social Worker", "Court of Protection report writing", "High",
             "March 2027"),
            ("R. Obi", "Occupational Therapist", "Housing adaptations and plan reading",
             "Medium", "June 2027"),
            ("S. Haldane", "Social Care Assessor", "Level 3 Diploma in Adult Care (start)",
             "High", "September 2027"),
        ), widths=(30, 38, 62, 22, 28)),
        Para("Completed by: Workforce Development Officer. Agreed by the Adult Social Care "
             "Leadership Team on 26 November 2026. Next review: November 2027."),
    ),
)
