"""Northern Ireland health and social care trust advert for a children's Gateway social
worker: "About the role", "What you'll do" (duties in the second person), then "About you"
with "You will need:" and "It would be great if you also have:" lists, "What we offer" and how
to apply.

What makes it hard: duties and requirements are both written in the second person ("You'll
complete initial assessments ..." is a duty; "You'll hold a degree in social work ..." is a
requirement), so only the "About you" lists are criteria. Northern Ireland terms: NISCC
registration, UNOCINI assessments, the Children (Northern Ireland) Order 1995. The driving
criterion is the long Northern Ireland wording in one bullet, with an alternative form of
transport and a waiver for applicants whose disability prohibits driving (driving with
transport and the disability alternative). The NISCC criterion's "or eligible to register
before taking up post" is left to the panel (registration rule).

Recruiter's reading: the advert gives no assessment stages; the shortlisting note says
shortlisting is from the application form and interviews follow, so every criterion is
[application, interview] (the default). "You will need" is essential, "It would be great if
you also have" is desirable. The Post Qualifying Award is not one of the checkable
qualification kinds (it is a post-qualifying award, not a degree level), so rule=None.
"""

from tests.spec_corpus.helpers import PLAIN, driving, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

NEED = [
    E("You'll hold a degree in social work, or an equivalent qualification such as the DipSW or "
      "CQSW", rule=qual("social_work")),
    E("You'll be registered with the Northern Ireland Social Care Council (NISCC), or eligible "
      "to register before taking up post", rule=reg("NISCC")),
    E("At least two years' post-qualifying experience in a statutory children's social work "
      "setting", rule=years(2, pq=True)),
    E("You'll have experience of completing UNOCINI assessments"),
    E("A good understanding of the Children (Northern Ireland) Order 1995 and Co-operating to "
      "Safeguard Children and Young People in Northern Ireland"),
    E("A full current driving licence and access to a car on appointment, or access to a form of "
      "transport which will permit you to carry out the duties of the post in full. This "
      "criterion will be waived for applicants whose disability prohibits driving but who have "
      "access to an alternative form of transport",
      rule=driving(transport=True, disability=True)),
]
WOULD_BE_GREAT = [
    D("Experience of working in a Gateway or initial assessment team"),
    D("You've completed the Post Qualifying Award in Specialist Child Care Practice, or you're "
      "working towards it"),
    D("Experience of using the Signs of Safety model"),
]

DOCUMENT = CorpusDocument(
    name="advert_about_you_niscc",
    layout="advert 'About you', second person, Northern Ireland",
    formats=("txt", "pdf"),
    description="NI HSC trust Gateway social worker advert; duties and requirements both in "
                "the second person.",
    blocks=(
        Heading("Social Worker - Gateway Service (Band 6)"),
        Para("Loughview Health and Social Care Trust   Children's Community Services"),
        Para("Salary: £37,338 - £44,962 per annum   Permanent, full time (37.5 hours)"),
        Para("Closing date: 12 noon, Friday 15 January 2027"),
        Heading("About the role", level=2),
        Para("Gateway is the front door to children's social work in the Trust. You'll join a "
             "friendly team that responds to referrals about children who may be in need or at "
             "risk of harm, working closely with the PSNI, schools and health visitors."),
        Heading("What you'll do", level=2),
        Bullets((
            "You'll complete initial assessments of referrals within the regional timescales",
            "You'll hold a caseload of children and families and carry out child protection "
            "investigations jointly with the PSNI",
            "You'll present assessments at child protection case conferences",
            "You'll keep accurate records on the Trust's electronic information system",
        )),
        Heading("About you", level=2),
        Para("You will need:", bold=True),
        Bullets(tuple(w.text for w in NEED)),
        Para("It would be great if you also have:", bold=True),
        Bullets(tuple(w.text for w in WOULD_BE_GREAT)),
        Heading("What we offer", level=2),
        Bullets((
            "A protected caseload in your first year in the team",
            "Regular reflective supervision and access to the Trust's PQ programme",
            "HSC pension scheme and 27 days' annual leave rising to 33",
        )),
        Heading("How to apply", level=2),
        Para("Shortlisting will be carried out on the basis of the information in your "
             "application form, and shortlisted candidates will be invited to interview. Please "
             "make sure your application shows clearly, with dates and examples, how you meet "
             "each of the criteria."),
    ),
    roles=(TruthRole("Social Worker - Gateway Service (Band 6)", (*NEED, *WOULD_BE_GREAT)),),
)
