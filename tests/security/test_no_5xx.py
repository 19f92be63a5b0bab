"""No input gives a 5xx: control characters reach the XLSX export as characters Excel accepts,
lone surrogates in JSON are refused with 422, no openpyxl temporary file is left behind, and
no log line carries statement text or a name, errors included."""

from __future__ import annotations

import glob
import io
import json
import logging
import os
import tempfile
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, Tenant

# Every control character XLSX cannot hold (tab, line feed, carriage return it can).
CONTROL = "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
SECRET_NAME = "Ottoline Quillfeather"


def _openpyxl_files() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "openpyxl.*")))


def test_control_characters_in_statement_name_and_criterion_export_to_xlsx(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    spec = {**TEST_SPEC, "criteria": [dict(c) for c in TEST_SPEC["criteria"]]}
    spec["criteria"][0]["text"] = "Registered\x01 social worker\x1f"
    vacancy = make_vacancy(tenant, spec=spec)
    statement = STRONG_STATEMENT.replace("Since 2019", "Since\x0b2019\x1a") + "\x1a"
    upload(tenant, vacancy["id"], statement, name=f"{SECRET_NAME}\x01", email="o\x02q@example.org")
    before = _openpyxl_files()
    with caplog.at_level(logging.DEBUG):
        response = client.get(
            f"/v1/vacancies/{vacancy['id']}/shortlist",
            params={"format": "xlsx", "blind": "false"},
            headers=tenant.headers("recruiter"),
        )
    assert response.status_code == 200, response.text[:300]
    book = load_workbook(io.BytesIO(response.content))
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    text = "\n".join(cells)
    assert f"{SECRET_NAME}\ufffd" in text  # the name is there, its control character marked
    assert not any(character in text for character in CONTROL)
    assert _openpyxl_files() <= before
    assert SECRET_NAME not in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        '{"statement": {"text": "I am a social worker \\ud800 with AMHP status"}}',
        '{"statement": {"text": "I am a social worker"}, "applicant": {"name": "Ada \\udfff"}}',
        '{"statement": {"text": "I am a social worker"}, "external_id": "\\udc00"}',
    ],
)
def test_a_lone_surrogate_in_json_is_refused_with_422(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    body: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    vacancy = make_vacancy(tenant)
    with caplog.at_level(logging.DEBUG):
        response = client.post(
            f"/v1/vacancies/{vacancy['id']}/applications",
            content=body.encode(),
            headers=tenant.headers("ats", **{"Content-Type": "application/json"}),
        )
    assert response.status_code == 422, response.text[:300]
    assert response.headers["content-type"] == "application/problem+json"
    assert "\n" not in response.json()["detail"]
    assert "social worker" not in caplog.text


def test_a_lone_surrogate_in_a_scoring_request_is_refused_with_422(
    client: TestClient, tenant: Tenant
) -> None:
    response = client.post(
        "/v1/score",
        content=(
            '{"spec": '
            + json.dumps(TEST_SPEC)
            + ', "statement": {"text": "social worker \\ud800"}}'
        ).encode(),
        headers=tenant.headers("recruiter", **{"Content-Type": "application/json"}),
    )
    assert response.status_code == 422, response.text[:300]


def test_an_unexpected_error_is_logged_without_its_message() -> None:
    from app.errors import WithoutExceptionMessages

    try:
        raise ValueError(f"cannot store {SECRET_NAME}")
    except ValueError as error:
        record = logging.LogRecord(
            "uvicorn.error",
            logging.ERROR,
            __file__,
            1,
            "Exception in ASGI application\n",
            (),
            (type(error), error, error.__traceback__),
        )
    assert WithoutExceptionMessages().filter(record)
    line = logging.Formatter().format(record)
    assert SECRET_NAME not in line
    assert "ValueError at test_no_5xx.py:" in line
