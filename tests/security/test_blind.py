"""Blind means blind: a panel key never sees who an applicant is, on any route or format, and
an ATS key never sees a panel member's own verdict, score or reason."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.service.conftest import STRONG_STATEMENT, Tenant

NAME = "Ada Markerfield"
EMAIL = "ada.markerfield@example.org"
PHONE = "07700 900123"
EXTERNAL_ID = "ATS-Markerfield-4471"
FILENAME = "Ada-Markerfield-statement.docx"
PANEL_REASON = "Ottershaw discussed her section 42 work at length"
IDENTIFYING = (NAME, "Markerfield", EMAIL, PHONE, EXTERNAL_ID)


def _docx_by(author: str, text: str) -> bytes:
    word = docx.Document()
    word.core_properties.author = author
    for line in text.splitlines():
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def applicant(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> tuple[str, str]:
    """A Disability Confident applicant whose file name, file author and ATS reference all
    name her; returns (vacancy id, application id)."""
    vacancy = make_vacancy(tenant)
    metadata = {
        "external_id": EXTERNAL_ID,
        "applicant": {
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "disability_confident": True,
        },
    }
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": (FILENAME, _docx_by(NAME, STRONG_STATEMENT), "application/octet-stream")},
        data={"applicant": json.dumps(metadata["applicant"]), "external_id": EXTERNAL_ID},
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 201, response.text
    return vacancy["id"], response.json()["id"]


def _assert_anonymous(text: str) -> None:
    for value in IDENTIFYING:
        assert value not in text, value


def test_a_panel_key_cannot_unblind_the_shortlist(
    client: TestClient, tenant: Tenant, applicant: tuple[str, str]
) -> None:
    vacancy_id, _ = applicant
    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    for fmt in ("json", "csv", "xlsx"):
        refused = client.get(
            url, params={"blind": "false", "format": fmt}, headers=tenant.headers("panel")
        )
        assert refused.status_code == 403, (fmt, refused.text[:200])
        _assert_anonymous(refused.text)
    shown = client.get(url, headers=tenant.headers("panel"))
    assert shown.status_code == 200
    _assert_anonymous(shown.text)
    (entry,) = shown.json()["applicants"]
    assert entry["disability_confident"] is None
    workbook = client.get(url, params={"format": "xlsx"}, headers=tenant.headers("panel"))
    cells = [
        str(value)
        for sheet in load_workbook(io.BytesIO(workbook.content)).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    _assert_anonymous("\n".join(cells))
    # The recruiter still sees who applied.
    named = client.get(url, params={"blind": "false"}, headers=tenant.headers("recruiter"))
    assert NAME in named.text and EXTERNAL_ID in named.text


def test_the_blind_application_carries_no_reference_file_name_or_disability_status(
    client: TestClient, tenant: Tenant, applicant: tuple[str, str]
) -> None:
    vacancy_id, application_id = applicant
    for role, params in (("panel", {}), ("recruiter", {"blind": "true"})):
        read = client.get(
            f"/v1/applications/{application_id}", params=params, headers=tenant.headers(role)
        )
        assert read.status_code == 200
        _assert_anonymous(read.text)
        body = read.json()
        assert body["filename"] is None
        assert "disability_confident" not in body["applicant"]
        assert body["result"]["disability_confident_claim"] is None
    listed = client.get(f"/v1/vacancies/{vacancy_id}/applications", headers=tenant.headers("panel"))
    assert listed.status_code == 200
    _assert_anonymous(listed.text)
    assert listed.json()["items"][0]["filename"] is None


def test_a_panel_key_gets_the_statement_text_not_the_original_file(
    client: TestClient, tenant: Tenant, applicant: tuple[str, str]
) -> None:
    _, application_id = applicant
    url = f"/v1/applications/{application_id}/document"
    text = client.get(url, headers=tenant.headers("panel"))
    assert text.status_code == 200
    assert text.headers["content-type"].startswith("text/plain")
    assert "section 42 enquiry" in text.text
    _assert_anonymous(text.text + text.headers["content-disposition"])
    original = client.get(url, headers=tenant.headers("recruiter"))
    assert original.content.startswith(b"PK")  # the recruiter still gets the file itself
    assert "Markerfield" in original.headers["content-disposition"]


def test_an_ats_key_sees_the_panels_outcome_but_no_members_marks(
    client: TestClient,
    tenant: Tenant,
    applicant: tuple[str, str],
    make_key: Callable[..., str],
) -> None:
    vacancy_id, application_id = applicant
    machine = client.get(f"/v1/applications/{application_id}", headers=tenant.headers()).json()
    member = {"Authorization": f"Bearer {make_key(tenant, 'panel', name='Cleo Ottershaw')}"}
    verdict = next(c for c in machine["result"]["criteria"] if c["id"] == "safeguarding")
    flipped = "not_met" if verdict["verdict"] == "met" else "met"
    scores = [  # every sift criterion (teamwork is for the interview) as the machine had it
        {"criterion_id": c["id"], "verdict": c["verdict"]}
        for c in machine["result"]["criteria"]
        if c["id"] not in {"teamwork", "safeguarding"}
    ] + [{"criterion_id": "safeguarding", "verdict": flipped, "reason": PANEL_REASON}]
    panel_url = f"/v1/applications/{application_id}/panel"
    assert (
        client.put(f"{panel_url}/scores", json={"scores": scores}, headers=member).status_code
        == 200
    )
    assert client.post(f"{panel_url}/complete", headers=member).status_code == 200

    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    staff = client.get(url, headers=tenant.headers("recruiter")).json()
    assert PANEL_REASON in json.dumps(staff)  # the recruiter sees the member's reason
    ats = client.get(url, headers=tenant.headers("ats"))
    assert ats.status_code == 200
    assert PANEL_REASON not in ats.text
    assert "Cleo Ottershaw" not in ats.text
    (entry,) = ats.json()["applicants"]
    cell = next(c for c in entry["cells"] if c["criterion_id"] == "safeguarding")
    assert cell["verdict"] == flipped  # the panel's outcome stands
    assert all(m["reason"] is None for m in cell["panel"]["members"])
    workbook = client.get(url, params={"format": "xlsx"}, headers=tenant.headers("ats"))
    cells = "\n".join(
        str(value)
        for sheet in load_workbook(io.BytesIO(workbook.content)).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    assert PANEL_REASON not in cells and "Cleo Ottershaw" not in cells


def test_the_lead_sees_no_other_members_marks_in_the_audit_before_completing(
    client: TestClient,
    tenant: Tenant,
    applicant: tuple[str, str],
    make_key: Callable[..., str],
) -> None:
    vacancy_id, application_id = applicant
    machine = client.get(f"/v1/applications/{application_id}", headers=tenant.headers()).json()
    lead = {"Authorization": f"Bearer {make_key(tenant, 'panel', name='Lead Ash', lead=True)}"}
    member = {"Authorization": f"Bearer {make_key(tenant, 'panel', name='Cleo Ottershaw')}"}
    scores = [
        {"criterion_id": c["id"], "verdict": c["verdict"], "reason": PANEL_REASON}
        for c in machine["result"]["criteria"]
        if c["id"] != "teamwork"
    ]
    panel_url = f"/v1/applications/{application_id}/panel"
    assert (
        client.put(f"{panel_url}/scores", json={"scores": scores}, headers=member).status_code
        == 200
    )
    for url in (f"/v1/applications/{application_id}/audit", f"/v1/vacancies/{vacancy_id}/audit"):
        before = client.get(url, headers=lead)
        assert before.status_code == 200
        assert PANEL_REASON not in before.text
    assert (
        client.put(f"{panel_url}/scores", json={"scores": scores}, headers=lead).status_code == 200
    )
    assert client.post(f"{panel_url}/complete", headers=lead).status_code == 200
    after = client.get(f"/v1/applications/{application_id}/audit", headers=lead)
    assert PANEL_REASON in after.text  # once the lead's own set is complete
