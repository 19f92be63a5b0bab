"""A letter to a candidate after a conditional offer, explaining the Enhanced DBS check and
the identity documents to bring: what a recruiter might upload by mistake in place of the
person specification of the same post. It names the post, says what the candidate "must" do
in bullet lists, speaks of the barred list, registration with Social Work England and a
driving licence as documents, but holds no criteria to shortlist against.

Why it must be refused: it is a pre-employment letter; its "You must" bullets are
instructions to someone already offered the post (complete the form within seven days, bring
three documents), not requirements a supporting statement is scored against.
"""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para

DOCUMENT = CorpusDocument(
    name="refuse_dbs_guidance_letter",
    layout="letter after a conditional offer: DBS guidance with document lists",
    formats=("docx", "pdf"),
    description="Pre-employment DBS guidance letter for a social worker post; no criteria.",
    refuse=True,
    blocks=(
        Para("Fernleigh District Council – People Services, HR Recruitment Team", bold=True),
        Para("Our ref: HR/REC/5530/DBS          3 December 2026"),
        Para("Ms A. Okonjo\n14 Millbrook Close\nFernleigh FN4 2QT"),
        Para("Dear Ms Okonjo,"),
        Heading("Conditional offer: Social Worker, Adults Locality Team (Grade 9) – your DBS "
                "check", level=2),
        Para("Congratulations again on your conditional offer. Before we can confirm a start "
             "date, we must complete an Enhanced Disclosure and Barring Service (DBS) check "
             "with a check of the adults' barred list, as the post is regulated activity."),
        Para("What you must do", bold=True),
        Bullets((
            "Complete the online DBS application using the link in the email we sent you, "
            "within seven days of this letter.",
            "Bring three original identity documents to the ID check appointment on 10 "
            "December 2026 at the Civic Centre, Room G14.",
            "Tell us at once if any of your details change before the check is returned.",
            "If you are subscribed to the DBS Update Service, bring your certificate and give "
            "us permission to check it online.",
        )),
        Para("Documents we can accept", bold=True),
        Bullets((
            "Group 1: a current passport, a UK biometric residence permit, a current UK "
            "photocard driving licence, or a birth certificate issued at the time of birth.",
            "Group 2: a bank or building society statement, a utility bill or a council tax "
            "statement dated in the last three months.",
            "Proof of your registration with Social Work England (a print of the public "
            "register will do).",
        )),
        Para("At least one document must come from Group 1 and one must show your current "
             "address. We cannot accept photocopies or documents printed from the internet, "
             "other than the Social Work England register."),
        Para("Having a criminal record will not necessarily stop you from starting work with "
             "us. We will discuss anything the certificate shows with you before we make a "
             "decision, in line with our Recruitment of Ex-Offenders Policy."),
        Para("If you have any questions, please contact the Recruitment Team on 01632 960 418."),
        Para("Yours sincerely,"),
        Para("D. Hartigan\nRecruitment Adviser"),
    ),
)
