"""Export the role-spec JSON Schema: ``python -m criteria.schema > docs/role-spec.schema.json``."""

from __future__ import annotations

import json
from typing import Any

from criteria.spec import RoleSpec


def role_spec_json_schema() -> dict[str, Any]:
    schema = RoleSpec.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://shortlist.example/role-spec.schema.json"
    return schema


def render() -> str:
    return json.dumps(role_spec_json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
