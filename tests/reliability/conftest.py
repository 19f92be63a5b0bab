"""Fixtures for the reliability tests: a database on the SECOND PostgreSQL cluster
(127.0.0.1:55433, ``scripts/reliability-postgres.sh``), which these tests may stop and restart.
The cluster is installed and started on first use; the shared server on 55432 is never touched.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.harness import database, start_reliability_postgres


@pytest.fixture(scope="session")
def reliability_server() -> str:
    try:
        return start_reliability_postgres()
    except subprocess.CalledProcessError as error:
        pytest.fail(f"the reliability PostgreSQL cluster did not start ({error})", pytrace=False)


@pytest.fixture(scope="module")
def reliability_url(
    reliability_server: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A freshly migrated database of its own on the reliability cluster."""
    with database("postgresql", Path(tmp_path_factory.mktemp("db")), reliability_server) as url:
        yield url
