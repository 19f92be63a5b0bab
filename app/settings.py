"""Service settings, read from the environment (``DATABASE_URL``, ``MAX_UPLOAD_BYTES``, ...)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/shortlist.db"


class Settings(BaseSettings):
    """Each field is read from the environment variable of the same name, upper-cased."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, gt=0, description="Per document.")
    max_bulk_bytes: int = Field(
        default=200 * 1024 * 1024, gt=0, description="Whole body of a bulk upload."
    )
    max_zip_members: int = Field(default=1000, gt=0)
    max_zip_total_bytes: int = Field(
        default=500 * 1024 * 1024, gt=0, description="Uncompressed total of one archive."
    )
    max_zip_ratio: int = Field(
        default=100, gt=1, description="A member compressed more than this is refused."
    )
    max_files_per_request: int = Field(default=1000, gt=0)
    retention_days: int | None = Field(
        default=None, gt=0, description="Applications older than this may be purged."
    )
    db_pool_size: int = Field(default=10, gt=0)
    db_connect_timeout: int = Field(
        default=10,
        ge=2,
        description="Seconds to connect to PostgreSQL, and to wait for an unacknowledged "
        "send, before the request fails with 503 (a host that is off or cut off).",
    )
    auth_failures_per_address: int = Field(
        default=20, gt=0, description="Refused keys from one address before 429."
    )
    auth_failures_per_prefix: int = Field(
        default=50, gt=0, description="Refused keys presenting one key prefix before 429."
    )
    auth_failure_window_seconds: int = Field(
        default=300, gt=0, description="The window both counts cover (per service process)."
    )
    session_secret: str | None = Field(
        default=None,
        description="Signs page sessions; default a random secret kept under the data directory.",
    )
    scoring_time_limit_seconds: float = Field(
        default=20.0,
        gt=0,
        description="Longest one statement may take to score (a worker process still at it "
        "then is killed and replaced, and the client gets 422); ordinary ones take 0.2 s.",
    )
    scoring_quota_per_minute: int = Field(
        default=1200,
        ge=0,
        description="Statements one API key may have scored by POST /v1/score in a minute, per "
        "server process (a token bucket; 0 turns the quota off). Over it: 429 with Retry-After.",
    )
    log_level: str = "INFO"

    @property
    def max_json_bytes(self) -> int:
        """A JSON body may carry one base64 document (4/3 of its size) plus the fields."""
        return self.max_upload_bytes * 4 // 3 + 1024 * 1024

    @property
    def sqlalchemy_url(self) -> str:
        return normalise_database_url(self.database_url)


def normalise_database_url(url: str) -> str:
    """Accept ``postgres://`` / ``postgresql://`` URLs and use the psycopg 3 driver for them."""
    for scheme in ("postgres://", "postgresql://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url.removeprefix(scheme)
    return url


def ensure_sqlite_directory(url: str) -> None:
    """Create the directory of a SQLite file (the ``./data/`` default) if it is missing."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)


@cache
def get_settings() -> Settings:
    return Settings()
