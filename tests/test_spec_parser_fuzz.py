"""Whatever text arrives, the parser proposes valid role specs or says plainly it found none."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.parser import SpecParseError, compile_rule, parse_person_specification
from criteria.spec import RoleSpec

FRAGMENTS = [
    "Person Specification",
    "Essential",
    "Desirable",
    "Essential Criteria",
    "\tRequirement\n\tEssential\n\tDesirable\n\tMeasured by*\n",
    "Qualifications",
    "EXPERIENCE\t Ability to drive Knowledge of HCPC",
    "1. Registered with the HCPC 2. At least two years' experience",
    "<ol> 3. AMHP or BIA (or commitment to train) </ol>",
    "\t(**\n\t\n\tF/I\n",
    "- Full driving licence (E)",
    "• Welsh level 3 (D)",
    "\tA, I, D",
    "Title Social Worker\tDepartment\tPost Ref",
    "Job Title:\tOT",
    "Grade: G10/11",
    "** Footnote text",
    "Role Dimensions",
    "\tCriteria\tEssential\tDesirable\tApplication form\tInterview",
    "\tEssential criteria\tHow assessed",
    "\tDegree\t✓\t\t✓\t",
    "\tQualifications\n· Degree\n· HCPC",
    "Degree in social work\tE\tA/I",
    "Our Values\t Open Value Accountable",
    "Post: Social Worker",
    "",
    "\t",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), max_size=30))
def test_any_text_gives_valid_specs_or_a_one_line_refusal(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    try:
        roles = parse_person_specification(text)
    except SpecParseError as error:
        assert "\n" not in str(error)
        return
    assert roles
    ids = [role.spec.id for role in roles]
    assert len(ids) == len(set(ids))
    for role in roles:
        assert RoleSpec.model_validate(role.spec.model_dump(mode="json")) == role.spec
        assert all(isinstance(note, str) and "\n" not in note for note in role.unsure)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_rule_compilation_never_fails_on_odd_wording(text: str) -> None:
    rule = compile_rule(text)
    assert rule is None or rule.phrase is not None
