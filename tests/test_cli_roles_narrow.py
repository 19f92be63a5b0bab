"""``shortlist roles show`` in an 80-column terminal: one block per criterion, every id whole
and no line wider than the terminal (a six-column table folded ids letter by letter)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from criteria.roles import library_role

SHORTLIST = Path(sys.executable).with_name("shortlist")


def test_roles_show_is_readable_at_80_columns() -> None:
    role = library_role("experienced-occupational-therapist-band-b")
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    done = subprocess.run(
        [str(SHORTLIST), "roles", "show", role.id],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    for criterion in role.criteria:
        assert any(line.startswith(f"{criterion.id} ({criterion.priority.value}") for line in lines)
    flat = " ".join(done.stdout.split())
    assert "Checks: Registered with HCPC" in flat  # the rule in words, not "registration"
    assert " ".join(role.criteria[0].text.split()) in flat  # the text unbroken
