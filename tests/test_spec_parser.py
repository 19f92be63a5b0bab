"""The person specification parser on layouts other councils and NHS trusts use.

Every document here is made in the test (a real Word table by python-docx, a real PDF by
fpdf2, text laid out the way exports lay it out); the seeds are tested in
test_spec_parser_seeds.py.
"""

from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF

from criteria.parser import (
    ParsedRole,
    SpecParseError,
    adopt_library_ids,
    import_document,
    parse_person_specification,
)
from criteria.spec import Priority, RoleSpec, Stage


def _docx(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _by_text(role: ParsedRole) -> dict[str, object]:
    return {c.text: c for c in role.spec.criteria}


def _summary(role: ParsedRole) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.priority.value, c.rule.kind if c.rule else None) for c in role.spec.criteria]


def _columns_table_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Hillshire Council", 0)
    document.add_paragraph("Job title: Senior Social Worker")
    document.add_paragraph("Grade: Band 7")
    document.add_heading("Person Specification", 1)
    table = document.add_table(rows=1, cols=4)
    for index, heading in enumerate(["Criteria", "Essential", "Desirable", "How assessed"]):
        table.rows[0].cells[index].text = heading

    def row(*values: str) -> None:
        cells = table.add_row().cells
        for index, value in enumerate(values):
            cells[index].text = value
        if len(values) == 1:
            cells[0].merge(cells[3])

    row("Qualifications")
    row("Degree or Diploma in Social Work", "✓", "", "Application form / Certificates")
    row("Registered with Social Work England", "✓", "", "Application form")
    row("Best Interests Assessor or AMHP, or willing to train", "", "✓", "Application / Interview")
    row("Experience")
    row(
        "At least three years' post-qualifying experience in adult social care",
        "✓",
        "",
        "Interview",
    )
    row("Full driving licence and access to a car, or a reasonable adjustment", "Yes", "", "Form")
    row("Ability to communicate in Welsh (level 2)", "", "X", "Interview")
    return _docx(document)


def test_word_table_with_essential_and_desirable_columns() -> None:
    [role] = import_document(_columns_table_docx(), "hillshire.docx")

    assert role.spec.id == "senior-social-worker-band-7"
    assert role.spec.title == "Senior Social Worker (Band 7)"
    assert _summary(role) == [
        ("Degree or Diploma in Social Work", "essential", "qualification"),
        ("Registered with Social Work England", "essential", "registration"),
        ("Best Interests Assessor or AMHP, or willing to train", "desirable", "approved_role"),
        (
            "At least three years' post-qualifying experience in adult social care",
            "essential",
            "experience_years",
        ),
        (
            "Full driving licence and access to a car, or a reasonable adjustment",
            "essential",
            "driving",
        ),
        ("Ability to communicate in Welsh (level 2)", "desirable", "language"),
    ]
    criteria = _by_text(role)
    degree = criteria["Degree or Diploma in Social Work"]
    assert degree.category == "qualifications"
    assert degree.assessed_by == [Stage.application, Stage.documentation]
    assert criteria[
        "At least three years' post-qualifying experience in adult social care"
    ].category == ("experience")
    welsh = criteria["Ability to communicate in Welsh (level 2)"].rule
    assert (welsh.language, welsh.min_level.value) == ("welsh", "foundation")
    approved = criteria["Best Interests Assessor or AMHP, or willing to train"].rule
    assert [r.value for r in approved.roles] == ["AMHP", "BIA"]
    assert approved.accept_commitment is True


