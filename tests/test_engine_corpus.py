"""The labelled statement corpus: what an experienced recruitment panel would decide.

Every case in ``tests/corpus/*.yaml`` is its own test, named by the case id. A case is either an
inline criterion (wrapped in a one-criterion role, scale 0..3) or a library role with a whole
supporting statement. Labels follow the scoring semantics (met / partly_met / not_met /
not_assessed); they are never tuned to the engine's output.

A case has ``id``, ``statement``, ``expect``, exactly one of ``criterion`` (inline: text,
priority, assessed_by, rule ...) or ``role`` (a library id), and optionally ``reference_date``
(default 2026-11-22), ``applicant`` (structured fields) and ``why`` (the panel's reasoning, for
labels a reader might question). Inline ``expect`` keys: verdict, needs_review, flags_include,
flags_exclude, evidence_includes, explanation_includes, min_confidence, max_confidence, score.
Role ``expect`` keys: recommendation, essentials_all_met, guaranteed_interview, criteria
(criterion id -> verdict).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from criteria.roles import library_role
from criteria.spec import Criterion, RoleSpec, Scale
from matching.applicant import Applicant
from matching.result import CriterionResult, ScoreResult, Verdict

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
DEFAULT_REFERENCE_DATE = dt.date(2026, 11, 22)
INLINE_CRITERION_ID = "criterion-under-test"

CASE_KEYS = {"id", "criterion", "role", "statement", "reference_date", "applicant", "expect", "why"}
CRITERION_KEYS = {"text", "priority", "category", "assessed_by", "weight", "rule", "notes"}
INLINE_EXPECT_KEYS = {
    "verdict",
    "needs_review",
    "flags_include",
    "flags_exclude",
    "evidence_includes",
    "explanation_includes",
    "min_confidence",
    "max_confidence",
    "score",
}
ROLE_EXPECT_KEYS = {"recommendation", "essentials_all_met", "guaranteed_interview", "criteria"}
VERDICTS = {verdict.value for verdict in Verdict}


def _load_corpus() -> list[tuple[str, dict[str, Any]]]:
    """Every case as (file name, case), in file then case order."""
    cases: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(loaded, list):
            raise ValueError(f"{path.name}: a corpus file is a YAML list of cases")
        cases.extend((path.name, case) for case in loaded)
    return cases


CORPUS = _load_corpus()


def _case_id(case: Any) -> str:
    return str(case.get("id")) if isinstance(case, dict) else repr(case)


def _problems(file_name: str, case: Any) -> list[str]:
    """What is wrong with one case's shape (empty when it is well formed)."""
    where = f"{file_name}:{_case_id(case)}"
    if not isinstance(case, dict):
        return [f"{where}: a case is a mapping"]
    problems = [f"{where}: unknown key {key!r}" for key in sorted(set(case) - CASE_KEYS)]
    if not isinstance(case.get("id"), str) or not case["id"]:
        problems.append(f"{where}: missing id")
    if not isinstance(case.get("statement"), str) or not case["statement"].strip():
        problems.append(f"{where}: missing statement")
    if ("criterion" in case) == ("role" in case):
        problems.append(f"{where}: give exactly one of criterion (inline) or role (library)")
    if "reference_date" in case and not isinstance(case["reference_date"], dt.date):
        problems.append(f"{where}: reference_date must be a YYYY-MM-DD date")
    expect = case.get("expect")
    if not isinstance(expect, dict) or not expect:
        return [*problems, f"{where}: every case needs a non-empty expect"]
    if "criterion" in case:
        criterion = case["criterion"]
        if not isinstance(criterion, dict):
            problems.append(f"{where}: criterion must be a mapping")
        else:
            problems += [
                f"{where}: unknown criterion key {key!r}"
                for key in sorted(set(criterion) - CRITERION_KEYS)
            ]
        problems += [
            f"{where}: unknown expect key {key!r}"
            for key in sorted(set(expect) - INLINE_EXPECT_KEYS)
        ]
        if "verdict" not in expect:
            problems.append(f"{where}: an inline case must expect a verdict")
        elif expect["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {expect['verdict']!r} is not one of {VERDICTS}")
    else:
        problems += [
            f"{where}: unknown expect key {key!r}" for key in sorted(set(expect) - ROLE_EXPECT_KEYS)
        ]
        for criterion_id, verdict in (expect.get("criteria") or {}).items():
            if verdict not in VERDICTS:
                problems.append(f"{where}: criteria.{criterion_id}: {verdict!r} is not a verdict")
    return problems


