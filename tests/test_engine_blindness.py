"""Scoring is blind to who the applicant is: a property test over rewritten statements.

Hypothesis rewrites statements with other names, pronouns, ages and nationalities (and adds
contact details); no verdict, score, recommendation or interview guarantee may change.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.spec import Criterion, RoleSpec
from matching.engine import get_engine
from matching.result import ScoreResult

REFERENCE = dt.date(2026, 11, 22)

ROLE = RoleSpec(
    id="blind-role",
    title="Blind role",
    criteria=[
        Criterion(id="hcpc", text="HCPC", rule={"kind": "registration", "bodies": ["HCPC"]}),
        Criterion(
            id="degree",
            text="OT degree",
            rule={"kind": "qualification", "subjects": ["occupational_therapy"]},
        ),
        Criterion(
            id="years",
            text="Years",
            rule={"kind": "experience_years", "min_years": 3, "post_qualification": True},
        ),
        Criterion(id="roles", text="BIA", rule={"kind": "approved_role", "roles": ["BIA", "AMHP"]}),
        Criterion(
            id="drive", text="Driving", rule={"kind": "driving", "disability_alternative": True}
        ),
        Criterion(
            id="welsh",
            text="Welsh",
            priority="desirable",
            rule={"kind": "language", "language": "welsh"},
        ),
        Criterion(id="safeguarding", text="Experience of safeguarding adults at risk"),
        Criterion(id="team", text="Ability to work as part of a team"),
        Criterion(id="mca", text="Understanding of the Mental Capacity Act", priority="desirable"),
    ],
)

# {name}, {subj}, {obj}, {poss}, {age}, {nationality} are rewritten; the facts are not.
TEMPLATES = [
    "My name is {name} and I am {age} years old. I am {nationality}. I qualified as an "
    "occupational therapist in 2019 and I am registered with the HCPC (OT40517).",
    "I hold a BSc (Hons) Occupational Therapy. My supervisor said {name} is calm and that "
    "{subj} is always prepared; colleagues trust {obj} and value {poss} judgement.",
    "As a {age}-year-old {nationality} practitioner I have led section 42 enquiries: I visited "
    "the person, assessed capacity and agreed a protection plan, and the risk reduced.",
    "I do not drive because of my sight impairment, and I travel to visits by bus and taxi.",
    "{name} ({subj}/{obj}) · Email: {email} · Tel: 07700 900{age:03d}. I am a BIA.",
    "I work well in a team and I speak some Welsh. {name} completed the MCA training.",
]
NAMES = st.sampled_from(
    [
        "Sarah Jones",
        "Chinedu Okafor",
        "Priya Sharma",
        "Wei Zhang",
        "Rhys Llewellyn",
        "Aoife Welsh",
        "Bia Oliveira",
        "Will Hope",
        "May Grace",
        "Siobhán O’Sullivan",
        "Jean-Baptiste Ngoma",
        "Mehmet Yılmaz",
    ]
)
PRONOUNS = st.sampled_from([("she", "her", "her"), ("he", "him", "his"), ("they", "them", "their")])
NATIONALITIES = st.sampled_from(
    ["British", "Welsh", "Polish", "Nigerian", "Indian", "Filipino", "Irish", "Somali", "Ukrainian"]
)


def _render(
    template: str, name: str, pronouns: tuple[str, str, str], age: int, nationality: str
) -> str:
    subj, obj, poss = pronouns
    email = name.lower().replace(" ", ".").replace("’", "") + "@example.org"
    return template.format(
        name=name, subj=subj, obj=obj, poss=poss, age=age, nationality=nationality, email=email
    )


def _outcome(result: ScoreResult) -> tuple:
    return (
        result.recommendation,
        result.guaranteed_interview,
        result.score,
        tuple((c.id, c.verdict, c.score) for c in result.criteria),
    )


BASE = [_render(t, "Sarah Jones", ("she", "her", "her"), 35, "British") for t in TEMPLATES]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=NAMES,
    pronouns=PRONOUNS,
    age=st.integers(min_value=18, max_value=70),
    nationality=NATIONALITIES,
    chosen=st.lists(
        st.sampled_from(range(len(TEMPLATES))), min_size=1, max_size=len(TEMPLATES), unique=True
    ),
)
def test_names_pronouns_ages_and_nationalities_never_change_a_verdict_or_score(
    name: str, pronouns: tuple[str, str, str], age: int, nationality: str, chosen: list[int]
) -> None:
    engine = get_engine()
    base = " ".join(BASE[i] for i in chosen)
    rewritten = " ".join(_render(TEMPLATES[i], name, pronouns, age, nationality) for i in chosen)
    expected = engine.score(ROLE, base, reference_date=REFERENCE)
    actual = engine.score(ROLE, rewritten, reference_date=REFERENCE)
    assert _outcome(actual) == _outcome(expected)
