"""Where the tests find the five seed job descriptions.

They are not in the repository (only their criterion texts are): ``SHORTLIST_SEEDS`` names the
folder, by default ``../shared/seeds`` beside the checkout. Where it is absent a test that needs
them is skipped, saying so, except under CI (``CI=true``), where a missing folder fails, so a
CI run without them cannot look green.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"


def seeds_location() -> Path:
    """The folder named by ``SHORTLIST_SEEDS`` (default ``../shared/seeds``), present or not."""
    configured = os.environ.get("SHORTLIST_SEEDS", "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_SEEDS


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def seeds_dir() -> Path:
    """The seed folder, or skip the test (fail it under CI) when it is not there."""
    folder = seeds_location()
    if not folder.is_dir() or not any(folder.glob("*.txt")):
        reason = (
            f"seed documents missing at {folder}: set SHORTLIST_SEEDS to the folder holding the "
            "five seed job descriptions (default ../shared/seeds beside the checkout)"
        )
        if under_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return folder


def seed_file(prefix: str) -> Path:
    """The seed document whose name starts with ``prefix`` (``001``)."""
    matches = sorted(seeds_dir().glob(f"{prefix}_*.txt"))
    if len(matches) != 1:
        pytest.fail(f"expected one seed document {prefix}_*.txt in {seeds_dir()}", pytrace=False)
    return matches[0]