def _nhs_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Job Title: Occupational Therapist")
    document.add_paragraph("Band: Band 6")
    document.add_heading("Person Specification", 1)
    table = document.add_table(rows=1, cols=4)
    for index, heading in enumerate(["", "Essential", "Desirable", "Assessed by"]):
        table.rows[0].cells[index].text = heading

    def row(category: str, essential: list[str], desirable: list[str], how: str) -> None:
        cells = table.add_row().cells
        cells[0].text = category
        for cell, items in ((cells[1], essential), (cells[2], desirable)):
            for position, item in enumerate(items):
                paragraph = cell.paragraphs[0] if position == 0 else cell.add_paragraph()
                paragraph.text = item
                paragraph.style = "List Bullet"
        cells[3].text = how

    row(
        "Qualifications",
        ["BSc or Diploma in Occupational Therapy", "HCPC registration"],
        ["Postgraduate qualification in mental health"],
        "Application form",
    )
    row(
        "Experience",
        ["Two years' post-qualification experience", "Experience of risk assessment"],
        ["Experience in a community mental health team"],
        "Application form / Interview",
    )
    row("Skills", ["Good written communication skills"], [], "Interview")
    return _docx(document)


def test_nhs_table_with_lists_inside_essential_and_desirable_cells() -> None:
    [role] = import_document(_nhs_docx(), "trust.docx")

    assert role.spec.title == "Occupational Therapist (Band 6)"
    assert _summary(role) == [
        ("BSc or Diploma in Occupational Therapy", "essential", "qualification"),
        ("HCPC registration", "essential", "registration"),
        ("Postgraduate qualification in mental health", "desirable", "qualification"),
        ("Two years' post-qualification experience", "essential", "experience_years"),
        ("Experience of risk assessment", "essential", None),
        ("Experience in a community mental health team", "desirable", None),
        ("Good written communication skills", "essential", None),
    ]
    criteria = _by_text(role)
    assert criteria["HCPC registration"].category == "qualifications"
    assert criteria["Experience of risk assessment"].assessed_by == [
        Stage.application,
        Stage.interview,
    ]
    assert criteria["Good written communication skills"].assessed_by == [Stage.interview]
    experience = criteria["Two years' post-qualification experience"].rule
    assert (experience.min_years, experience.post_qualification) == (2, True)


def test_word_table_with_an_e_d_letter_column_and_an_attribute_column() -> None:
    document = docx.Document()
    document.add_paragraph("Post title: Community Care Officer")
    document.add_heading("Person specification", 1)
    table = document.add_table(rows=1, cols=4)
    for index, heading in enumerate(["Attribute", "Requirement", "E/D", "Method of assessment"]):
        table.rows[0].cells[index].text = heading
    rows = [
        ("Qualifications", "NVQ level 3 in Health and Social Care or equivalent", "E", "A/C"),
        ("", "Willingness to work towards a degree in social work", "D", "A/I"),
        ("Experience", "Experience of working with older people", "E", "A/I"),
        ("Other", "Right to work in the UK", "E", "D"),
    ]
    for values in rows:
        cells = table.add_row().cells
        for index, value in enumerate(values):
            cells[index].text = value

    [role] = import_document(_docx(document), "officer.docx")

    assert [(c.text, c.priority, c.category, c.assessed_by) for c in role.spec.criteria] == [
        (
            "NVQ level 3 in Health and Social Care or equivalent",
            Priority.essential,
            "qualifications",
            [Stage.application, Stage.documentation],
        ),
        (
            "Willingness to work towards a degree in social work",
            Priority.desirable,
            "qualifications",
            [Stage.application, Stage.interview],
        ),
        (
            "Experience of working with older people",
            Priority.essential,
            "experience",
            [Stage.application, Stage.interview],
        ),
        ("Right to work in the UK", Priority.essential, "other", [Stage.documentation]),
    ]
    nvq = role.spec.criteria[0].rule
    assert (nvq.kind, [s.value for s in nvq.subjects], nvq.min_level.value) == (
        "qualification",
        ["health_social_care"],
        "nvq3",
    )
    training = role.spec.criteria[1].rule
    assert (training.kind, training.accept_training) == ("qualification", True)
    assert role.spec.criteria[3].rule.check.value == "right_to_work"


