"""Hostile input is refused cleanly: zip bombs and crafted archives, deeply nested or
self-expanding YAML and JSON, NUL characters, huge numbers, path-traversal names, and a 100 MB
upload that is cut off long before it is read (on a real uvicorn process, memory measured).
Every refusal is problem+json (or one line from the CLI) and leaves no row behind."""

from __future__ import annotations

import base64
import io
import os
import select
import socket
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.commands.spec import cli as spec_cli
from app.db import make_engine, make_sessionmaker
from app.models import Application, EqualityMonitoring, Vacancy
from app.settings import Settings
from criteria.loader import MAX_DEPTH, MAX_NODES
from tests.processes import free_port, wait_until_ready
from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, Tenant


def billion_laughs(levels: int = 10) -> str:
    text = 'lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for level in range(1, levels):
        refs = ", ".join([f"*lol{level - 1}"] * 9)
        text += f"lol{level}: &lol{level} [{refs}]\n"
    return text


HOSTILE_YAML = {
    "10,000 nested flow lists": "[" * 10_000 + "]" * 10_000,
    "10,000 nested block lists": "- " * 10_000 + "social worker\n",
    "10,000 nested mappings": "{a: " * 10_000 + "1" + "}" * 10_000,
    "billion laughs": billion_laughs(),
    "billion laughs under a real key": "id: x\ntitle: t\ncriteria:\n"
    + billion_laughs(9).replace("lol0:", "- lol0:"),
}


