"""Uploading one statement (JSON or a file), scored on arrival; retries never duplicate."""

from __future__ import annotations

import base64
import copy
import io
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient
from fpdf import FPDF

from app.main import create_app
from app.models import (
    Application,
    ApplicationResult,
    AuditEntry,
    CriterionResultRow,
    IdempotencyKey,
)
from app.settings import Settings

from .conftest import STRONG_STATEMENT, TEST_SPEC, WEAK_STATEMENT, Tenant

SMALL_LIMIT = 4000


def _problem(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in response.text
    return response.json()["detail"]


def _docx(text: str, hidden: str | None = None) -> bytes:
    document = docx.Document()
    for paragraph in text.strip().split("\n"):
        document.add_paragraph(paragraph)
    if hidden:
        run = document.add_paragraph().add_run(hidden)
        run.font.hidden = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text.strip())
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def small_client(db_url: str) -> Iterator[TestClient]:
    """The same database behind an app with a tiny upload limit."""
    app = create_app(Settings(database_url=db_url, max_upload_bytes=SMALL_LIMIT))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def vacancy(tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    return make_vacancy(tenant)


def _rows(count_rows: Callable[..., int], org_id: str, vacancy_id: str) -> tuple[int, ...]:
    return (
        count_rows(Application, vacancy_id=vacancy_id),
        count_rows(ApplicationResult),
        count_rows(CriterionResultRow),
        count_rows(IdempotencyKey, org_id=org_id),
        count_rows(AuditEntry, org_id=org_id),
    )


def _verdicts(application: dict[str, Any]) -> dict[str, str]:
    return {c["id"]: c["verdict"] for c in application["result"]["criteria"]}


def test_a_json_statement_is_stored_and_scored_on_arrival(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={
            "external_id": "ats-1",
            "statement": {"text": STRONG_STATEMENT},
            "applicant": {
                "name": "Ada Example",
                "email": "ada@example.org",
                "disability_confident": True,
            },
        },
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["applicant_ref"] == "A-0001"
    assert body["external_id"] == "ats-1"
    assert body["has_document"] is False
    result = body["result"]
    assert result["spec_version"] == 1
    assert [c["id"] for c in result["criteria"]] == [c["id"] for c in TEST_SPEC["criteria"]]
    assert _verdicts(body)["registration"] == "met"
    assert _verdicts(body)["teamwork"] == "not_assessed"  # interview only
    evidence = result["criteria"][0]["evidence"]
    assert (
        evidence
        and STRONG_STATEMENT[evidence[0]["start"] : evidence[0]["end"]] == evidence[0]["text"]
    )
    assert body["applicant"]["name"] == "Ada Example"
    assert body["applicant"]["disability_confident"] is True
    second = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={"statement": {"text": WEAK_STATEMENT}},
        headers=tenant.headers("recruiter"),
    ).json()
    assert second["applicant_ref"] == "A-0002"
    # ten words meet nothing, but a statement that short is for a person to read, not to reject
    assert second["result"]["recommendation"] == "review"
    assert all(c["needs_review"] for c in second["result"]["criteria"] if c["max_score"])


def test_name_and_contact_are_hidden_from_the_panel_and_in_the_blind_view(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
) -> None:
    stored = upload(tenant, vacancy["id"], name="Ada Example", phone="01234 567890")
    path = f"/v1/applications/{stored['id']}"
    assert client.get(path, headers=tenant.headers("recruiter")).json()["applicant"]["name"]
    for response in (
        client.get(path, headers=tenant.headers("panel")),
        client.get(path + "?blind=true", headers=tenant.headers("recruiter")),
    ):
        assert response.status_code == 200
        assert "Ada" not in response.text and "01234" not in response.text


def test_a_word_upload_keeps_the_original_bytes_and_the_text(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    data = _docx(STRONG_STATEMENT, hidden="HCPC registered AMHP BIA practice educator")
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": ("My statement.docx", data, "application/pdf")},
        data={"applicant": '{"name": "Bo", "driving_licence": true}', "external_id": "ats-9"},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["document_format"] == "docx"
    assert body["content_type"].endswith("wordprocessingml.document")  # sniffed, not declared
    assert body["applicant"] == {"name": "Bo", "driving_licence": True}
    assert any("hidden text" in w and "AMHP" in w for w in body["warnings"])
    assert any("hidden text" in w for w in body["result"]["warnings"])
    assert body["text"] is None
    with_text = client.get(
        f"/v1/applications/{body['id']}?include=text", headers=tenant.headers("panel")
    ).json()
    assert "section 42 enquiry" in with_text["text"]
    assert "AMHP" not in with_text["text"]  # hidden text is never scored
    document = client.get(
        f"/v1/applications/{body['id']}/document", headers=tenant.headers("recruiter")
    )
    assert document.status_code == 200
    assert document.content == data
    assert "My statement.docx" in document.headers["content-disposition"]
    ats = client.get(f"/v1/applications/{body['id']}/document", headers=tenant.headers("ats"))
    _problem(ats, 403)


def test_a_pdf_sent_as_base64_is_read(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    data = _pdf(STRONG_STATEMENT)
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={
            "statement": {
                "document_base64": base64.b64encode(data).decode(),
                "filename": "statement.pdf",
            }
        },
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 201, response.text
    assert response.json()["document_format"] == "pdf"
    assert _verdicts(response.json())["registration"] == "met"


def test_a_text_application_has_no_document_to_download(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
) -> None:
    stored = upload(tenant, vacancy["id"])
    response = client.get(
        f"/v1/applications/{stored['id']}/document", headers=tenant.headers("recruiter")
    )
    assert "sent as text" in _problem(response, 404)


def test_the_same_idempotency_key_replays_and_a_different_body_is_409(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], count_rows: Callable[..., int]
) -> None:
    path = f"/v1/vacancies/{vacancy['id']}/applications"
    headers = tenant.headers("ats", **{"Idempotency-Key": "retry-1"})
    body = {"statement": {"text": STRONG_STATEMENT}, "applicant": {"name": "Cy"}}
    first = client.post(path, json=body, headers=headers)
    assert first.status_code == 201
    rows = _rows(count_rows, tenant.org_id, vacancy["id"])
    again = client.post(path, json=body, headers=headers)
    assert again.status_code == 201
    assert again.json() == first.json()
    assert _rows(count_rows, tenant.org_id, vacancy["id"]) == rows
    other = client.post(path, json={"statement": {"text": WEAK_STATEMENT}}, headers=headers)
    assert "different request" in _problem(other, 409)
    assert _rows(count_rows, tenant.org_id, vacancy["id"]) == rows


def test_the_same_external_id_answers_200_with_the_stored_application(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    first = upload(tenant, vacancy["id"], external_id="ats-42")
    rows = _rows(count_rows, tenant.org_id, vacancy["id"])
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        json={"external_id": "ats-42", "statement": {"text": STRONG_STATEMENT}},
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 200
    assert response.json()["id"] == first["id"]
    assert _rows(count_rows, tenant.org_id, vacancy["id"]) == rows


def test_concurrent_retries_store_one_application(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], count_rows: Callable[..., int]
) -> None:
    path = f"/v1/vacancies/{vacancy['id']}/applications"

    def send(number: int) -> Any:
        key = {"Idempotency-Key": "burst"} if number % 2 else {}
        return client.post(
            path,
            json={"external_id": "ats-burst", "statement": {"text": STRONG_STATEMENT}},
            headers=tenant.headers("ats", **key),
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(send, range(16)))
    assert {r.status_code for r in responses} <= {200, 201}, [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    # the retries with the key all get the one response stored for it (replayed as it was)
    keyed = [(r.status_code, r.json()) for number, r in enumerate(responses) if number % 2]
    assert all(answer == keyed[0] for answer in keyed)
    plain = [r.status_code for number, r in enumerate(responses) if not number % 2]
    assert plain.count(201) <= 1
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 1


def test_bad_uploads_are_refused_and_write_nothing(
    client: TestClient,
    small_client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    count_rows: Callable[..., int],
) -> None:
    path = f"/v1/vacancies/{vacancy['id']}/applications"
    headers = tenant.headers("ats")
    rows = _rows(count_rows, tenant.org_id, vacancy["id"])
    png = b"\x89PNG\r\n\x1a\n" + bytes(300)
    cases: list[tuple[Any, int, str]] = [
        (
            small_client.post(
                path, files={"file": ("big.txt", b"word " * SMALL_LIMIT)}, headers=headers
            ),
            413,
            "larger than",
        ),
        (
            small_client.post(
                path,
                json={"statement": {"text": "x"}},
                headers={**headers, "Content-Length": str(10**9)},
            ),
            413,
            "larger",
        ),
        (
            client.post(path, files={"file": ("statement.docx", png)}, headers=headers),
            415,
            "not a Word document",
        ),
        (
            client.post(
                path,
                json={
                    "statement": {
                        "document_base64": base64.b64encode(b"MZ" + bytes(100)).decode(),
                        "filename": "cv.pdf",
                    }
                },
                headers=headers,
            ),
            415,
            "cv.pdf",
        ),
        (
            client.post(
                path,
                content=b'{"statement": {"text": "x"',
                headers={**headers, "Content-Type": "application/json"},
            ),
            422,
            "not valid JSON",
        ),
        (
            client.post(
                path,
                json={"statement": {"document_base64": "%%%", "filename": "a.pdf"}},
                headers=headers,
            ),
            422,
            "not valid base64",
        ),
        (
            client.post(
                path, json={"statement": {"text": "x", "document_base64": "eA=="}}, headers=headers
            ),
            422,
            "either 'text' or 'document_base64'",
        ),
        (client.post(path, json={"statment": {"text": "x"}}, headers=headers), 422, "statment"),
        (client.post(path, json={"statement": {"text": "   "}}, headers=headers), 422, "empty"),
        (
            client.post(
                path,
                files={"file": ("a.txt", b"I am registered.")},
                data={"applicant": "{name: 1"},
                headers=headers,
            ),
            422,
            "applicant",
        ),
        (
            client.post(
                path,
                files={"file": ("a.txt", b"I am registered.")},
                data={"applicant": '{"welsh": "native"}'},
                headers=headers,
            ),
            422,
            "welsh",
        ),
        (
            client.post(
                "/v1/vacancies/nope/applications",
                json={"statement": {"text": "x"}},
                headers=headers,
            ),
            404,
            "vacancy",
        ),
    ]
    for response, status, expected in cases:
        detail = _problem(response, status)
        assert expected in detail, detail
        assert "\n" not in detail
    assert _rows(count_rows, tenant.org_id, vacancy["id"]) == rows


def test_list_is_paged_in_applicant_order_with_latest_scores(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
) -> None:
    for text in (STRONG_STATEMENT, WEAK_STATEMENT, STRONG_STATEMENT + "More."):
        upload(tenant, vacancy["id"], text)
    path = f"/v1/vacancies/{vacancy['id']}/applications"
    first = client.get(path + "?limit=2", headers=tenant.headers("panel")).json()
    second = client.get(path + "?limit=2&offset=2", headers=tenant.headers("panel")).json()
    assert first["total"] == 3
    refs = [item["applicant_ref"] for item in first["items"] + second["items"]]
    assert refs == ["A-0001", "A-0002", "A-0003"]
    assert first["items"][1]["recommendation"] == "review"  # a ten-word statement
    assert all(item["spec_version"] == 1 and item["max_score"] > 0 for item in first["items"])
    bad = client.get(path + "?limit=0", headers=tenant.headers("panel"))
    assert "limit" in _problem(bad, 422)


def test_rescoring_with_a_new_spec_version_keeps_the_old_results(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
) -> None:
    stored = upload(tenant, vacancy["id"])
    changed = copy.deepcopy(TEST_SPEC)
    changed["criteria"] = changed["criteria"][:2]
    created = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": changed},
        headers=tenant.headers("recruiter"),
    )
    assert created.json()["version"] == 2
    later = upload(tenant, vacancy["id"], WEAK_STATEMENT)
    assert later["result"]["spec_version"] == 2  # new uploads use the latest version

    rescore = client.post(
        f"/v1/vacancies/{vacancy['id']}/rescore", headers=tenant.headers("recruiter")
    )
    assert rescore.status_code == 200, rescore.text
    assert rescore.json() == {
        "vacancy_id": vacancy["id"],
        "version": 2,
        "rescored": 1,
        "already_scored": 1,
        "skipped": 0,
    }
    read = client.get(f"/v1/applications/{stored['id']}", headers=tenant.headers("admin")).json()
    assert read["result"]["spec_version"] == 2
    assert [c["id"] for c in read["result"]["criteria"]] == ["registration", "safeguarding"]
    assert [r["spec_version"] for r in read["earlier_results"]] == [1]
    assert read["earlier_results"][0] == stored["result"]
    again = client.post(
        f"/v1/vacancies/{vacancy['id']}/rescore", headers=tenant.headers("admin")
    ).json()
    assert again["rescored"] == 0 and again["already_scored"] == 2
    assert (
        client.post(
            f"/v1/vacancies/{vacancy['id']}/rescore", headers=tenant.headers("ats")
        ).status_code
        == 403
    )


def test_keys_and_statement_text_never_reach_the_logs(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret_sentence = "My unmistakable sentence about section 42 work."
    with caplog.at_level(logging.DEBUG):
        client.post(
            f"/v1/vacancies/{vacancy['id']}/applications",
            json={"statement": {"text": secret_sentence}},
            headers=tenant.headers("ats"),
        )
        client.post(
            f"/v1/vacancies/{vacancy['id']}/applications",
            json={"statement": {"text": secret_sentence, "document_base64": "x"}},
            headers=tenant.headers("ats"),
        )
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert tenant.keys["ats"] not in logged
    assert "unmistakable" not in logged


def test_a_closed_vacancy_refuses_new_applications_but_answers_retries(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    stored = upload(tenant, vacancy["id"], external_id="ats-7")
    path = f"/v1/vacancies/{vacancy['id']}"
    closed = client.patch(path, json={"status": "closed"}, headers=tenant.headers("recruiter"))
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    new = client.post(
        path + "/applications",
        json={"external_id": "ats-8", "statement": {"text": STRONG_STATEMENT}},
        headers=tenant.headers("ats"),
    )
    assert "closed" in _problem(new, 409)
    bulk = client.post(
        path + "/applications/bulk",
        files=[("files", ("a.txt", b"I am registered with Social Work England."))],
        headers=tenant.headers("ats"),
    )
    _problem(bulk, 409)
    retry = client.post(
        path + "/applications",
        json={"external_id": "ats-7", "statement": {"text": STRONG_STATEMENT}},
        headers=tenant.headers("ats"),
    )
    assert retry.status_code == 200 and retry.json()["id"] == stored["id"]
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 1
    listed = client.get("/v1/vacancies?status=closed", headers=tenant.headers("ats")).json()
    assert [item["id"] for item in listed["items"]] == [vacancy["id"]]
    bad = client.patch(path, json={"status": "paused"}, headers=tenant.headers("recruiter"))
    _problem(bad, 422)
    assert (
        client.patch(path, json={"status": "open"}, headers=tenant.headers("ats")).status_code
        == 403
    )
    reopened = client.patch(path, json={"status": "open"}, headers=tenant.headers("admin"))
    assert reopened.json()["status"] == "open"


def test_concurrent_rescores_score_each_application_once(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    stored = [upload(tenant, vacancy["id"], f"{STRONG_STATEMENT} Note {n}.") for n in range(6)]
    changed = copy.deepcopy(TEST_SPEC)
    changed["title"] = "Social Worker (test, v2)"
    client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": changed},
        headers=tenant.headers("recruiter"),
    )
    before = count_rows(ApplicationResult)
    with ThreadPoolExecutor(max_workers=3) as pool:
        answers = list(
            pool.map(
                lambda _: client.post(
                    f"/v1/vacancies/{vacancy['id']}/rescore", headers=tenant.headers("admin")
                ),
                range(3),
            )
        )
    assert [a.status_code for a in answers] == [200, 200, 200], [a.text for a in answers]
    assert sum(a.json()["rescored"] for a in answers) == len(stored)
    assert count_rows(ApplicationResult) == before + len(stored)
