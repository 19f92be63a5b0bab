"""A recruitment advert with no person specification: two salary lines (one naming the BIA
grade), prose 'You must ...' requirements, what we offer, contact and closing date."""

from tests.spec_corpus.helpers import PLAIN, all_of, driving, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E = PLAIN.E

MUST = E("You must be a registered Social Worker with Social Work England with two or more "
         "years post qualifying experience.", rule=all_of(reg("SWE"), years(2, pq=True)))
KNOWLEDGE = E("You will need a good working knowledge of the Mental Capacity Act 2005 and the "
              "Deprivation of Liberty Safeguards, and the confidence to make and defend "
              "independent decisions.")
CAR = E("A full driving licence and access to a car are essential as the team covers the "
        "whole county.", rule=driving(transport=True))

DOCUMENT = CorpusDocument(
    name="advert_social_worker_bia",
    layout="advert prose",
    formats=("txt", "docx"),
    description="Social worker / BIA advert; salary line names the BIA grade.",
    blocks=(
        Heading("Social Worker / Best Interest Assessor - Adult Safeguarding and DoLS Team"),
        Para("Social Worker: £33,945 - £37,336"),
        Para("Best Interest Assessor Advanced Grade Practitioner: £38,223 - £41,418"),
        Para("37 hours per week | Permanent | Hybrid working"),
        Para("Are you a social worker looking to develop your career in mental capacity and "
             "safeguarding? Our DoLS team is growing and we are looking for social workers and "
             "qualified Best Interests Assessors to join us."),
        Para(f"{MUST.text} Social workers who are not yet BIAs will be supported to complete "
             "the BIA qualification within their first year; qualified BIAs will be appointed "
             "to the Advanced Grade."),
        Para(KNOWLEDGE.text),
        Para(CAR.text),
        Para("What we offer", bold=True),
        Bullets((
            "27 days annual leave rising to 32 days after five years, plus bank holidays",
            "Local Government Pension Scheme",
            "Free parking at County Hall",
            "Regular reflective supervision and a protected CPD budget",
        )),
        Para("For an informal discussion please contact Sam Patel, DoLS Team Manager, on "
             "01632 960123."),
        Para("Closing date: 14 January 2027. Interviews: week commencing 25 January 2027."),
    ),
    roles=(TruthRole("Social Worker / Best Interest Assessor",
                     (MUST, KNOWLEDGE, CAR)),),
)