def _markers_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in [
        "Job Title: Social Worker - Hospital Discharge Team",
        "Grade: Grade 9",
        "Person Specification",
        "Qualifications",
        "- Social Work degree or DipSW (E)",
        "- Registered with Social Work England (E)",
        "- Practice Educator award (D)",
        "Experience",
        "- Minimum of two years' post qualification experience (E)",
        "- Experience of hospital discharge work (D)",
        "Skills",
        "- Able to speak Welsh (D)",
        "- Excellent IT skills (E)",
    ]:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_with_e_and_d_markers_under_category_headings() -> None:
    [role] = import_document(_markers_pdf(), "hospital.pdf")

    assert role.spec.id == "social-worker-hospital-discharge-team-grade-9"
    assert [(c.text, c.priority.value, c.category) for c in role.spec.criteria] == [
        ("Social Work degree or DipSW", "essential", "qualifications"),
        ("Registered with Social Work England", "essential", "qualifications"),
        ("Practice Educator award", "desirable", "qualifications"),
        ("Minimum of two years' post qualification experience", "essential", "experience"),
        ("Experience of hospital discharge work", "desirable", "experience"),
        ("Able to speak Welsh", "desirable", "skills"),
        ("Excellent IT skills", "essential", "skills"),
    ]
    assert any("how criteria are assessed" in note for note in role.unsure)


def test_nhs_headings_with_essential_and_desirable_under_each_category() -> None:
    text = (
        "Job Title: Mental Health Practitioner\nBand: Band 6\n\nPERSON SPECIFICATION\n\n"
        "Qualifications\nEssential\n• Registered mental health nurse or social worker\n"
        "Desirable\n• AMHP qualification or willingness to train\n\n"
        "Experience\nEssential\n• At least 2 years' experience in mental health services\n"
        "Desirable\n• Experience of care coordination\n"
    )

    [role] = parse_person_specification(text)

    assert role.spec.title == "Mental Health Practitioner (Band 6)"
    assert [(c.priority.value, c.category) for c in role.spec.criteria] == [
        ("essential", "qualifications"),
        ("desirable", "qualifications"),
        ("essential", "experience"),
        ("desirable", "experience"),
    ]
    amhp = role.spec.criteria[1].rule
    assert (amhp.kind, amhp.accept_commitment) == ("approved_role", True)


TWO_COLUMN = (
    "Title Family Support Worker\tDepartment Children's Services\tPost Ref\n"
    "Job Purpose To support families.\n\n"
    "Person Specification\t\n"
    'Knowledge <ol style="list-style-type: none"> 1. Knowledge of child development. '
    "2. Knowledge of safeguarding procedures. 3. An NVQ level 3 in Children's Care or "
    "equivalent is essential \tPersonal skills <ol> 1. A full driving licence and access "
    "to transport, or disabled staff may use taxis. 2. Ability to build trust with "
    "families and to work with\n"
    "Experience <ol> 1. Experience of working with families. \t\n\n"
    "<p>2. Experience of group work is desirable.</p> <p>3. Experience of lone working."
    "</p>\t<p>other agencies.</p> <p>3. Calm under pressure.</p>\n"
    "Role Dimensions <ol> 1. Visit families at home.\n"
)


def test_two_column_export_with_html_lists_that_interleave() -> None:
    [role] = parse_person_specification(TWO_COLUMN)

    assert role.spec.title == "Family Support Worker"
    assert [(c.text, c.category, c.priority.value) for c in role.spec.criteria] == [
        ("Knowledge of child development.", "knowledge", "essential"),
        ("Knowledge of safeguarding procedures.", "knowledge", "essential"),
        (
            "An NVQ level 3 in Children's Care or equivalent is essential",
            "knowledge",
            "essential",
        ),
        (
            "A full driving licence and access to transport, or disabled staff may use taxis.",
            "personal_skills",
            "essential",
        ),
        (
            "Ability to build trust with families and to work with other agencies.",
            "personal_skills",
            "essential",
        ),
        ("Experience of working with families.", "experience", "essential"),
        ("Experience of group work is desirable.", "experience", "desirable"),
        ("Experience of lone working.", "experience", "essential"),
        ("Calm under pressure.", "personal_skills", "essential"),
    ]
    driving = role.spec.criteria[3].rule
    assert (driving.kind, driving.access_to_transport, driving.disability_alternative) == (
        "driving",
        True,
        True,
    )
    assert any("does not split essential from desirable" in n for n in role.unsure)


