"""What schemathesis --checks all found (make fuzz-api), held here in make test: a 405 names
every method of its path, the applicant's details take no numbers for booleans or dates, the
document download's types are all in the schema, and a form field is sent once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.models import Application
from tests.service.conftest import Tenant


def test_a_405_names_every_method_the_path_serves(client: TestClient, tenant: Tenant) -> None:
    answer = client.request("OPTIONS", "/v1/vacancies", headers=tenant.headers())
    assert answer.status_code == 405
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.headers["allow"] == "GET, POST"
    # a path of its own, not a vacancy called "drafts"
    drafts = client.request("OPTIONS", "/v1/vacancies/drafts", headers=tenant.headers())
    assert drafts.headers["allow"] == "POST"


@pytest.mark.parametrize(
    "change",
    [{"driving_licence": 0}, {"disability_confident": "yes"}, {"qualified_on": 0}],
    ids=["licence-0", "disability-yes", "qualified-0"],
)
def test_the_applicants_details_refuse_what_is_not_a_boolean_or_a_date(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    change: dict[str, Any],
) -> None:
    """0 was read as 'no licence' and as 1 January 1970."""
    application = upload(tenant, make_vacancy(tenant)["id"], external_id=str(change))
    path = f"/v1/applications/{application['id']}/applicant"
    answer = client.patch(path, json=change, headers=tenant.headers())
    assert answer.status_code == 422, answer.text
    assert (
        client.get(f"/v1/applications/{application['id']}", headers=tenant.headers()).json()[
            "applicant"
        ]
        == application["applicant"]
    )
    fine = client.patch(
        path, json={"driving_licence": True, "qualified_on": "2019-07-01"}, headers=tenant.headers()
    )
    assert fine.status_code == 200, fine.text


def test_the_document_download_lists_every_type_it_answers_with(app: FastAPI) -> None:
    content = app.openapi()["paths"]["/v1/applications/{application_id}/document"]["get"][
        "responses"
    ]["200"]["content"]
    for kind in (
        "text/plain; charset=utf-8",  # a .txt statement, and what a panel key gets
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ):
        assert kind in content


def test_a_form_field_sent_twice_is_refused(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    """Two 'applicant' parts: which one was meant cannot be known (the last one was taken)."""
    vacancy = make_vacancy(tenant)["id"]
    answer = client.post(
        f"/v1/vacancies/{vacancy}/applications",
        data={"applicant": ['{"name": "Ann Lee"}', '{"name": "Bo Chen"}']},
        files={"file": ("statement.txt", b"I am a registered social worker.", "text/plain")},
        headers=tenant.headers(),
    )
    assert answer.status_code == 422, answer.text
    assert "'applicant' once" in answer.json()["detail"]
    assert count_rows(Application, vacancy_id=vacancy) == 0
