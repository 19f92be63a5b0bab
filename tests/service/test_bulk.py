"""Bulk upload: several files and .zip archives, one result line per file, refusals included."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.models import Application, ApplicationResult
from app.settings import Settings

from .conftest import STRONG_STATEMENT, WEAK_STATEMENT, Tenant


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def vacancy(tenant: Tenant, make_vacancy: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    return make_vacancy(tenant)


def test_files_and_a_zip_are_stored_one_by_one_with_refusals_listed(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], count_rows: Callable[..., int]
) -> None:
    strong = _docx(STRONG_STATEMENT)
    archive = _zip(
        {
            "statements/weak.txt": WEAK_STATEMENT.encode(),
            "statements/second.txt": (STRONG_STATEMENT + "I also chair meetings.").encode(),
            "statements/copy-of-strong.docx": strong,
            "../../etc/passwd.txt": b"I am registered with Social Work England.",
            "/abs/statement.txt": b"I am registered with Social Work England.",
            "statements/bomb.txt": b"0" * 3_000_000,
            "statements/inner.zip": _zip({"x.txt": b"I am registered."}),
            "statements/photo.docx": b"\x89PNG\r\n\x1a\n" + bytes(500),
            "statements/" + "long" * 100 + ".txt": b"I am registered with Social Work England.",
            "__MACOSX/statements/._weak.txt": b"\x00\x05\x16\x07",
            "statements/": b"",
        }
    )
    response = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications/bulk",
        files=[
            ("files", ("strong.docx", strong, "application/octet-stream")),
            ("files", ("batch.zip", archive, "application/zip")),
            ("files", ("empty.txt", b"  \n", "text/plain")),
        ],
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    lines = {item["filename"]: item for item in body["files"]}
    assert lines["strong.docx"]["status"] == "stored"
    assert lines["strong.docx"]["applicant_ref"] == "A-0001"
    assert lines["batch.zip/statements/weak.txt"]["status"] == "stored"
    assert lines["batch.zip/statements/second.txt"]["status"] == "stored"
    duplicate = lines["batch.zip/statements/copy-of-strong.docx"]
    assert duplicate["status"] == "duplicate" and duplicate["status_code"] == 200
    assert duplicate["application_id"] == lines["strong.docx"]["application_id"]
    traversal = lines["batch.zip/../../etc/passwd.txt"]
    assert (traversal["status"], traversal["status_code"]) == ("refused", 422)
    assert "climbs out" in traversal["detail"]
    assert "absolute path" in lines["batch.zip//abs/statement.txt"]["detail"]
    bomb = lines["batch.zip/statements/bomb.txt"]
    assert bomb["status_code"] == 422 and "zip bomb" in bomb["detail"]
    assert "inside archives" in lines["batch.zip/statements/inner.zip"]["detail"]
    assert lines["batch.zip/statements/photo.docx"]["status_code"] == 415
    assert lines["empty.txt"]["status_code"] == 422
    assert not any("__MACOSX" in name for name in lines)
    long_name = lines["batch.zip/statements/" + "long" * 100 + ".txt"]
    assert long_name["status"] == "stored"
    assert (body["stored"], body["duplicates"], body["refused"]) == (4, 1, 6)
    assert body["spec_version"] == 1
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 4
    for item in body["files"]:
        if item["status"] == "stored":
            read = client.get(
                f"/v1/applications/{item['application_id']}", headers=tenant.headers("recruiter")
            ).json()
            assert read["result"]["spec_version"] == 1
            member = item["filename"].rsplit("/", 1)[-1]
            if len(member) <= 255:
                assert read["filename"] == member
            else:  # cut to the column, keeping the extension
                assert len(read["filename"]) == 255 and read["filename"].endswith(".txt")
                assert member.startswith(read["filename"].removesuffix(".txt"))


def test_a_bulk_retry_with_the_same_key_is_replayed(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any], count_rows: Callable[..., int]
) -> None:
    files = [
        ("files", ("a.txt", STRONG_STATEMENT.encode(), "text/plain")),
        ("files", ("b.txt", WEAK_STATEMENT.encode(), "text/plain")),
    ]
    headers = tenant.headers("ats", **{"Idempotency-Key": "bulk-1"})
    path = f"/v1/vacancies/{vacancy['id']}/applications/bulk"
    first = client.post(path, files=files, headers=headers)
    assert first.json()["stored"] == 2
    results = count_rows(ApplicationResult)
    again = client.post(path, files=files, headers=headers)
    assert again.json() == first.json()
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 2
    assert count_rows(ApplicationResult) == results
    without_key = client.post(path, files=files, headers=tenant.headers("ats")).json()
    assert [item["status"] for item in without_key["files"]] == ["duplicate", "duplicate"]


@pytest.fixture(scope="module")
def strict_client(db_url: str) -> Iterator[TestClient]:
    settings = Settings(database_url=db_url, max_zip_members=2, max_upload_bytes=2000)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def test_limits_on_archives_and_files(
    strict_client: TestClient,
    tenant: Tenant,
    vacancy: dict[str, Any],
    count_rows: Callable[..., int],
) -> None:
    path = f"/v1/vacancies/{vacancy['id']}/applications/bulk"
    crowded = _zip({f"s{i}.txt": f"Statement {i}".encode() for i in range(3)})
    big_member = _zip({"big.txt": ("word " * 1000).encode()})
    response = strict_client.post(
        path,
        files=[
            ("files", ("crowded.zip", crowded)),
            ("files", ("big.zip", big_member)),
            ("files", ("big.txt", b"x" * 3000)),
        ],
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    lines = {item["filename"]: item for item in response.json()["files"]}
    assert "at most 2" in lines["crowded.zip"]["detail"]
    assert lines["big.zip/big.txt"]["status_code"] == 413
    assert lines["big.txt"]["status_code"] == 413
    assert count_rows(Application, vacancy_id=vacancy["id"]) == 0


def test_bulk_needs_multipart_files(
    client: TestClient, tenant: Tenant, vacancy: dict[str, Any]
) -> None:
    path = f"/v1/vacancies/{vacancy['id']}/applications/bulk"
    as_json = client.post(path, json={"files": []}, headers=tenant.headers("recruiter"))
    assert as_json.status_code == 415
    no_files = client.post(
        path, files=[("statement", ("a.txt", b"x"))], headers=tenant.headers("recruiter")
    )
    assert no_files.status_code == 422
    assert no_files.headers["content-type"] == "application/problem+json"
