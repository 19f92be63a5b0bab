"""The real service for benchmarks and reliability checks: uvicorn processes on a migrated
database, API keys, bench statements, and writing figures into docs/benchmarks.md.

Used by ``bench_service``, ``bench_load``, ``faults`` and tests/reliability.
"""

from __future__ import annotations

import asyncio
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx
import psycopg
from sqlalchemy.engine import make_url

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from criteria.roles import library_roles

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run``, also from a thread that already runs an event loop (a test session in
    which Playwright's sync API is active): the coroutine then runs on its own thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:55432/postgres"
RELIABILITY_SCRIPT = ROOT / "scripts" / "reliability-postgres.sh"
# Where scripts/reliability-postgres.sh puts the second cluster (the same variables move it).
RELIABILITY_PGPORT = os.environ.get("SHORTLIST_RELIABILITY_PGPORT", "55433")
RELIABILITY_PGDATA = Path(
    os.environ.get("SHORTLIST_RELIABILITY_PGDATA", "/tmp/shortlist-reliability-pg")
)

# Clients drop idle connections after 2 s, before uvicorn closes them (5 s): with httpx's default
# (also 5 s) a request can go out on a connection the server is closing, and fail with a
# ReadError that is the client's doing (the first 60 s load run had one in 1,280 requests).
CLIENT_LIMITS = httpx.Limits(keepalive_expiry=2)

# Sentences a social worker's or occupational therapist's statement is made of; the bench
# statements are built from them (about 700 words each), varied so no two are identical.
SENTENCES = (
    "I am registered with Social Work England (SW{n:06d}) and have been since I qualified.",
    "I qualified with a BA (Hons) in Social Work from the University of Leeds in 2016.",
    "Since September 2018 I have worked as a social worker in an adult community team.",
    "In one section 42 enquiry I assessed an older man at risk of financial abuse, I led the "
    "strategy meeting and agreed a protection plan with him, and he now manages his money "
    "with support from his daughter.",
    "I completed my ASYE in 2017 with the same local authority.",
    "I hold a full UK driving licence and have access to a car for work.",
    "I have completed Care Act 2014 assessments and support plans for people with complex "
    "needs, including mental capacity assessments under the Mental Capacity Act.",
    "I supervise two newly qualified social workers and I am working towards my Practice "
    "Educator award.",
    "I work closely with health colleagues, housing and the police, and I chair multi-agency "
    "meetings when safeguarding concerns are raised.",
    "I keep accurate and timely case records on Liquidlogic and write reports for the Court of "
    "Protection.",
    "I manage a caseload of around twenty people and prioritise visits by risk.",
    "I am committed to anti-oppressive practice and to hearing the voice of the person.",
)


def statement(number: int, *, words: int = 700) -> str:
    """A supporting statement of about ``words`` words, different for every ``number``."""
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words:
        for index, sentence in enumerate(SENTENCES):
            if (number + index) % 7 != 0:
                parts.append(sentence.format(n=number))
    return " ".join(parts) + f" Reference {number}.\n"


def bench_spec() -> dict[str, Any]:
    roles = library_roles()
    if roles:
        chosen = next((r for r in roles if "social-worker" in r.id), roles[0])
        return chosen.model_dump(mode="json")
    return {
        "id": "social-worker",
        "title": "Social Worker",
        "criteria": [
            {
                "id": "registration",
                "text": "Registered with Social Work England",
                "assessed_by": ["application"],
                "rule": {"kind": "registration", "bodies": ["SWE"]},
            },
            {
                "id": "safeguarding",
                "text": "Experience of safeguarding adults, including section 42 enquiries",
                "assessed_by": ["application", "interview"],
            },
        ],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def psycopg_dsn(url: str) -> str:
    """A SQLAlchemy URL as a plain libpq connection string."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def start_reliability_postgres() -> str:
    """Start (installing if needed) the second PostgreSQL cluster (127.0.0.1:55433 unless
    ``SHORTLIST_RELIABILITY_PGPORT`` says otherwise); its server URL."""
    subprocess.run(["bash", str(RELIABILITY_SCRIPT), "start"], check=True)
    return f"postgresql+psycopg://postgres@127.0.0.1:{RELIABILITY_PGPORT}/postgres"


def reliability_postgres(action: str) -> None:
    """``stop``, ``start`` or ``restart`` the reliability cluster (never the shared one)."""
    subprocess.run(["bash", str(RELIABILITY_SCRIPT), action], check=True)


@contextmanager
def database(kind: str, tmp: Path, server: str | None = None) -> Iterator[str]:
    """A freshly migrated database: a SQLite file, or a new database on a PostgreSQL server
    (``server``, else ``SHORTLIST_TEST_DATABASE_URL``, else the shared test server)."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'bench.db'}"
        upgrade(url)
        yield url
        return
    server = server or os.environ.get("SHORTLIST_TEST_DATABASE_URL", DEFAULT_PG_URL)
    name = f"shortlist_bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(psycopg_dsn(server), autocommit=True)
    except psycopg.OperationalError:
        where = make_url(server).render_as_string(hide_password=True)
        raise SystemExit(
            f"error: no PostgreSQL answers at {where}: start it with `make postgres` (the "
            "`make bench*` targets do), or set SHORTLIST_TEST_DATABASE_URL"
        ) from None
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        upgrade(url)
        yield url
    finally:
        # A fresh connection: a fault test may have restarted the server in between.
        with psycopg.connect(psycopg_dsn(server), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_key(
    url: str,
    role: Role = Role.admin,
    *,
    org: str = "Bench Council",
    name: str = "bench",
    lead: bool = False,
) -> str:
    """A new API key (the organisation is created when it is new); returns the secret."""
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as session:
        key = create_key(session, org, role, name=name, lead=lead).secret
        session.commit()
    engine.dispose()
    return key


class Service:
    """One uvicorn process serving the app on ``url``'s database, on a fixed port, so it can be
    killed (``kill -9``) and started again where clients expect it."""

    def __init__(
        self,
        url: str,
        *,
        workers: int = 1,
        port: int | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self.workers = workers
        self.port = port or free_port()
        self.env = env or {}
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 120) -> None:
        """Start the process and wait until ``/readyz`` answers 200."""
        self.launch()
        self.wait_ready(timeout=timeout)

    def launch(self) -> None:
        """Start the process without waiting (start several, then ``wait_ready`` each)."""
        env = {
            **os.environ,
            "DATABASE_URL": self.url,
            "LOG_LEVEL": "WARNING",
            "SCORING_QUOTA_PER_MINUTE": "0",  # load runs measure the service, not the quota
            **self.env,
        }
        command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
        command += ["--port", str(self.port), "--workers", str(self.workers)]
        command += ["--log-level", "warning", "--no-access-log"]
        self.process = subprocess.Popen(command, env=env, cwd=ROOT)

    def wait_ready(self, *, timeout: float = 120, path: str = "/readyz") -> None:
        """Wait until ``path`` answers 200 (``/healthz``: the process is up, whatever the
        database does)."""
        assert self.process is not None, "launch() first"
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(self.base + path, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"uvicorn on port {self.port} did not become ready")
            time.sleep(0.3)

    def kill(self) -> None:
        """``kill -9``: no shutdown, no rollback from the process's side."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> Service:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


@contextmanager
def services(url: str, count: int) -> Iterator[list[Service]]:
    """``count`` single-worker processes on one database, started side by side."""
    started = [Service(url) for _ in range(count)]
    try:
        for service in started:
            service.launch()
        for service in started:
            service.wait_ready()
        yield started
    finally:
        for service in started:
            service.stop()


@contextmanager
def server(url: str, workers: int) -> Iterator[str]:
    """A uvicorn process serving the app on ``url``'s database; yields its base URL."""
    with Service(url, workers=workers) as service:
        yield service.base


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, Linux {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def load_average() -> str:
    """The 1-minute load average, to say how busy the shared cores were."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except (OSError, IndexError):
        return "unknown"


def postgres_version(url: str) -> str:
    with psycopg.connect(psycopg_dsn(url)) as connection:
        row = connection.execute("SHOW server_version").fetchone()
    return str(row[0]).split()[0] if row else "unknown"


def write_section(section: str, lines: list[str], path: Path = DOCS) -> None:
    """Replace (or add) one ``## `` or ``### `` section of docs/benchmarks.md, leaving the rest
    alone (a section ends at the next heading of the same or a higher level)."""
    level = len(section) - len(section.lstrip("#"))
    body = "\n".join([section, "", *lines]) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    ends = "|".join("#" * n + " " for n in range(1, level + 1))
    pattern = re.compile(rf"^{re.escape(section)}\n.*?(?=^(?:{ends})|\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: body + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text, encoding="utf-8")
