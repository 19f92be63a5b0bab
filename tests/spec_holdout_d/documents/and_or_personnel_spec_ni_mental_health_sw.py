"""Northern Ireland Health and Social Care trust, Band 6 Social Worker in a community mental
health team: a "Job Description and Personnel Specification" in the HSC recruitment shape.
"Section 1: Essential Criteria", "Section 2: Desirable Criteria" and "Section 3: ... assessed at
interview", each a ruled table Factor / Criteria / Method of Assessment. Criteria are numbered
"1.", "2." inside the Criteria cell (several per cell, numbering restarting in each section),
and two of them are alternatives written over several lines with "AND" and "OR" each on a
line of its own.

What makes it hard: one numbered criterion runs over nine lines (three AND, one OR); a line
reading "OR" or "AND" is not a criterion and does not end one; the priority is the section
heading's, not a column; Section 3 has no Essential/Desirable word at all; the shortlisting
paragraphs under each section heading read like requirements; "Personnel" rather than
"Person" specification; NI terms (NISCC, Approved Social Worker, Practice Teaching Award).

Recruiter's reading:
- Criterion 1 of Section 1 is ONE criterion, the two routes in: "Hold a Degree in Social Work
  AND be registered with NISCC OR hold a Diploma in Social Work or CQSW AND be registered with
  NISCC AND have 3 years' post-qualifying social work experience". Rule: any_of(all_of(degree
  in social work, NISCC), all_of(social work diploma, NISCC, 3 years post-qualification)).
  The text is the printed lines joined with single spaces, AND/OR kept in capitals.
- Criterion 6 "Be an Approved Social Worker (ASW) ... OR be willing to undertake ASW
  training within 18 months of appointment" is one criterion. The ASW (Mental Health (NI)
  Order 1986) is Northern Ireland's counterpart of the AMHP: approved-role AMHP, commitment
  accepted.
- The driving criterion is the standard HSC wording: waived for applicants whose disability
  prohibits driving (disability alternative), "access to a car" (transport).
- "Hold the Northern Ireland Practice Teaching Award or be a qualified Practice Educator":
  approved-role practice educator, no commitment.
- "Commitment to the NISCC Standards of Conduct and Practice ..." is values, not a
  registration: an evidence criterion.
- Stages from the Method of Assessment cell: "Shortlisting by Application Form" is
  application; "Shortlisting by Application Form / Interview" application and interview;
  "Interview" interview only. Section 3 criteria are essential (assessed at interview, all
  must be met) and interview only.
"""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    Legend,
    all_of,
    any_of,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import Block, CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"S": APP, "I": IV})
E, D = KEY.E, KEY.D
METHOD = {"S": "Shortlisting by Application Form",
          "S/I": "Shortlisting by Application Form / Interview",
          "I": "Interview"}

ROUTES = ("Hold a Degree in Social Work", "AND",
          "be registered with the Northern Ireland Social Care Council (NISCC)", "OR",
          "hold a Diploma in Social Work or CQSW", "AND", "be registered with NISCC", "AND",
          "have 3 years' post-qualifying social work experience")
ASW = ("Be an Approved Social Worker (ASW) under the Mental Health (Northern Ireland) Order 1986",
       "OR", "be willing to undertake ASW training within 18 months of appointment")

ESSENTIAL = [
    ("Qualifications / Registration", [
        E(" ".join(ROUTES), "S", rule=any_of(
            all_of(qual("social_work", level="degree"), reg("NISCC")),
            all_of(qual("social_work", level="diploma"), reg("NISCC"),
                   years(3, pq=True, domain="social work")))),
    ]),
    ("Experience", [
        E("At least 2 years' post-qualifying experience of working with adults with mental "
          "health needs in a statutory or voluntary setting", "S",
          rule=years(2, pq=True, domain="adult mental health")),
        E("Experience of carrying out assessments of need and risk, and of planning and "
          "reviewing care with service users and carers", "S"),
    ]),
    ("Knowledge", [
        E("Knowledge of the Mental Health (Northern Ireland) Order 1986 and the Mental "
          "Capacity Act (Northern Ireland) 2016", "S/I"),
    ]),
    ("Other", [
        E("Hold a full current driving licence valid for use in the UK and have access to a "
          "car on appointment. This criterion will be waived in the case of applicants whose "
          "disability prohibits driving but who have access to an alternative form of "
          "transport which will enable them to carry out the requirements of the post in "
          "full", "S", rule=driving(transport=True, disability=True)),
        E(" ".join(ASW), "S", rule=approved("AMHP", commitment=True, training=True)),
    ]),
]

