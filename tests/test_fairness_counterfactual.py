"""Scoring is blind to who the applicant is: counterfactual renderings change nothing.

The whole-statement cases of the labelled corpus (``tests/corpus/roles.yaml``) are rendered with
an identity opening and a reference quote whose name, pronouns, age, nationality and contact
details are drawn (seeded, so CI is stable) from diverse lists. Each rendering is scored against
its library role and against one role holding every inline criterion of the corpus, and must give
exactly the verdicts, scores, recommendation and interview guarantee of the base rendering.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from criteria.roles import library_role
from criteria.spec import Criterion, RoleSpec, Scale
from matching.applicant import Applicant
from matching.result import ScoreResult

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
REFERENCE_DATE = dt.date(2026, 11, 22)
SEED = 20261122
RENDERINGS_PER_STATEMENT = 10

NAMES = [
    "Sarah Jones",
    "Agnieszka Kowalczyk",
    "Chinedu Okafor",
    "Priya Sharma",
    "Muhammad Iqbal",
    "Ioana Popescu",
    "Maria Clara Santos",
    "Tendai Moyo",
    "Siobhán O’Sullivan",
    "Wei Zhang",
    "Rhys Llewellyn",
    "Fatima Begum",
    "Kwame Mensah",
    "Olena Kovalenko",
    "Aisha Abdi",
    "Nguyen Thi Lan",
    "Hannah Cohen",
    "Mehmet Yılmaz",
    "Oluwaseun Adeyemi",
    "Bia Oliveira",
    "Aoife Welsh",
    "Jean-Baptiste Ngoma",
    "Gurpreet Kaur Sandhu",
    "Tomasz Nowak",
]
PRONOUNS = [
    {"pronouns": "she/her", "subj": "she", "obj": "her", "poss": "her", "verb": "is"},
    {"pronouns": "he/him", "subj": "he", "obj": "him", "poss": "his", "verb": "is"},
    {"pronouns": "they/them", "subj": "they", "obj": "them", "poss": "their", "verb": "are"},
]
NATIONALITIES = [
    "British",
    "Polish",
    "Nigerian",
    "Indian",
    "Pakistani",
    "Romanian",
    "Filipino",
    "Zimbabwean",
    "Irish",
    "Chinese",
    "Ghanaian",
    "Ukrainian",
    "Bangladeshi",
    "Somali",
    "Welsh",
    "Vietnamese",
    "Portuguese",
    "Turkish",
    "Jamaican",
    "Congolese",
]
AGES = list(range(22, 65))

# The identity text an applicant or an ATS export puts around the statement itself.
OPENINGS = [
    "My name is {name} and my pronouns are {pronouns}. I am {age} years old and {nationality}.\n\n",
    "{name} ({pronouns}), aged {age}, {nationality} national.\nEmail: {email} · Tel: {phone}\n\n",
    "I am {name}, a {age}-year-old {nationality} practitioner applying for this post.\n\n",
]
CLOSING = (
    "\n\nMy last appraisal said: “{name} is a real asset; {subj} {verb} calm, kind and "
    "organised, and colleagues trust {obj} and value {poss} judgement.”"
)


@dataclass(frozen=True)
class Identity:
    name: str
    pronouns: dict[str, str]
    age: int
    nationality: str

    def render(self, statement: str, opening: str) -> str:
        slug = self.name.lower().replace(" ", ".").replace("’", "")
        values = {
            "name": self.name,
            "age": self.age,
            "nationality": self.nationality,
            "email": f"{slug}@example.org",
            "phone": f"07700 900{self.age:03d}",
            **self.pronouns,
        }
        return opening.format(**values) + statement + CLOSING.format(**values)

    def __str__(self) -> str:
        return f"{self.name}, {self.pronouns['pronouns']}, {self.age}, {self.nationality}"


BASE = Identity("Sarah Jones", PRONOUNS[0], 35, "British")


def _identities(count: int, rng: random.Random) -> list[Identity]:
    """Round-robin over shuffled lists, so every name, pronoun and nationality is used."""
    names, nationalities, pronouns = NAMES[:], NATIONALITIES[:], PRONOUNS[:]
    for values in (names, nationalities, pronouns):
        rng.shuffle(values)
    return [
        Identity(
            names[i % len(names)],
            pronouns[i % len(pronouns)],
            rng.choice(AGES),
            nationalities[i % len(nationalities)],
        )
        for i in range(count)
    ]


def _role_cases() -> list[dict[str, Any]]:
    cases = yaml.safe_load((CORPUS_DIR / "roles.yaml").read_text(encoding="utf-8"))
    return [case for case in cases if "role" in case]


@cache
def _corpus_criteria_spec() -> RoleSpec:
    """One role holding every distinct sift-assessed inline criterion of the corpus."""
    seen: dict[str, dict[str, Any]] = {}
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            if "criterion" in case:
                seen.setdefault(json.dumps(case["criterion"], sort_keys=True), case["criterion"])
    criteria = [
        Criterion.model_validate({"id": f"corpus-criterion-{number}", **criterion})
        for number, criterion in enumerate(seen.values(), start=1)
    ]
    return RoleSpec(
        id="corpus-criteria",
        title="Every inline criterion of the corpus",
        scale=Scale(min=0, max=3),
        criteria=[criterion for criterion in criteria if criterion.assessed_at_sift],
    )


def _outcome(result: ScoreResult) -> dict[str, Any]:
    return {
        "recommendation": result.recommendation.value,
        "guaranteed_interview": result.guaranteed_interview,
        "score": result.score,
        **{f"{c.id}.verdict": c.verdict.value for c in result.criteria},
        **{f"{c.id}.score": c.score for c in result.criteria},
    }


def test_names_pronouns_ages_nationalities_and_contacts_never_change_a_score() -> None:
    from matching.engine import get_engine

    engine = get_engine()
    rng = random.Random(SEED)
    cases = _role_cases()
    assert len(cases) >= 20, f"only {len(cases)} whole-statement cases to render"
    comparisons = 0
    changes: list[str] = []
    for number, case in enumerate(cases):
        applicant = Applicant.model_validate(case.get("applicant", {}))
        opening = OPENINGS[number % len(OPENINGS)]
        for spec in (library_role(case["role"]), _corpus_criteria_spec()):
            base = _outcome(
                engine.score(
                    spec,
                    BASE.render(case["statement"], opening),
                    reference_date=REFERENCE_DATE,
                    applicant=applicant,
                )
            )
            for identity in _identities(RENDERINGS_PER_STATEMENT, rng):
                rendered = _outcome(
                    engine.score(
                        spec,
                        identity.render(case["statement"], opening),
                        reference_date=REFERENCE_DATE,
                        applicant=applicant,
                    )
                )
                comparisons += len(base)
                changes += [
                    f"{case['id']} / {spec.id} / ({identity}): {key} {base[key]!r} -> "
                    f"{rendered.get(key)!r}"
                    for key in base
                    if rendered.get(key) != base[key]
                ]
    assert comparisons >= 1000, f"only {comparisons} comparisons were made"
    assert not changes, (
        f"{len(changes)} of {comparisons} comparisons changed with who the applicant is:\n"
        + "\n".join(changes[:40])
    )
