"""Request bodies for routes that read several content types (JSON, YAML, multipart) by hand.

FastAPI documents a body only when a route declares it as a parameter; these routes read the
body themselves, so they describe it with ``openapi_extra`` and :func:`install` adds the models
they refer to under ``components/schemas``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

REF = "#/components/schemas/{model}"

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
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