DESIRABLE = [
    ("Qualifications", [
        D("Hold the Northern Ireland Practice Teaching Award or be a qualified Practice "
          "Educator", "S", rule=approved("practice_educator")),
    ]),
    ("Experience", [
        D("Experience of working in a multi-disciplinary community mental health team", "S"),
        D("Experience of using recovery-focused approaches such as Wellness Recovery Action "
          "Planning (WRAP)", "S"),
    ]),
]

INTERVIEW = [
    ("Skills / Abilities", [
        E("Ability to communicate effectively, both verbally and in writing, with service "
          "users, carers and colleagues", "I"),
        E("Ability to manage a caseload and prioritise competing demands", "I"),
        E("Ability to work as part of a multi-disciplinary team", "I"),
    ]),
    ("Values", [
        E("Commitment to the NISCC Standards of Conduct and Practice and to continuing "
          "professional development", "I"),
    ]),
]


def _lines(want) -> list[str]:
    if want.text == " ".join(ROUTES):
        return list(ROUTES)
    if want.text == " ".join(ASW):
        return list(ASW)
    return [want.text]


def _table(groups) -> Table:
    rows: list[tuple[str, ...]] = [("Factor", "Criteria", "Method of Assessment")]
    number = 0
    for factor, wants in groups:
        lines: list[str] = []
        for want in wants:
            number += 1
            first, *rest = _lines(want)
            lines += [f"{number}. {first}", *rest]
        codes = {w.code for w in wants}
        method = METHOD[codes.pop()] if len(codes) == 1 else ""
        rows.append((factor, "\n".join(lines), method))
    return Table(tuple(rows), widths=(28, 110, 42))


BLOCKS: tuple[Block, ...] = (
    Para("Glenshane Health and Social Care Trust", bold=True),
    Heading("Job Description and Personnel Specification"),
    Para("Job title: Social Worker, Community Mental Health Team (Adult)\n"
         "Band: 6\nDirectorate: Mental Health and Learning Disability\n"
         "Reference: GHSCT 26/1187"),
    Heading("Job Summary", level=2),
    Para("The post holder will provide a professional social work service to adults with "
         "mental health needs and their carers as part of a multi-disciplinary team, "
         "carrying a caseload and contributing to the Trust's statutory functions."),
    Heading("Personnel Specification", level=2),
    Heading("Section 1: Essential Criteria", level=3),
    Para("The following are ESSENTIAL criteria which will initially be measured at the "
         "shortlisting stage, although they may also be further explored during the "
         "interview/selection stage. You should therefore make it clear on your application "
         "form whether or not you meet these criteria. Failure to do so may result in you not "
         "being shortlisted."),
    _table(ESSENTIAL),
    Para("Applicants relying on the Diploma in Social Work route must give the dates of their "
         "post-qualifying experience on the application form.", italic=True),
    Heading("Section 2: Desirable Criteria", level=3),
    Para("The following are DESIRABLE criteria which may be used to enhance the shortlisting "
         "if there are a large number of applicants who meet the essential criteria."),
    _table(DESIRABLE),
    Heading("Section 3: Skills / Abilities Assessed at Interview", level=3),
    Para("The following are the key skills and abilities which all candidates will be "
         "expected to demonstrate at interview."),
    _table(INTERVIEW),
    Para("Glenshane HSC Trust is an Equal Opportunities Employer. All applicants will be "
         "required to undergo an Enhanced AccessNI check before appointment.", small=True),
)

DOCUMENT = CorpusDocument(
    name="and_or_personnel_spec_ni_mental_health_sw",
    layout="HSC 'Personnel Specification': Section 1 essential / Section 2 desirable / Section "
           "3 interview tables, numbered criteria with AND / OR on lines of their own",
    formats=("docx", "pdf"),
    description="Northern Ireland HSC trust Band 6 mental health social worker; numbered "
                "criteria with AND / OR alternatives over several lines, NISCC, Approved "
                "Social Worker, the HSC driving waiver.",
    blocks=BLOCKS,
    roles=(TruthRole("Social Worker, Community Mental Health Team (Adult)",
                     tuple(w for groups in (ESSENTIAL, DESIRABLE, INTERVIEW)
                           for _, wants in groups for w in wants)),),
)
