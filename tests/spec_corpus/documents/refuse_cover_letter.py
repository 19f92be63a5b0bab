"""Not a person specification: an applicant's covering letter, which talks about degrees,
registration and driving in the first person."""

from tests.spec_corpus.model import CorpusDocument, Para

DOCUMENT = CorpusDocument(
    name="refuse_cover_letter",
    layout="not a specification: cover letter",
    formats=("docx", "pdf"),
    refuse=True,
    description="A candidate's covering letter; must be refused.",
    blocks=(
        Para("14 Elm Grove, Northgate, NG4 2PL"),
        Para("5 January 2027"),
        Para("Dear Ms Patel,"),
        Para("I am writing to apply for the post of Social Worker in the Adult Safeguarding and "
             "DoLS Team, reference ASC/0412."),
        Para("I qualified with a BA (Hons) in Social Work in 2021 and have been registered with "
             "Social Work England since then. I completed my ASYE in a hospital discharge team "
             "and have since worked for three years in a locality team."),
        Para("I have a good working knowledge of the Mental Capacity Act 2005 and I completed "
             "the Best Interests Assessor qualification last year. I have a full driving "
             "licence and my own car."),
        Para("I would welcome the chance to discuss my application with you."),
        Para("Yours sincerely,"),
        Para("Alex Morgan"),
    ),
)
