"""The role library: hand-checked specs for the seed roles, one YAML file per role."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from criteria.loader import SpecError, load_spec
from criteria.spec import RoleSpec

LIBRARY_DIR = Path(__file__).parent / "library"


@cache
def library_roles() -> tuple[RoleSpec, ...]:
    """Every role in the library, sorted by id."""
    roles = [load_spec(path) for path in sorted(LIBRARY_DIR.glob("*.yaml"))]
    return tuple(sorted(roles, key=lambda role: role.id))


def library_role(role_id: str) -> RoleSpec:
    for role in library_roles():
        if role.id == role_id:
            return role
    raise SpecError(f"no role {role_id!r} in the library; see 'shortlist roles list'")
