"""A per-key quota on scoring (issue 15, item 5): one API key cannot keep every scoring worker
busy; other keys are served as before."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from app.errors import Problem
from app.main import create_app
from app.scoring.quota import ScoringQuota
from app.settings import Settings
from tests.service.conftest import TEST_SPEC, Tenant

BODY = {"spec": TEST_SPEC, "statement": {"text": "I am registered with the HCPC (OT12345)."}}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_key_over_its_quota_waits_and_the_bucket_refills() -> None:
    clock = Clock()
    quota = ScoringQuota(per_minute=3, clock=clock)
    for _ in range(3):
        quota.take("key-a")
    with pytest.raises(Problem) as refused:
        quota.take("key-a")
    assert refused.value.status == 429
    assert refused.value.headers == {"Retry-After": "20"}  # one statement every 20 s
    quota.take("key-b")  # another key has its own bucket
    clock.now += 20
    quota.take("key-a")  # refilled by one


def test_zero_turns_the_quota_off() -> None:
    quota = ScoringQuota(per_minute=0)
    for _ in range(10_000):
        quota.take("key-a")


@pytest.fixture(scope="module")
def limited(db_url: str) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=db_url, scoring_quota_per_minute=2))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_the_api_answers_429_problem_with_retry_after_over_the_quota(
    limited: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    busy, other = make_tenant("Busy Council"), make_tenant("Other Council")
    for _ in range(2):
        assert limited.post("/v1/score", json=BODY, headers=busy.headers("ats")).status_code == 200
    refused = limited.post("/v1/score", json=BODY, headers=busy.headers("ats"))
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert int(refused.headers["Retry-After"]) >= 1
    assert "quota" in refused.json()["detail"]
    served = limited.post("/v1/score", json=BODY, headers=other.headers("ats"))
    assert served.status_code == 200  # another organisation's key is not held back
