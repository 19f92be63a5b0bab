"""Faults against real uvicorn processes on PostgreSQL (the smaller CI versions of
``python -m benchmarks.faults``): a process killed with SIGKILL mid bulk upload, the same bulk
upload retried while the first is still running, and PostgreSQL stopped under traffic."""

from __future__ import annotations

import socket

import httpx
import pytest

from benchmarks.faults import bulk_kill, concurrent_bulk_retry, database_outage
from benchmarks.harness import Service

pytestmark = pytest.mark.postgres


# More than three scoring waves (app.applications.bulk.WAVE = 64): the statements of one wave are
# stored in quick succession, so with one wave the whole upload can be stored between two
# looks at the database and the kill lands after it (seen once in CI with 60 files).
BULK_FILES = 200


def test_kill_9_mid_bulk_upload_leaves_each_statement_whole_or_absent_and_a_retry_completes(
    reliability_url: str,
) -> None:
    killed = bulk_kill(reliability_url, files=BULK_FILES, kill_at=15)

    assert 0 < killed.stored_at_kill < BULK_FILES, "the process must die part-way through"
    assert killed.client_saw != "" and not killed.client_saw.startswith("HTTP")
    assert killed.after_kill.problems() == {}, "a statement was half-written"
    assert killed.retry_status == 200
    assert killed.retry_counts == {
        "stored": BULK_FILES - killed.stored_at_kill,
        "duplicates": killed.stored_at_kill,
        "refused": 0,
    }
    assert killed.after_retry.applications == BULK_FILES
    assert killed.after_retry.problems() == {}
    assert killed.replayed, "the same Idempotency-Key again must replay the answer"


def test_the_same_bulk_upload_sent_twice_at_once_stores_each_statement_once(
    reliability_url: str,
) -> None:
    twice = concurrent_bulk_retry(reliability_url, files=30, copies=2)

    assert twice.statuses == [200, 200]
    assert sum(twice.stored) == 30
    assert twice.after.applications == 30
    assert twice.after.duplicate_statements == 0
    assert twice.after.problems() == {}


def test_postgres_down_gives_503_problem_json_and_the_same_process_recovers(
    reliability_url: str,
) -> None:
    outage = database_outage(
        reliability_url, processes=1, restart=False, down_seconds=3, warmup=2, after=4, bound=10
    )

    statuses = {a.status for a in outage.during()}
    assert 503 in statuses, "requests during the outage are refused with 503"
    assert 500 not in statuses and None not in statuses, "never a 500, never a hang"
    assert all(a.problem_json for a in outage.answers if a.status == 503)
    assert any(a.kind == "readyz" and a.status == 503 for a in outage.during())
    assert outage.recovery, "the same process answers 2xx once the database is back"
    assert outage.problems() == []


def test_a_database_host_that_never_answers_gives_503_within_the_connect_timeout() -> None:
    with socket.socket() as silent:
        # The kernel accepts the TCP connection; nothing ever speaks PostgreSQL on it, as with a
        # host that is frozen or cut off mid-way.
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        url = f"postgresql+psycopg://postgres@127.0.0.1:{silent.getsockname()[1]}/postgres"
        service = Service(url, env={"DB_CONNECT_TIMEOUT": "2"})
        try:
            service.launch()
            service.wait_ready(path="/healthz")
            # Without a connect timeout these would wait past the client's 60 s and fail.
            ready = httpx.get(f"{service.base}/readyz", timeout=60)
            listed = httpx.get(
                f"{service.base}/v1/vacancies",
                headers={"Authorization": "Bearer sl_live_0123456789abcdef0123456789abcdef"},
                timeout=60,
            )
        finally:
            service.stop()

    assert ready.status_code == 503
    assert listed.status_code == 503
    assert listed.headers["content-type"].startswith("application/problem+json")
