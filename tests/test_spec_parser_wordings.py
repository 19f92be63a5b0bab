"""Ways councils print stages, priorities and page breaks that nothing else in a layout
announces: superscript stage letters, a "(continued)" page, codes at the start of a criterion,
"It would be an advantage to have:" and numbered section headings. Each is a short text
specification read as a recruiter would read it."""

from __future__ import annotations

import pytest

from criteria.parser import SpecParseError, parse_person_specification
from criteria.spec import AnyOfRule, ApprovedRoleRule, Priority, Stage

A, I, T, D = Stage.application, Stage.interview, Stage.test, Stage.documentation  # noqa: E741


def _criteria(text: str) -> list[tuple[str, Priority, list[Stage]]]:
    [role] = parse_person_specification(text)
    return [(c.text, c.priority, list(c.assessed_by)) for c in role.spec.criteria]


def test_superscript_stage_letters_glued_to_a_criterion_are_its_stages() -> None:
    text = (
        "Social Worker – Court Team\n\nPerson Specification\n\n"
        "ᴬ application form   ᴵ interview   ᵂ written exercise   ᴰ documents\n\n"
        "\tCriteria\tE/D\n"
        "\tRegistered as a social worker with Social Work Englandᴬᴰ\tE\n"
        "\tAbility to write clear court reportsᵂ\tE\n"
        "\tExperience of the Public Law Outlineᴬᴵ\tD\n"
    )
    assert _criteria(text) == [
        ("Registered as a social worker with Social Work England", Priority.essential, [A, D]),
        ("Ability to write clear court reports", Priority.essential, [T]),
        ("Experience of the Public Law Outline", Priority.desirable, [A, I]),
    ]


def test_a_continued_page_with_its_footer_is_still_one_role() -> None:
    text = (
        "Social Worker – Child Protection\n\nPerson Specification\n\n"
        "\tArea\tCriteria\tE/D\n"
        "\tExperience\tExperience of section 47 enquiries (A)\tE\n"
        "\t\tExperience of care proceedings (A)\tE\n\n"
        "Kingsmere Children's Services – Person Specification – Page 1 of 2\n\n"
        "Person Specification (continued)\n\n"
        "\tArea\tCriteria\tE/D\n"
        "\t\tExperience of direct work with children (I)\tE\n"
        "\tOther\tWillingness to join the duty rota (I)\tD\n\n"
        "Kingsmere Children's Services – Person Specification – Page 2 of 2\n"
    )
    [role] = parse_person_specification(text)
    criteria = role.spec.criteria
    assert role.spec.title.startswith("Social Worker – Child Protection")
    assert [c.text for c in criteria] == [
        "Experience of section 47 enquiries",
        "Experience of care proceedings",
        "Experience of direct work with children",
        "Willingness to join the duty rota",
    ]
    # the row under the repeated header belongs to the area page 1 ended in
    assert criteria[2].category == criteria[0].category


def test_codes_at_the_start_numbered_sections_and_an_advantage_lead_in() -> None:
    text = (
        "Best Interests Assessor\n\nPerson Specification\n\n"
        "The letters show how each is assessed: A – application form; I – interview; "
        "C – certificates.\n\n"
        "1. Qualifications and training\n\n"
        "(i) (A,C) Registered as a social worker with Social Care Wales\n\n"
        "It would be an advantage to have:\n\n"
        "(ii) (A,C) Approved Mental Health Professional warrant\n\n"
        "2. Welsh language\n\n"
        "(i) (A) Willingness to learn Welsh to Level 1 within a year of appointment\n\n"
        "In your personal statement you should give examples of how you meet each "
        "requirement marked A.\n"
    )
    assert _criteria(text) == [
        ("Registered as a social worker with Social Care Wales", Priority.essential, [A, D]),
        ("Approved Mental Health Professional warrant", Priority.desirable, [A, D]),
        ("Willingness to learn Welsh to Level 1 within a year of appointment",
         Priority.essential, [A]),
    ]


def test_a_lead_in_cell_over_its_list_is_one_criterion_offering_a_choice() -> None:
    text = (
        "Senior Practitioner\n\nPerson Specification\n\n"
        "\tCriteria\n\tE / D\n\tAssessed by\n"  # one cell per line, as Word saves text
        "\tOne of the following post-qualifying awards:\n"
        "\t• Best Interests Assessor\n\t• Approved Mental Health Professional\n"
        "\tE\n\tAF, DOC\n"
        "\tRegistered with Social Work England\n\tE\n\tAF, DOC\n"
    )
    [role] = parse_person_specification(text)
    first = role.spec.criteria[0]
    assert first.text == (
        "One of the following post-qualifying awards: Best Interests Assessor; "
        "Approved Mental Health Professional"
    )
    # either award will do: one approved-role rule asking for any one of them
    assert isinstance(first.rule, ApprovedRoleRule)
    assert {r.value for r in first.rule.roles} == {"AMHP", "BIA"}
    assert first.rule.min_count == 1


