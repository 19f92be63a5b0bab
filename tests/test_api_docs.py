"""docs/api.md is run, not just read: its shell blocks go through real ``curl`` against a real
``uvicorn`` on a fresh SQLite database, and every request must answer 2xx. Its webhook
verification snippet must accept what the service signs and refuse a tampered message."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.webhooks.signing import generate_secret, headers
from tests.processes import free_port

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "api.md"
BIN = Path(sys.executable).parent
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
CURL_CALL = re.compile(r"(?:^|\$\(|\|)\s*curl\s", re.M)

# Every curl call in the doc goes through this: it records the HTTP status, passes the body
# on, and fails the script on anything but 2xx.
CURL_WRAPPER = r"""
curl() {
  local body status
  body=$(mktemp)
  status=$(command curl --output "$body" --write-out '%{http_code}' "$@") || {
    echo "curl could not complete: $*" >&2; rm -f "$body"; return 1; }
  echo "$status" >> "$STATUS_LOG"
  cat "$body"; rm -f "$body"
  case "$status" in
    2??) return 0 ;;
    *) echo "HTTP $status from: $*" >&2; return 1 ;;
  esac
}
"""


def blocks(language: str) -> list[str]:
    return [code for lang, code in FENCE.findall(DOC.read_text()) if lang == language]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A real uvicorn process on a free port and a fresh, migrated SQLite database."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "RETENTION_DAYS"},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'api-docs.db'}",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    subprocess.run([str(BIN / "shortlist"), "db", "upgrade"], env=env, check=True, cwd=REPO)
    port = free_port()
    log = (tmp_path / "uvicorn.log").open("w")
    process = subprocess.Popen(
        [str(BIN / "uvicorn"), "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    f"uvicorn did not start: {(tmp_path / 'uvicorn.log').read_text()}"
                )
            time.sleep(0.2)
        yield base, env
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def test_every_curl_example_answers_2xx(
    service: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    base, env = service
    shell = blocks("sh")
    assert len(shell) >= 8, "docs/api.md lost its examples"
    expected_calls = sum(len(CURL_CALL.findall(block)) for block in shell)
    # The blocks run as a reader runs them: from a checkout after `make install`, with nothing
    # on PATH but the system's; the doc's own first line finds `shortlist` in .venv/bin.
    work = tmp_path / "work"
    work.mkdir()
    (work / "criteria").symlink_to(REPO / "criteria")  # the doc reads the role library
    (work / ".venv").symlink_to(BIN.parent)
    plain_path = os.pathsep.join(
        part for part in os.environ.get("PATH", "").split(os.pathsep) if Path(part) != BIN
    )
    status_log = tmp_path / "statuses"
    script = "\n".join(["set -euo pipefail", CURL_WRAPPER, *shell])
    if shutil.which("jq") is None:
        pytest.fail("the examples in docs/api.md need jq: apt-get install jq", pytrace=False)
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=work,
        env={**env, "PATH": plain_path, "BASE": base, "STATUS_LOG": str(status_log)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    statuses = status_log.read_text().split() if status_log.exists() else []
    assert result.returncode == 0, f"{result.stderr}\n--- stdout ---\n{result.stdout}"
    assert len(statuses) == expected_calls, (statuses, expected_calls)
    assert all(s.startswith("2") for s in statuses), statuses
    # What the examples printed is what a reader is told to expect.
    assert "application A-0001 erased by admin:" in result.stdout
    assert "One enquiry led; no evidence of the officer role over time" in result.stdout
    out = work / "data" / "api-examples"
    assert (out / "shortlist.xlsx").read_bytes().startswith(b"PK")
    header = (out / "shortlist.csv").read_text().splitlines()[0]
    assert header.startswith("Rank,Applicant,Name,Email,Phone,Reference,Panel decision")
    # every file the examples write is under data/, which git ignores
    assert sorted(p.name for p in work.iterdir()) == [".venv", "criteria", "data"]
    assert "/data/" in (REPO / ".gitignore").read_text().split()  # the top-level data/ only
    assert '"Priya Shah"' in result.stdout  # the manifest named the bulk upload's applicants


def test_the_doc_says_how_the_shortlist_command_is_found() -> None:
    first = blocks("sh")[0]
    assert first.splitlines()[0] == 'export PATH="$PWD/.venv/bin:$PATH"'
    assert "make install" in DOC.read_text()


def test_the_verification_snippet_accepts_our_signatures() -> None:
    (snippet,) = blocks("python")
    namespace: dict[str, object] = {}
    exec(compile(snippet, str(DOC), "exec"), namespace)
    verify = namespace["verify"]
    secret = generate_secret()
    body = json.dumps({"type": "decision.finalised", "data": {"decision": "shortlist"}}).encode()
    sent = headers(secret, "msg_2f1d", int(time.time()), body)
    assert verify(secret, sent, body) is True
    assert verify(secret, sent, body.replace(b"shortlist", b"reject")) is False
    assert verify(generate_secret(), sent, body) is False
    stale = headers(secret, "msg_2f1d", int(time.time()) - 3600, body)
    assert verify(secret, stale, body) is False
