"""Signed session cookies and CSRF tokens for the pages.

Signing in exchanges an API key for a cookie ``<key id>.<issued at>.<HMAC>``: it names the key by
its id, never the key itself, and every request looks the key up again, so revoking a key ends
its sessions at once. Every POST form carries a CSRF token (an HMAC of the session cookie),
checked before the route runs; the sign-in form, which has no session yet, uses a random token
signed by the service that must match a cookie set with the form (double submit: a cookie
planted from a sibling site cannot carry a valid signature).

Signing out ends the session on the server too: the key's ``session.signed_out`` audit line
makes every cookie issued before it invalid (:func:`signed_out_since`): a copied cookie is no
use once its owner signs out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import os
import secrets
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.settings import Settings

SESSION_COOKIE = "shortlist_session"
SIGN_IN_COOKIE = "shortlist_sign_in"
SESSION_SECONDS = 12 * 60 * 60
SECRET_FILE = "session-secret"


def data_dir(settings: Settings) -> Path:
    """Where the service keeps its files: beside the SQLite database, else ``./data``."""
    url = settings.database_url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url.removeprefix("sqlite:///")).parent
    return Path("data")


def signing_secret(settings: Settings) -> bytes:
    """``SESSION_SECRET``, or a random secret made once under the data directory and shared by
    every process that uses it (the first process to write it wins)."""
    if settings.session_secret:
        return settings.session_secret.encode("utf-8")
    path = data_dir(settings) / SECRET_FILE
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, draft = tempfile.mkstemp(dir=path.parent, prefix=".session-secret-")
    try:
        with os.fdopen(handle, "w") as out:
            out.write(secrets.token_hex(32))
        os.chmod(draft, 0o600)
        # Linking is atomic and refuses to replace a file: the first process to link its draft
        # sets everyone's secret, and the others read that one below.
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)
    finally:
        os.unlink(draft)
    return path.read_bytes().strip()


def _mac(secret: bytes, message: str) -> str:
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def session_cookie(secret: bytes, key_id: str, *, now: float | None = None) -> str:
    """``<key id>.<issued, Unix milliseconds>.<HMAC>`` (milliseconds: a sign-out must end a
    session issued a moment before it, and not one issued a moment after)."""
    issued = int((time.time() if now is None else now) * 1000)
    body = f"{key_id}.{issued}"
    return f"{body}.{_mac(secret, 'session:' + body)}"


def key_id_of(secret: bytes, cookie: str | None, *, now: float | None = None) -> str | None:
    """The key id a session cookie names, or None when it is missing, forged or expired."""
    if not cookie or cookie.count(".") != 2:
        return None
    key_id, issued, mac = cookie.split(".")
    if not hmac.compare_digest(mac, _mac(secret, f"session:{key_id}.{issued}")):
        return None
    if not issued.isdigit():
        return None
    age = (time.time() if now is None else now) - int(issued) / 1000
    return key_id if 0 <= age <= SESSION_SECONDS else None


def csrf_token(secret: bytes, cookie: str) -> str:
    return _mac(secret, "csrf:" + cookie)


def tokens_match(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def sign_in_token(secret: bytes) -> str:
    nonce = secrets.token_urlsafe(18)
    return f"{nonce}.{_mac(secret, 'sign-in:' + nonce)}"


def sign_in_token_valid(secret: bytes, token: str | None) -> bool:
    if not token or token.count(".") != 1:
        return False
    nonce, mac = token.split(".")
    return hmac.compare_digest(mac, _mac(secret, "sign-in:" + nonce))


def signed_out_since(session: Session, key_id: str, cookie: str) -> bool:
    """Whether the key signed out after this (valid) session cookie was issued."""
    issued = dt.datetime.fromtimestamp(int(cookie.split(".")[1]) / 1000, dt.UTC)
    found = session.scalar(
        select(AuditEntry.id)
        .where(
            AuditEntry.action == "session.signed_out",
            AuditEntry.subject_type == "api_key",
            AuditEntry.subject_id == key_id,
            AuditEntry.at >= issued,
        )
        .limit(1)
    )
    return found is not None
