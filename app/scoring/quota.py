"""A per-key quota on scoring: one API key cannot keep every scoring worker busy.

Each key has a bucket of ``per_minute`` statements that refills continuously (a token bucket);
``take`` spends one per statement and, when the bucket is empty, refuses with 429 and a
Retry-After saying when the next statement may be sent. In memory, per process: a process is one
`shortlist serve` worker, so N workers allow N times the figure (docs/security.md).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from app.errors import Problem

MAX_KEYS = 100_000  # buckets kept; the oldest are dropped first (a full bucket costs nothing)


class ScoringQuota:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key id -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key_id: str, statements: int = 1) -> None:
        """Spend ``statements`` from ``key_id``'s bucket or raise a 429 :class:`Problem`."""
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        with self._lock:
            now = self.clock()
            tokens, at = self._buckets.pop(key_id, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * rate)
            if tokens < statements:
                self._buckets[key_id] = (tokens, now)
                wait = max(1, math.ceil((statements - tokens) / rate))
                raise Problem(
                    429,
                    f"this key's scoring quota of {self.per_minute} statements a minute is used "
                    f"up; try again in {wait} s",
                    code="scoring-quota",
                    headers={"Retry-After": str(wait)},
                )
            self._buckets[key_id] = (tokens - statements, now)
            while len(self._buckets) > MAX_KEYS:
                self._buckets.pop(next(iter(self._buckets)))
