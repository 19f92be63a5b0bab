"""Running it: migrations from the command line, the demo seed, and the compose file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, inspect, select

from app.main import create_app
from app.models import Vacancy
from app.settings import Settings
from criteria.roles import library_roles

REPO = Path(__file__).resolve().parents[2]
SHORTLIST = str(Path(sys.executable).parent / "shortlist")


def _run(args: list[str], database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run(
        args, capture_output=True, text=True, env=env, cwd=cwd, timeout=300, check=False
    )


def test_db_upgrade_then_demo_seed_gives_the_library_roles_and_a_working_key(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'demo.db'}"
    upgraded = _run([SHORTLIST, "db", "upgrade"], url, tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    engine = create_engine(url)
    tables = set(inspect(engine).get_table_names())
    assert {"organisations", "api_keys", "vacancies", "applications", "audit_log"} <= tables

    first = _run([SHORTLIST, "demo", "seed"], url, tmp_path)
    assert first.returncode == 0, first.stderr
    second = _run([SHORTLIST, "demo", "seed"], url, tmp_path)
    assert second.returncode == 0, second.stderr
    with engine.connect() as connection:
        vacancies = connection.scalar(select(func.count()).select_from(Vacancy))
    engine.dispose()
    assert len(library_roles()) == 13
    assert vacancies == 13  # the second run adds none
    assert "0 vacancies created, 13 already there" in second.stderr

    key = second.stdout.strip().splitlines()[-1]
    with TestClient(create_app(Settings(database_url=url))) as client:
        listing = client.get("/v1/vacancies?limit=100", headers={"Authorization": f"Bearer {key}"})
    assert listing.status_code == 200
    assert {item["role_id"] for item in listing.json()["items"]} == {
        role.id for role in library_roles()
    }


def test_db_upgrade_reports_an_unreachable_database_in_one_line(tmp_path: Path) -> None:
    result = _run([SHORTLIST, "db", "upgrade"], "postgresql://nobody@127.0.0.1:1/none", tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot migrate the database:")
    assert "Traceback" not in result.stderr


def test_the_compose_file_is_valid_and_runs_postgres_15_with_migrations() -> None:
    compose = shutil.which("docker-compose")
    assert compose, "docker-compose is missing: run 'bash scripts/test-tools.sh' (make test does)"
    checked = subprocess.run(
        [compose, "-f", str(REPO / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    config = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    assert config["services"]["db"]["image"] == "postgres:15"
    assert config["services"]["api"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "postgresql+psycopg://" in config["services"]["api"]["environment"]["DATABASE_URL"]
    dockerfile = (REPO / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert "shortlist db upgrade && exec shortlist serve" in dockerfile
