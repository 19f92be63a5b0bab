"""An English city council's letter inviting a candidate to interview for a social worker post:
the time and place, the presentation topic, what to bring (Social Work England registration,
driving licence, certificates) and a list of what the panel "will want to hear about". It
names the post and reads like requirements in places, but it is not a person specification
and holds no criteria: it must be refused.
"""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para

BLOCKS = (
    Para("Brackenford City Council – People Directorate – Recruitment Team", bold=True),
    Para("Ms A. Okonjo\n14 Cedar Rise\nBrackenford BF4 2QL"),
    Para("Our ref: PD/SW/1187        Date: 3 December 2026"),
    Heading("Invitation to interview – Social Worker, Adult Community Team (Grade 9)"),
    Para("Dear Ms Okonjo,"),
    Para("Thank you for your application. I am pleased to invite you to interview on "
         "Tuesday 15 December at 10.30am at Brackenford Civic Centre, Room 2.14 (second "
         "floor; lift available). Please arrive 15 minutes early and report to main "
         "reception."),
    Para("The panel will be Jo Whitcombe (Team Manager), Sam Patel (Senior Practitioner) and a "
         "person with lived experience of adult social care. The interview will last about "
         "an hour."),
    Heading("Presentation", level=2),
    Para("You will be asked to give a 10 minute presentation on: \"How would you balance a "
         "person's right to take risks with your duty to keep them safe?\" You do not need "
         "to bring slides."),
    Heading("Please bring with you", level=2),
    Bullets((
        "Your passport or other proof of your right to work in the UK",
        "Your Social Work England registration number",
        "Your original social work degree or DipSW certificate",
        "Your full driving licence (photocard) if you have one",
        "Two proofs of address dated in the last three months",
    )),
    Heading("On the day the panel will want to hear about", level=2),
    Bullets((
        "your experience of assessments under the Care Act 2014",
        "how you apply the Mental Capacity Act 2005 in practice",
        "a time you worked with a person who did not want your involvement",
    )),
    Para("If you need any adjustments to the interview, or cannot attend, please call "
         "01632 960 412 or reply to this email by Thursday 10 December."),
    Para("Yours sincerely,"),
    Para("R. Dunmore\nRecruitment Adviser"),
)

DOCUMENT = CorpusDocument(
    name="refuse_interview_invitation_letter",
    layout="letter inviting to interview: time and place, presentation topic, 'Please bring' "
           "and 'the panel will want to hear about' bullet lists",
    formats=("docx", "pdf"),
    description="Interview invitation letter for a social worker post; names the post, SWE, "
                "a driving licence and topics, but no criteria. Must be refused.",
    blocks=BLOCKS,
    refuse=True,
)
