"""Who the applicants are and what their application form says: names, emails and references
from a CSV manifest, the upload or the statement's own "Name:" line; Disability Confident and the
other form fields recorded after upload, audited, with the guaranteed interview recomputed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models import AuditEntry

from .conftest import STRONG_STATEMENT, Tenant

DC_REQUEST = (
    STRONG_STATEMENT
    + "I am applying under the Disability Confident scheme and would like a guaranteed interview.\n"
)


@pytest.fixture
def vacancy(tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    return make_vacancy(tenant)


def _bulk(
    client: TestClient, tenant: Tenant, vacancy_id: str, files: dict[str, bytes], manifest: str
) -> dict[str, Any]:
    response = client.post(
        f"/v1/vacancies/{vacancy_id}/applications/bulk",
        files=[
            *(("files", (name, data, "text/plain")) for name, data in files.items()),
            ("manifest", ("applicants.csv", manifest.encode(), "text/csv")),
        ],
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_manifest_names_each_file_and_the_names_reach_the_shortlist_only_when_asked(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    files = {
        "amara.txt": STRONG_STATEMENT.encode(),
        "ben.txt": (STRONG_STATEMENT + "I also chair team meetings.\n").encode(),
    }
    manifest = (
        "File,Name,Email,Reference\n"
        "AMARA.txt,Amara Okafor,amara@example.org,KCC-1001\n"
        "ben.txt,Ben Hughes,ben@example.org,KCC-1002\n"
    )
    body = _bulk(client, tenant, vacancy["id"], files, manifest)
    assert [(f["filename"], f["status"], f["name"]) for f in body["files"]] == [
        ("amara.txt", "stored", "Amara Okafor"),
        ("ben.txt", "stored", "Ben Hughes"),
    ]
    shortlist = f"/v1/vacancies/{vacancy['id']}/shortlist"
    named = client.get(shortlist, params={"blind": "false"}, headers=tenant.headers("recruiter"))
    people = {(a["name"], a["email"], a["external_id"]) for a in named.json()["applicants"]}
    assert people == {
        ("Amara Okafor", "amara@example.org", "KCC-1001"),
        ("Ben Hughes", "ben@example.org", "KCC-1002"),
    }
    blind = client.get(shortlist, headers=tenant.headers("panel"))
    assert {a["name"] for a in blind.json()["applicants"]} == {None}


def test_the_same_reference_twice_is_a_duplicate_not_a_second_applicant(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    manifest = "file,name,reference\nfirst.txt,Cara Lewis,KCC-2001\n"
    _bulk(client, tenant, vacancy["id"], {"first.txt": STRONG_STATEMENT.encode()}, manifest)
    again = _bulk(
        client,
        tenant,
        vacancy["id"],
        {"first.txt": (STRONG_STATEMENT + "Updated.\n").encode()},
        manifest,
    )
    [line] = again["files"]
    assert line["status"] == "duplicate"
    assert "KCC-2001" in line["detail"]


def test_a_manifest_without_a_file_column_is_refused_in_one_line(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications/bulk",
        files=[
            ("files", ("a.txt", STRONG_STATEMENT.encode(), "text/plain")),
            ("manifest", ("m.csv", b"name,email\nAmara,amara@example.org\n", "text/csv")),
        ],
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "file,name,email,reference" in response.json()["detail"]


def test_the_statements_own_name_line_names_the_applicant(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], upload: Callable[..., Any]
) -> None:
    text = "Name: Dafydd Rhys\nEmail: dafydd.rhys@example.org\n\n" + STRONG_STATEMENT
    stored = upload(tenant, vacancy["id"], text)
    read = client.get(f"/v1/applications/{stored['id']}", headers=tenant.headers("recruiter"))
    assert read.json()["applicant"]["name"] == "Dafydd Rhys"
    assert read.json()["applicant"]["email"] == "dafydd.rhys@example.org"
    blind = client.get(f"/v1/applications/{stored['id']}", headers=tenant.headers("panel"))
    assert "name" not in blind.json()["applicant"]


def test_confirming_disability_confident_gives_the_guaranteed_interview_and_is_audited(
    client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    upload: Callable[..., Any],
    count_rows: Callable[..., int],
) -> None:
    stored = upload(tenant, vacancy["id"], DC_REQUEST)
    assert stored["result"]["guaranteed_interview"] is False
    assert any("Disability Confident" in w for w in stored["result"]["warnings"])
    url = f"/v1/applications/{stored['id']}/applicant"
    response = client.patch(
        url, json={"disability_confident": True}, headers=tenant.headers("recruiter")
    )
    assert response.status_code == 200, response.text
    result = response.json()["result"]
    assert result["guaranteed_interview"] is True
    assert not any("Disability Confident" in w for w in result["warnings"])
    assert count_rows(AuditEntry, action="application.details_updated") >= 1
    undo = client.patch(
        url, json={"disability_confident": False}, headers=tenant.headers("recruiter")
    )
    assert undo.json()["result"]["guaranteed_interview"] is False


def test_a_licence_recorded_on_the_form_changes_the_driving_verdict(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], upload: Callable[..., Any]
) -> None:
    text = (
        "I am registered with Social Work England. I have led section 42 safeguarding "
        "enquiries for adults at risk of abuse for four years in a busy locality team, "
        "agreeing protection plans with the people involved and their families.\n"
    )
    stored = upload(tenant, vacancy["id"], text)
    verdicts = {c["id"]: c["verdict"] for c in stored["result"]["criteria"]}
    assert verdicts["driving"] != "met"
    response = client.patch(
        f"/v1/applications/{stored['id']}/applicant",
        json={"driving_licence": True, "registration": {"body": "SWE", "number": "SW99"}},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    after = {c["id"]: c["verdict"] for c in response.json()["result"]["criteria"]}
    assert after["driving"] == "met"
    assert response.json()["applicant"]["registration"] == {"body": "SWE", "number": "SW99"}


def test_a_panel_key_cannot_change_an_applicants_details(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], upload: Callable[..., Any]
) -> None:
    stored = upload(tenant, vacancy["id"])
    response = client.patch(
        f"/v1/applications/{stored['id']}/applicant",
        json={"disability_confident": True},
        headers=tenant.headers("panel"),
    )
    assert response.status_code == 403


def test_an_empty_statement_is_stored_with_a_warning_and_marked_for_review(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], upload: Callable[..., Any]
) -> None:
    stored = upload(tenant, vacancy["id"], "hello")
    assert any("only 1 word" in w for w in stored["warnings"])
    assert all(c["needs_review"] for c in stored["result"]["criteria"])


def test_the_panel_never_sees_the_file_name_which_can_name_the_applicant(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": ("gwen-price-statement.txt", STRONG_STATEMENT.encode(), "text/plain")},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 201, response.text
    url = f"/v1/applications/{response.json()['id']}"
    assert client.get(url, headers=tenant.headers("recruiter")).json()["filename"] == (
        "gwen-price-statement.txt"
    )
    assert client.get(url, headers=tenant.headers("panel")).json()["filename"] is None
    listed = client.get(
        f"/v1/vacancies/{vacancy['id']}/applications", headers=tenant.headers("panel")
    ).json()["items"]
    assert {item["filename"] for item in listed} == {None}