def test_a_training_needs_analysis_is_refused_with_what_it_looks_like() -> None:
    text = (
        "Adult Social Care Workforce Development\n\nTraining Needs Analysis 2027/28\n\n"
        "\tTraining\tSocial Worker\tOccupational Therapist\tRefresh\n"
        "\tSafeguarding Adults Level 3\tEssential\tEssential\t3 years\n"
        "\tBest Interests Assessor training\tDesirable\t–\tAnnual\n"
    )
    with pytest.raises(SpecParseError, match="training needs analysis"):
        parse_person_specification(text)


def test_prose_requirement_sentences_are_criteria_at_the_level_their_openings_give() -> None:
    text = (
        "Reablement Officer\n\nPerson Specification\n\n"
        "Knowledge\n\n"
        "Our reablement service works with people leaving hospital. It is essential that "
        "the post holder knows the Care Act 2014 and its wellbeing principle. It would be "
        "an advantage if the post holder has used a falls risk tool.\n\n"
        "Practical skills\n\n"
        "It is essential that the post holder can plan a short programme of support. "
        "Applicants should ideally have worked in a hospital discharge team. The team "
        "meets every Monday.\n"
    )
    assert _criteria(text) == [
        ("It is essential that the post holder knows the Care Act 2014 and its wellbeing "
         "principle", Priority.essential, [A, I]),
        ("It would be an advantage if the post holder has used a falls risk tool",
         Priority.desirable, [A, I]),
        ("It is essential that the post holder can plan a short programme of support",
         Priority.essential, [A, I]),
        ("Applicants should ideally have worked in a hospital discharge team",
         Priority.desirable, [A, I]),
    ]


def test_alternatives_joined_by_and_or_lines_are_one_criterion_with_routes() -> None:
    text = (
        "Approved Mental Health Professional\n\nPersonnel Specification\n\n"
        "Section 1: Essential Criteria\n\n"
        "\tFactor\tCriteria\tMethod of Assessment\n"
        # a cell's lines as the document model writes them; a PDF glues "AND" onto its line
        "\tQualifications\t1. Hold a Diploma in Social Work • OR • hold a Degree in Social "
        "Work • AND be registered with Social Work England\tApplication form\n"
        "\tExperience\t2. Experience of Mental Health Act assessments\tInterview\n\n"
        "Section 2: Desirable Criteria\n\n"
        "\tFactor\tCriteria\tMethod of Assessment\n"
        "\tSkills\t1. Ability to chair a strategy meeting\tInterview\n\n"
        "Section 3: Assessed at Interview\n\n"
        "\tFactor\tCriteria\tMethod of Assessment\n"
        "\tValues\t1. Respect for the people who use the service\tInterview\n"
    )
    [role] = parse_person_specification(text)
    assert role.spec.title.startswith("Approved Mental Health Professional")
    criteria = role.spec.criteria
    assert [(c.text, c.priority, list(c.assessed_by)) for c in criteria] == [
        ("Hold a Diploma in Social Work OR hold a Degree in Social Work AND be registered with "
         "Social Work England", Priority.essential, [A]),
        ("Experience of Mental Health Act assessments", Priority.essential, [I]),
        ("Ability to chair a strategy meeting", Priority.desirable, [I]),
        # a numbered section that names no priority is no longer under the desirable one's
        ("Respect for the people who use the service", Priority.essential, [I]),
    ]
    # the capitals group the routes: the diploma, or the degree with registration
    rule = criteria[0].rule
    assert isinstance(rule, AnyOfRule)
    assert [r.kind for r in rule.rules] == ["qualification", "all_of"]


def test_an_interview_question_sheet_is_refused_by_its_shape() -> None:
    text = (
        "Riverside Borough Council\n\nPanel pack: Occupational Therapist\n\n"
        "\tNo.\tQuestion\tLooking for\tMark\n"
        "\t1\tWhat drew you to working in a reablement team?\tMotivation (E)\t\n"
        "\t2\tHow would you assess someone for a stair lift?\tKnowledge of equipment (E)\t\n"
        "\t3\tTell us about a time you disagreed with a colleague.\tTeam working (D)\t\n"
    )
    with pytest.raises(SpecParseError, match="interview question sheet"):
        parse_person_specification(text)


def test_priority_labels_in_one_cell_and_priority_letters_in_stage_columns() -> None:
    text = (
        "Occupational Therapist\n\nPerson Specification\n\n"
        "\tArea\tRequirements\tApplication\tInterview\n"
        "\tExperience\tEssential: • Experience of moving and handling assessments • "
        "Desirable: • Experience of housing adaptations\tE\tE, D\n"
    )
    assert _criteria(text) == [
        ("Experience of moving and handling assessments", Priority.essential, [A, I]),
        # "D" only under Interview: the desirable requirement is assessed at interview
        ("Experience of housing adaptations", Priority.desirable, [I]),
    ]


def test_stage_column_headers_broken_by_a_narrow_pdf_column_are_still_stages() -> None:
    text = (
        "Senior Occupational Therapist\n\nPerson Specification\n\n"
        "\tCriteria\tApplicatio n\tIntervie w\tEssential / Desirable\n"
        "\tHCPC registration as an occupational therapist\tX\t\tEssential\n"
        "\tAbility to explain a moving and handling plan to carers\t\tX\tDesirable\n"
    )
    assert _criteria(text) == [
        ("HCPC registration as an occupational therapist", Priority.essential, [A]),
        ("Ability to explain a moving and handling plan to carers", Priority.desirable, [I]),
    ]
