"""Not a person specification: a confidential reference request form a council sends to an
applicant's referee for a Social Worker post. It names the post, asks how long and in what
capacity the referee has known the applicant, then a ruled rating table (Area / Excellent /
Good / Satisfactory / Poor) whose rows read like criteria ("Knowledge of safeguarding
legislation and procedures", "Ability to manage a caseload"), Yes / No questions about
registration, sickness absence and disciplinary action, and a declaration with a signature
line. It must be refused: nothing in it is a requirement of the post; it asks a third party to
rate someone already shortlisted.

What makes it hard: the role title, the social work wording of the rating rows, a registration
question naming Social Work England and a "Please tick one box in each row" line that looks
like a key.
"""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

RATINGS = (
    "Reliability and time-keeping",
    "Quality of written records and reports",
    "Knowledge of safeguarding legislation and procedures",
    "Ability to manage a caseload and prioritise work",
    "Working relationships with colleagues and partner agencies",
    "Use of supervision and response to feedback",
)
QUESTIONS = (
    ("Is the applicant currently registered with Social Work England?", "Yes / No"),
    ("How many days of sickness absence has the applicant had in the last two years?", ""),
    ("Is the applicant subject to any current disciplinary warning?", "Yes / No"),
    ("Are you aware of any reason why the applicant should not work with children or adults "
     "at risk?", "Yes / No"),
    ("Would you re-employ the applicant?", "Yes / No"),
)

DOCUMENT = CorpusDocument(
    name="refuse_reference_request_form",
    layout="reference request form: rating table of the applicant, yes / no questions, "
           "declaration",
    formats=("docx", "pdf"),
    refuse=True,
    description="A referee's form for a social worker applicant; rates the person, asks no "
                "requirements of the post; must be refused.",
    blocks=(
        Para("Kingsbridge Borough Council – Human Resources", bold=True),
        Heading("Confidential Reference Request"),
        Para("Post applied for: Social Worker – Adult Community Team (Grade 8)   "
             "Applicant: Ms R. Okafor   Ref: KBC-SW-3381"),
        Para("The person named above has applied for this post and has given your name as a "
             "referee. We would be grateful if you would complete this form and return it "
             "within ten working days. References are sought only for shortlisted "
             "applicants."),
        Heading("1. About you and the applicant", level=2),
        Para("Your name, job title and organisation:"),
        Para("In what capacity, and for how long, have you known the applicant?"),
        Para("Applicant's job title and dates of employment with you:"),
        Heading("2. Your assessment of the applicant", level=2),
        Para("Please tick one box in each row."),
        Table((("Area", "Excellent", "Good", "Satisfactory", "Poor"),
               *((area, "☐", "☐", "☐", "☐") for area in RATINGS)),
              widths=(92, 22, 22, 24, 20)),
        Heading("3. Further questions", level=2),
        Table((("Question", "Answer"), *QUESTIONS), widths=(140, 40)),
        Heading("4. Declaration", level=2),
        Para("I confirm that the information I have given is accurate to the best of my "
             "knowledge. I understand that the applicant may ask to see this reference under "
             "data protection law."),
        Para("Signed: ____________________   Date: ____________"),
    ),
)
