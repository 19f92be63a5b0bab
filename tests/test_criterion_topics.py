"""A criterion's ``topics``: what an evidence criterion asks, corrected in the role spec.

A newly qualified social worker's "Ability to make effective use of supervision" is about the
applicant using their own supervision to reflect and learn; read from its words it is
"Supervising and managing staff", which being supervised is no evidence of. A recruiter sets
``topics: [professional_development]`` and the statement is read for that instead. Verdicts
below were written from panel practice before the engine was run on them.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from criteria.loader import SpecError, dump_spec_yaml, parse_spec_text
from criteria.spec import RoleSpec
from matching.engine import get_engine
from matching.result import Verdict

SHORTLIST = Path(sys.executable).with_name("shortlist")
REFERENCE = dt.date(2026, 12, 1)
SUPERVISION = "Ability to make effective use of supervision"
# Uses supervision to reflect and learn, with an example; never supervises anyone.
REFLECTS_IN_SUPERVISION = (
    "I qualified as a social worker last year and I am in my ASYE in an adult community team. "
    "I prepare for each monthly session with my supervisor by writing a reflective log of my "
    "cases, and I use the time to reflect on what went well and what I would do differently. "
    "After a difficult visit to a man who was refusing care, I reflected on how I had rushed "
    "him, and at the next visit I slowed down and he agreed to a trial of support at home."
)


def _spec_yaml(criterion: str) -> str:
    return f"id: nqsw\ntitle: Social Worker\ncriteria:\n  - id: supervision\n{criterion}"


def _role(topics: list[str] | None) -> RoleSpec:
    criterion = {"id": "supervision", "text": SUPERVISION, "assessed_by": ["application"]}
    if topics is not None:
        criterion["topics"] = topics
    return RoleSpec.model_validate(
        {"id": "nqsw", "title": "Social Worker", "criteria": [criterion]}
    )


def test_topics_of_the_vocabulary_are_kept_in_order_and_survive_a_round_trip() -> None:
    spec = parse_spec_text(
        _spec_yaml(f"    text: {SUPERVISION}\n    topics: [professional_development, feedback]\n")
    )
    assert spec.criteria[0].topics == ["professional_development", "feedback"]
    assert parse_spec_text(dump_spec_yaml(spec)) == spec
    assert RoleSpec.model_validate_json(spec.model_dump_json()) == spec


def test_a_criterion_without_topics_is_read_from_its_words() -> None:
    assert parse_spec_text(_spec_yaml(f"    text: {SUPERVISION}\n")).criteria[0].topics is None


def test_an_unknown_topic_is_one_line_naming_it_and_the_nearest_ids() -> None:
    with pytest.raises(SpecError) as caught:
        parse_spec_text(
            _spec_yaml("    text: Knowledge of the Care Act 2014\n    topics: [care act]\n")
        )
    message = str(caught.value)
    assert "\n" not in message
    assert "'care act'" in message and "care_act" in message and "topics" in message


def test_a_topic_twice_is_refused() -> None:
    with pytest.raises(SpecError, match="listed twice"):
        parse_spec_text(_spec_yaml(f"    text: {SUPERVISION}\n    topics: [feedback, feedback]\n"))


def test_topics_on_a_criterion_with_a_rule_are_refused() -> None:
    with pytest.raises(SpecError) as caught:
        parse_spec_text(
            _spec_yaml(
                "    text: A full driving licence\n    rule: {kind: driving}\n"
                "    topics: [travel]\n"
            )
        )
    message = str(caught.value)
    assert "\n" not in message and "driving rule" in message and "evidence criterion" in message


def test_the_engine_reads_the_corrected_topic_and_not_the_one_in_the_words() -> None:
    engine = get_engine()
    as_read = engine.score(_role(None), REFLECTS_IN_SUPERVISION, reference_date=REFERENCE)
    corrected = engine.score(
        _role(["professional_development"]), REFLECTS_IN_SUPERVISION, reference_date=REFERENCE
    )
    assert as_read.criteria[0].verdict is Verdict.not_met
    assert "Supervising and managing staff" in as_read.criteria[0].explanation
    assert corrected.criteria[0].verdict is Verdict.met
    assert "Continuing professional development" in corrected.criteria[0].explanation
    assert corrected.criteria[0].evidence  # the sentences it relied on are quoted


def test_the_corrected_topic_is_not_met_by_a_statement_only_about_the_words_topic() -> None:
    manages = (
        "As a team leader I supervise four social workers every month, and I manage their "
        "caseloads and appraisals. When one of them struggled with a complex case I set up weekly "
        "sessions and she went on to lead the review herself."
    )
    engine = get_engine()
    as_read = engine.score(_role(None), manages, reference_date=REFERENCE)
    corrected = engine.score(_role(["professional_development"]), manages, reference_date=REFERENCE)
    assert as_read.criteria[0].verdict is Verdict.met
    assert corrected.criteria[0].verdict is Verdict.not_met


def test_no_topics_reads_the_criterion_by_its_own_words() -> None:
    says_it = (
        "I make effective use of supervision: I prepare for each monthly session with my "
        "supervisor by writing a reflective log of my cases."
    )
    found = get_engine().score(_role([]), says_it, reference_date=REFERENCE).criteria[0]
    assert found.verdict is not Verdict.not_met
    assert "Asked:" not in found.explanation  # no topic of the vocabulary is named
    assert "supervision" in found.explanation  # the criterion's own word, found


def _shortlist(*args: str, columns: int = 250) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run(
        [str(SHORTLIST), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("columns", [250, 80])
def test_roles_show_says_what_each_criterion_asks_and_which_the_spec_set(
    tmp_path: Path, columns: int
) -> None:
    spec = tmp_path / "nqsw.yaml"
    spec.write_text(
        _spec_yaml(
            f"    text: {SUPERVISION}\n    topics: [professional_development]\n"
            "  - id: care-act\n    text: Knowledge of the Care Act 2014\n"
            "  - id: words\n    text: Knowledge of the Care Act 2014 and its application\n"
            "    topics: []\n"
        ),
        encoding="utf-8",
    )
    done = _shortlist("roles", "show", str(spec), columns=columns)
    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stdout.replace("│", " ").split())
    assert "Asks (set in the spec): ability to: Continuing professional development" in flat
    assert "Asks: knowledge of: The Care Act 2014" in flat
    assert "Asks (set in the spec): no topic found: read by its own words" in flat


def test_spec_check_names_an_unknown_topic_in_one_line(tmp_path: Path) -> None:
    spec = tmp_path / "nqsw.yaml"
    spec.write_text(_spec_yaml(f"    text: {SUPERVISION}\n    topics: [supervision]\n"))
    done = _shortlist("spec", "check", str(spec))
    assert done.returncode == 2
    message = done.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "'supervision'" in message and "supervising_staff" in message
