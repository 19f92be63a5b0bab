"""The OpenAPI document lists the errors every operation can answer, as problem+json."""

from __future__ import annotations

from fastapi import FastAPI

from app.openapi import ERRORS, PROBLEM_JSON


def test_every_operation_documents_its_errors_as_problem_json(app: FastAPI) -> None:
    schema = app.openapi()
    assert "Problem" in schema["components"]["schemas"]
    operations = [
        (path, method, operation)
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
        if isinstance(operation, dict) and "responses" in operation
    ]
    assert len(operations) > 20
    for path, method, operation in operations:
        for status in ERRORS:
            response = operation["responses"].get(str(status))
            assert response is not None, (method, path, status)
            assert PROBLEM_JSON in response["content"], (method, path, status)
