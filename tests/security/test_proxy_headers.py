"""``shortlist serve`` believes X-Forwarded-For only from the proxies in FORWARDED_ALLOW_IPS:
otherwise a client naming a new address per request would never meet the bad-key limit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.commands.db import upgrade
from tests.processes import free_port, wait_until_ready

SHORTLIST = str(Path(sys.executable).parent / "shortlist")
LIMIT = 3


def _serve(tmp_path: Path, **env: str) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'proxy.db'}"
    upgrade(url)
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k != "FORWARDED_ALLOW_IPS"}
    environment.update(DATABASE_URL=url, AUTH_FAILURES_PER_ADDRESS=str(LIMIT), **env)
    process = subprocess.Popen(
        [SHORTLIST, "serve", "--port", str(port)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, base, what="shortlist serve")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _guesses(base: str) -> list[int]:
    """Bad keys, each claiming a new client address."""
    return [
        httpx.get(
            f"{base}/v1/vacancies",
            headers={
                "Authorization": f"Bearer sl_live_proxy{n:03d}guess",
                "X-Forwarded-For": f"198.51.100.{n + 1}",
            },
        ).status_code
        for n in range(LIMIT + 2)
    ]


@pytest.fixture
def untrusting(tmp_path: Path) -> Iterator[str]:
    yield from _serve(tmp_path)


@pytest.fixture
def trusting_localhost(tmp_path: Path) -> Iterator[str]:
    yield from _serve(tmp_path, FORWARDED_ALLOW_IPS="127.0.0.1")


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_dodge_the_limit(
    untrusting: str,
) -> None:
    statuses = _guesses(untrusting)
    assert statuses[:LIMIT] == [401] * LIMIT
    assert statuses[LIMIT:] == [429, 429]


def test_behind_a_trusted_proxy_each_forwarded_client_is_counted_on_its_own(
    trusting_localhost: str,
) -> None:
    assert _guesses(trusting_localhost) == [401] * (LIMIT + 2)
