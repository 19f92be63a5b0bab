"""Schema-driven fuzzing (schemathesis + Hypothesis) of scoring, vacancies and applications:
whatever a client sends that the OpenAPI schema allows, the answer is never a 5xx, and every
error is problem+json."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from .conftest import Tenant

OURS = {
    ("POST", "/v1/score"),
    ("GET", "/v1/vacancies"),
    ("POST", "/v1/vacancies"),
    ("GET", "/v1/vacancies/{vacancy_id}"),
    ("PATCH", "/v1/vacancies/{vacancy_id}"),
    ("POST", "/v1/vacancies/{vacancy_id}/spec"),
    ("GET", "/v1/vacancies/{vacancy_id}/spec/versions"),
    ("GET", "/v1/vacancies/{vacancy_id}/applications"),
    ("POST", "/v1/vacancies/{vacancy_id}/applications"),
    ("POST", "/v1/vacancies/{vacancy_id}/applications/bulk"),
    ("POST", "/v1/vacancies/{vacancy_id}/rescore"),
    ("GET", "/v1/applications/{application_id}"),
    ("GET", "/v1/applications/{application_id}/document"),
}


def test_no_input_the_schema_allows_breaks_an_endpoint(
    app: FastAPI,
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    keys = [tenant.keys["admin"], tenant.keys["ats"]]
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[tuple[object, ...]] = []
    tried: set[tuple[str, str]] = set()
    for found in schema.get_all_operations():
        operation = found.ok()
        if (operation.method.upper(), operation.path) not in OURS:
            continue
        tried.add((operation.method.upper(), operation.path))

        @given(case=operation.as_strategy())
        @settings(
            max_examples=30,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exercise(case: schemathesis.Case) -> None:
            parameters = case.path_parameters or {}
            if "vacancy_id" in parameters:
                parameters["vacancy_id"] = vacancy["id"]
            if "application_id" in parameters:
                parameters["application_id"] = application["id"]
            for key in keys:
                response = case.call(headers={"Authorization": f"Bearer {key}"})
                content_type = str(response.headers.get("content-type"))
                if response.status_code >= 500 or (
                    response.status_code >= 400 and "application/problem+json" not in content_type
                ):
                    failures.append(
                        (case.method, case.path, case.body, response.status_code, response.text)
                    )

        exercise()
    assert tried == OURS
    assert failures == []
