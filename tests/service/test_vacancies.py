"""Vacancies: created from JSON, YAML or a job description document; versioned specs."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from typing import Any

import docx
import pytest
import yaml
from fastapi.testclient import TestClient

from app.models import AuditEntry, SpecVersion, Vacancy
from tests.seeds import seeds_dir

from .conftest import TEST_SPEC, Tenant


def _problem(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()["detail"]


def test_create_from_json_answers_201_with_id_and_version_1(
    client: TestClient, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    response = client.post(
        "/v1/vacancies",
        json={"spec": TEST_SPEC, "reference": "SW-2026-01"},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["version"] == 1
    assert body["created_at"].endswith(("Z", "+00:00"))  # UTC on both databases
    assert body["title"] == "Social Worker (test)"
    assert body["reference"] == "SW-2026-01"
    assert body["spec"]["criteria"][0]["id"] == "registration"
    assert [v["id"] for v in body["vacancies"]] == [body["id"]]
    fetched = client.get(f"/v1/vacancies/{body['id']}", headers=tenant.headers("panel")).json()
    assert fetched["spec"] == body["spec"]
    assert fetched["applications"] == 0
    assert count_rows(AuditEntry, org_id=tenant.org_id, action="vacancy.created") == 1


def test_create_from_a_yaml_body(client: TestClient, tenant: Tenant) -> None:
    response = client.post(
        "/v1/vacancies?reference=OT-7",
        content=yaml.safe_dump(TEST_SPEC).encode(),
        headers=tenant.headers("recruiter", **{"Content-Type": "application/yaml"}),
    )
    assert response.status_code == 201, response.text
    assert response.json()["reference"] == "OT-7"
    assert response.json()["role_id"] == "social-worker-test"


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b'{"spec": {"id": "x", ', "application/json", "not valid JSON"),
        (b"[1, 2]", "application/json", "must be a JSON object"),
        (b"id: x\ntitle: [unclosed\n", "application/yaml", "not valid YAML"),
        (b"id: x\nid: y\ntitle: T\n", "application/yaml", "duplicate key 'id' (line 2)"),
        (b"<spec/>", "application/xml", "send application/json"),
    ],
)
def test_malformed_bodies_get_a_one_line_problem_and_write_nothing(
    client: TestClient,
    tenant: Tenant,
    content: bytes,
    content_type: str,
    expected: str,
    count_rows: Callable[..., int],
) -> None:
    response = client.post(
        "/v1/vacancies",
        content=content,
        headers=tenant.headers("recruiter", **{"Content-Type": content_type}),
    )
    status = 415 if content_type == "application/xml" else 422
    detail = _problem(response, status)
    assert expected in detail
    assert "\n" not in detail
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_an_invalid_spec_names_the_field_like_the_loader(
    client: TestClient, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    spec = copy.deepcopy(TEST_SPEC)
    spec["criteria"][0]["rule"]["kind"] = "registation"
    response = client.post(
        "/v1/vacancies", json={"spec": spec}, headers=tenant.headers("recruiter")
    )
    detail = _problem(response, 422)
    assert detail.startswith("criteria[0].rule")
    assert "'registation' is not a rule kind" in detail
    yaml_response = client.post(
        "/v1/vacancies",
        content=yaml.safe_dump(spec, sort_keys=False).encode(),
        headers=tenant.headers("recruiter", **{"Content-Type": "application/yaml"}),
    )
    assert "(line " in _problem(yaml_response, 422)
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_list_and_get(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_vacancy: Callable[..., dict[str, Any]],
) -> None:
    tenant = make_tenant()
    first, second = make_vacancy(tenant), make_vacancy(tenant)
    page = client.get("/v1/vacancies?limit=1", headers=tenant.headers("ats")).json()
    assert page["total"] == 2 and len(page["items"]) == 1
    rest = client.get("/v1/vacancies?limit=1&offset=1", headers=tenant.headers("ats")).json()
    assert {page["items"][0]["id"], rest["items"][0]["id"]} == {first["id"], second["id"]}
    _problem(client.get("/v1/vacancies/no-such-id", headers=tenant.headers("admin")), 404)


def test_a_new_spec_version_keeps_the_old_one(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    changed = copy.deepcopy(TEST_SPEC)
    changed["title"] = "Senior Social Worker (test)"
    changed["criteria"][1]["priority"] = "desirable"
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": changed},
        headers=tenant.headers("admin"),
    )
    assert response.status_code == 201, response.text
    assert response.json()["version"] == 2
    assert response.json()["created_by"].startswith("admin:sl_live_")
    again = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        content=yaml.safe_dump(TEST_SPEC).encode(),
        headers=tenant.headers("recruiter", **{"Content-Type": "application/yaml"}),
    )
    assert again.json()["version"] == 3
    versions = client.get(
        f"/v1/vacancies/{vacancy['id']}/spec/versions", headers=tenant.headers("panel")
    ).json()
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert versions[1]["spec"]["title"] == "Senior Social Worker (test)"
    assert versions[0]["spec"] == vacancy["spec"]
    current = client.get(f"/v1/vacancies/{vacancy['id']}", headers=tenant.headers("admin")).json()
    assert current["version"] == 3
    bad = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec",
        json={"spec": {"id": "x"}},
        headers=tenant.headers("admin"),
    )
    _problem(bad, 422)
    assert count_rows(SpecVersion, vacancy_id=vacancy["id"]) == 3


def _person_specification_docx(title: str, rows: list[tuple[str, str]]) -> bytes:
    """A Word job description with the person specification as a table, as councils write."""
    document = docx.Document()
    document.add_paragraph(f"Job title: {title}")
    document.add_paragraph("Person Specification")
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(
        table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True
    ):
        cell.text = heading
    for text, priority in rows:
        cells = table.add_row().cells
        cells[0].text = text
        cells[1 if priority == "E" else 2].text = priority
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_job_description_document_makes_one_vacancy_per_role(
    client: TestClient, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    seeds = sorted(seeds_dir().glob("*.txt"))
    made = 0
    for seed in seeds:
        response = client.post(
            "/v1/vacancies",
            files={"file": (seed.name, seed.read_bytes(), "text/plain")},
            data={"reference": seed.stem},
            headers=tenant.headers("recruiter"),
        )
        assert response.status_code == 201, f"{seed.name}: {response.text}"
        body = response.json()
        assert body["vacancies"] and body["vacancies"][0]["id"] == body["id"]
        assert all(v["reference"] == seed.stem and v["version"] == 1 for v in body["vacancies"])
        assert all(v["spec"]["criteria"] for v in body["vacancies"])
        assert set(body["unsure"]) <= {v["id"] for v in body["vacancies"]}
        made += len(body["vacancies"])
    assert count_rows(Vacancy, org_id=tenant.org_id) == made
    assert made > len(seeds)  # at least one seed document describes several roles


def test_a_word_person_specification_is_parsed(client: TestClient, tenant: Tenant) -> None:
    data = _person_specification_docx(
        "Occupational Therapist",
        [
            ("Degree in Occupational Therapy", "E"),
            ("Registered with the Health and Care Professions Council", "E"),
            ("Experience of moving and handling assessments", "D"),
        ],
    )
    response = client.post(
        "/v1/vacancies",
        files={"file": ("ot.docx", data, "application/octet-stream")},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "Occupational Therapist"
    criteria = {c["text"]: c["priority"] for c in body["spec"]["criteria"]}
    assert criteria["Registered with the Health and Care Professions Council"] == "essential"
    assert criteria["Experience of moving and handling assessments"] == "desirable"


@pytest.mark.parametrize(
    ("filename", "content", "status"),
    [
        ("jd.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, 415),
        ("jd.pdf", b"MZ\x90\x00" + b"\0" * 200, 415),
        ("jd.txt", b"   \n", 422),
        ("spec.yaml", b"id: x\n  bad: [\n", 422),
    ],
)
def test_bad_job_description_uploads_are_refused(
    client: TestClient,
    tenant: Tenant,
    filename: str,
    content: bytes,
    status: int,
    count_rows: Callable[..., int],
) -> None:
    response = client.post(
        "/v1/vacancies",
        files={"file": (filename, content, "application/vnd.openxmlformats")},
        headers=tenant.headers("recruiter"),
    )
    assert filename in _problem(response, status)
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_an_oversized_job_description_is_413(
    client: TestClient, tenant: Tenant, settings: Any, count_rows: Callable[..., int]
) -> None:
    content = b"Person Specification\n" + b"a" * (settings.max_upload_bytes + 10)
    response = client.post(
        "/v1/vacancies",
        files={"file": ("big.txt", content, "text/plain")},
        headers=tenant.headers("recruiter"),
    )
    _problem(response, 413)
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0
