"""Re-scoring after a vacancy's criteria are corrected: progress in the API and on the page, the
earlier results and the panel's own scores kept, the audit naming the criteria version used."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.auth.service import Role
from app.models import ApplicationResult, AuditEntry, CriterionResultRow, PanelScore, SpecVersion
from app.settings import Settings
from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, WEAK_STATEMENT, Tenant
from tests.service.pages_support import signed_in


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="rescoring-secret-" + "z" * 20)


def _corrected_spec() -> dict[str, Any]:
    """The recruiter corrects the registration criterion: the post needs HCPC registration (an
    occupational therapist's), not Social Work England."""
    spec = copy.deepcopy(TEST_SPEC)
    spec["criteria"][0]["text"] = "Registered with the HCPC as an occupational therapist"
    spec["criteria"][0]["rule"] = {"kind": "registration", "bodies": ["HCPC"]}
    return spec


def _correct(client: TestClient, tenant: Tenant, vacancy_id: str) -> None:
    answer = client.post(
        f"/v1/vacancies/{vacancy_id}/spec",
        json={"spec": _corrected_spec()},
        headers=tenant.headers("recruiter"),
    )
    assert answer.status_code == 201, answer.text


def _wait_done(client: TestClient, tenant: Tenant, vacancy_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while True:
        run = client.get(
            f"/v1/vacancies/{vacancy_id}/rescoring", headers=tenant.headers("recruiter")
        )
        assert run.status_code == 200, run.text
        if run.json()["status"] != "running" or time.monotonic() > deadline:
            return run.json()
        time.sleep(0.1)


def _registration_verdicts(
    session_factory: sessionmaker[Session], application_id: str
) -> dict[int, str]:
    """Spec version number -> the stored verdict on the registration criterion."""
    with session_factory() as session:
        rows = session.execute(
            select(SpecVersion.version, CriterionResultRow.verdict)
            .join(SpecVersion, SpecVersion.id == CriterionResultRow.spec_version_id)
            .where(
                CriterionResultRow.application_id == application_id,
                CriterionResultRow.criterion_id == "registration",
            )
        ).all()
    return {version: verdict for version, verdict in rows}


def test_rescoring_uses_the_corrected_criteria_and_keeps_results_and_panel_scores(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    make_key: Callable[..., str],
    session_factory: sessionmaker[Session],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    strong = upload(tenant, vacancy["id"], STRONG_STATEMENT)
    weak = upload(tenant, vacancy["id"], WEAK_STATEMENT)
    panel_key = make_key(tenant, "panel", name="Ann Lee")
    saved = client.put(
        f"/v1/applications/{strong['id']}/panel/scores",
        json={"scores": [{"criterion_id": "safeguarding", "verdict": "met"}]},
        headers={"Authorization": f"Bearer {panel_key}"},
    )
    assert saved.status_code == 200, saved.text
    never = client.get(
        f"/v1/vacancies/{vacancy['id']}/rescoring", headers=tenant.headers("recruiter")
    )
    assert never.status_code == 404
    assert never.headers["content-type"] == "application/problem+json"

    _correct(client, tenant, vacancy["id"])
    started = client.post(
        f"/v1/vacancies/{vacancy['id']}/rescoring", headers=tenant.headers("recruiter")
    )
    assert started.status_code == 202, started.text
    assert started.json()["version"] == 2 and started.json()["total"] == 2
    run = _wait_done(client, tenant, vacancy["id"])
    assert run["status"] == "done", run
    assert (run["processed"], run["rescored"], run["failed"], run["percent"]) == (2, 2, 0, 100.0)

    # Registered with Social Work England: met under version 1, not met under the corrected
    # version 2 (HCPC); both results are kept.
    assert _registration_verdicts(session_factory, strong["id"]) == {1: "met", 2: "not_met"}
    assert count_rows(ApplicationResult, application_id=weak["id"]) == 2
    # The panel member's own score is untouched.
    assert count_rows(PanelScore, application_id=strong["id"]) == 1
    with session_factory() as session:
        lines = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "application.rescored",
                AuditEntry.subject_id.in_([strong["id"], weak["id"]]),
            )
        ).all()
    assert sorted(
        (line.detail["spec_version"], line.detail["previous_spec_version"]) for line in lines
    ) == [
        (2, 1),
        (2, 1),
    ]

    # Nothing is left to re-score: a second run finds nothing and stores nothing.
    again = client.post(
        f"/v1/vacancies/{vacancy['id']}/rescoring", headers=tenant.headers("recruiter")
    )
    assert again.status_code == 202 and again.json()["total"] == 0
    assert _wait_done(client, tenant, vacancy["id"])["rescored"] == 0
    assert count_rows(ApplicationResult, application_id=strong["id"]) == 2


def test_a_panel_or_ats_key_cannot_start_rescoring(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    for role in ("panel", "ats"):
        refused = client.post(
            f"/v1/vacancies/{vacancy['id']}/rescoring", headers=tenant.headers(role)
        )
        assert refused.status_code == 403


def test_the_page_starts_rescoring_and_shows_its_progress(
    app: FastAPI,
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    upload(tenant, vacancy["id"], STRONG_STATEMENT)
    _correct(client, tenant, vacancy["id"])
    visit = signed_in(app, tenant.keys[Role.recruiter])
    shortlist = visit.client.get(f"/vacancies/{vacancy['id']}/shortlist")
    assert f'href="/vacancies/{vacancy["id"]}/rescore"' in shortlist.text  # found from the page
    page = visit.client.get(f"/vacancies/{vacancy['id']}/rescore")
    assert page.status_code == 200, page.text
    assert "1 application has not been scored with them yet" in page.text
    assert "Re-score 1 application with version 2" in page.text

    forged = visit.client.post(
        f"/vacancies/{vacancy['id']}/rescore", data={"csrf_token": "not-the-token"}
    )
    assert forged.status_code == 403
    started = visit.client.post(
        f"/vacancies/{vacancy['id']}/rescore",
        data={"csrf_token": visit.csrf},
        follow_redirects=False,
    )
    assert started.status_code == 303
    assert started.headers["location"] == f"/vacancies/{vacancy['id']}/rescore"
    _wait_done(client, tenant, vacancy["id"])
    done = visit.client.get(f"/vacancies/{vacancy['id']}/rescore")
    assert "1 of 1 done (100.0%)" in done.text
    assert "1 re-scored" in done.text
    assert "Every application with a statement has been scored with them." in done.text
    assert 'http-equiv="refresh"' not in done.text  # it stops reloading once finished


def test_a_panel_member_cannot_open_the_rescoring_page(
    app: FastAPI, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    visit = signed_in(app, tenant.keys[Role.panel])
    assert visit.client.get(f"/vacancies/{vacancy['id']}/rescore").status_code == 403
    shortlist = visit.client.get(f"/vacancies/{vacancy['id']}/shortlist")
    assert "/rescore" not in shortlist.text  # no link to a page the panel cannot open
