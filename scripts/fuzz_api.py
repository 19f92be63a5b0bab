"""Fuzz every API operation with schemathesis 4 and all its checks against a real server.

A fresh SQLite database, an admin key and a panel lead's key, a vacancy with two applications
(one of them for the erasure to remove), a real uvicorn process, then ``schemathesis run
--checks all`` with tests/security/schemathesis.toml. Exits with schemathesis's code: 0 when no
check failed (no 5xx, no status code or content type the schema does not document, every JSON
answer as the schema says). A few minutes: ``--examples`` bounds the cases per operation.

    .venv/bin/python scripts/fuzz_api.py [--examples 50] [--seed 1]      (make fuzz-api)
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from criteria.loader import parse_spec_text

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "tests/security/schemathesis.toml"
ROLE = ROOT / "criteria/library/experienced-social-worker-band-b.yaml"
STATEMENT = (
    "I am a social worker registered with Social Work England since 2018. I have worked in a "
    "children's safeguarding team for five years and I hold a full UK driving licence. {n}"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_ready(server: subprocess.Popen[bytes], base: str) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not start")


def _keys(url: str) -> tuple[str, str]:
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        admin = create_key(session, "Fuzz Council", Role.admin).secret
        lead = create_key(session, "Fuzz Council", Role.panel, name="Fuzz Lead", lead=True).secret
        session.commit()
    engine.dispose()
    return admin, lead


def _objects(base: str, admin: str) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {admin}"}
    spec = parse_spec_text(ROLE.read_text()).model_dump(mode="json")
    vacancy = httpx.post(base + "/v1/vacancies", json={"spec": spec}, headers=headers, timeout=60)
    vacancy.raise_for_status()
    vacancy_id = vacancy.json()["id"]
    applications = []
    for n in range(2):  # the first as a file, so its document can be downloaded
        text = STATEMENT.format(n=n)
        sent: dict[str, Any] = (
            {"files": {"file": ("statement.txt", text.encode(), "text/plain")}}
            if n == 0
            else {"json": {"statement": {"text": text}}}
        )
        answer = httpx.post(
            f"{base}/v1/vacancies/{vacancy_id}/applications", headers=headers, timeout=60, **sent
        )
        answer.raise_for_status()
        applications.append(answer.json()["id"])
    return {
        "SHORTLIST_FUZZ_VACANCY_ID": vacancy_id,
        "SHORTLIST_FUZZ_APPLICATION_ID": applications[0],
        "SHORTLIST_FUZZ_ERASABLE_ID": applications[1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=50, help="cases per operation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report-dir", default="schemathesis-report")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shortlist-fuzz-") as folder:
        url = f"sqlite:///{folder}/fuzz.db"
        upgrade(url)
        admin, lead = _keys(url)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
            env={**os.environ, "DATABASE_URL": url},
            stdout=subprocess.DEVNULL,
            stderr=open(f"{folder}/server.log", "w"),  # noqa: SIM115 (closed with the folder)
            cwd=ROOT,
        )
        try:
            _wait_until_ready(server, base)
            env = {
                **os.environ,
                "SHORTLIST_FUZZ_ADMIN_KEY": admin,
                "SHORTLIST_FUZZ_LEAD_KEY": lead,
                **_objects(base, admin),
            }
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "--config-file",
                str(CONFIG),
                "run",
                f"{base}/openapi.json",
                "--checks",
                "all",
                "--max-examples",
                str(options.examples),
                "--seed",
                str(options.seed),
                "--workers",
                "1",  # hypothesis's lambda descriptions call ast.parse, not thread-safe on 3.11
                "--request-timeout",
                "60",
                "--report",
                "ndjson",
                "--report-dir",
                str(Path(options.report_dir).resolve()),
            ]
            # run in the temporary folder: schemathesis keeps a .schemathesis cache where it runs
            return subprocess.run(command, env=env, cwd=folder, check=False).returncode
        finally:
            server.terminate()
            server.wait(timeout=30)
            errors = Path(f"{folder}/server.log").read_text()
            if "Traceback" in errors or "unhandled error" in errors:
                print("the server logged errors:\n" + errors[-4000:], file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
