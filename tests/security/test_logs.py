"""API keys and statement text never reach the logs, even at DEBUG: checked in-process with
caplog and on a real uvicorn process (its access log included) over a run that uploads,
scores, fails authentication and sends invalid bodies carrying statement text."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from tests.processes import free_port, wait_until_ready
from tests.service.conftest import TEST_SPEC, Tenant

# Phrases that exist only in the statements this test sends: none may appear in a log line.
SECRET_PHRASES = (
    "Quokkabridge Lane",
    "Marigold Featherstonehaugh",
    "Wolverhampton safeguarding hub at Pennyroyal House",
)
STATEMENT = (
    "I am registered with Social Work England. I live at 12 Quokkabridge Lane. "
    "My name is Marigold Featherstonehaugh. "
    "Since 2019 I have worked in the Wolverhampton safeguarding hub at Pennyroyal House, "
    "leading section 42 enquiries. I hold a full UK driving licence and have my own car.\n"
)


def exercise(client: httpx.Client, keys: dict[str, str]) -> list[tuple[str, int]]:
    """The run whose logs are checked; returns (what, status) for each request."""
    admin = {"Authorization": f"Bearer {keys['admin']}"}
    ats = {"Authorization": f"Bearer {keys['ats']}"}
    seen: list[tuple[str, int]] = []

    def note(what: str, response: httpx.Response) -> httpx.Response:
        seen.append((what, response.status_code))
        return response

    vacancy = note(
        "vacancy", client.post("/v1/vacancies", json={"spec": TEST_SPEC}, headers=admin)
    ).json()
    applications = f"/v1/vacancies/{vacancy['id']}/applications"
    note("score", client.post("/v1/score", json=_score(vacancy["id"]), headers=ats))
    note(
        "upload json",
        client.post(
            applications,
            json={"statement": {"text": STATEMENT}, "applicant": {"name": SECRET_PHRASES[1]}},
            headers=ats,
        ),
    )
    note(
        "upload file",
        client.post(
            applications,
            # a line more than the JSON one: the same statement again would be its duplicate
            files={"file": ("statement.txt", (STATEMENT + "\n").encode(), "text/plain")},
            headers=ats,
        ),
    )
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("one.txt", STATEMENT)
        zipped.writestr("two.txt", STATEMENT.replace("2019", "2018"))
    note(
        "bulk",
        client.post(
            applications + "/bulk",
            files={"files": ("batch.zip", archive.getvalue(), "application/zip")},
            headers=ats,
        ),
    )
    for bad in (keys["admin"][:-3] + "xyz", "sl_live_" + "A" * 43, keys["ats"] + "0"):
        note("bad key", client.get("/v1/vacancies", headers={"Authorization": f"Bearer {bad}"}))
    invalid_bodies = [
        {"statement": {"text": STATEMENT, "unexpected": STATEMENT}},
        {"statement": {"text": STATEMENT}, "applicant": STATEMENT},
        {"statement": STATEMENT},
        {"statement": {"text": STATEMENT}, "external_id": STATEMENT * 20},
    ]
    for body in invalid_bodies:
        note("invalid upload", client.post(applications, json=body, headers=ats))
    note("invalid score", client.post("/v1/score", json={"statement": STATEMENT}, headers=ats))
    note(
        "broken json",
        client.post(
            applications,
            content=b'{"statement": {"text": "' + STATEMENT.encode() + b'"',
            headers={**ats, "Content-Type": "application/json"},
        ),
    )
    return seen


def _score(vacancy_id: str) -> dict[str, Any]:
    return {"vacancy_id": vacancy_id, "statement": {"text": STATEMENT}}


def _assert_clean(log: str, keys: dict[str, str]) -> None:
    for key in keys.values():
        assert key not in log
        assert key[len("sl_live_") + 8 :] not in log  # not even the secret part after the prefix
    for phrase in SECRET_PHRASES:
        assert phrase not in log


def _statuses_are_as_expected(seen: list[tuple[str, int]]) -> None:
    expected = {
        "vacancy": {201},
        "score": {200},
        "upload json": {201},
        "upload file": {201},
        "bulk": {200},
        "bad key": {401},
        "invalid upload": {422, 415},
        "invalid score": {422},
        "broken json": {422},
    }
    for what, status in seen:
        assert status in expected[what], (what, status)


def test_the_application_logs_at_debug_show_no_key_and_no_statement_text(
    client: TestClient,
    tenant: Tenant,
    caplog: pytest.LogCaptureFixture,
) -> None:
    keys = {role.value: tenant.keys[role] for role in Role}
    with caplog.at_level(logging.DEBUG):
        seen = exercise(client, keys)
    _statuses_are_as_expected(seen)
    assert caplog.records, "nothing was logged: the check would be empty"
    _assert_clean(caplog.text, keys)


def test_problem_details_for_invalid_bodies_name_fields_not_statements(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={"statement": {"text": STATEMENT, "unexpected": STATEMENT}, "applicant": STATEMENT},
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "unexpected" in detail or "applicant" in detail  # it names the field ...
    for phrase in SECRET_PHRASES:
        assert phrase not in response.text  # ... never the statement


def test_a_real_uvicorn_process_at_debug_with_its_access_log_shows_no_key_or_statement(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    upgrade(url)
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        keys = {
            role.value: create_key(session, "Logged Council", role).secret
            for role in (Role.admin, Role.ats)
        }
        session.commit()
    engine.dispose()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "LOG_LEVEL": "DEBUG"}
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--log-level", "debug", "--access-log"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, base)
        with httpx.Client(base_url=base, timeout=120) as http:
            seen = exercise(http, keys)
    finally:
        process.terminate()
        log, _ = process.communicate(timeout=30)
    _statuses_are_as_expected(seen)
    assert '"POST /v1/score HTTP/1.1" 200' in log  # the access log was on and captured
    assert " 401" in log and " 422" in log
    _assert_clean(log, keys)


def test_a_key_that_slips_into_a_log_line_or_exception_is_cut_to_its_prefix(
    app: Any, tenant: Tenant, caplog: pytest.LogCaptureFixture
) -> None:
    key = tenant.keys[Role.ats]
    log = logging.getLogger("some.library")
    with caplog.at_level(logging.INFO):
        log.warning("retrying with %s", key)
        try:
            raise RuntimeError(f"upstream refused Authorization: Bearer {key}")
        except RuntimeError:
            log.exception("call failed")
    assert key not in caplog.text
    assert caplog.text.count(tenant.prefixes[Role.ats] + "[redacted]") == 2