def _problem(response: httpx.Response, *statuses: int) -> dict[str, Any]:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert "\n" not in body["detail"]
    return body


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_yaml_bodies_are_refused_and_create_nothing(
    client: TestClient, tenant: Tenant, count_rows: Callable[..., int], name: str
) -> None:
    response = client.post(
        "/v1/vacancies",
        content=HOSTILE_YAML[name].encode(),
        headers=tenant.headers("recruiter", **{"Content-Type": "application/yaml"}),
    )
    detail = _problem(response, 422)["detail"]
    assert f"deeper than {MAX_DEPTH}" in detail or f"more than {MAX_NODES:,}" in detail
    assert count_rows(Vacancy, org_id=tenant.org_id) == 0


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_spec_check_refuses_hostile_yaml_in_one_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_YAML[name], encoding="utf-8")
    result = CliRunner().invoke(spec_cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr


def test_hostile_json_is_refused_on_every_json_endpoint(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    deep = "[" * 100_000 + "]" * 100_000
    huge = "9" * 10_000
    bodies = {
        "deeply nested": '{"statement": {"text": "x"}, "spec": ' + deep + "}",
        "a 10,000-digit number": '{"statement": {"text": "x"}, "reference_date": ' + huge + "}",
        "a 10,000-digit number in a spec": (
            '{"spec": {"id": "x", "title": "t", "criteria": [{"id": "a", "text": "b", '
            '"priority": "essential", "weight": ' + huge + "}]}}"
        ),
        "1e999": '{"spec": {"id": "x", "title": "t", "criteria": [{"id": "a", "text": "b", '
        '"priority": "essential", "weight": 1e999}]}}',
    }
    endpoints = [
        ("POST", "/v1/score", "ats"),
        ("POST", "/v1/vacancies", "recruiter"),
        ("POST", f"/v1/vacancies/{vacancy['id']}/spec", "recruiter"),
        ("PATCH", f"/v1/vacancies/{vacancy['id']}", "recruiter"),
        ("POST", f"/v1/vacancies/{vacancy['id']}/applications", "ats"),
        ("PUT", f"/v1/applications/{application['id']}/equality", "ats"),
        ("PUT", f"/v1/applications/{application['id']}/panel/scores", "panel"),
        ("PUT", "/v1/organisation/webhook", "admin"),
    ]
    for method, path, role in endpoints:
        for name, body in bodies.items():
            response = client.request(
                method,
                path,
                content=body.encode(),
                headers=tenant.headers(role, **{"Content-Type": "application/json"}),
            )
            assert 400 <= response.status_code < 500, (method, path, name, response.text[:200])
            assert response.headers["content-type"] == "application/problem+json"
    assert count_rows(Vacancy, org_id=tenant.org_id) == 1
    assert count_rows(Application, org_id=tenant.org_id) == 1
    assert count_rows(EqualityMonitoring, org_id=tenant.org_id) == 0


def test_nul_characters_anywhere_are_stored_or_refused_never_a_500(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    applications = f"/v1/vacancies/{vacancy['id']}/applications"
    ats = tenant.headers("ats")
    attempts = [
        ("POST", applications, {"json": {"statement": {"text": "I am regis\x00tered"}}}, ats),
        (
            "POST",
            applications,
            {"json": {"statement": {"text": STRONG_STATEMENT}, "external_id": "A\x00B"}},
            ats,
        ),
        (
            "POST",
            applications,
            {"json": {"statement": {"text": STRONG_STATEMENT}, "applicant": {"name": "A\x00"}}},
            ats,
        ),
        (
            "POST",
            applications,
            {"files": {"file": ("a\x00b.txt", STRONG_STATEMENT.encode(), "text/plain")}},
            ats,
        ),
        (
            "POST",
            applications,
            {"json": {"statement": {"text": STRONG_STATEMENT + " Idempotent."}}},
            {**ats, "Idempotency-Key": "key\x00one"},
        ),
        (
            "POST",
            "/v1/vacancies",
            {"json": {"spec": {**TEST_SPEC, "title": "Social\x00Worker"}}},
            tenant.headers("recruiter"),
        ),
        (
            "PATCH",
            f"/v1/vacancies/{vacancy['id']}",
            {"json": {"reference": "SW\x0042"}},
            tenant.headers("recruiter"),
        ),
        (
            "POST",
            "/v1/score",
            {"json": {"spec": TEST_SPEC, "statement": {"text": "I am regis\x00tered"}}},
            ats,
        ),
    ]
    for method, path, kwargs, headers in attempts:
        before = count_rows(Application, org_id=tenant.org_id)
        try:
            response = client.request(method, path, headers=headers, **kwargs)
        except (httpx.InvalidURL, ValueError):
            continue  # the HTTP client itself will not send a NUL in a header
        assert response.status_code < 500, (path, kwargs, response.text[:200])
        if response.status_code >= 400:
            _problem(response, response.status_code)
            assert count_rows(Application, org_id=tenant.org_id) == before


def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_bombs_crafted_members_and_traversal_names_are_refused_one_by_one(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    bomb = _zip({"bomb.txt": b"\0" * (9 * 1024 * 1024), "huge.txt": b"\0" * (60 * 1024 * 1024)})
    assert len(bomb) < 100_000  # 69 MB in well under 100 kB
    nested = _zip({"inner.zip": _zip({"statement.txt": STRONG_STATEMENT.encode()})})
    crowded = _zip({f"s{i}.txt": b"I am registered." for i in range(1001)})
    traversal = _zip(
        {
            "../../etc/passwd": STRONG_STATEMENT.encode(),
            "/etc/shadow": STRONG_STATEMENT.encode(),
            "C:\\Windows\\win.ini": STRONG_STATEMENT.encode(),
            "statements/../../../escape.txt": STRONG_STATEMENT.encode(),
            "ok.txt": STRONG_STATEMENT.encode(),
        }
    )
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications/bulk",
        files=[
            ("files", ("bomb.zip", bomb, "application/zip")),
            ("files", ("nested.zip", nested, "application/zip")),
            ("files", ("crowded.zip", crowded, "application/zip")),
            ("files", ("traversal.zip", traversal, "application/zip")),
        ],
        headers=tenant.headers("ats"),
    )
    assert response.status_code == 200, response.text
    lines = {line["filename"]: line for line in response.json()["files"]}
    assert "zip bomb" in lines["bomb.zip/bomb.txt"]["detail"]  # 9 MB at over 1,000 to 1
    assert lines["bomb.zip/huge.txt"]["status_code"] == 413  # over the 10 MB per document
    assert "inside archives" in lines["nested.zip/inner.zip"]["detail"]
    assert "at most 1000" in lines["crowded.zip"]["detail"]
    for name in (
        "traversal.zip/../../etc/passwd",
        "traversal.zip/statements/../../../escape.txt",
    ):
        assert "climbs out" in lines[name]["detail"]
    assert "absolute path" in lines["traversal.zip//etc/shadow"]["detail"]
    assert "absolute path" in lines["traversal.zip/C:\\Windows\\win.ini"]["detail"]
    assert lines["traversal.zip/ok.txt"]["status_code"] == 201
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 1  # only ok.txt


def test_a_traversal_file_name_is_only_a_label_and_cannot_inject_headers(
    client: TestClient, tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]
) -> None:
    vacancy = make_vacancy(tenant)
    name = '../../etc/passwd"\r\nX-Injected: yes'
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": (name, STRONG_STATEMENT.encode(), "text/plain")},
        headers=tenant.headers("ats"),
    )
    assert response.status_code in (201, 422), response.text
    if response.status_code == 201:
        download = client.get(
            f"/v1/applications/{response.json()['id']}/document", headers=tenant.headers()
        )
        assert download.status_code == 200
        assert "x-injected" not in download.headers
        assert "\r" not in download.headers["content-disposition"]
        assert download.content == STRONG_STATEMENT.encode()
        stored = client.get(f"/v1/applications/{response.json()['id']}", headers=tenant.headers())
        filename = stored.json()["filename"]  # the client percent-encodes the quote and CRLF
        assert filename.startswith("passwd") and "/" not in filename and "\n" not in filename


# --- a 100 MB upload on a real uvicorn process ------------------------------------------------

HUNDRED_MB = 100 * 1024 * 1024
CHUNK = 256 * 1024


def _peak_memory_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, int, str, str]]:
    """(port, pid, admin key, vacancy id) of uvicorn on a fresh SQLite database, with a
    20 MB limit on bulk uploads and the default 10 MB per document."""
    url = f"sqlite:///{tmp_path_factory.mktemp('big') / 'big.db'}"
    upgrade(url)
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        key = create_key(session, "Big Upload Council", Role.admin).secret
        session.commit()
    engine.dispose()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "MAX_BULK_BYTES": str(20 * 1024 * 1024)}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, base)
        vacancy = httpx.post(
            base + "/v1/vacancies",
            json={"spec": TEST_SPEC},
            headers={"Authorization": f"Bearer {key}"},
            timeout=60,
        )
        assert vacancy.status_code == 201, vacancy.text
        yield port, process.pid, key, vacancy.json()["id"]
    finally:
        process.terminate()
        process.wait(timeout=30)


