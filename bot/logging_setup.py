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
import sys
import urllib.parse
from collections.abc import Iterable
from typing import IO, Any

from bot.privacy.patterns import EMAIL, IBAN, LONG_NUMBER, SLACK_USER, cut

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

#: Longest message (or traceback) a log line carries: logging never does unbounded work.
MAX_LOGGED_CHARS = 4_000

_HANDLER_MARK = "_gardefou_handler"


def scrub(text: str) -> str:
    """Mask what looks like a contact, an account number or a user id in a log message (cut to
    `MAX_LOGGED_CHARS` first; the patterns are linear, see bot/privacy/patterns.py)."""
    text = cut(text, MAX_LOGGED_CHARS)
    if "%" in text:
        # Form bodies and URLs carry "jean%40acme.fr", "06%2012%2034…": decode before matching.
        text = _decode_percent(text)
    text = EMAIL.sub("<EMAIL>", text)
    text = IBAN.sub("<IBAN>", text)
    text = LONG_NUMBER.sub("<NUMBER>", text)
    return SLACK_USER.sub("<USER>", text)


def _decode_percent(text: str) -> str:
    return urllib.parse.unquote_plus(text, errors="replace")


class LibraryRecordFilter(logging.Filter):
    """Slack's libraries log request bodies: Bolt's signature check puts the whole unverified
    body in its INFO line, its DEBUG lines carry payloads. Their records below WARNING are
    dropped, and a signature rejection keeps only the fact (server.py checks signatures first
    and logs no body; this is the backstop for any other path)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(("slack_bolt", "slack_sdk")):
            return True
        if "signature" in str(record.msg).lower():
            record.msg, record.args = "refused a request with an invalid signature", ()
            return True
        return record.levelno >= logging.WARNING


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

    def format(self, record: logging.LogRecord) -> str:
        # Only the message and the traceback are scrubbed: the record's own time stays readable.
        line = (
            f"{self.formatTime(record)} {record.levelname} {record.name}: "
            f"{scrub(record.getMessage())}"
        )
        if record.exc_info and record.exc_info[0] is not None:
            line += "\n" + scrub(self.formatException(record.exc_info))
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
    handler.addFilter(LibraryRecordFilter())
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
