"""Defence in depth for the logs: an API key that reaches a log line is cut to its prefix.

Nothing in the service logs a key or statement text on purpose (tests/security/test_logs.py
checks a whole run at DEBUG); this catches a key that slips into an exception message or a
third-party library's line. Statement text cannot be recognised, so it is simply never logged.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from app.auth.service import KEY_PREFIX, PREFIX_LENGTH

_KEY = re.compile(re.escape(KEY_PREFIX) + r"([A-Za-z0-9_-]{8})[A-Za-z0-9_-]+")


def redact(text: str) -> str:
    """``sl_live_ab12cd34<secret>`` becomes ``sl_live_ab12cd34[redacted]``."""
    return _KEY.sub(lambda m: m.group(0)[:PREFIX_LENGTH] + "[redacted]", text)


def install_redaction() -> None:
    """Make every log record (any logger, uvicorn's too) redact keys; safe to call again."""
    base = logging.getLogRecordFactory()
    if getattr(base, "redacts_keys", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = base(*args, **kwargs)
        message = record.getMessage()
        if KEY_PREFIX in message:
            record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] and KEY_PREFIX in str(record.exc_info[1]):
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return record

    factory.redacts_keys = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
