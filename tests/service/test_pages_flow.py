"""The pages over the real services, through a test client: creating a vacancy with edits,
uploading, the blind matrix and its exports, panel scoring refusals, roles and other
organisations' ids. The browser journey (tests/browser) covers the same ground in Chromium."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI

from app.auth.service import Role
from app.models import PanelScore, Vacancy
from app.settings import Settings
from tests.service.conftest import STRONG_STATEMENT, WEAK_STATEMENT, Tenant
from tests.service.pages_support import as_form, form_fields, signed_in

LIBRARY_ROLE = "experienced-social-worker-band-b"


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="pages-flow-secret-" + "y" * 20)


def _confirm_form(app: FastAPI, key: str) -> tuple[Any, list[tuple[str, str]]]:
    visit = signed_in(app, key)
    page = visit.client.post(
        "/vacancies/new/library", data={"csrf_token": visit.csrf, "role_id": LIBRARY_ROLE}
    )
    assert page.status_code == 200, page.text
    return visit, form_fields(page.text, "/vacancies/new")


def test_a_recruiter_creates_a_vacancy_with_the_criteria_as_edited(
    app: FastAPI, tenant: Tenant
) -> None:
    visit, fields = _confirm_form(app, tenant.keys[Role.recruiter])
    form = as_form(fields)
    assert form["include_0"] == ["on"] and form["title"] == ["Experienced Social Worker (Band B)"]
    form["title"] = ["Social Worker, Adults North"]
    form["priority_1"] = ["desirable"]
    form["assessed_2"] = ["interview"]
    form["rule_0"] = ["evidence"]
    del form["include_3"]
    created = visit.client.post("/vacancies/new", data=form, follow_redirects=False)
    assert created.status_code == 303
    vacancy_id = created.headers["location"].split("/")[2]
    vacancy = visit.client.get(
        f"/v1/vacancies/{vacancy_id}", headers=tenant.headers("recruiter")
    ).json()
    assert vacancy["title"] == "Social Worker, Adults North"
    spec = vacancy["spec"]
    criteria = spec["criteria"]
    assert criteria[0]["rule"] is None
    assert criteria[1]["priority"] == "desirable"
    assert criteria[2]["assessed_by"] == ["interview"]
    offered = sum(1 for name, _ in fields if name.startswith("include_"))
    assert len(criteria) == offered - 1


def test_a_criterion_assessed_by_nothing_comes_back_with_the_choices_kept(
    app: FastAPI, tenant: Tenant, count_rows: Callable[..., int]
) -> None:
    visit, fields = _confirm_form(app, tenant.keys[Role.admin])
    form = as_form(fields)
    del form["assessed_0"]
    del form["include_3"]
    form["priority_1"] = ["desirable"]
    form["title"] = ["Social Worker, Adults South"]
    answer = visit.client.post("/vacancies/new", data=form)
    assert answer.status_code == 422
    assert "tick at least one way it is assessed" in answer.text
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0
    kept = as_form(form_fields(answer.text, "/vacancies/new"))  # the choices made are all kept
    assert "assessed_0" not in kept and "include_3" not in kept
    assert kept["priority_1"] == ["desirable"]
    assert kept["title"] == ["Social Worker, Adults South"]
    kept["assessed_0"] = ["application"]
    created = visit.client.post("/vacancies/new", data=kept, follow_redirects=False)
    assert created.status_code == 303
    assert count_rows(Vacancy, org_id=tenant.org_id) == 1


def test_a_panel_member_cannot_create_or_upload(
    app: FastAPI, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    visit = signed_in(app, tenant.keys[Role.panel])
    answer = visit.client.post(
        "/vacancies/new/library", data={"csrf_token": visit.csrf, "role_id": LIBRARY_ROLE}
    )
    assert answer.status_code == 403 and "for recruiters and admins" in answer.text
    assert visit.client.get(f"/vacancies/{vacancy['id']}/upload").status_code == 403
    page = visit.client.get("/vacancies").text
    assert "Create a vacancy" not in page and vacancy["title"] in page


def test_an_unreadable_job_description_is_a_message_page(app: FastAPI, tenant: Tenant) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    answer = visit.client.post(
        "/vacancies/new/document",
        data={"csrf_token": visit.csrf},
        files={"file": ("notes.txt", b"Please find the rota attached.", "text/plain")},
    )
    assert answer.status_code == 422
    assert "no person specification found" in answer.text
    assert "Traceback" not in answer.text


def test_upload_answers_one_line_per_file_with_the_reason_for_a_refusal(
    app: FastAPI, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    visit = signed_in(app, tenant.keys[Role.recruiter])
    url = f"/vacancies/{vacancy['id']}/applications/bulk"
    files = [
        ("files", ("strong.txt", STRONG_STATEMENT.encode(), "text/plain")),
        ("files", ("again.txt", STRONG_STATEMENT.encode(), "text/plain")),
        ("files", ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")),
    ]
    answer = visit.client.post(
        url, data={"csrf_token": visit.csrf}, files=files, headers={"Accept": "application/json"}
    )
    assert answer.status_code == 200
    lines = {f["filename"]: f for f in answer.json()["files"]}
    assert lines["strong.txt"]["status"] == "stored"
    assert lines["again.txt"]["status"] == "duplicate"
    assert lines["photo.png"]["status"] == "refused" and lines["photo.png"]["detail"]
    page = visit.client.post(
        url,
        data={"csrf_token": visit.csrf},
        files=[("files", ("weak.txt", WEAK_STATEMENT.encode(), "text/plain"))],
    )
    assert page.status_code == 200 and "Stored as A-0002" in page.text

    visit.client.patch(
        f"/v1/vacancies/{vacancy['id']}", json={"status": "closed"}, headers=tenant.headers()
    )
    closed = visit.client.post(
        url,
        data={"csrf_token": visit.csrf},
        files=[("files", ("late.txt", b"I am a registered social worker.", "text/plain"))],
        headers={"Accept": "application/json"},
    )
    assert closed.status_code == 409
    assert closed.json()["detail"] == "this vacancy is closed to applications"


def test_the_matrix_is_blind_by_default_and_only_staff_may_show_names(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    upload(tenant, vacancy["id"], STRONG_STATEMENT, name="Olu Adeyemi", disability_confident=True)
    upload(tenant, vacancy["id"], WEAK_STATEMENT, name="Kit Marlow")
    recruiter = signed_in(app, tenant.keys[Role.recruiter]).client
    matrix = recruiter.get(f"/vacancies/{vacancy['id']}")  # a vacancy's address opens its matrix
    assert matrix.status_code == 200
    assert "A-0001" in matrix.text and "Olu Adeyemi" not in matrix.text
    assert matrix.text.count('class="gate gate-meets_essentials"') == 1
    # a statement silent on the essentials is for a person to read, never "does not meet" on the
    # machine's keyword miss (the engine's honest gate, on the matrix too)
    assert matrix.text.count('class="gate gate-review"') == 1
    assert matrix.text.count('class="gate gate-does_not_meet"') == 0
    assert "Guaranteed interview (Disability Confident)" in matrix.text
    assert "not assessed at sift" in matrix.text  # the interview-only teamwork column
    named = recruiter.get(f"/vacancies/{vacancy['id']}/shortlist", params={"names": "1"})
    assert "Olu Adeyemi" in named.text and "Kit Marlow" in named.text
    panel = signed_in(app, tenant.keys[Role.panel]).client
    asked = panel.get(f"/vacancies/{vacancy['id']}/shortlist", params={"names": "1"})
    assert asked.status_code == 200 and "Olu Adeyemi" not in asked.text

    only_failing = recruiter.get(
        f"/vacancies/{vacancy['id']}/shortlist", params={"gate": "review"}
    )
    assert "A-0002" in only_failing.text and "/applications/" in only_failing.text
    assert only_failing.text.count('class="gate gate-') == 1
    bad = recruiter.get(f"/vacancies/{vacancy['id']}/shortlist", params={"gate": "maybe"})
    assert bad.status_code == 422 and "gate: choose one of" in bad.text

    exported = recruiter.get(
        f"/vacancies/{vacancy['id']}/shortlist/export", params={"format": "csv"}
    )
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["Applicant"] for r in rows] == ["A-0001", "A-0002"]
    assert "name" not in rows[0]
    with_names = recruiter.get(
        f"/vacancies/{vacancy['id']}/shortlist/export", params={"format": "csv", "names": "1"}
    )
    assert "Olu Adeyemi" in with_names.text


def test_a_score_that_differs_without_a_reason_comes_back_with_what_was_typed(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"], STRONG_STATEMENT)
    visit = signed_in(app, tenant.keys[Role.panel])
    url = f"/applications/{application['id']}"
    form = as_form(form_fields(visit.client.get(url).text, f"{url}/scores"))
    assert form["verdict_registration"] == ["met"]
    assert "verdict_teamwork" not in form  # interview only: not scored at sift
    form["verdict_registration"] = ["not_met"]
    form["score_registration"] = [""]
    answer = visit.client.post(f"{url}/scores", data=form)
    assert answer.status_code == 422
    assert "a reason is required when your verdict (Not met) differs" in answer.text
    kept = as_form(form_fields(answer.text, f"{url}/scores"))
    assert kept["verdict_registration"] == ["not_met"]
    assert count_rows(PanelScore, org_id=tenant.org_id) == 0

    form["reason_registration"] = ["Registration number not given"]
    saved = visit.client.post(f"{url}/scores", data=form, follow_redirects=False)
    assert saved.status_code == 303
    assert count_rows(PanelScore, org_id=tenant.org_id) == 3
    assert "Your scores are saved." in visit.client.get(saved.headers["location"]).text


def test_only_the_lead_finalises_and_sees_the_history(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    make_key: Callable[..., str],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"], STRONG_STATEMENT)
    url = f"/applications/{application['id']}"
    member = signed_in(app, tenant.keys[Role.panel])
    refused = member.client.post(
        f"{url}/decision",
        data={"csrf_token": member.csrf, "decision": "shortlist", "reason": "Strong"},
    )
    assert refused.status_code == 403 and "only the panel lead" in refused.text
    assert "shown to the panel lead and to recruiters" in member.client.get(url).text

    lead = signed_in(app, make_key(tenant, "panel", name="Ann Lee", lead=True))
    empty = lead.client.post(f"{url}/decision", data={"csrf_token": lead.csrf, "decision": "x"})
    assert empty.status_code == 422
    done = lead.client.post(
        f"{url}/decision",
        data={"csrf_token": lead.csrf, "decision": "reserve", "reason": "Second choice"},
    )
    assert done.status_code == 200
    # the history is a list: what happened, then its details one per line
    assert "Decision: Reserve" in done.text
    assert "<li>Reason: Second choice</li>" in done.text
    assert "Received and scored" in done.text


@pytest.mark.parametrize(
    "path",
    [
        "/vacancies/{v}/shortlist",
        "/vacancies/{v}/panel",
        "/vacancies/{v}/upload",
        "/applications/{a}",
        "/vacancies/{v}/shortlist/export?format=xlsx",
    ],
)
def test_another_organisations_ids_are_not_found(
    app: FastAPI,
    make_tenant: Callable[..., Tenant],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    path: str,
) -> None:
    owner, outsider = make_tenant(), make_tenant()
    vacancy = make_vacancy(owner)
    application = upload(owner, vacancy["id"], STRONG_STATEMENT)
    visit = signed_in(app, outsider.keys[Role.admin])
    answer = visit.client.get(path.format(v=vacancy["id"], a=application["id"]))
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert vacancy["title"] not in answer.text
    assert visit.client.get("/vacancies/not-an-id/shortlist").status_code == 404


def test_the_applicant_page_shows_what_a_person_must_check(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    """An applicant who asks for the Disability Confident scheme in the statement, but not on the
    form, has no guaranteed interview yet: the panel must see the request to confirm it."""
    vacancy = make_vacancy(tenant)
    asking = STRONG_STATEMENT + "I would like to apply under the Disability Confident scheme.\n"
    application = upload(tenant, vacancy["id"], asking)
    visit = signed_in(app, tenant.keys[Role.panel])
    page = visit.client.get(f"/applications/{application['id']}").text
    assert "For a person to check" in page
    assert "Disability Confident" in page.split("For a person to check")[1].split("</ul>")[0]
    plain = upload(tenant, vacancy["id"], STRONG_STATEMENT)
    assert "For a person to check" not in visit.client.get(f"/applications/{plain['id']}").text


def test_every_page_has_a_favicon(app: FastAPI, tenant: Tenant) -> None:
    visit = signed_in(app, tenant.keys[Role.recruiter])
    assert 'rel="icon"' in visit.client.get("/vacancies").text
    icon = visit.client.get("/favicon.ico")  # what browsers ask every site for
    assert icon.status_code == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in icon.content
