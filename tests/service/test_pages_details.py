"""A recruiter records what the application form says on the applicant page: Disability
Confident confirmed gives the guaranteed interview at once, the change is in the history, the
warnings are in plain words, and names stay hidden until asked for (never shown to the panel)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI

from app.auth.service import Role
from app.settings import Settings
from tests.service.conftest import STRONG_STATEMENT, Tenant
from tests.service.pages_support import as_form, form_fields, signed_in

DC_REQUEST = (
    "Name: Efua Mensah\n\n"
    + STRONG_STATEMENT
    + "I am applying under the Disability Confident scheme and would like a guaranteed interview.\n"
)


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, session_secret="pages-details-secret-" + "z" * 20)


def test_confirming_disability_confident_on_the_page_guarantees_the_interview(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"], DC_REQUEST)
    url = f"/applications/{application['id']}"
    recruiter = signed_in(app, tenant.keys[Role.recruiter])
    page = recruiter.client.get(url).text
    assert "Disability Confident scheme" in page
    # the warning says what to do in words, not which field is empty
    assert "disability_confident field" not in page
    assert "confirm it with the applicant and record it under" in page
    assert "Guaranteed interview" not in page
    # blind until the recruiter asks for names: even the statement's own "Name:" line
    assert "Efua Mensah" not in page
    assert "Name: ••••" in page

    fields = [(k, v) for k, v in form_fields(page, f"{url}/details") if k != "disability_confident"]
    fields.append(("disability_confident", "yes"))
    saved = recruiter.client.post(f"{url}/details", data=as_form(fields), follow_redirects=False)
    assert saved.status_code == 303, saved.text
    after = recruiter.client.get(saved.headers["location"]).text
    assert "The applicant's details are recorded" in after
    assert "Guaranteed interview" in after
    assert "details recorded" in after  # the history
    assert "now has a guaranteed interview" in after

    named = recruiter.client.get(f"{url}?names=1").text
    assert 'value="Efua Mensah"' in named and "Name: Efua Mensah" in named

    member = signed_in(app, tenant.keys[Role.panel])
    panel_page = member.client.get(f"{url}?names=1").text
    assert "Efua Mensah" not in panel_page
    assert f'action="{url}/details"' not in panel_page
    refused = member.client.post(
        f"{url}/details", data={"csrf_token": member.csrf, "disability_confident": "yes"}
    )
    assert refused.status_code == 403


def test_a_mistyped_email_is_refused_in_words(
    app: FastAPI,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    url = f"/applications/{application['id']}"
    recruiter = signed_in(app, tenant.keys[Role.recruiter])
    fields = dict(form_fields(recruiter.client.get(f"{url}?names=1").text, f"{url}/details"))
    fields["email"] = "not-an-email"
    refused = recruiter.client.post(f"{url}/details", data=fields)
    assert refused.status_code == 422
    assert "not-an-email&#39; is not an email address" in refused.text
    # the page is titled in words, not with the HTTP status's name
    assert "<h1>Please check what you entered</h1>" in refused.text
    assert "Unprocessable" not in refused.text
