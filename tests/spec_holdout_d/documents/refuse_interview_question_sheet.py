"""Not a specification: a panel's interview question sheet for an adult social worker post.
Numbered questions in a ruled table Question / Criterion tested / What a good answer includes
/ Score (1-5), the criterion column naming person-specification criteria with "(E)" or "(D)",
bulleted answer guidance, a 1-5 scoring guide and a panel signature block. It lists
requirement-like phrases ("Knowledge of the Care Act 2014 (E)", "Registered with Social Work
England") and Essential/Desirable marks, so it looks like a specification. It must be refused:
nothing in it is a criterion a supporting statement is read against; it is how a panel scores
an interview.
"""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

QUESTIONS = (
    ("1. Tell us why you have applied for this post and what you would bring to the team.",
     "Commitment to person-centred practice (E)",
     "\u2022 Knows what the team does\n\u2022 Gives examples from their own practice\n"
     "\u2022 Shows values, not only experience"),
    ("2. Talk us through a Care Act assessment you completed where the person's wishes and "
     "the risks were in conflict. What did you do?",
     "Knowledge of the Care Act 2014 (E)\nExperience of assessment and care planning (E)",
     "\u2022 Eligibility criteria and wellbeing principle\n\u2022 Person's views recorded\n"
     "\u2022 Positive risk-taking, defensible decision"),
    ("3. A provider tells you a resident has unexplained bruising. What are your next steps?",
     "Knowledge of adult safeguarding procedures (E)",
     "\u2022 Immediate safety first\n\u2022 Section 42 enquiry, who to inform\n"
     "\u2022 Recording, making safeguarding personal"),
    ("4. How do you decide whether someone has capacity to make a decision about where they "
     "live?",
     "Knowledge of the Mental Capacity Act 2005 (E)",
     "\u2022 Presumption of capacity, decision-specific\n\u2022 Two-stage test\n"
     "\u2022 Best interests if lacking capacity; DoLS awareness"),
    ("5. Describe how you keep your caseload under control when several cases become urgent "
     "in the same week.",
     "Ability to prioritise a caseload (E)",
     "\u2022 Uses supervision\n\u2022 Risk-based prioritising\n\u2022 Communicates delays"),
    ("6. Have you supervised students or newly qualified workers? What did you learn?",
     "Practice educator experience (D)",
     "\u2022 Examples of feedback given\n\u2022 Reflective approach"),
)

DOCUMENT = CorpusDocument(
    name="refuse_interview_question_sheet",
    layout="interview question sheet: questions, criterion tested with (E)/(D), answer "
           "guidance and a 1-5 score per question",
    formats=("docx", "pdf"),
    description="Not a specification: an interview question and scoring sheet for an adult "
                "social worker post, with person-specification criteria named per question.",
    blocks=(
        Para("Brackenmoor District Council – Adult Social Care", bold=True),
        Heading("Interview Questions and Scoring Sheet"),
        Para("Post: Social Worker (Adults), Grade 9   Ref: BDC-ASC-2207\n"
             "Candidate: ______________________   Date: ____________"),
        Para("Each candidate is asked the same questions in the same order. Score each answer "
             "from 1 to 5 against the guidance, using the criterion tested as your reference. "
             "All candidates must also be registered with Social Work England; the chair "
             "checks this before the interview."),
        Heading("Scoring guide", level=2),
        Table((("Score", "Meaning"),
               ("1", "No evidence: the answer does not address the question"),
               ("2", "Limited evidence: general statements, no examples"),
               ("3", "Satisfactory: meets the criterion with some examples"),
               ("4", "Good: clear, relevant examples from own practice"),
               ("5", "Excellent: detailed examples, reflection and learning shown")),
              widths=(20, 160)),
        Heading("Questions", level=2),
        Table((("Question", "Criterion tested", "What a good answer includes", "Score (1-5)"),
               *((q, c, g, "") for q, c, g in QUESTIONS)), widths=(62, 44, 56, 18)),
        Para("Total score (out of 30): ________   Pass mark: 18, with no score below 2 on a "
             "question testing an essential criterion."),
        Para("Panel member: ______________________   Signature: ______________________",
             small=True),
    ),
    refuse=True,
)
