"""``shortlist roles``: the role library as a recruiter sees it, through the real console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from criteria.roles import library_role, library_roles
from criteria.spec import Priority, RoleSpec

SHORTLIST = Path(sys.executable).with_name("shortlist")


def shortlist(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1"}
    return subprocess.run(
        [str(SHORTLIST), *args], capture_output=True, text=True, env=env, timeout=120
    )


def counts(role: RoleSpec) -> tuple[int, int]:
    essential = sum(1 for c in role.criteria if c.priority is Priority.essential)
    return essential, len(role.criteria) - essential


def table_rows(output: str) -> dict[str, list[str]]:
    """Rows of a rich table keyed by their first cell."""
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.split("│")[1:-1]]
        if cells and cells[0]:
            rows[cells[0]] = cells
    return rows


def test_roles_list_shows_13_rows_with_their_criterion_counts() -> None:
    done = shortlist("roles", "list")

    assert done.returncode == 0, done.stderr
    rows = table_rows(done.stdout)
    assert set(rows) == {role.id for role in library_roles()}
    assert len(rows) == 13
    for role in library_roles():
        essential, desirable = counts(role)
        assert rows[role.id][2:4] == [str(essential), str(desirable)], role.id
    # two roles checked against the seeds: 001 marks 3 desirable criteria; seed 000 marks none
    assert rows["occupational-therapist-home-first-g10-11"][3] == "3"
    assert rows["community-care-officer"][3] == "0"


def test_roles_list_json_parses_and_agrees_with_the_specs() -> None:
    done = shortlist("roles", "list", "--json")

    assert done.returncode == 0, done.stderr
    listed = {row["id"]: row for row in json.loads(done.stdout)}
    assert len(listed) == 13
    for role in library_roles():
        essential, desirable = counts(role)
        row = listed[role.id]
        assert (row["title"], row["essential"], row["desirable"], row["source"]) == (
            role.title,
            essential,
            desirable,
            role.source,
        )


def test_roles_show_lists_every_criterion_with_its_rule() -> None:
    role = library_role("experienced-occupational-therapist-g10")

    done = shortlist("roles", "show", role.id)

    assert done.returncode == 0, done.stderr
    rows = table_rows(done.stdout)
    assert set(rows) == {c.id for c in role.criteria}
    assert rows["hcpc-registration"][1] == "essential"
    assert rows["hcpc-registration"][4] == "registration"
    assert rows["welsh-language"][1] == "desirable"
    assert rows["welsh-language"][4] == "language"
    assert rows["specialist-award"][4] == "any_of"
    assert rows["local-government-legislation"][4] == "evidence"


def test_roles_show_json_is_the_spec() -> None:
    role = library_role("social-worker-newly-qualified-band-a")

    done = shortlist("roles", "show", role.id, "--json")

    assert done.returncode == 0, done.stderr
    assert RoleSpec.model_validate_json(done.stdout) == role


def test_roles_show_an_unknown_role_is_one_line_and_exit_2() -> None:
    done = shortlist("roles", "show", "no-such-role")

    assert done.returncode == 2
    assert done.stdout == ""
    message = done.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "no-such-role" in message and "roles list" in message


def test_roles_show_prints_the_notes_kept_for_the_panel() -> None:
    role = library_role("advanced-occupational-therapist-reablement-grade-l")
    noted = next(c for c in role.criteria if c.notes)
    assert role.notes is not None

    done = shortlist("roles", "show", role.id)

    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stdout.split())
    assert "Notes: " + " ".join(role.notes.split())[:60] in flat
    assert "Note: " + " ".join(noted.notes.split())[:40] in flat.replace("│ ", "").replace(" │", "")
