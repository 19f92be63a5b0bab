"""Each seed document reproduces the hand-checked library's roles to the parser's targets:
every criterion found, none invented, at least 95% agreement on priority and rule kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from criteria.parser import adopt_library_ids, parse_person_specification
from criteria.parser.compare import compare_role
from criteria.roles import library_roles
from tests.seeds import seed_file

ROLES_BY_SEED = {
    "000": [
        "advanced-social-work-practitioner-band-c",
        "senior-practitioner-occupational-therapist",
        "occupational-therapist-newly-qualified-band-a",
        "experienced-occupational-therapist-band-b",
        "social-worker-newly-qualified-band-a",
        "experienced-social-worker-band-b",
        "community-care-officer-occupational-therapy",
        "community-care-officer",
    ],
    "001": ["occupational-therapist-home-first-g10-11"],
    "002": ["advanced-occupational-therapist-reablement-grade-l"],
    "003": [
        "occupational-therapist-community-mental-health-kr9",
        "occupational-therapist-community-mental-health-kr10",
    ],
    "004": ["experienced-occupational-therapist-g10"],
}


def _seed(prefix: str) -> Path:
    return seed_file(prefix)


@pytest.mark.parametrize("prefix", sorted(ROLES_BY_SEED))
def test_seed_document_reproduces_the_library_roles(prefix: str) -> None:
    library = {role.id: role for role in library_roles()}
    path = _seed(prefix)

    parsed = adopt_library_ids(
        parse_person_specification(path.read_text(encoding="utf-8"), source=path.name),
        library.values(),
    )

    assert [role.spec.id for role in parsed] == ROLES_BY_SEED[prefix]
    for role in parsed:
        comparison = compare_role(role.spec, library[role.spec.id])
        missed = [c.text for c in comparison.missed]
        invented = [c.text for c in comparison.invented]
        assert (missed, invented) == ([], []), role.spec.id
        assert comparison.share("priority_agrees") >= 0.95, [
            (p.expected.text, p.expected.priority.value)
            for p in comparison.pairs
            if not p.priority_agrees
        ]
        assert comparison.share("rule_kind_agrees") >= 0.95, [
            (p.expected.text, p.expected.rule and p.expected.rule.kind)
            for p in comparison.pairs
            if not p.rule_kind_agrees
        ]
