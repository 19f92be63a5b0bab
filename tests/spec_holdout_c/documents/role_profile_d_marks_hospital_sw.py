"""Borough council "role profile" (not called a person specification anywhere), Social
Worker – Hospital Discharge: a label/value table of role details, "Purpose of the role", "Key
accountabilities" (a bulleted list of duties), then "Knowledge, skills and experience" as ONE
long bulleted list of fifteen items with no categories. Only the desirables are marked, by
"(D)" at the end of the item (once followed by a full stop); the sentence saying "All other
points are essential" comes AFTER the list. "Special conditions" and an approval footer close
the document.

What makes it hard: the duties list above is as long as the requirements list and written
in the same register ("Undertake Care Act assessments ...", "Supervise social work students
..."); the word "essential" never appears beside a criterion, so unmarked items are essential
only by the sentence after the list; several items carry parentheses that are not marks
("(CHC)", "(Stage 1)"); the first sentence under the heading ("You should demonstrate in your
supporting statement how you meet ...") is guidance, not a criterion.

Recruiter's reading:
- Stages: the document names none. The supporting statement is read at application and a
  recruiter interviews against the same list, so application and interview (the default,
  assumed).
- "Best Interests Assessor qualification, or willingness to undertake the training (D)":
  desirable, approved-role BIA accepting a commitment.
- "Practice Educator (Stage 1) qualification (D)": desirable, approved-role practice educator,
  no commitment.
- The driving item's second half is a disability alternative ("where a disability prevents
  driving"), so the driving rule has both access to transport and the disability alternative.
- The enhanced DBS check and the weekend rota under "Special conditions" are conditions of
  the post, outside the list; a recruiter does not score them (they would go in the role's
  notes), so they are not criteria.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import PLAIN, approved, driving, qual, reg, years
from tests.spec_corpus.model import (
    Bullets,
    CorpusDocument,
    Heading,
    Para,
    Table,
    TruthRole,
    Want,
)

E, D = PLAIN.E, PLAIN.D

CRITERIA = [
    E("A degree or diploma in social work, or an equivalent qualification recognised by "
      "Social Work England", rule=qual("social_work")),
    E("Current registration with Social Work England", rule=reg("SWE")),
    D("Best Interests Assessor qualification, or willingness to undertake the training",
      rule=approved("BIA", commitment=True)),
    E("At least two years' post-qualifying experience in an adult social care setting",
      rule=years(2, pq=True, domain="adult social care")),
    D("Experience of working in or with a hospital discharge or intermediate care team"),
    E("Experience of assessing and supporting people with complex needs, and their carers, "
      "under the Care Act 2014"),
    E("A good working knowledge of the Care Act 2014, the Mental Capacity Act 2005 and the "
      "Human Rights Act 1998"),
    D("Knowledge of NHS Continuing Healthcare (CHC) and the National Framework"),
    E("Ability to manage a caseload and prioritise work under the pressure of hospital "
      "discharge timescales"),
    E("Excellent written communication skills, including the ability to write clear "
      "assessments and reports"),
    E("Ability to work effectively with health colleagues in a multi-disciplinary team"),
    D("Experience of using an electronic case recording system such as Liquidlogic or Mosaic"),
    D("Practice Educator (Stage 1) qualification", rule=approved("practice_educator")),
    E("Commitment to anti-discriminatory practice and to the council's values of respect, "
      "openness and ambition"),
    E("A full driving licence and access to a car for work purposes, or the ability to travel "
      "in a way that meets the needs of the service where a disability prevents driving",
      rule=driving(transport=True, disability=True)),
]

MARKED = {
    "Practice Educator (Stage 1) qualification": "Practice Educator (Stage 1) qualification (D).",
}


def _item(want: Want) -> str:
    if want.text in MARKED:
        return MARKED[want.text]
    return f"{want.text} (D)" if want.priority is Priority.desirable else want.text


DOCUMENT = CorpusDocument(
    name="role_profile_d_marks_hospital_sw",
    layout="role profile: one long bulleted list, only desirables marked '(D)', key after",
    formats=("docx", "pdf"),
    description="Borough council role profile for a hospital discharge social worker; one "
                "uncategorised list, '(D)' on desirables only, 'all other points are "
                "essential' after the list, duties list before it.",
    blocks=(
        Para("Westmarch Borough Council", bold=True),
        Heading("Role Profile"),
        Table(rows=(
            ("Role title", "Social Worker – Hospital Discharge"),
            ("Grade", "Band 9 (SCP 26–30)"),
            ("Directorate", "Adults, Health and Wellbeing"),
            ("Reports to", "Team Manager, Hospital Social Work Team"),
            ("Role profile reference", "RP-ASC-114"),
        ), widths=(50, 130)),
        Heading("Purpose of the role", level=2),
        Para("To work with adults in Westmarch General Hospital and their families to plan a "
             "safe and timely discharge, assessing needs under the Care Act 2014 and arranging "
             "support that promotes independence and avoids unnecessary admission to long-term "
             "care."),
        Heading("Key accountabilities", level=2),
        Bullets((
            "Undertake Care Act assessments of adults and carers on hospital wards and agree "
            "support plans with them.",
            "Contribute to safeguarding enquiries and take part in multi-agency meetings.",
            "Carry out mental capacity assessments and best interests decisions in line with "
            "the Mental Capacity Act 2005.",
            "Maintain accurate and timely case records on the council's case management "
            "system.",
            "Work with ward staff, therapists and the discharge hub to agree discharge "
            "pathways.",
            "Supervise social work students on placement where appropriate.",
        )),
        Heading("Knowledge, skills and experience", level=2),
        Para("You should demonstrate in your supporting statement how you meet each of the "
             "points below, giving examples from your work."),
        Bullets(tuple(_item(w) for w in CRITERIA)),
        Para("Points marked (D) are desirable. All other points are essential."),
        Heading("Special conditions", level=2),
        Para("This post is subject to an enhanced Disclosure and Barring Service check with a "
             "check of the adults' barred list. The postholder will be required to work one "
             "weekend in six on the hospital discharge rota, for which an enhancement is "
             "paid."),
        Para("Role profile approved October 2026. Role profiles are reviewed every three years "
             "or when the role changes.", small=True),
    ),
    roles=(TruthRole("Social Worker – Hospital Discharge", tuple(CRITERIA)),),
)
