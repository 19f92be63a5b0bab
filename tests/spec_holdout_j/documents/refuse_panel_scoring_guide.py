"""English county council, a guide for shortlisting panels on how to score applications. It
holds no person specification: it explains the 0–3 scale, gives a scoring table whose
examples quote criterion wording ("Experience of undertaking Care Act assessments", "Current
registration with Social Work England"), says how essential and desirable criteria are
treated, and lists what panel members must do. It must be refused.

What makes it hard: criterion wordings appear in quotation marks inside the examples, a table
has "Score / What the evidence shows / Example" columns, the words "essential" and
"desirable" and "shortlisting" recur, and a numbered list of panel duties looks like a list
of requirements.
"""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, Table

BLOCKS = (
    Para("Wrexley County Council – People Services", bold=True),
    Heading("Shortlisting Panel Guide: Scoring Applications"),
    Para("Version 4, for all social care recruitment. Read this guide before you score. It "
         "does not replace the person specification for the post, which the recruiting "
         "manager sends you with the applications."),
    Heading("Before you start", level=2),
    Bullets((
        "Declare any relationship with an applicant to the chair of the panel",
        "Score each application on your own before the panel meets",
        "Score only what the application says; do not use what you know of an applicant",
        "Keep your notes: they form part of the recruitment record for twelve months",
    ), numbered=True),
    Heading("The scoring scale", level=2),
    Para("Give each criterion of the person specification a score from 0 to 3, using the "
         "table below. The examples show how two common criteria might be scored; they are "
         "examples only."),
    Table((
        ("Score", "What the evidence shows", "Example"),
        ("0", "Nothing relevant to the criterion",
         "For \"Experience of undertaking Care Act assessments\", the applicant describes "
         "only their hospital ward work"),
        ("1", "The applicant says they meet it but gives no example",
         "\"I have lots of experience of Care Act assessments\""),
        ("2", "A general description of relevant work",
         "The applicant describes the assessments their team carries out"),
        ("3", "A specific, first-person example of what the applicant did and why",
         "The applicant describes an assessment they led, the outcome and what they learned"),
    ), widths=(10, 40, 50)),
    Para("Factual criteria such as \"Current registration with Social Work England\" or \"Full "
         "driving licence\" are met or not met: check the registration number on the "
         "regulator's register and record what you found."),
    Heading("Essential and desirable criteria", level=2),
    Para("An applicant who does not meet every essential criterion assessed at shortlisting "
         "should not be shortlisted, unless they are a disabled applicant covered by our "
         "guaranteed interview scheme and the chair agrees. Use desirable criteria only to "
         "choose between applicants who meet all the essential criteria."),
    Heading("After scoring", level=2),
    Para("The chair collects the scores, the panel agrees a shortlist, and People Services "
         "writes to every applicant within ten working days. Queries about this guide go to "
         "the Resourcing Team."),
)

DOCUMENT = CorpusDocument(
    name="refuse_panel_scoring_guide",
    layout="panel guidance: numbered duties, a Score / What the evidence shows / Example table "
           "quoting criterion wording, paragraphs on essential and desirable criteria",
    formats=("pdf", "docx"),
    description="English county council guide to scoring applications; quotes criteria in "
                "its examples but holds no person specification.",
    blocks=BLOCKS,
    refuse=True,
)