def test_several_roles_with_titles_on_the_same_line_or_the_next() -> None:
    one = (
        "Title Care Assistant (Band A)\tDepartment Adults\tPost Ref\n"
        "Person Specification\nExperience\n1. Experience of personal care.\n"
        "Role Dimensions\n1. Work shifts.\n\n"
    )
    two = (
        "Title\tDepartment\tPost Ref.\nSenior Care Assistant (Band B)\tAdults\t\n"
        "Person Specification\nExperience\n1. Experience of leading a shift.\n"
        "2. At least one year's experience as a care assistant.\nRole Dimensions\n"
    )

    roles = parse_person_specification(one + two)

    assert [r.spec.id for r in roles] == ["care-assistant-band-a", "senior-care-assistant-band-b"]
    assert [len(r.spec.criteria) for r in roles] == [1, 2]
    assert roles[1].spec.criteria[1].rule.min_years == 1


def test_group_tables_with_assessment_codes_after_each_group() -> None:
    text = (
        "Job Title:\tSupport Planner\n\nSection B: Selection Criteria\n"
        "Criteria are measured through the application form (A), an interview (I), "
        "a test (T) or documentation (D).\n"
        "\tEssential Criteria\n\tAssessed By:\n\n"
        "\tQualifications\n· Relevant degree in social work\n\tA, D\n\n"
        "\tSkills\n· Good written English\n· Numeracy\n\n\tI, T\n\n"
        "\tDesirable Criteria\n\tAssessed By:\n\n"
        "\tKnowledge\n· Knowledge of the Care Act\n\tA, I\n"
        "Section C: Pre-employment Checks\n"
    )

    [role] = parse_person_specification(text)

    assert [
        (c.text, c.priority.value, [s.value for s in c.assessed_by]) for c in role.spec.criteria
    ] == [
        ("Relevant degree in social work", "essential", ["application", "documentation"]),
        ("Good written English", "essential", ["interview", "test"]),
        ("Numeracy", "essential", ["interview", "test"]),
        ("Knowledge of the Care Act", "desirable", ["application", "interview"]),
    ]


def test_category_rows_whose_criteria_were_run_together() -> None:
    text = (
        "Grade:\tS5\nCounty Council Person Specification: Reablement Officer\n\n"
        "CRITERIA\t\n"
        "QUALIFICATIONS\t NVQ level 3 in Health and Social Care. Up to date first aid "
        "certificate\n"
        "SKILLS\t Ability to motivate people Ability to write clear records Good "
        "time management\n\n\t Knowledge of equipment\n"
    )

    [role] = parse_person_specification(text)

    assert role.spec.title == "Reablement Officer (S5)"
    assert [(c.text, c.category) for c in role.spec.criteria] == [
        ("NVQ level 3 in Health and Social Care.", "qualifications"),
        ("Up to date first aid certificate", "qualifications"),
        ("Ability to motivate people", "skills"),
        ("Ability to write clear records", "skills"),
        ("Good time management", "skills"),
        ("Knowledge of equipment", "skills"),
    ]
    assert any("run together" in note for note in role.unsure)


