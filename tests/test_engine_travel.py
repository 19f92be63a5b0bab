"""A travel criterion that any means of travel meets is never a settled 'not met' for an
applicant who says a disability stops them driving: it is flagged for the panel (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from criteria.roles import library_role
from matching.engine import get_engine
from matching.result import Verdict

REFERENCE = dt.date(2026, 11, 22)
# Library roles whose travel criterion is an evidence criterion ("Ability to travel across ...").
ROLES = [
    "experienced-occupational-therapist-g10",
    "occupational-therapist-community-mental-health-kr9",
    "occupational-therapist-community-mental-health-kr10",
]
DISABLED_NON_DRIVERS = [
    "Because of my epilepsy I am not allowed to hold a driving licence, so I cannot drive.",
    "I do not drive.\n\nI have worked with older people for nine years.\n\n"
    "I have a visual impairment and I am registered blind.",
    "I am unable to drive due to a medical condition (epilepsy).",
]


def _travel(role_id: str, statement: str):
    spec = library_role(role_id)
    (travel,) = [c for c in spec.criteria if c.id == "travel"]
    result = get_engine().score(spec, statement, reference_date=REFERENCE)
    return next(c for c in result.criteria if c.id == travel.id)


@pytest.mark.parametrize("role_id", ROLES)
@pytest.mark.parametrize("statement", DISABLED_NON_DRIVERS)
def test_a_disabled_non_driver_is_never_a_settled_not_met_on_travel(
    role_id: str, statement: str
) -> None:
    travel = _travel(role_id, statement)
    assert travel.verdict is not Verdict.not_met
    assert travel.needs_review
    assert "disability_alternative" in travel.flags
    assert "disability stops them driving" in travel.explanation


@pytest.mark.parametrize("role_id", ROLES)
def test_a_driver_is_not_flagged(role_id: str) -> None:
    travel = _travel(role_id, "I drive my own car to home visits across the county every day.")
    assert "disability_alternative" not in travel.flags
