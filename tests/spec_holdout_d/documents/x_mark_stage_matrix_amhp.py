"""English unitary council, Approved Mental Health Professional (Grade 11): a stage matrix. One
ruled table, columns Criteria / Application / Interview / Test / References / Essential or
Desirable; the stages are "X" marks in the four middle columns and the priority, written out
("Essential", "Desirable"), is the FAR RIGHT column. Spanning category rows ("Qualifications
and registration", "Experience" ...). The text version is pasted with tabs, so an empty
stage column is an empty field between two tabs.

What makes it hard: the priority comes after the stage columns; "X" is a mark, not a cross-out
or a "no"; a criterion may be marked in the Test column only, or in Interview and References;
References is a column the role-spec model has no stage for; the key sentence above the
table and the note under it are not criteria.

Recruiter's reading:
- Application, Interview and Test are the application, interview and test stages.
- References: the model has no references stage and the council takes up references after
  interview, so an X there adds no stage. Every criterion marked under References is also
  marked under Interview, so its stages are read from the other columns alone.
- "... or currently completing the AMHP programme": approved-role AMHP with training
  accepted (no commitment). "Practice Educator Stage 2, or willingness to train as a Practice
  Educator": practice educator with commitment.
- "A minimum of three years' post-qualifying experience in mental health social work": three
  years post-qualification.
- The driving criterion's "reasonable adjustments ... who cannot drive because of a
  disability" is the disability alternative; "use of a car" is access to transport.
"""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications and registration", [
        E("Degree or Diploma in Social Work (or a recognised equivalent such as CQSW)", "A",
          rule=qual("social_work")),
        E("Registered with Social Work England", "A", rule=reg("SWE")),
        E("Approved Mental Health Professional warranted under the Mental Health Act 1983, or "
          "currently completing the AMHP programme", "A,I", rule=approved("AMHP", training=True)),
        D("Practice Educator Stage 2, or willingness to train as a Practice Educator", "A",
          rule=approved("practice_educator", commitment=True)),
        D("Best Interests Assessor qualification", "A", rule=approved("BIA")),
    ]),
    ("Experience", [
        E("A minimum of three years' post-qualifying experience in mental health social work",
          "A,I", rule=years(3, pq=True, domain="mental health social work")),
        E("Experience of coordinating Mental Health Act assessments, including liaison with "
          "police, ambulance services and bed management", "A,I"),
        D("Experience of supervising or mentoring social workers or students", "A,I"),
    ]),
    ("Knowledge", [
        E("Thorough knowledge of the Mental Health Act 1983 (as amended 2007), its Code of "
          "Practice and relevant case law", "I,T"),
        E("Knowledge of the Care Act 2014 and the Mental Capacity Act 2005", "A,I"),
    ]),
    ("Skills and abilities", [
        E("Ability to write clear, legally defensible AMHP reports within required timescales",
          "T"),
        E("Ability to remain calm and make sound decisions in crisis situations", "I"),
        D("Ability to use an electronic social care record such as Mosaic or LAS", "A"),
    ]),
    ("Other requirements", [
        E("Full UK driving licence and use of a car for work; reasonable adjustments will be "
          "considered for applicants who cannot drive because of a disability", "A",
          rule=driving(transport=True, disability=True)),
        E("Willingness to join the out-of-hours AMHP rota, including weekends and bank "
          "holidays", "I"),
    ]),
]
REFERENCES = {
    "Experience of coordinating Mental Health Act assessments, including liaison with "
    "police, ambulance services and bed management",
    "Ability to remain calm and make sound decisions in crisis situations",
    "Willingness to join the out-of-hours AMHP rota, including weekends and bank holidays",
}


def _rows() -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = [
        ("Criteria", "Application", "Interview", "Test", "References",
         "Essential / Desirable")]
    for category, wants in GROUPS:
        rows.append((category,))
        for w in wants:
            stages = KEY.stages(w.code)
            marks = ["X" if s in stages else "" for s in (APP, IV, TEST)]
            marks.append("X" if w.text in REFERENCES else "")
            rows.append((w.text, *marks,
                         "Essential" if w.priority.value == "essential" else "Desirable"))
    return tuple(rows)


DOCUMENT = CorpusDocument(
    name="x_mark_stage_matrix_amhp",
    layout="stage matrix: X marks under Application / Interview / Test / References, "
           "Essential / Desirable as the far right column",
    formats=("docx", "pdf", "txt"),
    description="English unitary council AMHP; X marks for stages, a References column with no "
                "stage, priority written out in the last column.",
    blocks=(
        Para("Harrowfield Council – Adult Social Care", bold=True),
        Heading("Approved Mental Health Professional (AMHP)"),
        Para("Grade 11   |   Mental Health Social Work Service   |   Post ref: HC-MH-0473"),
        Heading("Person Specification", level=2),
        Para("An X shows each stage of the recruitment process at which a criterion will be "
             "assessed. Candidates must meet every criterion shown as Essential to be "
             "shortlisted or appointed."),
        Table(_rows(), widths=(92, 20, 18, 12, 20, 24), txt="tabs"),
        Para("The Test is a written AMHP report exercise on the morning of the interview. "
             "References will be taken up for shortlisted candidates.", italic=True),
    ),
    roles=(TruthRole("Approved Mental Health Professional (AMHP)",
                     tuple(w for _, wants in GROUPS for w in wants)),),
)
