"""Not a person specification: a county council's job evaluation report for a Social Worker
post under the NJC job evaluation scheme: a document-control table, a factor table Factor |
Level | Points | Rationale, the total points and the grade they give, and the panel's sign-off.

Why it looks close: the rationale cells read like criteria ("The post requires a degree in
social work and current registration with Social Work England", "The jobholder needs at least
two years' post-qualifying experience", "The jobholder must drive to visits across the
county"), there are "Knowledge" and "Skills" factors, and the post title is a social care job.
But it grades the job, not the applicant: the levels and points are for pay, and nobody is
shortlisted against it. A recruiter would not build a shortlisting matrix from it; it must be
refused.
"""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

DOCUMENT = CorpusDocument(
    name="refuse_job_evaluation_social_worker",
    layout="not a specification: job evaluation factor report",
    formats=("docx", "pdf"),
    refuse=True,
    description="NJC job evaluation report with factor levels, points and rationale; must be "
                "refused.",
    blocks=(
        Para("Ashcombe County Council – HR Reward Team", bold=True),
        Heading("Job Evaluation Report"),
        Table(rows=(
            ("Job title", "Social Worker (Adults – Locality Team)"),
            ("Job number", "ASC-0731"),
            ("Scheme", "NJC Job Evaluation Scheme (3rd edition)"),
            ("Evaluation date", "4 November 2026"),
            ("Reason", "New job description following the restructure of locality teams"),
        ), widths=(45, 135)),
        Heading("Factor assessment", level=2),
        Table(rows=(
            ("Factor", "Level", "Points", "Rationale"),
            ("1. Knowledge", "6", "121", "The post requires a degree in social work and current "
             "registration with Social Work England, and a working knowledge of the Care Act "
             "2014 and the Mental Capacity Act 2005."),
            ("2. Mental skills", "5", "65", "The jobholder analyses complex and conflicting "
             "information to assess risk and make recommendations on care and support."),
            ("3. Interpersonal and communication skills", "5", "65", "The jobholder negotiates "
             "with people who may be distressed or hostile and presents reports to panels and "
             "the Court of Protection."),
            ("4. Physical skills", "2", "26", "Keyboard skills for case recording. The jobholder "
             "must drive to visits across the county."),
            ("5. Initiative and independence", "4", "52", "The jobholder manages their own "
             "caseload within procedures, with supervision from a senior practitioner."),
            ("8. Responsibility for people – wellbeing", "5", "65", "Assesses eligibility for "
             "services and arranges support that directly affects service users' wellbeing."),
            ("9. Responsibility for supervision", "2", "26", "Gives day-to-day guidance to "
             "social work students on placement."),
            ("13. Working conditions", "2", "26", "Home visits in all weathers; occasional "
             "exposure to verbal aggression."),
            ("Other factors", "–", "71", "Factors 6, 7, 10, 11 and 12 at level 1 or 2, as "
             "recorded on the full scoring sheet."),
        ), widths=(45, 15, 18, 102)),
        Para("Total points: 517. Grade: 10 (SCP 29–32). The experience requirement noted in "
             "the job description (at least two years' post-qualifying experience) was taken "
             "into account under factor 1."),
        Heading("Panel", level=2),
        Para("Evaluated by: Reward Adviser (chair), Unison representative, Service Manager – "
             "Adult Social Care. Consistency checked by the Job Evaluation Moderation Group on "
             "18 November 2026."),
        Para("This report is confidential to the job evaluation process. Appeals must be made "
             "within 28 days of notification of the outcome.", small=True),
    ),
)
