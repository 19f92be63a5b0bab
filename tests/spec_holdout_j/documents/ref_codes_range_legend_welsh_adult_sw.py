"""Welsh county borough council, social worker in an adult community team: a bilingual-headed
person specification as ONE ruled table Ref | Criterion | Method of assessment, each row
numbered "1a", "1b", "2a" ... and no category rows and no priority column. The priority is
given only by a legend sentence above the table: "Criteria 1a–3c are essential; criteria
4a–5d are desirable." The method codes (AF, INT, DOC) are keyed in a line below the table.

What makes it hard: the priority of every row must be read from its ref against a range in
prose (with an en dash); the refs are the only grouping (the number is the group, the letter
the criterion) and must not be taken into the text; the headings are bilingual (Welsh first);
the Welsh criterion names a level by number and by name; one criterion gives BIA or a
commitment to AMCP training.

Recruiter's reading:
- 1a–3c essential, 4a–5d desirable. AF = application form, INT = interview, DOC = documents
  (certificates and registration) checked = documentation.
- 1a: social work qualification, no level. 1b: SCW.
- 1c "Completion of the Consolidation Programme, or willingness to complete it within two
  years of appointment": evidence (the model has no rule for Wales's Consolidation Programme;
  it is not the ASYE).
- 2a: 2 years post-qualification, domain adult social care.
- 3c: driving with access to a car and the disability alternative.
- 4a "Best Interests Assessor qualification, or willingness to train as an Approved Mental
  Capacity Professional": any of BIA held, or AMCP with commitment accepted.
- 4b "Approved Mental Health Professional warrant, or currently in AMHP training": AMHP,
  training accepted.
- 5a "Welsh language skills at Level 3 (Intermediate)": Welsh, intermediate.
- 5d "Practice Educator qualification, or willingness to undertake the Practice Assessor
  programme": practice educator, commitment accepted.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    any_of,
    approved,
    driving,
    qual,
    reg,
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Social Worker – Adult Community Team (Grade 9)"
L = Legend({"AF": APP, "INT": IV, "DOC": DOC})

ROWS: list[tuple[str, Want]] = [
    ("1a", L.E("A recognised social work qualification (DipSW, BA/BSc or MA in Social Work, or "
               "equivalent)", "AF, DOC", rule=qual("social_work"))),
    ("1b", L.E("Registered as a social worker with Social Care Wales", "AF, DOC",
               rule=reg("SCW"))),
    ("1c", L.E("Completion of the Consolidation Programme, or willingness to complete it "
               "within two years of appointment", "AF")),
    ("2a", L.E("At least two years' post-qualifying experience in adult social care",
               "AF, INT", rule=years(2, pq=True, domain="adult social care"))),
    ("2b", L.E("Experience of assessment and care and support planning under the Social "
               "Services and Well-being (Wales) Act 2014", "AF, INT")),
    ("2c", L.E("Experience of working with people who may lack capacity and of applying the "
               "Mental Capacity Act 2005", "AF, INT")),
    ("3a", L.E("Ability to hold 'what matters' conversations that focus on the outcomes people "
               "want", "INT")),
    ("3b", L.E("Ability to manage a complex caseload and prioritise competing demands",
               "AF, INT")),
    ("3c", L.E("Ability to travel throughout the county in a timely manner; a full driving "
               "licence and access to a car, unless a disability prevents this", "AF",
               rule=driving(transport=True, disability=True))),
    ("4a", L.D("Best Interests Assessor qualification, or willingness to train as an Approved "
               "Mental Capacity Professional", "AF, DOC",
               rule=any_of(approved("BIA"), approved("AMCP", commitment=True)))),
    ("4b", L.D("Approved Mental Health Professional warrant, or currently in AMHP training",
               "AF", rule=approved("AMHP", training=True))),
    ("4c", L.D("Experience of working in an integrated health and social care team",
               "AF, INT")),
    ("4d", L.D("Knowledge of the National Outcomes Framework for people who need care and "
               "support", "INT")),
    ("5a", L.D("Welsh language skills at Level 3 (Intermediate): able to hold a conversation "
               "about work in Welsh", "AF, INT", rule=welsh("intermediate"))),
    ("5b", L.D("Experience of leading group supervision or mentoring social work students",
               "INT")),
    ("5c", L.D("Awareness of the Active Offer and the More than just words framework", "INT")),
    ("5d", L.D("Practice Educator qualification, or willingness to undertake the Practice "
               "Assessor programme", "AF", rule=approved("practice_educator", commitment=True))),
]

for ref, want in ROWS:  # the legend's ranges are what the truth says
    assert (want.priority is Priority.essential) == (ref[0] in "123"), ref

BLOCKS = (
    Para("Cyngor Bwrdeistref Sirol Glan Teifi / Glan Teifi County Borough Council", bold=True),
    Para("Gwasanaethau Cymdeithasol – Oedolion / Social Services – Adults"),
    Heading("Manyleb Person / Person Specification"),
    Para(f"Teitl y swydd / Job title: {TITLE}"),
    Para("Cyfeirnod / Reference: SS-A-0923.   Gradd / Grade: 9 (£38,220 – £41,418)"),
    Heading("How to read this specification", level=2),
    Para("Each criterion has a reference made up of a number and a letter. Criteria 1a–3c "
         "are essential; criteria 4a–5d are desirable. We will shortlist only applicants who "
         "show in their application that they meet every essential criterion that is assessed "
         "on the application form."),
    Table((("Ref", "Criterion", "Method of assessment"),
           *[(ref, want.text, want.code) for ref, want in ROWS]),
          widths=(8, 72, 20), txt="tabs"),
    Para("Method of assessment: AF – application form; INT – interview; DOC – documents "
         "(certificates and registration) checked before appointment."),
    Para("Mae'r Cyngor yn croesawu ceisiadau yn Gymraeg. Ni fydd cais a gyflwynir yn Gymraeg "
         "yn cael ei drin yn llai ffafriol na chais a gyflwynir yn Saesneg. / The Council "
         "welcomes applications in Welsh, which will be treated no less favourably than "
         "applications in English.", small=True),
)

DOCUMENT = CorpusDocument(
    name="ref_codes_range_legend_welsh_adult_sw",
    layout="one ruled table Ref (1a, 1b, 2a ...) | Criterion | Method of assessment with no "
           "priority column and no category rows; priority from a legend sentence of ref "
           "ranges above the table",
    formats=("docx", "pdf", "txt"),
    description="Welsh county borough adult social worker; essential and desirable given "
                "only as ref ranges '1a–3c' and '4a–5d'.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(want for _, want in ROWS)),),
)
