"""Real service processes in tests: a free loopback port, and waiting for /readyz."""

from __future__ import annotations

import socket
import subprocess
import time

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(
    process: subprocess.Popen[str] | subprocess.Popen[bytes],
    base: str,
    *,
    what: str = "uvicorn",
    timeout: float = 90,
) -> None:
    """Poll ``base``/readyz until it answers 200; fail with the process's output if it exits
    first, or after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise AssertionError(process.stdout.read() if process.stdout else f"{what} exited")
        assert time.monotonic() < deadline, f"{what} did not become ready"
        time.sleep(0.3)
