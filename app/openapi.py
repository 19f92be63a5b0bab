"""Request bodies for routes that read several content types (JSON, YAML, multipart) by hand,
and the errors every operation can answer.

FastAPI documents a body only when a route declares it as a parameter; these routes read the
body themselves, so they describe it with ``openapi_extra`` and :func:`install` adds the models
they refer to under ``components/schemas``. Every error is problem+json (:mod:`app.errors`),
whatever the route: :func:`install` documents :data:`ERRORS` on every operation with the
``Problem`` schema, and the ``422`` as problem+json rather than FastAPI's default.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

REF = "#/components/schemas/{model}"
PROBLEM_JSON = "application/problem+json"
# What any operation may answer: a bad body or parameters, no or a refused key, a role that may
# not, an id of no such thing (or another organisation's), a conflicting retry, a body over the
# size limit, a content type it does not read, too many refused keys, and the server's own
# failures (500 unexpected, 503 database unreachable).
ERRORS = {
    400: "The request cannot be read.",
    401: "No API key, or a refused one.",
    403: "This key's role may not do this.",
    404: "No such thing in this organisation.",
    409: "Conflicts with what is stored (a reused Idempotency-Key with another body ...).",
    413: "The body or document is over a size limit.",
    415: "A content type this operation does not read.",
    422: "The request is well formed but invalid; detail names the field.",
    429: "Too many refused API keys from this address or with this prefix, or (POST /v1/score) "
    "this key's scoring quota is used up; see Retry-After.",
    500: "An unexpected error (logged without the values involved).",
    503: "The database is unreachable; see Retry-After.",
}
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "RFC 9457 problem details.",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
    },
    "required": ["type", "title", "status", "detail"],
}

_documented: list[type[BaseModel]] = []


def ref(model: type[BaseModel]) -> dict[str, str]:
    """A reference to ``model``'s schema, registered for :func:`install`."""
    if model not in _documented:
        _documented.append(model)
    return {"$ref": REF.format(model=model.__name__)}


def install(app: FastAPI) -> None:
    """Add the registered models (and the models they use) to the app's OpenAPI document."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in _documented:
            model_schema = model.model_json_schema(ref_template=REF)
            for name, definition in model_schema.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components.setdefault(model.__name__, model_schema)
        components.setdefault("Problem", PROBLEM_SCHEMA)
        _document_errors(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_errors(schema: dict[str, Any]) -> None:
    problem = {PROBLEM_JSON: {"schema": {"$ref": REF.format(model="Problem")}}}
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status, description in ERRORS.items():
                entry = responses.setdefault(str(status), {"description": description})
                entry["content"] = problem