def test_the_corpus_files_are_well_formed() -> None:
    """A typo in the corpus must fail loudly, not silently drop an assertion."""
    assert CORPUS, f"no cases found under {CORPUS_DIR}"
    problems = [problem for file_name, case in CORPUS for problem in _problems(file_name, case)]
    ids = [_case_id(case) for _, case in CORPUS]
    problems += [f"duplicate case id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    assert not problems, "\n".join(problems)


def test_library_cases_name_real_roles_and_criteria() -> None:
    problems: list[str] = []
    for _, case in CORPUS:
        if "role" not in case:
            continue
        spec = library_role(case["role"])
        known = {criterion.id for criterion in spec.criteria}
        problems += [
            f"{case['id']}: {spec.id} has no criterion {criterion_id!r}"
            for criterion_id in (case["expect"].get("criteria") or {})
            if criterion_id not in known
        ]
    assert not problems, "\n".join(problems)


@cache
def _engine() -> Any:
    from matching.engine import get_engine

    return get_engine()


def _inline_spec(criterion: dict[str, Any]) -> RoleSpec:
    return RoleSpec(
        id="corpus-case",
        title="Corpus case",
        scale=Scale(min=0, max=3),
        criteria=[Criterion.model_validate({"id": INLINE_CRITERION_ID, **criterion})],
    )


def _describe(case: dict[str, Any], result: ScoreResult) -> str:
    lines = [f"statement: {case['statement']!r}"]
    for criterion in result.criteria:
        lines.append(
            f"  {criterion.id}: {criterion.verdict.value} score={criterion.score} "
            f"confidence={criterion.confidence} needs_review={criterion.needs_review} "
            f"flags={criterion.flags}\n    explanation: {criterion.explanation}"
        )
    lines.append(f"  recommendation: {result.recommendation.value}")
    return "\n".join(lines)


def _check_inline(case: dict[str, Any], result: CriterionResult, described: str) -> list[str]:
    expect = case["expect"]
    failures: list[str] = []
    if result.verdict.value != expect["verdict"]:
        failures.append(f"verdict: expected {expect['verdict']}, got {result.verdict.value}")
    if "needs_review" in expect and result.needs_review != expect["needs_review"]:
        failures.append(f"needs_review: expected {expect['needs_review']}")
    missing_flags = set(expect.get("flags_include", [])) - set(result.flags)
    if missing_flags:
        failures.append(f"flags: expected to include {sorted(missing_flags)}")
    unwanted_flags = set(expect.get("flags_exclude", [])) & set(result.flags)
    if unwanted_flags:
        failures.append(f"flags: expected not to include {sorted(unwanted_flags)}")
    wanted_text = expect.get("evidence_includes")
    if wanted_text is not None and not any(wanted_text in e.text for e in result.evidence):
        failures.append(f"evidence: no span contains {wanted_text!r}")
    wanted_words = expect.get("explanation_includes")
    if wanted_words is not None and wanted_words.lower() not in result.explanation.lower():
        failures.append(f"explanation: does not contain {wanted_words!r}")
    if "min_confidence" in expect and result.confidence < expect["min_confidence"]:
        failures.append(f"confidence: expected >= {expect['min_confidence']}")
    if "max_confidence" in expect and result.confidence > expect["max_confidence"]:
        failures.append(f"confidence: expected <= {expect['max_confidence']}")
    if "score" in expect and result.score != expect["score"]:
        failures.append(f"score: expected {expect['score']}, got {result.score}")
    return [f"{failure}\n{described}" for failure in failures]


def _check_role(case: dict[str, Any], result: ScoreResult, described: str) -> list[str]:
    expect = case["expect"]
    failures: list[str] = []
    if "recommendation" in expect and result.recommendation.value != expect["recommendation"]:
        failures.append(
            f"recommendation: expected {expect['recommendation']}, "
            f"got {result.recommendation.value}"
        )
    if "essentials_all_met" in expect and result.essentials.all_met != expect["essentials_all_met"]:
        failures.append(f"essentials_all_met: expected {expect['essentials_all_met']}")
    if (
        "guaranteed_interview" in expect
        and result.guaranteed_interview != expect["guaranteed_interview"]
    ):
        failures.append(f"guaranteed_interview: expected {expect['guaranteed_interview']}")
    verdicts = {criterion.id: criterion.verdict.value for criterion in result.criteria}
    for criterion_id, verdict in (expect.get("criteria") or {}).items():
        if verdicts.get(criterion_id) != verdict:
            failures.append(f"{criterion_id}: expected {verdict}, got {verdicts.get(criterion_id)}")
    return [f"{failure}\n{described}" for failure in failures]


@pytest.mark.parametrize(
    "case", [case for _, case in CORPUS], ids=[_case_id(case) for _, case in CORPUS]
)
def test_corpus_case(case: dict[str, Any]) -> None:
    spec = library_role(case["role"]) if "role" in case else _inline_spec(case["criterion"])
    statement: str = case["statement"]
    result: ScoreResult = _engine().score(
        spec,
        statement,
        reference_date=case.get("reference_date", DEFAULT_REFERENCE_DATE),
        applicant=Applicant.model_validate(case["applicant"]) if "applicant" in case else None,
    )
    described = _describe(case, result)

    bad_spans = [
        f"{criterion.id}: [{span.start}:{span.end}] {span.text!r}"
        for criterion in result.criteria
        for span in criterion.evidence
        if statement[span.start : span.end] != span.text
    ]
    assert not bad_spans, "evidence spans that do not index the statement:\n" + "\n".join(bad_spans)
    if "role" in case:
        failures = _check_role(case, result, described)
    else:
        (criterion_result,) = result.criteria
        failures = _check_inline(case, criterion_result, described)
    assert not failures, "\n".join(failures)
