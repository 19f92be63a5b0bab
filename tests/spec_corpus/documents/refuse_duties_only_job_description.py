"""Not a person specification: a job description with the job purpose and duties only,
no requirements of the post holder."""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para

DOCUMENT = CorpusDocument(
    name="refuse_duties_only_job_description",
    layout="not a specification: duties-only job description",
    formats=("docx", "txt"),
    refuse=True,
    description="Job purpose and duties, no criteria; must be refused.",
    blocks=(
        Heading("Job Description"),
        Para("Job title: Occupational Therapist   Grade: 9   Reports to: Senior OT"),
        Heading("Job purpose", level=2),
        Para("To assess the needs of disabled adults and provide equipment, adaptations and "
             "advice so that they can live as independently as possible."),
        Heading("Main duties and responsibilities", level=2),
        Bullets((
            "Carry out occupational therapy assessments in people's homes",
            "Recommend and order equipment and minor adaptations",
            "Make recommendations for Disabled Facilities Grant applications",
            "Keep accurate records on the electronic case management system",
            "Supervise Community Care Officers and OT students on placement",
            "Take part in team duty arrangements",
        ), numbered=True),
        Heading("Working conditions", level=2),
        Para("The post holder will be based at the Civic Centre and will travel across the "
             "district. The duties above are not exhaustive and may change as the service "
             "develops."),
    ),
)
