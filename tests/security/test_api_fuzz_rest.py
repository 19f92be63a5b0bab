"""Schema-driven fuzzing (schemathesis + Hypothesis) of every endpoint that
tests/service/test_api_fuzz.py does not already fuzz: panel, decisions, audit, shortlist,
equality, webhooks, erasure and health. A fixed, derandomised sample per endpoint keeps CI
repeatable. Whatever the schema allows, the answer is never a 5xx, every error is
problem+json, and every JSON success matches the schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.service.conftest import Tenant
from tests.service.test_api_fuzz import OURS

EXAMPLES = 20


def test_no_input_the_schema_allows_breaks_the_other_endpoints(
    app: FastAPI,
    client: TestClient,
    tenant: Tenant,
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    applications = [upload(tenant, vacancy["id"], external_id=f"fuzz-{i}") for i in range(3)]
    lead = make_key(tenant, "panel", name="Fuzz Lead", lead=True)
    keys = [tenant.keys["admin"], tenant.keys["recruiter"], lead]
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[tuple[object, ...]] = []
    tried: set[tuple[str, str]] = set()
    for found in schema.get_all_operations():
        operation = found.ok()
        route = (operation.method.upper(), operation.path)
        if route in OURS:
            continue
        tried.add(route)
        # the erasure would remove the application the others need: it gets its own
        target = applications[-1] if route[0] == "DELETE" else applications[0]

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exercise(case: schemathesis.Case) -> None:
            parameters = case.path_parameters or {}
            if "vacancy_id" in parameters:
                parameters["vacancy_id"] = vacancy["id"]
            if "application_id" in parameters:
                parameters["application_id"] = target["id"]  # noqa: B023 (run at once)
            for key in keys:
                response = case.call(headers={"Authorization": f"Bearer {key}"})
                content_type = str(response.headers.get("content-type"))
                broken = response.status_code >= 500 or (
                    response.status_code >= 400 and "application/problem+json" not in content_type
                )
                if not broken and response.status_code < 300 and "json" in content_type:
                    try:
                        case.validate_response(response)
                    except Exception as error:  # schemathesis raises a group of failures
                        failures.append((case.method, case.path, "schema", str(error)[:300]))
                if broken:
                    failures.append(
                        (case.method, case.path, case.body, response.status_code, response.text)
                    )

        exercise()
    assert len(tried) >= 15
    assert failures == []
