"""A bulk upload larger than one wave (files are read and scored a wave at a time, so the cores
score one wave while the next is read): the answer and what is stored are as for one wave."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.applications import bulk
from app.models import Application, ApplicationResult

from .conftest import STRONG_STATEMENT, WEAK_STATEMENT, Tenant

PLACES = ["Leeds", "Bradford", "Wakefield", "Halifax", "Huddersfield", "York"]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_files_over_several_waves_keep_their_order_duplicates_and_refusals(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bulk, "WAVE", 3)  # eight files: three waves
    vacancy_id = make_vacancy(tenant)["id"]
    path = f"/v1/vacancies/{vacancy_id}/applications/bulk"
    earlier = WEAK_STATEMENT.encode()
    sent_before = client.post(
        path, files=[("files", ("earlier.txt", earlier))], headers=tenant.headers("recruiter")
    ).json()
    statements = [
        (f"{place.lower()}.txt", f"{STRONG_STATEMENT}I have worked in {place}.\n".encode())
        for place in PLACES
    ]
    members = [
        *statements[:2],
        ("blank.txt", b" \n "),
        *statements[2:],
        ("leeds-again.txt", statements[0][1]),  # a copy of the first, two waves later
        ("earlier-again.txt", earlier),  # stored by the upload before
    ]
    response = client.post(
        path, files=[("files", ("batch.zip", _zip(members)))], headers=tenant.headers("recruiter")
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["stored"], body["duplicates"], body["refused"]) == (6, 2, 1)
    lines = body["files"]
    assert [line["filename"] for line in lines] == [f"batch.zip/{name}" for name, _ in members]
    stored = [line for line in lines if line["status"] == "stored"]
    assert [line["filename"] for line in stored] == [f"batch.zip/{n}" for n, _ in statements]
    # the references follow the order of the files, after the one stored before
    assert [line["applicant_ref"] for line in stored] == [f"A-000{n}" for n in range(2, 8)]
    assert lines[2]["status"] == "refused" and lines[2]["status_code"] == 422
    assert lines[-2]["status"] == "duplicate"
    assert lines[-2]["application_id"] == stored[0]["application_id"]
    assert lines[-1]["status"] == "duplicate"
    assert lines[-1]["application_id"] == sent_before["files"][0]["application_id"]
    assert count_rows(Application, vacancy_id=vacancy_id) == 7
    for line in stored:
        assert count_rows(ApplicationResult, application_id=line["application_id"]) == 1
