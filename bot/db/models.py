"""The tables. Any change here needs a migration in bot/db/migrations/versions/.

Nothing here holds personal data in clear: questions and summaries are masked before they are
written, contacts are stored as keyed hashes only. Times are naive UTC (same on SQLite and
PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JsonType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class LogEntry(Base):
    """One question and its answer (the managers' log)."""

    __tablename__ = "log_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    surface: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(String(128))
    channel: Mapped[str | None] = mapped_column(String(128))
    thread: Mapped[str | None] = mapped_column(String(128))
    language: Mapped[str] = mapped_column(String(8))
    verdict_date: Mapped[dt.date | None] = mapped_column(Date)
    question: Mapped[str | None] = mapped_column(Text)  # masked
    summary: Mapped[str] = mapped_column(Text, default="")  # masked
    verdict: Mapped[str] = mapped_column(String(16), index=True)
    rule_ids: Mapped[list[str]] = mapped_column(JsonType, default=list)
    facts: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)  # contact masked
    feedback: Mapped[str | None] = mapped_column(String(8))
    feedback_by: Mapped[str | None] = mapped_column(String(128))
    feedback_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    escalated_by: Mapped[str | None] = mapped_column(String(128))
    escalated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_log_entries_thread", "channel", "thread", "id"),)


class ProcessedEvent(Base):
    """A claim on a Slack event: `received` while one process answers it under a lease that it
    renews, `answered` once posted. A retry finds it answered (drop) or held by a live owner
    (wait); a claim whose lease ran out (its owner died) is taken over by whoever sees it next."""

    __tablename__ = "processed_events"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    state: Mapped[str] = mapped_column(String(16), default="answered")  # received | answered
    owner: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class LogAccess(Base):
    """Who read the log, when, and what (GDPR accountability for the log itself)."""

    __tablename__ = "log_access"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    viewer: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))  # list | show | export | purge
    detail: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)


class OptOut(Base):
    """One contact on the do-not-contact list: HMAC-SHA256(secret, normalised contact) only."""

    __tablename__ = "optout"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # email | phone
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SourceChange(Base):
    """A change in an official text (`gardefou sources watch`): the diff of its extracted text,
    the rules resting on it, and whether a manager has reviewed them since."""

    __tablename__ = "source_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(128), index=True)
    url: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(255))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    old_hash: Mapped[str] = mapped_column(String(64))
    new_hash: Mapped[str] = mapped_column(String(64))
    diff: Mapped[str] = mapped_column(Text)  # unified diff of the extracted text
    rule_ids: Mapped[list[str]] = mapped_column(JsonType, default=list)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(128))