def test_four_cell_rows_with_bracket_ticks_and_footnotes() -> None:
    text = (
        " PERSON SPECIFICATION\n\tJob Title\n\tSenior Occupational Therapist\n\n"
        "\tGrade\n\tG11\n\n"
        "\tRequirement\n\tEssential\n\tDesirable\n\tMeasured by*\n\n"
        "\tQualifications\n\t\n\t\n\t\n\n"
        "\tDegree in Occupational Therapy\n\t(\n\t\n\tF/C\n\n"
        "\tPractice educator award or commitment to achieve it\n\t(**\n\t\n\tF/C\n\n"
        "\tExperience of seating assessments *** (only essential for the seating team)\n"
        "\t(***\n\t(***\n\tF/I\n\n"
        "\tAbility to speak Welsh\n\t\n\t(\n\tI\n\n"
        "*  Each requirement must be measurable.\n"
        "** At least one award should be held at appointment.\n"
    )

    [role] = parse_person_specification(text)

    assert role.spec.id == "senior-occupational-therapist-g11"
    criteria = role.spec.criteria
    assert [(c.text, c.priority.value) for c in criteria] == [
        ("Degree in Occupational Therapy", "essential"),
        ("Practice educator award or commitment to achieve it", "essential"),
        ("Experience of seating assessments", "desirable"),
        ("Ability to speak Welsh", "desirable"),
    ]
    assert criteria[0].assessed_by == [Stage.application, Stage.documentation]
    assert criteria[3].assessed_by == [Stage.interview]
    assert criteria[1].notes == "At least one award should be held at appointment."
    assert criteria[1].rule.kind == "approved_role"
    assert criteria[1].rule.accept_commitment is True
    assert "only essential for the seating team" in criteria[2].notes
    assert "ticked both essential and desirable" in criteria[2].notes


def test_a_criterion_listed_twice_is_kept_once_and_similar_ones_get_distinct_ids() -> None:
    text = (
        "Person Specification\nEssential\n- Good IT skills\n- Good IT skills.\n"
        "- Driving licence (full)\n- Driving licence, full\n"
    )

    [role] = parse_person_specification(text)

    assert [c.id for c in role.spec.criteria] == [
        "good-it-skills",
        "driving-licence-full",
        "driving-licence-full-2",
    ]
    assert "'Good IT skills.' is listed twice; kept once" in role.unsure


def test_text_without_a_person_specification_is_refused() -> None:
    with pytest.raises(SpecParseError, match=r"^no person specification found"):
        parse_person_specification("Dear applicant,\nThank you for your interest.\n")


def test_library_ids_are_kept_for_a_known_role_only_when_title_and_grade_match() -> None:
    text = (
        "Job Title: Occupational Therapist Home First Neighborhood Team\nGrade: G10/11\n"
        "Person Specification\nEssential\n- HCPC registration\n"
    )
    roles = parse_person_specification(text)
    library = [
        RoleSpec.model_validate(
            {
                "id": "ot-home-first-g12",
                "title": "Occupational Therapist, Home First Neighbourhood Team (G12)",
                "criteria": [{"id": "x", "text": "x"}],
            }
        ),
        RoleSpec.model_validate(
            {
                "id": "ot-home-first-g10-11",
                "title": "Occupational Therapist, Home First Neighbourhood Team (G10/11)",
                "criteria": [{"id": "x", "text": "x"}],
            }
        ),
    ]

    [adopted] = adopt_library_ids(roles, library)
    shorter = RoleSpec.model_validate(
        {"id": "ot", "title": "Occupational Therapist", "criteria": [{"id": "x", "text": "x"}]}
    )

    assert roles[0].spec.id == "occupational-therapist-home-first-neighborhood-team-g10-11"
    assert adopted.spec.id == "ot-home-first-g10-11"
    assert adopt_library_ids(roles, library[:1])[0].spec.id == roles[0].spec.id
    # a shorter title that is only part of this one is a different role
    assert adopt_library_ids(roles, [shorter])[0].spec.id == roles[0].spec.id


