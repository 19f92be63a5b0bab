"""The confirmation page as an editor, and the same through the API: every criterion's title,
text, priority, stages and rule can be changed, criteria merged, removed and added, and the rows
the reader was unsure of are marked, before anything is stored."""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.auth.service import Role
from app.models import Vacancy
from app.settings import Settings
from tests.service.conftest import Tenant
from tests.service.pages_support import as_form, form_fields, signed_in

ROWS = [
    ("Registered with Social Work England", "E"),
    ("Experience of safeguarding adults", "E"),
    ("Experience of section 42 enquiries", "E"),
    ("A full driving licence and access to a car", "D"),
    ("Experience of safeguarding adults", "E"),  # listed twice: the reader says so
]


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="pages-editor-secret-" + "e" * 20)


def _word_spec() -> bytes:
    document = docx.Document()
    document.add_paragraph("Job title: Social Worker, Adult Safeguarding")
    document.add_paragraph("Person Specification")
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(
        table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True
    ):
        cell.text = heading
    for text, priority in ROWS:
        cells = table.add_row().cells
        cells[0].text = text
        cells[1 if priority == "E" else 2].text = priority
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _confirm_page(app: FastAPI, tenant: Tenant) -> tuple[Any, str]:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    page = visit.client.post(
        "/vacancies/new/document",
        data={"csrf_token": visit.csrf},
        files={"file": ("spec.docx", _word_spec(), "application/octet-stream")},
    )
    assert page.status_code == 200, page.text
    return visit, page.text


def _index(fields: list[tuple[str, str]], text: str) -> int:
    return next(int(k.split("_")[1]) for k, v in fields if k.startswith("text_") and v == text)


def test_a_recruiter_edits_merges_removes_and_adds_criteria_before_creating(
    app: FastAPI, tenant: Tenant, client: TestClient
) -> None:
    visit, page = _confirm_page(app, tenant)
    assert page.count("Create this vacancy") == 2  # at the top and the bottom
    assert "Check: all of" not in page and "Registered with SWE" in page  # rules in words
    assert "is listed twice" in page and 'class="unsure-mark">Check<' in page
    fields = form_fields(page, "/vacancies/new")
    form = as_form(fields)
    safeguarding = _index(fields, "Experience of safeguarding adults")
    enquiries = _index(fields, "Experience of section 42 enquiries")
    driving = _index(fields, "A full driving licence and access to a car")
    registration = _index(fields, "Registered with Social Work England")
    form[f"ctitle_{safeguarding}"] = ["Safeguarding adults"]
    form[f"text_{safeguarding}"] = ["Experience of safeguarding adults at risk"]
    form[f"merge_{enquiries}"] = [str(safeguarding)]
    del form[f"include_{driving}"]
    form[f"rule_{registration}"] = ["edit"]
    form[f"rule_json_{registration}"] = [
        json.dumps({"kind": "registration", "bodies": ["SWE", "SCW"]})
    ]
    form["new_text_0"] = ["Experience of working with people who hoard"]
    form["new_priority_0"] = ["desirable"]
    form["new_assessed_0"] = ["application"]

    # "Add another criterion": one more blank row, nothing stored
    more = visit.client.post("/vacancies/new", data={**form, "action": ["add"]})
    assert more.status_code == 200 and 'name="new_text_1"' in more.text
    form = as_form(form_fields(more.text, "/vacancies/new"))
    assert form["new_text_0"] == ["Experience of working with people who hoard"]
    assert form[f"merge_{enquiries}"] == [str(safeguarding)]

    created = visit.client.post("/vacancies/new", data=form, follow_redirects=False)
    assert created.status_code == 303, created.text
    assert created.headers["location"].endswith("/upload?created=1")
    confirmed = visit.client.get(created.headers["location"]).text
    assert "Vacancy created" in confirmed
    vacancy_id = created.headers["location"].split("/")[2]
    spec = client.get(f"/v1/vacancies/{vacancy_id}", headers=tenant.headers("recruiter")).json()[
        "spec"
    ]
    by_text = {c["text"]: c for c in spec["criteria"]}
    merged = by_text[
        "Experience of safeguarding adults at risk; Experience of section 42 enquiries"
    ]
    assert merged["title"] == "Safeguarding adults"
    assert not any("driving" in text for text in by_text)
    assert by_text["Registered with Social Work England"]["rule"]["bodies"] == ["SWE", "SCW"]
    added = by_text["Experience of working with people who hoard"]
    assert (added["priority"], added["assessed_by"]) == ("desirable", ["application"])
    assert "Experience of section 42 enquiries" not in by_text


def test_rule_settings_that_are_not_json_come_back_in_words_with_the_edits_kept(
    app: FastAPI, tenant: Tenant, count_rows: Any
) -> None:
    visit, page = _confirm_page(app, tenant)
    fields = form_fields(page, "/vacancies/new")
    form = as_form(fields)
    registration = _index(fields, "Registered with Social Work England")
    form[f"rule_{registration}"] = ["edit"]
    form[f"rule_json_{registration}"] = ["{bodies: SWE"]
    form[f"ctitle_{registration}"] = ["SWE registration"]
    answer = visit.client.post("/vacancies/new", data=form)
    assert answer.status_code == 422
    assert "the rule&#39;s settings are not valid JSON" in answer.text
    kept = as_form(form_fields(answer.text, "/vacancies/new"))
    assert kept[f"ctitle_{registration}"] == ["SWE registration"]
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_the_api_gives_drafts_with_the_unsure_criteria_marked_and_stores_nothing(
    client: TestClient, tenant: Tenant, count_rows: Any
) -> None:
    response = client.post(
        "/v1/vacancies/drafts",
        files={"file": ("spec.docx", _word_spec(), "application/octet-stream")},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    [draft] = response.json()["drafts"]
    texts = {c["id"]: c["text"] for c in draft["spec"]["criteria"]}
    marked = [texts[cid] for cid in draft["unsure_criteria"]]
    assert marked == ["Experience of safeguarding adults"]
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0
    spec = draft["spec"]
    spec["criteria"] = [c for c in spec["criteria"] if "driving" not in c["text"]]
    spec["criteria"][0]["title"] = "SWE registration"
    created = client.post("/v1/vacancies", json={"spec": spec}, headers=tenant.headers("recruiter"))
    assert created.status_code == 201, created.text
    assert created.json()["spec"]["criteria"][0]["title"] == "SWE registration"
    panel = client.post(
        "/v1/vacancies/drafts",
        files={"file": ("spec.docx", _word_spec(), "application/octet-stream")},
        headers=tenant.headers("panel"),
    )
    assert panel.status_code == 403
