"""``shortlist serve``: a real uvicorn process, for what only a real server shows."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from tests.processes import free_port, wait_until_ready

from .conftest import STRONG_STATEMENT, TEST_SPEC

SHORTLIST = str(Path(sys.executable).parent / "shortlist")
LIMIT = 50_000


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base URL, admin key) of ``shortlist serve`` on a fresh SQLite database."""
    url = f"sqlite:///{tmp_path_factory.mktemp('serve') / 'serve.db'}"
    upgrade(url)
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        key = create_key(session, "Served Council", Role.admin).secret
        session.commit()
    engine.dispose()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "MAX_UPLOAD_BYTES": str(LIMIT)}
    process = subprocess.Popen(
        [SHORTLIST, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, base, what="shortlist serve")
        yield base, key
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
        assert key not in output  # the server log never shows an API key
        assert "section 42" not in output  # nor statement text


def test_the_served_api_scores(served: tuple[str, str]) -> None:
    base, key = served
    response = httpx.post(
        base + "/v1/score",
        json={"spec": TEST_SPEC, "statement": {"text": STRONG_STATEMENT}},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    assert response.json()["role_id"] == TEST_SPEC["id"]


def test_a_streamed_body_over_the_limit_is_cut_off_with_413(served: tuple[str, str]) -> None:
    base, key = served

    def chunks() -> Iterator[bytes]:
        # no Content-Length: the server only learns the size by reading
        yield b'{"spec": {}, "statement": {"text": "'
        for _ in range(600):  # 2.4 MB; a JSON body may be 4/3 of the limit + 1 MiB
            yield b"a" * 4096
        yield b'"}}'

    response = httpx.post(
        base + "/v1/score",
        content=chunks(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert "larger than the limit" in response.json()["detail"]


def test_a_streamed_multipart_upload_over_the_limit_is_413(served: tuple[str, str]) -> None:
    base, key = served
    headers = {"Authorization": f"Bearer {key}"}
    vacancy = httpx.post(base + "/v1/vacancies", json={"spec": TEST_SPEC}, headers=headers)
    assert vacancy.status_code == 201, vacancy.text
    boundary = "shortlistboundary"

    def chunks() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            'filename="s.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(600):
            yield b"a" * 4096
        yield f"\r\n--{boundary}--\r\n".encode()

    response = httpx.post(
        f"{base}/v1/vacancies/{vacancy.json()['id']}/applications",
        content=chunks(),
        headers={**headers, "Content-Type": f"multipart/form-data; boundary={boundary}"},
        timeout=60,
    )
    assert response.status_code == 413, response.text
    assert response.headers["content-type"] == "application/problem+json"
    listed = httpx.get(f"{base}/v1/vacancies/{vacancy.json()['id']}/applications", headers=headers)
    assert listed.json()["total"] == 0


def test_an_idle_client_connection_is_kept_open_longer_than_client_pools_keep_it(
    served: tuple[str, str],
) -> None:
    """An ATS's connection pool reuses a connection after a few idle seconds (httpx keeps one
    for 5 s); the server must not close it first, or the reused request fails."""
    base, _ = served
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", "/healthz")
        assert connection.getresponse().read() == b'{"status":"ok"}'
        first_socket = connection.sock
        time.sleep(6)  # idle longer than uvicorn's default keep-alive of 5 s
        connection.request("GET", "/healthz")  # RemoteDisconnected if the server hung up
        assert connection.getresponse().status == 200
        assert connection.sock is first_socket
    finally:
        connection.close()
