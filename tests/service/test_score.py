"""POST /v1/score: stateless scoring for an ATS; it stores nothing."""

from __future__ import annotations

import base64
import copy
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from fpdf import FPDF

from app.main import create_app
from app.models import Application, ApplicationResult, AuditEntry, IdempotencyKey
from app.settings import Settings

from .conftest import STRONG_STATEMENT, TEST_SPEC, Tenant

TABLES = (Application, ApplicationResult, AuditEntry, IdempotencyKey)


def _counts(count_rows: Callable[..., int]) -> tuple[int, ...]:
    return tuple(count_rows(table) for table in TABLES)


def _problem(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()["detail"]


def test_score_an_inline_spec_and_store_nothing(
    client: TestClient, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    before = _counts(count_rows)
    response = client.post(
        "/v1/score",
        json={
            "spec": TEST_SPEC,
            "statement": {"text": STRONG_STATEMENT},
            "applicant": {"disability_confident": True, "ats_field": "ignored"},
            "reference_date": "2026-01-31",
        },
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["role_id"] == "social-worker-test"
    assert result["reference_date"] == "2026-01-31"
    verdicts = {c["id"]: c for c in result["criteria"]}
    assert verdicts["registration"]["verdict"] == "met"
    assert verdicts["teamwork"]["verdict"] == "not_assessed"
    for evidence in verdicts["registration"]["evidence"]:
        assert STRONG_STATEMENT[evidence["start"] : evidence["end"]] == evidence["text"]
    assert result["engine_version"]
    assert result["guaranteed_interview"] == result["essentials"]["all_met"]
    assert _counts(count_rows) == before


def test_reference_date_defaults_to_today(client: TestClient, tenant: Tenant) -> None:
    response = client.post(
        "/v1/score",
        json={"spec": TEST_SPEC, "statement": {"text": STRONG_STATEMENT}},
        headers=tenant.headers("recruiter"),
    )
    assert response.json()["reference_date"] == dt.date.today().isoformat()


def test_score_against_a_vacancys_latest_spec_version(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    changed = copy.deepcopy(TEST_SPEC)
    changed["id"] = "social-worker-v2"
    client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": changed},
        headers=tenant.headers("admin"),
    )
    response = client.post(
        "/v1/score",
        json={"vacancy_id": vacancy["id"], "statement": {"text": STRONG_STATEMENT}},
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 200, response.text
    assert response.json()["role_id"] == "social-worker-v2"


def test_score_a_pdf_document(client: TestClient, tenant: Tenant) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, STRONG_STATEMENT.strip())
    encoded = base64.b64encode(bytes(pdf.output())).decode()
    response = client.post(
        "/v1/score",
        json={
            "spec": TEST_SPEC,
            "statement": {"document_base64": encoded, "filename": "statement.pdf"},
        },
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 200, response.text
    verdicts = {c["id"]: c["verdict"] for c in response.json()["criteria"]}
    assert verdicts["registration"] == "met"


def test_who_the_applicant_is_never_changes_the_score(client: TestClient, tenant: Tenant) -> None:
    results = []
    for identity in (
        {"name": "Mary Smith", "email": "mary@example.org"},
        {"name": "Oluwaseun Adeyemi", "phone": "07700 900123"},
        {},
    ):
        response = client.post(
            "/v1/score",
            json={
                "spec": TEST_SPEC,
                "statement": {"text": STRONG_STATEMENT},
                "applicant": identity,
                "reference_date": "2026-06-01",
            },
            headers=tenant.headers("ats"),
        )
        results.append(response.json())
    assert results[0] == results[1] == results[2]


@pytest.fixture(scope="module")
def small_client(db_url: str) -> Iterator[TestClient]:
    with TestClient(
        create_app(Settings(database_url=db_url, max_upload_bytes=1000)),
        raise_server_exceptions=False,
    ) as client:
        yield client


def test_bad_score_requests(
    client: TestClient,
    small_client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    tenant, other = make_tenant(), make_tenant()
    foreign = make_vacancy(other)
    before = _counts(count_rows)
    text = {"text": STRONG_STATEMENT}
    bad_spec = copy.deepcopy(TEST_SPEC)
    bad_spec["criteria"][2]["rule"]["kind"] = "drivng"
    headers = tenant.headers("ats")
    big = base64.b64encode(b"I am registered. " * 100).decode()
    as_json = {**headers, "Content-Type": "application/json"}
    cases: list[tuple[Any, int, str]] = [
        (client.post("/v1/score", content=b'{"spec": ', headers=as_json), 422, "not valid JSON"),
        (client.post("/v1/score", content=b"", headers=as_json), 422, "body is empty"),
        (
            client.post("/v1/score", json={"statement": text}, headers=headers),
            422,
            "either 'spec' or 'vacancy_id'",
        ),
        (
            client.post(
                "/v1/score",
                json={"spec": TEST_SPEC, "vacancy_id": foreign["id"], "statement": text},
                headers=headers,
            ),
            422,
            "not both",
        ),
        (
            client.post("/v1/score", json={"spec": bad_spec, "statement": text}, headers=headers),
            422,
            "criteria[2].rule",
        ),
        (
            client.post(
                "/v1/score", json={"vacancy_id": foreign["id"], "statement": text}, headers=headers
            ),
            404,
            "vacancy",
        ),
        (
            client.post(
                "/v1/score", json={"spec": TEST_SPEC, "statement": {"text": ""}}, headers=headers
            ),
            422,
            "empty",
        ),
        (
            client.post(
                "/v1/score",
                json={
                    "spec": TEST_SPEC,
                    "statement": {
                        "document_base64": base64.b64encode(b"GIF89a" + bytes(64)).decode(),
                        "filename": "s.docx",
                    },
                },
                headers=headers,
            ),
            415,
            "s.docx",
        ),
        (
            small_client.post(
                "/v1/score",
                json={
                    "spec": TEST_SPEC,
                    "statement": {"document_base64": big, "filename": "s.txt"},
                },
                headers=headers,
            ),
            413,
            "limit",
        ),
        (
            client.post(
                "/v1/score",
                json={"spec": TEST_SPEC, "statement": text, "reference_date": "31/01/2026"},
                headers=headers,
            ),
            422,
            "reference_date",
        ),
        (
            client.post(
                "/v1/score",
                json={"spec": TEST_SPEC, "statement": text},
                headers=tenant.headers("panel"),
            ),
            403,
            "panel",
        ),
    ]
    for response, status, expected in cases:
        detail = _problem(response, status)
        assert expected in detail, detail
    assert _counts(count_rows) == before