def test_pdf_with_a_real_table_of_essential_and_desirable_columns() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(text="Job Title: Occupational Therapist", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="Person Specification", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(90, 25, 25, 50)) as table:
        for values in [
            ("Criteria", "Essential", "Desirable", "How assessed"),
            ("Qualifications", "", "", ""),
            ("Degree in Occupational Therapy", "X", "", "Application form"),
            ("Registered with the HCPC", "X", "", "Certificate"),
            ("Welsh speaker", "", "X", "Interview"),
        ]:
            row = table.row()
            for value in values:
                row.cell(value)

    [role] = import_document(bytes(pdf.output()), "table.pdf")

    assert [(c.text, c.priority.value, c.category, c.assessed_by) for c in role.spec.criteria] == [
        ("Degree in Occupational Therapy", "essential", "qualifications", [Stage.application]),
        ("Registered with the HCPC", "essential", "qualifications", [Stage.documentation]),
        ("Welsh speaker", "desirable", "qualifications", [Stage.interview]),
    ]


def test_a_list_of_values_gives_one_criterion_per_value() -> None:
    text = (
        "Person Specification: Support Worker\n\nCRITERIA\t\n"
        "SKILLS\t Ability to apply Mental Capacity Act principles Good time keeping\n"
        "OUR VALUES\t Our Values: Open Value for money thinking Accountable Professionalism "
        "Information Sharer Creative Resilient\n"
    )

    [role] = parse_person_specification(text)

    assert [(c.category, c.text) for c in role.spec.criteria] == [
        ("skills", "Ability to apply Mental Capacity Act principles"),
        ("skills", "Good time keeping"),
        ("our_values", "Open"),
        ("our_values", "Value for money thinking"),
        ("our_values", "Accountable"),
        ("our_values", "Professionalism"),
        ("our_values", "Information Sharer"),
        ("our_values", "Creative"),
        ("our_values", "Resilient"),
    ]


def test_ticked_driving_and_dbs_options_go_to_the_role_notes_not_the_criteria() -> None:
    text = (
        "Role description:\tReablement Support Worker\t\n\nPerson Specification\nEssential\n"
        "- Experience of personal care\n\nSupporting information\t\nDriving classification\t\n"
        "Occasional driver A valid UK driving licence is not required.\t\n"
        "Must hold a valid UK driving licence and have access to a car, unless a reasonable "
        "adjustment has been agreed.\t\\boxtimes\n"
        "This role is not politically restricted\t\\boxtimes\n"
        "This role will require an Enhanced DBS check before appointment.\t\\boxtimes\n"
    )

    [role] = parse_person_specification(text)

    assert [c.text for c in role.spec.criteria] == ["Experience of personal care"]
    assert role.spec.notes == (
        "Ticked in the supporting information (not criteria): Must hold a valid UK driving "
        "licence and have access to a car, unless a reasonable adjustment has been agreed. | "
        "This role will require an Enhanced DBS check before appointment."
    )


