"""The role-spec format: what a recruiter writes, and the errors they get when it is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from criteria.loader import SpecError, dump_spec_yaml, parse_spec_text
from criteria.schema import render
from criteria.spec import ApprovedRoleRule, Priority, Stage

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
id: experienced-ot-band-b
title: Experienced Occupational Therapist (Band B)
source: 000_6312fdefa599a893.txt
scale: {min: 0, max: 3}
criteria:
  - id: hcpc-registration
    text: Registered with the HCPC and evidence of continuous professional development
    priority: essential
    category: qualifications
    assessed_by: [application, documentation]
    weight: 1
    rule: {kind: registration, bodies: [HCPC]}
  - id: approved-role
    text: AMHP or BIA or Practice Educator (or commitment to train as one)
    priority: desirable
    category: qualifications
    rule:
      kind: approved_role
      roles: [AMHP, BIA, practice_educator]
      accept_commitment: true
  - id: values
    text: Commitment to person-centred practice
    assessed_by: [interview]
"""


def test_the_documented_example_loads_with_its_defaults() -> None:
    spec = parse_spec_text(GOOD)
    assert spec.id == "experienced-ot-band-b"
    assert [c.id for c in spec.criteria] == ["hcpc-registration", "approved-role", "values"]
    approved = spec.criterion("approved-role")
    assert isinstance(approved.rule, ApprovedRoleRule)
    assert approved.rule.min_count == 1 and approved.rule.accept_training is False
    assert approved.assessed_by == [Stage.application, Stage.interview]
    values = spec.criterion("values")
    assert values.priority is Priority.essential and values.rule is None
    assert not values.assessed_at_sift


def test_yaml_round_trips_through_json_unchanged() -> None:
    spec = parse_spec_text(GOOD)
    assert parse_spec_text(dump_spec_yaml(spec)) == spec
    assert parse_spec_text(json.dumps(spec.model_dump(mode="json"))) == spec


def test_nested_any_of_rules_load() -> None:
    text = GOOD.replace(
        "rule: {kind: registration, bodies: [HCPC]}",
        "rule: {kind: any_of, rules: [{kind: registration, bodies: [HCPC]},"
        " {kind: registration, bodies: [SWE, SCW]}]}",
    )
    rule = parse_spec_text(text).criterion("hcpc-registration").rule
    assert rule.kind == "any_of" and [r.bodies for r in rule.rules] == [["HCPC"], ["SWE", "SCW"]]


BAD = [
    pytest.param(
        GOOD.replace("kind: registration", "kind: registation"),
        "criteria[0].rule: 'registation' is not a rule kind",
        "line 12",
        id="typo-in-rule-kind",
    ),
    pytest.param(
        GOOD.replace("id: approved-role", "id: hcpc-registration"),
        "duplicate criterion id 'hcpc-registration'",
        None,
        id="duplicate-criterion-id",
    ),
    pytest.param(
        GOOD.replace("{min: 0, max: 3}", "{min: 4, max: 3}"),
        "scale: scale min (4) must be less than max (3)",
        "line 4",
        id="scale-min-above-max",
    ),
    pytest.param(
        GOOD.replace("priority: desirable", "priority: desireable"),
        "criteria[1].priority: Input should be 'essential' or 'desirable'",
        "line 15",
        id="unknown-priority",
    ),
    pytest.param(
        GOOD.replace("[application, documentation]", "[application, telepathy]"),
        "criteria[0].assessed_by[1]",
        "line 10",
        id="unknown-stage",
    ),
    pytest.param(
        GOOD.replace("bodies: [HCPC]", "bodies: [GMC]"),
        "criteria[0].rule.bodies[0]",
        "line 12",
        id="unknown-registration-body",
    ),
    pytest.param(
        GOOD.replace("accept_commitment: true", "accept_commitment: true\n      min_count: 4"),
        "criteria[1].rule: min_count 4 is more than the 3 role(s) listed",
        "line 18",
        id="min-count-above-roles",
    ),
    pytest.param(
        GOOD.replace("weight: 1", "wieght: 1"),
        "criteria[0].wieght: unknown field",
        "line 11",
        id="misspelt-field",
    ),
    pytest.param("id: x\ntitle: [unclosed\n", "not valid YAML", "line 3", id="broken-yaml"),
    pytest.param("- just\n- a list\n", "a role spec must be a mapping", None, id="not-a-mapping"),
    pytest.param("", "spec is empty", None, id="empty"),
    pytest.param(
        GOOD.replace("title: Experienced", "title: x\ntitle: Experienced"),
        "duplicate key 'title' (line 3)",
        None,
        id="duplicate-key",
    ),
    pytest.param(
        "id: x\ntitle: y\ncriteria: " + "[" * 60 + "]" * 60 + "\n",
        "nested deeper than",
        None,
        id="deeply-nested",
    ),
    pytest.param(
        GOOD.replace("id: experienced-ot-band-b", "id: Experienced OT"),
        "id: String should match pattern",
        "line 1",
        id="id-not-a-slug",
    ),
]


@pytest.mark.parametrize(("text", "message", "line"), BAD)
def test_a_bad_spec_gets_one_clear_line_naming_the_field(
    text: str, message: str, line: str | None
) -> None:
    with pytest.raises(SpecError) as caught:
        parse_spec_text(text)
    said = str(caught.value)
    assert message in said
    assert "\n" not in said and "Traceback" not in said
    if line:
        assert line in said


def test_the_published_json_schema_is_in_sync_with_the_models() -> None:
    published = (ROOT / "docs" / "role-spec.schema.json").read_text(encoding="utf-8")
    assert published == render(), "run `make schema` and commit docs/role-spec.schema.json"
