"""The held-out specification documents (tests/spec_holdout, _b to _j, each
written by another hand with the truth before any parser run): each renders and its truth is a
valid role spec, non-specifications are refused, and the parser stays at or above the floors each
set recorded after its first run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.spec_corpus.build import render
from tests.spec_corpus.measure import Totals, measure_all
from tests.spec_corpus.model import CorpusDocument, truth_spec
from tests.spec_holdout import documents as first
from tests.spec_holdout_b import documents as second
from tests.spec_holdout_c import documents as third
from tests.spec_holdout_d import documents as fourth
from tests.spec_holdout_e import documents as fifth
from tests.spec_holdout_f import documents as sixth
from tests.spec_holdout_g import documents as seventh
from tests.spec_holdout_h import documents as eighth
from tests.spec_holdout_i import documents as ninth
from tests.spec_holdout_j import documents as tenth

SETS = {
    "spec_holdout": first.all_documents(),
    "spec_holdout_b": second.all_documents(),
    "spec_holdout_c": third.all_documents(),
    "spec_holdout_d": fourth.all_documents(),
    "spec_holdout_e": fifth.all_documents(),
    "spec_holdout_f": sixth.all_documents(),
    "spec_holdout_g": seventh.all_documents(),
    "spec_holdout_h": eighth.all_documents(),
    "spec_holdout_i": ninth.all_documents(),
    "spec_holdout_j": tenth.all_documents(),
}
DOCUMENTS = [document for documents in SETS.values() for document in documents]
FIGURES = ["recall", "precision", "priority_essential", "priority_desirable", "assessed_by"]


def _floors(name: str) -> dict[str, float]:
    path = Path(__file__).parent / name / "floors.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def _totals(name: str) -> Totals:
    return measure_all(SETS[name])


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_document_renders_and_its_truth_is_a_role_spec(document: CorpusDocument) -> None:
    for fmt in document.formats:
        assert render(document, fmt)
    assert all(truth_spec(role, document.name).criteria for role in document.roles)


@pytest.mark.parametrize("name", SETS)
def test_every_non_specification_is_refused(name: str) -> None:
    gaps = set(_floors(name).get("known_refusal_gaps") or [])
    assert {run.split(".")[0] for run in _totals(name).not_refused} == gaps


@pytest.mark.parametrize("name", SETS)
def test_no_real_specification_is_refused_beyond_its_ceiling(name: str) -> None:
    assert len(_totals(name).no_spec_failures) <= _floors(name)["no_spec_failures"]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("figure", FIGURES)
def test_the_parser_reaches_its_floor(name: str, figure: str) -> None:
    measured, floor = _totals(name).figures[figure], _floors(name)[figure]
    assert measured >= floor, f"{name} {figure}: {measured:.3f} < floor {floor}"


@pytest.mark.parametrize("name", SETS)
def test_the_parser_never_crashes_on_a_document(name: str) -> None:
    # a crash would reach the recruiter as a traceback instead of a one-line refusal
    crashed = [f"{r.document}.{r.fmt}: {r.error}" for r in _totals(name).runs
               if (r.error or "").startswith("crashed")]
    assert not crashed
