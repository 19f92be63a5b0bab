"""Slow down key guessing: once too many keys from one client address, or presenting one key
prefix, were refused within a window, every further refused key is answered 429 with
``Retry-After`` instead of 401, while a valid key still gets in (it is never locked out by
someone else's mistakes behind the same proxy).

:class:`AuthFailureLimit` is ASGI middleware, so it covers every way a key is presented: the
API's ``Authorization: Bearer`` header and the pages' ``POST /sign-in`` form. A request that
presented a key and was answered 401 counts as one failure.

The counts live in the memory of each service process (a sliding window per address and per
prefix). Behind N processes an address gets up to N times the limit before every process refuses
it; that is still a hard cap, and it costs no database write per failed request (which an
attacker could otherwise use to load the database).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth.service import PREFIX_LENGTH
from app.errors import problem_response

SIGN_IN_PATH = "/sign-in"


@dataclass(frozen=True)
class Blocked:
    """Why a caller is refused for now, and for how many whole seconds more."""

    reason: str
    retry_after: int


class AuthFailureLimiter:
    """Count refused keys per client address and per key prefix over a sliding window.

    ``max_per_address`` failures from one address (or ``max_per_prefix`` with one prefix) within
    ``window_seconds`` block further attempts from it until the oldest failure leaves the window.
    """

    def __init__(
        self,
        *,
        max_per_address: int,
        max_per_prefix: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        max_tracked: int = 100_000,
    ) -> None:
        self.max_per_address = max_per_address
        self.max_per_prefix = max_per_prefix
        self.window = window_seconds
        self.clock = clock
        self.max_tracked = max_tracked
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, address: str | None, secret: str | None) -> Blocked | None:
        """None when this caller may try a key now."""
        now = self.clock()
        with self._lock:
            for name, limit, what in self._subjects(address, secret):
                times = self._recent(name, now)
                if times is not None and len(times) >= limit:
                    wait = max(1, math.ceil(times[0] + self.window - now))
                    return Blocked(what, wait)
        return None

    def failed(self, address: str | None, secret: str | None) -> None:
        """Record one refused key from this caller."""
        now = self.clock()
        with self._lock:
            if len(self._failures) >= self.max_tracked:
                self._forget_stale(now)
            for name, _limit, _what in self._subjects(address, secret):
                self._failures.setdefault(name, deque()).append(now)

    def _subjects(self, address: str | None, secret: str | None) -> list[tuple[str, int, str]]:
        subjects = []
        if address:
            subjects.append((f"address:{address}", self.max_per_address, "this address"))
        if secret and len(secret) >= PREFIX_LENGTH:
            prefix = secret[:PREFIX_LENGTH]
            subjects.append((f"prefix:{prefix}", self.max_per_prefix, "this key prefix"))
        return subjects

    def _recent(self, name: str, now: float) -> deque[float] | None:
        times = self._failures.get(name)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[name]
            return None
        return times

    def _forget_stale(self, now: float) -> None:
        """Bound memory: drop callers with no failure in the window (then the oldest half)."""
        for name in list(self._failures):
            self._recent(name, now)
        if len(self._failures) >= self.max_tracked:
            for name in list(self._failures)[: self.max_tracked // 2]:
                del self._failures[name]


class AuthFailureLimit:
    """Refuse (429) callers over the limit before the app sees them; count their 401s."""

    def __init__(self, app: ASGIApp, limiter: AuthFailureLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        secret = _bearer(scope)
        signing_in = scope["method"] == "POST" and scope["path"] == SIGN_IN_PATH
        if not secret and not signing_in:  # no key presented: not a guess
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else None
        blocked = self.limiter.check(address, secret)
        refused = False

        async def guarded_send(message: Message) -> None:
            # A valid key is never locked out by other people's bad keys (everyone behind a
            # council's proxy shares one address): the key is looked up even when the caller is
            # blocked, and only a refused key is answered 429 instead of 401. Keys carry about
            # 200 random bits, so the block is about load and noise, not odds of guessing.
            nonlocal refused
            if message["type"] == "http.response.start" and message["status"] == 401:
                self.limiter.failed(address, secret)
                if blocked is not None:
                    refused = True
                    await _too_many(scope, receive, send, blocked)
                    return
            if not refused:
                await send(message)

        await self.app(scope, receive, guarded_send)


async def _too_many(scope: Scope, receive: Receive, send: Send, blocked: Blocked) -> None:
    request = Request(scope)
    detail = (
        f"too many refused API keys from {blocked.reason}; try again in "
        f"{blocked.retry_after} seconds"
    )
    headers = {"Retry-After": str(blocked.retry_after)}
    # the pages give a browser a message page (set by app.pages.install)
    page = getattr(request.app.state, "refusal_page", None)
    response = page(request, 429, detail) if page else None
    if response is None:
        response = problem_response(request, 429, detail, code="too-many-attempts", headers=headers)
    response.headers.update(headers)
    await response(scope, receive, send)


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None
