"""The role library: 13 hand-checked role specs whose criteria are quoted from the seed documents.

A recruiter relies on the library saying what the council's person specification says: the
same words, and a rule wherever a criterion can be checked (registration, approved roles,
driving with the taxi alternative, ASYE, Welsh, DBS).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from criteria.loader import SpecError, load_spec
from criteria.roles import LIBRARY_DIR, library_roles
from criteria.spec import Criterion, Priority, RoleSpec
from tests.seeds import seeds_dir

# The fixed role ids (docs/role-spec.md lists them) and the seed document each comes from.
ROLE_SEEDS = {
    "advanced-social-work-practitioner-band-c": "000",
    "senior-practitioner-occupational-therapist": "000",
    "occupational-therapist-newly-qualified-band-a": "000",
    "experienced-occupational-therapist-band-b": "000",
    "social-worker-newly-qualified-band-a": "000",
    "experienced-social-worker-band-b": "000",
    "community-care-officer-occupational-therapy": "000",
    "community-care-officer": "000",
    "occupational-therapist-home-first-g10-11": "001",
    "advanced-occupational-therapist-reablement-grade-l": "002",
    "occupational-therapist-community-mental-health-kr9": "003",
    "occupational-therapist-community-mental-health-kr10": "003",
    "experienced-occupational-therapist-g10": "004",
}
SEED_FILE = re.compile(r"^(\d{3})_[0-9a-f]{16}\.txt$")

# What a criterion's words promise, and the rule kind that must check it. A criterion matching
# a pattern needs a rule of that kind (itself or nested in any_of / all_of).
KEYWORD_KINDS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "registration with HCPC or Social Work England",
        re.compile(
            r"regist\w*\b.*\b(HCPC|Social Work England)|(HCPC|Social Work England).*regist", re.I
        ),
        "registration",
    ),
    (
        "AMHP, BIA, AMCP or Practice Educator",
        re.compile(
            r"\b(AMHP|AMCP|BIA|Best Interests? Assessor|Practice Educator|"
            r"Practice Education accreditation)\b",
            re.I,
        ),
        "approved_role",
    ),
    ("a driving licence", re.compile(r"driving licen[cs]e", re.I), "driving"),
    ("the ASYE", re.compile(r"\bASYE\b"), "asye"),
    (
        "speaking Welsh",
        re.compile(r"\b(communicate|speak|speaking|fluent) in Welsh\b|\bWelsh speaker", re.I),
        "language",
    ),
    ("a DBS check", re.compile(r"\bDBS\b|Disclosure and Barring", re.I), "pre_employment"),
    (
        "a stated number of years",
        re.compile(r"\bat least (\d+|two|three) years|\bthree years post qualification", re.I),
        "experience_years",
    ),
    (
        "a named qualification",
        re.compile(
            r"qualification recognised by|Qualification in Occupational Therapy|"
            r"(Degree|Diploma) in Occupational Therapy|Therapist Degree|NVQ level 3",
            re.I,
        ),
        "qualification",
    ),
]

# "or commitment to train", "willing to undertake": a commitment meets these criteria.
COMMITMENT = re.compile(r"commitment to (train|achieve)|willing to undertake", re.I)


def squash(text: str) -> str:
    return " ".join(text.split())


def seed_text(raw: str) -> str:
    """A seed as plain words: leftover HTML tags, list numbers and bullets removed."""
    text = re.sub(r"<[^>]+>", " ", raw)
    text = re.sub(r"(?<!\S)\d{1,2}\.(?=\s|[A-Z])", " ", text)
    text = text.replace("·", " ")
    return squash(text)


@cache
def normalised_seed(name: str) -> str:
    return seed_text((seeds_dir() / name).read_text(encoding="utf-8"))


def rules_in(criterion: Criterion) -> Iterator:
    stack = [criterion.rule] if criterion.rule is not None else []
    while stack:
        rule = stack.pop()
        yield rule
        stack.extend(getattr(rule, "rules", []))


def kinds(criterion: Criterion) -> set[str]:
    return {rule.kind for rule in rules_in(criterion)}


def _library() -> tuple[RoleSpec, ...]:
    """The roles, or none when a file is broken (the per-file test then names the problem)."""
    try:
        return library_roles()
    except SpecError:
        return ()


ROLES = _library()
CRITERIA = [(role, criterion) for role in ROLES for criterion in role.criteria]


def _criterion_id(pair: tuple[RoleSpec, Criterion]) -> str:
    return f"{pair[0].id}:{pair[1].id}"


@pytest.mark.parametrize("path", sorted(LIBRARY_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_library_file_loads_and_is_named_after_its_role(path: Path) -> None:
    spec = load_spec(path)
    assert spec.id == path.stem


def test_the_library_holds_exactly_the_13_seed_roles() -> None:
    ids = [role.id for role in ROLES]
    assert len(ids) == len(set(ids)) == 13
    assert set(ids) == set(ROLE_SEEDS)
    assert len(list(LIBRARY_DIR.glob("*.yaml"))) == 13


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.id)
def test_each_role_names_its_seed_document(role: RoleSpec) -> None:
    match = SEED_FILE.match(role.source or "")
    assert match, f"{role.id}: source {role.source!r} is not a seed file name"
    assert match.group(1) == ROLE_SEEDS[role.id]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.id)
def test_the_seed_document_a_role_names_exists(role: RoleSpec) -> None:
    assert (seeds_dir() / role.source).is_file()


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.id)
def test_every_criterion_text_is_quoted_from_its_seed(role: RoleSpec) -> None:
    seed = normalised_seed(role.source)
    not_found = [f"{c.id}: {c.text!r}" for c in role.criteria if squash(c.text) not in seed]
    assert not_found == [], f"not in {role.source}"


def test_the_quotation_check_tells_a_quote_from_a_paraphrase() -> None:
    """The check above is exact: one changed word or stop fails it."""
    seed = normalised_seed("000_6312fdefa599a893.txt")
    quoted = "Registered with the HCPC and evidence of continuous professional development"
    assert quoted in seed
    assert "Registered with HCPC and evidence of continuous professional development" not in seed
    assert seed_text("<p>7. Experience of negotiating.</p> 8. Evidence") == (
        "Experience of negotiating. Evidence"
    )


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.id)
def test_each_rule_phrase_is_words_of_its_criterion(role: RoleSpec) -> None:
    problems = []
    for criterion in role.criteria:
        words = squash(f"{criterion.text} {criterion.notes or ''}").lower()
        for rule in rules_in(criterion):
            if not rule.phrase or squash(rule.phrase).lower() not in words:
                problems.append(f"{criterion.id}: {rule.kind} phrase {rule.phrase!r}")
    assert problems == []


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.id)
def test_checkable_criteria_carry_the_right_rule(role: RoleSpec) -> None:
    problems = []
    for criterion in role.criteria:
        have = kinds(criterion)
        problems += [
            f"{criterion.id} asks for {what} but has rules {sorted(have) or 'none'}"
            for what, pattern, kind in KEYWORD_KINDS
            if pattern.search(criterion.text) and kind not in have
        ]
    assert problems == []


def test_every_keyword_in_the_table_is_found_in_the_library() -> None:
    """A pattern that matches nothing would check nothing."""
    unused = [
        what
        for what, pattern, _ in KEYWORD_KINDS
        if not any(pattern.search(c.text) for _, c in CRITERIA)
    ]
    assert unused == []


def test_understanding_welsh_culture_is_not_a_language_requirement() -> None:
    role = next(r for r in ROLES if r.id == "experienced-occupational-therapist-g10")
    assert "language" not in kinds(role.criterion("welsh-language-culture"))
    welsh = role.criterion("welsh-language")
    assert welsh.priority is Priority.desirable and welsh.rule.language == "welsh"


@pytest.mark.parametrize(
    "pair", [p for p in CRITERIA if "taxi" in p[1].text.lower()], ids=_criterion_id
)
def test_driving_with_taxis_for_disabled_employees_allows_the_alternative(
    pair: tuple[RoleSpec, Criterion],
) -> None:
    _, criterion = pair
    driving = [rule for rule in rules_in(criterion) if rule.kind == "driving"]
    assert driving and all(rule.disability_alternative for rule in driving)
    assert all(rule.access_to_transport for rule in driving)


def test_all_eight_roles_of_seed_000_have_the_taxi_driving_criterion() -> None:
    with_taxis = {role.id for role, c in CRITERIA if "taxi" in c.text.lower()}
    assert with_taxis == {i for i, seed in ROLE_SEEDS.items() if seed == "000"}


@pytest.mark.parametrize(
    "pair", [p for p in CRITERIA if COMMITMENT.search(p[1].text)], ids=_criterion_id
)
def test_a_stated_commitment_meets_criteria_that_say_so(pair: tuple[RoleSpec, Criterion]) -> None:
    _, criterion = pair
    accepting = [r for r in rules_in(criterion) if getattr(r, "accept_commitment", False)]
    assert accepting or criterion.notes, f"{criterion.id}: the commitment is lost"
    if criterion.rule is not None and criterion.rule.kind in {"approved_role", "asye"}:
        assert accepting, f"{criterion.id}: the rule refuses the commitment the text accepts"


def test_seed_004_footnotes_are_kept_with_the_criteria_they_condition() -> None:
    role = next(r for r in ROLES if r.id == "experienced-occupational-therapist-g10")
    for criterion_id in ("specialist-award", "practice-education"):
        notes = role.criterion(criterion_id).notes or ""
        assert "Minimum of one of either" in notes
    award = role.criterion("specialist-award").rule
    assert award.kind == "any_of"
    assert {rule.kind for rule in award.rules} == {"specialisms", "approved_role"}
    grants = role.criterion("disabled-facilities-grants")
    assert "only essential for specialisms of" in (grants.notes or "")


def test_seed_000_marks_no_priority_so_its_roles_are_all_essential() -> None:
    for role in ROLES:
        if ROLE_SEEDS[role.id] == "000":
            assert {c.priority for c in role.criteria} == {Priority.essential}, role.id


def test_dbs_is_a_pre_employment_check_never_scored_at_sift() -> None:
    dbs = [(r, c) for r, c in CRITERIA if "pre_employment" in kinds(c)]
    assert dbs, "seed 001 lists a DBS check among its criteria"
    for role, criterion in dbs:
        assert criterion.rule.kind == "pre_employment" and criterion.rule.check == "dbs", role.id


def test_the_format_doc_lists_every_library_role_with_its_counts() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "role-spec.md").read_text("utf-8")
    listed = {
        match["id"]: (match["seed"], int(match["e"]), int(match["d"]), int(match["r"]))
        for match in re.finditer(
            r"^\| `(?P<id>[a-z0-9-]+)` \| [^|]+ \| (?P<seed>\d{3}) \| (?P<e>\d+) \| (?P<d>\d+) \| "
            r"(?P<r>\d+) \|$",
            doc,
            re.M,
        )
    }
    actual = {}
    for role in ROLES:
        essential = sum(1 for c in role.criteria if c.priority is Priority.essential)
        rules = sum(1 for c in role.criteria if c.rule is not None)
        actual[role.id] = (ROLE_SEEDS[role.id], essential, len(role.criteria) - essential, rules)
    assert listed == actual


def test_missing_seed_documents_skip_locally_and_fail_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A fresh clone has no ../shared/seeds: its tests skip, saying where they looked, while a
    CI run without the seeds fails instead of looking green."""
    missing = tmp_path / "no-seeds-here"
    monkeypatch.setenv("SHORTLIST_SEEDS", str(missing))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-seeds-here"):
        seeds_dir()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="SHORTLIST_SEEDS"):
        seeds_dir()
    present = tmp_path / "seeds"
    present.mkdir()
    (present / "001_abc.txt").write_text("Person specification", encoding="utf-8")
    monkeypatch.setenv("SHORTLIST_SEEDS", str(present))
    assert seeds_dir() == present