def _table_docx(header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Job title: Approved Mental Health Professional")
    document.add_heading("Person Specification", 1)
    table = document.add_table(rows=1, cols=len(header))
    for index, heading in enumerate(header):
        table.rows[0].cells[index].text = heading
    for values in rows:
        cells = table.add_row().cells
        for index, value in enumerate(values):
            cells[index].text = value
    return _docx(document)


def test_one_tick_column_per_assessment_stage() -> None:
    data = _table_docx(
        ["Criteria", "Essential", "Desirable", "Application form", "Interview", "Test"],
        [
            ["Warranted AMHP", "✓", "", "✓", "", ""],
            ["Report writing skills", "✓", "", "", "✓", "✓"],
            ["Experience of court work", "", "✓", "✓", "✓", ""],
        ],
    )

    [role] = import_document(data, "amhp.docx")

    assert [(c.text, c.priority.value, c.assessed_by) for c in role.spec.criteria] == [
        ("Warranted AMHP", "essential", [Stage.application]),
        ("Report writing skills", "essential", [Stage.interview, Stage.test]),
        ("Experience of court work", "desirable", [Stage.application, Stage.interview]),
    ]
    assert role.spec.criteria[0].rule.kind == "approved_role"


def test_a_row_with_only_a_tick_beside_it_is_a_criterion_not_a_heading() -> None:
    data = _table_docx(
        ["", "Essential", "Desirable"],
        [["Qualifications", "", ""], ["HCPC registration", "✓", ""], ["Masters", "", "✓"]],
    )

    [role] = import_document(data, "ticks.docx")

    assert [(c.text, c.priority.value, c.category) for c in role.spec.criteria] == [
        ("HCPC registration", "essential", "qualifications"),
        ("Masters", "desirable", "qualifications"),
    ]


def test_essential_and_desirable_columns_side_by_side() -> None:
    data = _table_docx(
        ["Essential criteria", "Desirable criteria"],
        [
            ["Social work degree", "Experience in a hospital team"],
            ["Registered with Social Work England", ""],
        ],
    )

    [role] = import_document(data, "side.docx")

    assert [(c.text, c.priority.value) for c in role.spec.criteria] == [
        ("Social work degree", "essential"),
        ("Experience in a hospital team", "desirable"),
        ("Registered with Social Work England", "essential"),
    ]


def test_post_label_colon_headings_and_worded_markers() -> None:
    text = (
        "Post: Senior Social Worker\nGrade: Grade 9\n\nPERSON SPECIFICATION\nQualifications:\n"
        "• Degree in Social Work or equivalent (Essential)\n"
        "• Post-qualifying award in adult social work (Desirable)\n"
        "Other:\n• Enhanced DBS clearance (Essential)\n"
    )

    [role] = parse_person_specification(text)

    assert role.spec.id == "senior-social-worker-grade-9"
    assert [(c.text, c.priority.value, c.category) for c in role.spec.criteria] == [
        ("Degree in Social Work or equivalent", "essential", "qualifications"),
        ("Post-qualifying award in adult social work", "desirable", "qualifications"),
        ("Enhanced DBS clearance", "essential", "other"),
    ]
    assert role.spec.criteria[2].rule.kind == "pre_employment"


def test_rows_with_an_e_or_d_letter_and_codes_but_no_header() -> None:
    text = (
        "Job title: Social Worker\nPerson Specification\n"
        "Degree in social work\tE\tA\n"
        "Registered with Social Work England\tE\tA/D\n"
        "Experience of court work\tD\tI\n"
    )

    [role] = parse_person_specification(text)

    assert [(c.text, c.priority.value, c.assessed_by) for c in role.spec.criteria] == [
        ("Degree in social work", "essential", [Stage.application]),
        (
            "Registered with Social Work England",
            "essential",
            [Stage.application, Stage.documentation],
        ),
        ("Experience of court work", "desirable", [Stage.interview]),
    ]


def test_separate_tables_for_essential_and_for_desirable_criteria() -> None:
    document = docx.Document()
    document.add_paragraph("Job title: Hospital Social Worker")
    document.add_heading("Person Specification", 1)
    for heading, rows in (
        ("Essential criteria", [("Qualifications", ""), ("Social work degree", "A/C")]),
        ("Desirable criteria", [("Experience of hospital discharge", "A/I")]),
    ):
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = heading
        table.rows[0].cells[1].text = "How assessed"
        for values in rows:
            cells = table.add_row().cells
            for index, value in enumerate(values):
                cells[index].text = value
        document.add_paragraph("")

    [role] = import_document(_docx(document), "two-tables.docx")

    assert [(c.text, c.priority.value, c.category, c.assessed_by) for c in role.spec.criteria] == [
        (
            "Social work degree",
            "essential",
            "qualifications",
            [Stage.application, Stage.documentation],
        ),
        (
            "Experience of hospital discharge",
            "desirable",
            "general",
            [Stage.application, Stage.interview],
        ),
    ]
