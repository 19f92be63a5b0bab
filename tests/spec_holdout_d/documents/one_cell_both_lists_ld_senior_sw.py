"""Metropolitan borough council, Senior Social Worker in a learning disability team: a ruled
table Area / Requirements / Application / Interview with one row per area. The Requirements
cell holds BOTH lists of the area: a line "Essential:" with its bullets, then a line
"Desirable:" with its bullets (one area has no desirables). The Application and Interview
columns hold letters instead of ticks: "E" means the area's essential requirements are
assessed at that stage, "D" its desirable ones, "E, D" both, and "–" none (the key above the
table says so).

What makes it hard: priority changes inside a cell at a label line, not at a column or a
heading; the stage of a criterion depends on its priority AND its row ("E" under Interview but
not "D"); "E" and "D" in the stage columns look like essential/desirable marks; the labels
end with a colon and carry no criterion.

Recruiter's reading:
- Each bullet is one criterion, its priority the label above it in the cell.
- Stages: application where the Application column of its row holds its letter, interview
  where the Interview column does. So Qualifications: all application only; Experience:
  essentials application and interview, the desirable application only; Knowledge: interview
  only; Skills: essentials application and interview, the desirable interview only; Other:
  application only.
- "Best Interests Assessor or Approved Mental Health Professional qualification": approved
  role BIA or AMHP. "Practice Educator Professional Standards Stage 1 or above": practice
  educator, no commitment.
- "Minimum of three years' post-qualifying experience, including at least one year with adults
  with learning disabilities": three years post-qualification (the one year inside it is for
  the panel).
- "Experience of supervising newly qualified social workers during their ASYE" asks about
  supervising others, not the applicant's own ASYE: an evidence criterion.
- The driving criterion's alternative "for disabled applicants who are unable to drive" is the
  disability alternative; "access to a car" is transport.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    IV,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

# Each area: (name, what the Application column holds, what the Interview column holds, wants)
E, D = Priority.essential, Priority.desirable
AREAS = [
    ("Qualifications", "E, D", "–", [
        (E, "Social Work degree, DipSW or CQSW", qual("social_work")),
        (E, "Current registration with Social Work England", reg("SWE")),
        (D, "Best Interests Assessor or Approved Mental Health Professional qualification",
         approved("BIA", "AMHP")),
        (D, "Practice Educator Professional Standards Stage 1 or above",
         approved("practice_educator")),
    ]),
    ("Experience", "E, D", "E", [
        (E, "Minimum of three years' post-qualifying experience, including at least one year "
            "with adults with learning disabilities",
         years(3, pq=True, domain="social work")),
        (E, "Experience of undertaking Care Act assessments and reviews with people who have "
            "complex needs", None),
        (E, "Experience of chairing or contributing to safeguarding adults meetings", None),
        (D, "Experience of supervising newly qualified social workers during their ASYE", None),
    ]),
    ("Knowledge", "–", "E, D", [
        (E, "Knowledge of the Care Act 2014, the Mental Capacity Act 2005 and the Human Rights "
            "Act 1998", None),
        (D, "Knowledge of the Transforming Care programme and dynamic support registers", None),
    ]),
    ("Skills and abilities", "E", "E, D", [
        (E, "Ability to communicate with people who use non-verbal communication, including "
            "the use of Easy Read", None),
        (E, "Ability to prioritise a complex caseload and meet statutory deadlines", None),
        (D, "Ability to deliver training to colleagues and partner agencies", None),
    ]),
    ("Other", "E", "–", [
        (E, "A current driving licence and access to a car for work purposes, or an "
            "alternative means of travel for disabled applicants who are unable to drive",
         driving(transport=True, disability=True)),
        (E, "Willingness to take part in the team's duty rota", None),
    ]),
]


def _letter(priority: Priority) -> str:
    return "E" if priority is Priority.essential else "D"


def _wants() -> tuple[Want, ...]:
    wants = []
    for _, application, interview, items in AREAS:
        for priority, text, rule in items:
            stages = tuple(stage for stage, column in ((APP, application), (IV, interview))
                           if _letter(priority) in column)
            code = "/".join(s.value for s in stages)
            wants.append(Want(text, priority, stages, None, rule, code))
    return tuple(wants)


def _cell(items) -> str:
    lines = []
    for label, priority in (("Essential:", E), ("Desirable:", D)):
        chosen = [text for p, text, _ in items if p is priority]
        if chosen:
            lines += [label, *(f"\u2022 {text}" for text in chosen)]
    return "\n".join(lines)


ROWS = (("Area", "Requirements", "Application", "Interview"),
        *((area, _cell(items), application, interview)
          for area, application, interview, items in AREAS))

DOCUMENT = CorpusDocument(
    name="one_cell_both_lists_ld_senior_sw",
    layout="one row per area, 'Essential:' and 'Desirable:' lists in the same cell, "
           "Application / Interview columns holding E / D",
    formats=("docx", "pdf"),
    description="Metropolitan borough learning disability senior social worker; both priority "
                "lists in one cell, stage columns that say which priority each stage assesses.",
    blocks=(
        Para("Eastmoor Metropolitan Borough Council", bold=True),
        Heading("Senior Social Worker – Community Learning Disability Team"),
        Para("Grade: SO2   Hours: 37   Post number: EMBC-4410"),
        Heading("Person Specification", level=2),
        Para("In the Application and Interview columns, E means that the area's essential "
             "requirements are assessed at that stage and D that its desirable requirements "
             "are; \u2013 means the area is not assessed at that stage."),
        Table(ROWS, widths=(28, 104, 26, 22)),
        Para("Please use your supporting statement to show how you meet each requirement "
             "assessed at application.", italic=True),
    ),
    roles=(TruthRole("Senior Social Worker – Community Learning Disability Team", _wants()),),
)
