"""A short run of the load driver (``python -m benchmarks.bench_load`` for 60 s is the full one):
two uvicorn processes on one PostgreSQL database under mixed traffic, ATS retries sent as
concurrent copies to both processes."""

from __future__ import annotations

import pytest

from benchmarks.bench_load import drive
from benchmarks.harness import run_async, services

pytestmark = pytest.mark.postgres


def test_mixed_traffic_on_two_processes_answers_every_request_and_stores_no_duplicate(
    reliability_url: str,
) -> None:
    with services(reliability_url, 2) as pair:
        run, checks, _ = run_async(
            drive([s.base for s in pair], reliability_url, seconds=6, copies=6, seed=4)
        )

    for kind, tally in run.tallies.items():
        assert tally.latencies, f"no {kind} request was sent"
        assert tally.errors == 0, f"{kind}: {tally.samples}"
    assert run.retry_groups > 0 and run.split_groups == 0
    assert checks["duplicate_external_ids"] == 0
    assert checks["duplicate_statements"] == 0
    assert checks["without_results"] == 0
    assert checks["acknowledged_missing"] == 0
    assert checks["stored_unacknowledged"] == 0
