"""Rule compilation: the wording of a criterion gives the rule a recruiter would write.

A table of criterion texts and the rule each must compile to (only the fields that matter are
compared), negative cases alongside: a wrong rule can reject a good applicant.
"""

from __future__ import annotations

from typing import Any

import pytest

from criteria.parser import compile_rule

CASES: list[tuple[str, dict[str, Any] | None]] = [
    # a skill in the role's work, or willingness to join its rota, is not holding the role
    ("Ability to write clear BIA reports for supervisory bodies", None),
    ("Willingness to join the out-of-hours AMHP rota", None),
    (
        "Willingness to undertake AMHP training",
        {"kind": "approved_role", "roles": ["AMHP"], "accept_commitment": True},
    ),
    (
        "Post-registration experience of at least two years in a hospital setting",
        {"kind": "experience_years", "min_years": 2.0, "post_qualification": True},
    ),
    ("Registered with the HCPC", {"kind": "registration", "bodies": ["HCPC"]}),
    (
        "Registered with Social Work England or equivalent body",
        {"kind": "registration", "bodies": ["SWE", "SCW", "NISCC", "SSSC"]},
    ),
    (
        "Register and maintain registration as an Occupational Therapist with HCPC.",
        {"kind": "registration", "bodies": ["HCPC"], "profession": "occupational therapist"},
    ),
    (
        "A Social Work Qualification recognised by Social Work England",
        {"kind": "qualification", "subjects": ["social_work"]},
    ),
    (
        "Degree or Diploma in Occupational Therapy.",
        {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": "diploma"},
    ),
    # "or equivalent" after a profession's qualification lets the regulator's equivalents
    # through (a BSc for an MSc, a DipSW or CQSW for a degree): the level is not a minimum
    (
        "Masters Occupational Therapy Degree or equivalent qualification",
        {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": None},
    ),
    (
        "Degree in Social Work, or an equivalent qualification recognised by Social Care Wales",
        {"kind": "qualification", "subjects": ["social_work"], "min_level": None},
    ),
    (
        "DipSW, CQSW or equivalent",
        {"kind": "qualification", "subjects": ["social_work"], "min_level": None},
    ),
    (
        "Two years' post-registration experience as an Occupational Therapist",
        {"kind": "experience_years", "min_years": 2, "post_qualification": True},
    ),
    (
        "2 years' experience within a local authority",
        {"kind": "experience_years", "min_years": 2, "post_qualification": False},
    ),
    (
        "Registered with the SSSC or able to register within six months of appointment",
        {"kind": "registration", "bodies": ["SSSC"]},
    ),
    (
        "Practice Learning Qualification (PLQ) or willingness to work towards it",
        {"kind": "approved_role", "roles": ["practice_educator"], "accept_commitment": True},
    ),
    (
        "Relevant Health/Social Care qualification to NVQ level 3",
        {"kind": "qualification", "subjects": ["health_social_care"], "min_level": "nvq3"},
    ),
    (
        "Currently working towards a degree in occupational therapy",
        {"kind": "qualification", "accept_training": True},
    ),
    (
        "Evidence of relevant post graduate study or post qualifying award.",
        {"kind": "qualification", "subjects": ["any"], "min_level": "postgraduate"},
    ),
    (
        "At least two years' post qualification experience",
        {"kind": "experience_years", "min_years": 2, "post_qualification": True},
    ),
    (
        "At least 2 years working as a qualified Social Worker",
        {"kind": "experience_years", "min_years": 2, "post_qualification": True},
    ),
    (
        "A minimum of 18 months experience in adult social care",
        {"kind": "experience_years", "min_years": 1.5, "post_qualification": False},
    ),
    (
        "Three years post qualification with two years working in social care",
        {
            "kind": "all_of",
            "rules": [
                {"kind": "experience_years", "min_years": 3, "post_qualification": True},
                {"kind": "experience_years", "min_years": 2, "post_qualification": False},
            ],
        },
    ),
    (
        "Best Interest Assessor, AMHP or Practice Educator (or commitment to train as one)",
        {
            "kind": "approved_role",
            "roles": ["AMHP", "BIA", "practice_educator"],
            "accept_commitment": True,
        },
    ),
    (
        "AMHP or AMCP or evidence of relevant post graduate study is essential",
        {
            "kind": "any_of",
            "rules": [
                {"kind": "approved_role", "roles": ["AMHP", "AMCP"]},
                {"kind": "qualification", "min_level": "postgraduate"},
            ],
        },
    ),
    (
        "To have completed or be willing to undertake the ASYE",
        {"kind": "asye", "accept_commitment": True},
    ),
    (
        "A full driving licence and access to transport is essential, disabled employees who "
        "are unable to drive because of their disability will be able to use taxis",
        {"kind": "driving", "access_to_transport": True, "disability_alternative": True},
    ),
    ("Full UK driving licence", {"kind": "driving", "access_to_transport": False}),
    ("Ability to communicate in Welsh", {"kind": "language", "language": "welsh"}),
    ("Welsh language skills level 4", {"kind": "language", "min_level": "advanced"}),
    (
        "Experience in 2 of the following areas: housing, paediatrics, moving and handling",
        {
            "kind": "specialisms",
            "min_count": 2,
            "options": ["housing", "paediatrics", "moving and handling"],
        },
    ),
    ("Satisfactory Disclosure and Barring Service (DBS) check", {"check": "dbs"}),
    ("Eligible to work in the UK", {"kind": "pre_employment", "check": "right_to_work"}),
    # evidence criteria: wording that mentions a checkable thing without requiring it
    ("Understanding of the importance of Welsh Language and Culture", None),
    ("Understanding of the role of the AMHP", None),
    ("Additional qualifications or training relevant to the service area", None),
    ("Sets challenging targets while delivering a high degree of personal effectiveness", None),
    ("Experience of supporting qualified and unqualified staff", None),
    ("Experience of working in a team of 10 people", None),
    ("Ability to travel across the county", None),
    ("Evidence of professional development including practice education", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_wording_compiles_to_the_expected_rule(text: str, expected: dict[str, Any] | None) -> None:
    rule = compile_rule(text)

    if expected is None:
        assert rule is None
        return
    assert rule is not None
    assert _subset(rule.model_dump(mode="json"), expected)
    assert rule.phrase and rule.phrase in text


def _subset(actual: Any, expected: Any) -> bool:
    if isinstance(expected, dict):
        return all(key in actual and _subset(actual[key], value) for key, value in expected.items())
    if isinstance(expected, list) and expected and isinstance(expected[0], dict):
        return len(actual) == len(expected) and all(map(_subset, actual, expected))
    return actual == expected
