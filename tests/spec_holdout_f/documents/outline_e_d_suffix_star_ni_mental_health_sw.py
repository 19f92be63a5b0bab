"""Northern Ireland health and social care trust, Social Worker in a community mental health
team: a personnel specification written as a two-level numbered outline. Section headings
"1. Qualifications and Registration" ... "5. Other Requirements"; under each, items numbered
1.1, 1.2, 2.1 ... with "(E)" or "(D)" after the text and, on some, an asterisk after that. A
key paragraph before the outline says what the asterisk means and how each section is
assessed. No table.

What makes it hard: priority only in a trailing "(E)"/"(D)"; the stages come from two things
at once, the asterisk and the section the item is in; section 1 is never assessed at
interview while the other sections always are; the NI driving criterion is one long item with
the waiver for a disability inside it; an Approved Social Worker (NI's own approved role)
is not one of the model's approved roles.

Recruiter's reading (the key): "*" = assessed from the application form at shortlisting.
Section 1 is checked against original documents (documentation), not at interview; every
item of sections 2 to 5 is assessed at interview. So: section 1 starred = application and
documentation, section 1 unstarred = documentation; sections 2-5 starred = application and
interview, unstarred = interview.
- Text is the item without its number, "(E)"/"(D)" or asterisk.
- 1.1 "Degree in Social Work or an equivalent recognised social work qualification": social
  work, no level (an equivalent must get through).
- 1.2 NISCC registration: NISCC.
- 1.3 "Approved Social Worker (ASW) status under the Mental Health (Northern Ireland) Order
  1986": no model approved role fits (ASW is not AMHP); an evidence criterion.
- 1.4 "Practice Teaching Award, or a commitment to complete it within two years of
  appointment": practice educator with commitment.
- 2.1 "A minimum of two years' post-qualifying social work experience, of which at least one
  year is in a mental health setting": 2 years post-qualification (the mental health year is
  for the panel).
- 5.1 the driving item: driving with access to transport and the disability alternative
  (the waiver sentence is part of the item's text).
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, DOC, IV, approved, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Social Worker – Community Mental Health Team (Band 6)"

# (section, [(number, text, priority, starred, rule)])
OUTLINE = [
    ("Qualifications and Registration", [
        ("1.1", "Degree in Social Work or an equivalent recognised social work qualification",
         E, True, qual("social_work")),
        ("1.2", "Registered with the Northern Ireland Social Care Council (NISCC)", E, True,
         reg("NISCC")),
        ("1.3", "Approved Social Worker (ASW) status under the Mental Health (Northern Ireland) "
                "Order 1986", D, True, None),
        ("1.4", "Practice Teaching Award, or a commitment to complete it within two years of "
                "appointment", D, False, approved("practice_educator", commitment=True)),
    ]),
    ("Experience", [
        ("2.1", "A minimum of two years' post-qualifying social work experience, of which at "
                "least one year is in a mental health setting", E, True,
         years(2, pq=True, domain="social work")),
        ("2.2", "Experience of assessing risk and need with adults who have a severe and "
                "enduring mental illness", E, True, None),
        ("2.3", "Experience of working within a multi-disciplinary team", E, False, None),
        ("2.4", "Experience of delivering a recovery-focused or psychosocial intervention", D,
         True, None),
    ]),
    ("Knowledge", [
        ("3.1", "Knowledge of the Mental Capacity Act (Northern Ireland) 2016", E, True, None),
        ("3.2", "Knowledge of regional adult safeguarding policy and procedures", E, False,
         None),
        ("3.3", "Knowledge of the Recovery model and of trauma-informed practice", D, False,
         None),
    ]),
    ("Skills and Abilities", [
        ("4.1", "Ability to communicate effectively with service users, carers and colleagues",
         E, False, None),
        ("4.2", "Ability to write clear, concise reports for tribunals and case reviews", E,
         True, None),
        ("4.3", "Ability to use information technology, including electronic case records", E,
         False, None),
    ]),
    ("Other Requirements", [
        ("5.1", "Hold a full current driving licence and have access to a car on appointment, "
                "or access to a form of transport which will permit the post holder to carry "
                "out the duties of the post in full. This criterion will be waived for an "
                "applicant whose disability prohibits driving but who has access to a form of "
                "transport which will permit them to carry out the duties of the post in full",
         E, True, driving(transport=True, disability=True)),
        ("5.2", "Willingness to take part in the Trust's out-of-hours rota", E, False, None),
    ]),
]


def _stages(section: int, starred: bool):
    if section == 0:
        return (APP, DOC) if starred else (DOC,)
    return (APP, IV) if starred else (IV,)


BLOCKS = [
    Para("Loughmore Health and Social Care Trust", bold=True),
    Heading("Personnel Specification"),
    Para(f"Job title: {TITLE}"),
    Para("Directorate: Mental Health and Learning Disability. Reference: LHSCT/MH/2291."),
    Para("Notes to applicants: you must clearly demonstrate on your application form how you "
         "meet the criteria. (E) = essential, (D) = desirable. Criteria marked * will be "
         "assessed from the application form at shortlisting. Section 1 will be checked "
         "against original documents before appointment and is not assessed at interview; "
         "all criteria in sections 2 to 5 will be assessed at interview."),
]
WANTS = []
for index, (section, items) in enumerate(OUTLINE):
    BLOCKS.append(Para(f"{index + 1}. {section}", bold=True))
    for number, text, priority, starred, rule in items:
        mark = "(E)" if priority is E else "(D)"
        BLOCKS.append(Para(f"{number}  {text} {mark}{'*' if starred else ''}"))
        WANTS.append(Want(text, priority, _stages(index, starred), None, rule,
                          f"{mark}{'*' if starred else ''}"))
BLOCKS.append(Para("The Trust is an Equal Opportunities Employer. Appointment is subject to "
                   "an Enhanced AccessNI check.", small=True))

DOCUMENT = CorpusDocument(
    name="outline_e_d_suffix_star_ni_mental_health_sw",
    layout="two-level numbered outline (1.1, 1.2, 2.1) with trailing (E)/(D) and * for "
           "shortlisting; stages from the asterisk and the section",
    formats=("docx", "pdf"),
    description="NI trust community mental health social worker; priority in a suffix, stages "
                "from an asterisk key and the section number.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
