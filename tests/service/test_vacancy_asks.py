"""What each evidence criterion asks, on the confirmation page and through the API: shown
("Read as asking: ..."), corrected by ticking topics before anything is stored, and read again
from new words when the wording changes and the ticks do not.

Expectations come from what the criteria mean to a panel: "Ability to make effective use of
supervision" (a newly qualified worker's own supervision) is read from its words as supervising
staff, which a recruiter corrects to professional development and learning."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.datastructures import FormData

from app.auth.service import Role
from app.models import Vacancy
from app.pages.vacancies import draft_rows, edited_spec
from app.settings import Settings
from app.vacancies.asks import criterion_asks
from criteria.spec import RoleSpec
from matching.topics import topic_names
from tests.service.conftest import Tenant
from tests.service.pages_support import as_form, form_fields, signed_in

SUPERVISION = "Ability to make effective use of supervision"
CARE_ACT = "Knowledge of the Care Act 2014"
FEEDBACK = "Ability to give and receive constructive feedback"
REGISTRATION = "Registered with Social Work England"


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="pages-asks-secret-" + "a" * 20)


def _word_spec() -> bytes:
    document = docx.Document()
    document.add_paragraph("Job title: Social Worker, Newly Qualified")
    document.add_paragraph("Person Specification")
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(
        table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True
    ):
        cell.text = heading
    for text in (REGISTRATION, SUPERVISION, CARE_ACT, FEEDBACK):
        cells = table.add_row().cells
        cells[0].text = text
        cells[1].text = "E"
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


def _row(page: str, index: int) -> str:
    """The HTML of criterion row ``index`` of the first role."""
    start = page.index(f'id="r1-c{index}"')
    end = page.find('<li class="criterion-row', start + 1)
    return page[start : end if end != -1 else len(page)]


def test_each_evidence_criterion_shows_what_it_is_read_as_asking(
    app: FastAPI, tenant: Tenant
) -> None:
    _, page = _confirm_page(app, tenant)
    fields = form_fields(page, "/vacancies/new")
    care_act = _row(page, _index(fields, CARE_ACT))
    assert "Read as asking: <strong>knowledge of: The Care Act 2014</strong>" in care_act
    supervision = _row(page, _index(fields, SUPERVISION))
    assert "Read as asking: <strong>ability to: Supervising and managing staff" in supervision
    assert "Correct what it asks" in supervision
    assert 'type="checkbox" name="topics_' not in page  # the lists open one at a time
    # the topics it was read as travel with the form until corrected
    form = as_form(fields)
    assert form[f"topics_{_index(fields, SUPERVISION)}"] == ["supervising_staff"]
    assert form[f"topics_{_index(fields, CARE_ACT)}"] == ["care_act"]
    # a criterion with a checkable rule is not read for topics
    registration = _row(page, _index(fields, REGISTRATION))
    assert "Read as asking" not in registration and "topics_" not in registration


def test_a_corrected_topic_is_saved_and_shown_and_new_wording_is_read_again(
    app: FastAPI, tenant: Tenant, client: TestClient
) -> None:
    visit, page = _confirm_page(app, tenant)
    fields = form_fields(page, "/vacancies/new")
    form = as_form(fields)
    supervision = _index(fields, SUPERVISION)
    care_act = _index(fields, CARE_ACT)
    feedback = _index(fields, FEEDBACK)
    form[f"ctitle_{supervision}"] = ["Use of supervision"]
    # "Correct what it asks": the page again with that criterion's topics to tick, edits kept
    opened = visit.client.post(
        "/vacancies/new", data={**form, "action": [f"topics_{supervision}"]}
    )
    assert opened.status_code == 200
    row = _row(opened.text, supervision)
    assert "What “Use of supervision” asks" in row
    assert row.count('type="checkbox" name="topics_') == len(topic_names())
    assert 'value="supervising_staff" checked autofocus' not in row  # focus on the first box
    assert 'value="supervising_staff" checked' in row
    assert "autofocus" in row and opened.text.count("autofocus") == 1
    fields = form_fields(opened.text, "/vacancies/new")
    form = as_form(fields)
    assert form[f"ctitle_{supervision}"] == ["Use of supervision"]
    assert form[f"topics_{supervision}"] == ["supervising_staff"]
    form[f"topics_{supervision}"] = ["professional_development"]  # the correction
    # reworded, topics left as they were: read from the new words
    form[f"text_{care_act}"] = ["Knowledge of the Mental Capacity Act 2005"]
    # opened and everything unticked: read by its own words
    opened = visit.client.post("/vacancies/new", data={**form, "action": [f"topics_{feedback}"]})
    form = as_form(form_fields(opened.text, "/vacancies/new"))
    assert form[f"topics_{supervision}"] == ["professional_development"]  # still open, kept
    del form[f"topics_{feedback}"]

    created = visit.client.post("/vacancies/new", data=form, follow_redirects=False)
    assert created.status_code == 303, created.text
    vacancy_id = created.headers["location"].split("/")[2]
    vacancy = client.get(f"/v1/vacancies/{vacancy_id}", headers=tenant.headers("recruiter"))
    body = vacancy.json()
    by_text = {c["text"]: c for c in body["spec"]["criteria"]}
    assert by_text[SUPERVISION]["topics"] == ["professional_development"]
    assert body["topics"][by_text[SUPERVISION]["id"]] == (
        "ability to: Continuing professional development and learning"
    )
    reworded = by_text["Knowledge of the Mental Capacity Act 2005"]
    assert reworded["topics"] is None
    assert "Mental Capacity Act 2005" in body["topics"][reworded["id"]]
    assert by_text[FEEDBACK]["topics"] == []
    assert "no topic recognised" in body["topics"][by_text[FEEDBACK]["id"]]
    assert by_text[REGISTRATION]["topics"] is None


def test_ticking_again_what_the_words_say_stores_no_correction(
    app: FastAPI, tenant: Tenant, client: TestClient
) -> None:
    visit, page = _confirm_page(app, tenant)
    fields = form_fields(page, "/vacancies/new")
    form = as_form(fields)
    care_act = _index(fields, CARE_ACT)
    # reworded and re-ticked to exactly what the new words are read as: nothing to correct
    reworded = "Knowledge of the Mental Capacity Act 2005"
    form[f"text_{care_act}"] = [reworded]
    form[f"topics_{care_act}"] = list(criterion_asks(reworded).evidence_topics)
    assert form[f"topics_{care_act}"] != ["care_act"]
    created = visit.client.post("/vacancies/new", data=form, follow_redirects=False)
    assert created.status_code == 303, created.text
    vacancy_id = created.headers["location"].split("/")[2]
    spec = client.get(f"/v1/vacancies/{vacancy_id}", headers=tenant.headers("recruiter")).json()
    by_text = {c["text"]: c for c in spec["spec"]["criteria"]}
    assert by_text["Knowledge of the Mental Capacity Act 2005"]["topics"] is None


def test_an_unknown_topic_comes_back_in_words_with_the_ticks_kept(
    app: FastAPI, tenant: Tenant, count_rows: Any
) -> None:
    visit, page = _confirm_page(app, tenant)
    fields = form_fields(page, "/vacancies/new")
    form = as_form(fields)
    supervision = _index(fields, SUPERVISION)
    form[f"topics_{supervision}"] = ["professional_development", "reflective_supervision"]
    answer = visit.client.post("/vacancies/new", data=form)
    assert answer.status_code == 422
    assert "unknown topic &#39;reflective_supervision&#39;" in answer.text
    assert "Traceback" not in answer.text
    kept = as_form(form_fields(answer.text, "/vacancies/new"))
    assert kept[f"topics_{supervision}"] == ["professional_development"]  # no such box to tick
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


def test_a_library_role_with_topics_set_shows_them_and_keeps_them(
    app: FastAPI, tenant: Tenant, client: TestClient, make_vacancy: Any
) -> None:
    spec = {
        "id": "nqsw-asks",
        "title": "Social Worker (newly qualified)",
        "criteria": [
            {"id": "supervision", "text": SUPERVISION, "topics": ["professional_development"]},
            {"id": "care-act", "text": CARE_ACT},
        ],
    }
    made = make_vacancy(tenant, spec)
    assert made["spec"]["criteria"][0]["topics"] == ["professional_development"]
    assert made["topics"] == {
        "supervision": "ability to: Continuing professional development and learning",
        "care-act": "knowledge of: The Care Act 2014",
    }
    # a new version through the API: an unknown topic is a problem naming it and the nearest
    spec["criteria"][1]["topics"] = ["care act"]
    refused = client.post(
        f"/v1/vacancies/{made['id']}/spec",
        json={"spec": spec},
        headers=tenant.headers("recruiter"),
    )
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
    detail = refused.json()["detail"]
    assert "'care act'" in detail and "care_act" in detail and "\n" not in detail


SET_FOR_THE_ROLE = RoleSpec.model_validate(
    {
        "id": "nqsw-asks",
        "title": "Social Worker (newly qualified)",
        "criteria": [
            {"id": "supervision", "text": SUPERVISION, "topics": ["professional_development"]}
        ],
    }
)


def test_a_draft_whose_criterion_has_topics_set_shows_and_ticks_them() -> None:
    (row,) = draft_rows(SET_FOR_THE_ROLE, [])
    assert row.asks == "ability to: Continuing professional development and learning"
    assert row.topic_ids == ("professional_development",)


@pytest.mark.parametrize(
    ("text", "kept"),
    [(SUPERVISION, ["professional_development"]), ("Ability to reflect on practice", None)],
)
def test_topics_set_for_the_role_stay_until_the_wording_changes(
    text: str, kept: list[str] | None
) -> None:
    form = FormData(
        [
            ("spec", SET_FOR_THE_ROLE.model_dump_json()),
            ("include_0", "on"),
            ("text_0", text),
            ("assessed_0", "application"),
            ("rule_0", "evidence"),
            ("topics_read_0", "professional_development"),
            ("topics_0", "professional_development"),
        ]
    )
    assert edited_spec(form).criteria[0].topics == kept


def test_the_api_drafts_say_what_each_evidence_criterion_asks(
    client: TestClient, tenant: Tenant
) -> None:
    response = client.post(
        "/v1/vacancies/drafts",
        files={"file": ("spec.docx", _word_spec(), "application/octet-stream")},
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    [draft] = response.json()["drafts"]
    ids = {c["text"]: c["id"] for c in draft["spec"]["criteria"]}
    assert draft["topics"][ids[CARE_ACT]] == "knowledge of: The Care Act 2014"
    assert draft["topics"][ids[SUPERVISION]].startswith("ability to: Supervising and managing")
    assert ids[REGISTRATION] not in draft["topics"]  # a rule checks a fact, not topics