MULTIPART_START = (
    b"--xyz\r\n"
    b'Content-Disposition: form-data; name="files"; filename="big.txt"\r\n'
    b"Content-Type: text/plain\r\n\r\n"
)


def _stream(port: int, path: str, key: str, content_type: str, *, declare: bool) -> tuple[int, int]:
    """Send up to 100 MB (declared in Content-Length, or chunked) and stop as soon as the
    server answers; returns (status, bytes of body sent). A multipart body is one file part
    that never ends."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: {content_type}\r\n"
        + (f"Content-Length: {HUNDRED_MB}\r\n" if declare else "Transfer-Encoding: chunked\r\n")
        + "\r\n"
    )
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(head.encode())
        chunk = b"I have worked in safeguarding. " * (CHUNK // 31)
        first = MULTIPART_START if content_type.startswith("multipart/") else b""
        while sent < HUNDRED_MB:
            if select.select([sock], [], [], 0)[0]:
                break
            piece, first = first + chunk, b""
            frame = piece if declare else f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
            try:
                sock.sendall(frame)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
        try:
            while b"\r\n\r\n" not in answer:
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
        except ConnectionResetError:
            pass
    assert answer.startswith(b"HTTP/1.1 "), answer[:200]
    return int(answer.split()[1]), sent


@pytest.mark.parametrize("declare", [True, False], ids=["content-length", "chunked"])
@pytest.mark.parametrize("endpoint", ["single", "bulk"])
def test_a_100_mb_upload_is_refused_413_long_before_it_is_read_and_memory_stays_bounded(
    served: tuple[int, int, str, str], endpoint: str, declare: bool
) -> None:
    port, pid, key, vacancy_id = served
    path = f"/v1/vacancies/{vacancy_id}/applications" + ("/bulk" if endpoint == "bulk" else "")
    content_type = "multipart/form-data; boundary=xyz" if endpoint == "bulk" else "application/json"
    before = _peak_memory_kb(pid)
    status, sent = _stream(port, path, key, content_type, declare=declare)
    assert status == 413
    assert sent < 40 * 1024 * 1024  # the limit (14 MB single, 20 MB bulk) plus socket buffers
    grown_mb = (_peak_memory_kb(pid) - before) / 1024
    assert grown_mb < 60, f"the server's peak memory grew by {grown_mb:.0f} MB"


def test_a_document_with_more_text_than_a_statement_could_have_is_refused_unscored(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    """Scoring time grows faster than the text (1 MB took about a minute), so a 2 MB text
    file, well under the 10 MB upload limit, is refused before it is scored."""
    vacancy = make_vacancy(tenant)
    text = (STRONG_STATEMENT * (2_000_000 // len(STRONG_STATEMENT))).encode()
    single = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": ("long.txt", text, "text/plain")},
        headers=tenant.headers("ats"),
    )
    assert "longer than 200,000 characters" in _problem(single, 413)["detail"]
    bulk = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications/bulk",
        files={"files": ("long.txt", text, "text/plain")},
        headers=tenant.headers("ats"),
    )
    assert bulk.status_code == 200 and bulk.json()["files"][0]["status_code"] == 413
    score = client.post(
        "/v1/score",
        json={
            "vacancy_id": vacancy["id"],
            "statement": {
                "document_base64": base64.b64encode(text).decode(),
                "filename": "long.txt",
            },
        },
        headers=tenant.headers("ats"),
    )
    assert "longer than 200,000 characters" in _problem(score, 413)["detail"]
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 0
