"""Process logging: plain text for a terminal, or one JSON object per line for a log collector.

Logs are operational, never a second journal: they carry verdicts, rule ids, surfaces, timings
and counts, never the text of a question, a contact or a Slack user id. Only the fields in
`SAFE_FIELDS` are copied from a record's `extra`; anything else passed there is dropped. As a
backstop, e-mail addresses and phone-like numbers that reach a message are masked (cheap regexes:
a log line must not wait for spaCy).

    configure_logging(get_settings())            # once, at start (CLI main, `serve`)
    log_answer(log, answer, surface="slack", seconds=0.12)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Iterable
from typing import IO, Any

#: `extra` keys that may be logged: none of them can hold personal data.
SAFE_FIELDS = (
    "event",
    "verdict",
    "rule_ids",
    "surface",
    "lang",
    "duration_ms",
    "status",
    "count",
    "passages",
    "entry_id",
    "path",
    "method",
    "in_flight",
)

_EMAIL = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
# 9+ digits, possibly grouped: phone numbers and other identifiers (dates and timings are shorter).
_NUMBER = re.compile(r"\+?\d(?:[ .\-/]?\d){8,}")
# Slack user ids (U…/W…) would identify a rep.
_SLACK_USER = re.compile(r"\b[UW][A-Z0-9]{8,}\b")

_HANDLER_MARK = "_gardefou_handler"


def scrub(text: str) -> str:
    """Mask what looks like a contact or a user id in a log message."""
    text = _EMAIL.sub("<EMAIL>", text)
    text = _NUMBER.sub("<NUMBER>", text)
    return _SLACK_USER.sub("<USER>", text)


def _safe_extra(record: logging.LogRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in SAFE_FIELDS:
        if key in record.__dict__:
            value = record.__dict__[key]
            if isinstance(value, str):
                value = scrub(value)
            elif isinstance(value, Iterable) and not isinstance(value, dict | bytes):
                value = [scrub(str(v)) for v in value]
            out[key] = value
    return out


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, safe fields, error type."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        entry.update(_safe_extra(record))
        if record.exc_info and record.exc_info[0] is not None:
            # The type and the masked traceback; exception messages may quote user input.
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`time level logger: message key=value…` with the same masking as JSON."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = scrub(super().format(record))
        fields = _safe_extra(record)
        if fields:
            line += " " + " ".join(f"{k}={v}" for k, v in fields.items())
        return line


def configure_logging(
    settings: Any | None = None,
    *,
    fmt: str | None = None,
    level: str | int | None = None,
    stream: IO[str] | None = None,
) -> logging.Handler:
    """Install one handler on the root logger (idempotent: a second call replaces the first).

    `fmt` defaults to `settings.log_format` (GARDEFOU_LOG_FORMAT: text | json); `level` to
    GARDEFOU_LOG_LEVEL or INFO.
    """
    fmt = (fmt or getattr(settings, "log_format", None) or "text").lower()
    if fmt not in ("text", "json"):
        raise ValueError(f"GARDEFOU_LOG_FORMAT must be text or json, not {fmt!r}")
    level = level or os.environ.get("GARDEFOU_LOG_LEVEL", "INFO")
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    setattr(handler, _HANDLER_MARK, True)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    # Libraries that log request URLs or payloads at INFO stay quiet.
    for noisy in ("httpx", "urllib3", "chromadb", "slack_bolt", "slack_sdk", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler


def log_answer(
    logger: logging.Logger,
    answer: Any,
    *,
    surface: str,
    seconds: float,
    entry_id: int | None = None,
) -> None:
    """The one log line per answer: verdict, rule ids, language, timing. No question, no user."""
    logger.info(
        "answered",
        extra={
            "event": "answer",
            "verdict": getattr(answer.verdict, "value", str(answer.verdict)),
            "rule_ids": list(answer.rule_ids),
            "surface": surface,
            "lang": answer.language,
            "duration_ms": round(seconds * 1000, 1),
            "passages": len(answer.citations),
            **({"entry_id": entry_id} if entry_id is not None else {}),
        },
    )
