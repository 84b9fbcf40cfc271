"""The managers' log: every question and answer, masked before it is written.

Flagged entries (what managers review): a `forbidden` verdict, a `needs_info` nobody followed up in
its thread, an escalation, or a 👎. Every read of the log is itself recorded (who, when, what).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import to_jsonable_python
from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.answer import Answer
from bot.db.engine import Sessions, get_engine, normalise_url
from bot.db.models import LogAccess, LogEntry, ProcessedEvent, utcnow
from bot.privacy.masking import contact_placeholder, is_placeholder, mask
from bot.settings import Settings, get_settings

Feedback = Literal["up", "down"]
#: Slack retries come within minutes; a week of event ids is plenty to dedupe them.
EVENT_RETENTION = dt.timedelta(days=7)
#: Characters that make a spreadsheet read a CSV cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class LogRecord(BaseModel):
    """One entry of the log as managers see it (already masked)."""

    id: int
    created_at: dt.datetime
    surface: str
    user: str | None
    channel: str | None
    thread: str | None
    language: str
    date: dt.date | None
    verdict: str
    rule_ids: list[str]
    question: str | None
    summary: str
    facts: dict[str, Any]
    feedback: str | None
    feedback_by: str | None
    escalated: bool
    escalated_by: str | None
    resolved: bool
    flagged: bool


class AccessRecord(BaseModel):
    id: int
    at: dt.datetime
    viewer: str
    action: str
    detail: dict[str, Any]


class EventClaim(StrEnum):
    claimed = "claimed"  # ours to answer: new, or taken over from an owner whose lease ran out
    held = "held"  # another live process is answering it
    answered = "answered"  # already answered: a retry to drop


class EventRecord(BaseModel):
    event_id: str
    state: str
    owner: str | None
    attempts: int
    lease_until: dt.datetime | None


class PurgeResult(BaseModel):
    cutoff: dt.datetime
    retention_days: int
    entries: int
    accesses: int
    events: int


def flagged_clause() -> ColumnElement[bool]:
    return or_(
        LogEntry.verdict == "forbidden",
        and_(LogEntry.verdict == "needs_info", LogEntry.resolved.is_(False)),
        LogEntry.escalated.is_(True),
        LogEntry.feedback == "down",
    )


def _is_flagged(row: LogEntry) -> bool:
    return (
        row.verdict == "forbidden"
        or (row.verdict == "needs_info" and not row.resolved)
        or bool(row.escalated)
        or row.feedback == "down"
    )


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _naive_utc(value: dt.date | dt.datetime) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _to_record(row: LogEntry) -> LogRecord:
    return LogRecord(
        id=row.id,
        created_at=_utc(row.created_at),
        surface=row.surface,
        user=row.user_id,
        channel=row.channel,
        thread=row.thread,
        language=row.language,
        date=row.verdict_date,
        verdict=row.verdict,
        rule_ids=list(row.rule_ids or []),
        question=row.question,
        summary=row.summary,
        facts=dict(row.facts or {}),
        feedback=row.feedback,
        feedback_by=row.feedback_by,
        escalated=bool(row.escalated),
        escalated_by=row.escalated_by,
        resolved=bool(row.resolved),
        flagged=_is_flagged(row),
    )


def mask_facts(facts: dict[str, Any], also: Iterable[str] = ()) -> dict[str, Any]:
    """Facts as stored: the contact replaced by its kind, any free text masked."""
    also = list(also)
    out: dict[str, Any] = {}
    for key, value in to_jsonable_python(facts).items():
        if key == "contact" and isinstance(value, str):
            out[key] = contact_placeholder(value)
        elif isinstance(value, str):
            out[key] = mask(value, ner=False, also=also).text
        elif isinstance(value, list):
            out[key] = [
                mask(v, ner=False, also=also).text if isinstance(v, str) else v for v in value
            ]
        elif isinstance(value, dict):
            out[key] = mask_facts(value, also)
        else:
            out[key] = value
    return out


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class Journal:
    def __init__(self, url: str, *, retention_days: int = 365) -> None:
        self.url = normalise_url(url)
        self.retention_days = retention_days
        self.db = Sessions(get_engine(self.url))

    # -- writing --------------------------------------------------------------------------

    def record(
        self,
        question: str | None,
        answer: Answer,
        *,
        surface: str = "cli",
        user: str | None = None,
        channel: str | None = None,
        thread: str | None = None,
    ) -> int:
        """Write one question and its answer, masked; returns the entry id.

        A final answer in a Slack thread resolves the thread's earlier `needs_info` entries.
        """
        masked_q = mask(question) if question else None
        known = list(masked_q.originals) if masked_q else []
        if masked_q:  # "Dupont" alone, when the question said "Jean Dupont"
            known += [
                word
                for found in masked_q.found
                if found.kind == "name"
                for word in found.text.split()
                if len(word) >= 3
            ]
        contact = answer.facts.get("contact")
        if isinstance(contact, str):
            known.append(contact)
        # Our own wording: only what the rep typed (known) or contact-like data can be personal.
        summary = mask(answer.summary, names=False, also=known).text
        entry = LogEntry(
            created_at=utcnow(),
            surface=surface[:16],
            user_id=user,
            channel=channel,
            thread=thread,
            language=answer.language,
            verdict_date=answer.date,
            question=masked_q.text if masked_q else None,
            summary=summary,
            verdict=answer.verdict.value,
            rule_ids=list(answer.rule_ids),
            facts=mask_facts(answer.facts, known),
            escalated=False,
            resolved=False,
        )
        with self.db.write() as session, session.begin():
            session.add(entry)
            if channel and thread and answer.verdict.value != "needs_info":
                session.execute(
                    update(LogEntry)
                    .where(
                        LogEntry.channel == channel,
                        LogEntry.thread == thread,
                        LogEntry.verdict == "needs_info",
                        LogEntry.resolved.is_(False),
                    )
                    .values(resolved=True, resolved_at=utcnow())
                )
            session.flush()
            return entry.id

    def _update(self, entry_id: int, **values: Any) -> bool:
        with self.db.write() as session, session.begin():
            result = session.execute(
                update(LogEntry).where(LogEntry.id == entry_id).values(**values)
            )
            return result.rowcount > 0

    def feedback(self, entry_id: int, value: Feedback, user: str | None = None) -> bool:
        """👍/👎 on an answer (the latest vote wins). False if the entry no longer exists."""
        if value not in ("up", "down"):
            raise ValueError(f"feedback must be 'up' or 'down', not {value!r}")
        return self._update(entry_id, feedback=value, feedback_by=user, feedback_at=utcnow())

    def escalate(self, entry_id: int, user: str | None = None) -> bool:
        return self._update(entry_id, escalated=True, escalated_by=user, escalated_at=utcnow())

    def mark_resolved(self, entry_id: int) -> bool:
        return self._update(entry_id, resolved=True, resolved_at=utcnow())

    def _insert_event(self, **values: Any):
        insert = pg_insert if self.db.engine.dialect.name == "postgresql" else sqlite_insert
        return (
            insert(ProcessedEvent)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(ProcessedEvent.event_id)
        )

    def claim_event(self, event_id: str) -> bool:
        """True the first time an event id is seen (across processes), False for a retry.
        One-shot: the event counts as answered at once (use take_event to answer under a lease)."""
        now = utcnow()
        stmt = self._insert_event(
            event_id=event_id[:255], claimed_at=now, state="answered", answered_at=now
        )
        with self.db.write() as session, session.begin():
            return session.execute(stmt).first() is not None

    def take_event(self, event_id: str, owner: str, lease_s: float) -> EventClaim:
        """Claim an event to answer it: `claimed` if it is new or its owner's lease ran out (the
        owner died mid-answer), `held` while a live owner answers it, `answered` once done.

        Both steps are one write transaction: on SQLite BEGIN IMMEDIATE serialises them, on
        PostgreSQL the conditional UPDATE re-checks the lease on the row it locked."""
        key, now = event_id[:255], utcnow()
        until = now + dt.timedelta(seconds=lease_s)
        with self.db.write() as session, session.begin():
            new = self._insert_event(
                event_id=key,
                claimed_at=now,
                state="received",
                owner=owner[:128],
                lease_until=until,
                attempts=1,
            )
            if session.execute(new).first() is not None:
                return EventClaim.claimed
            taken = session.execute(
                update(ProcessedEvent)
                .where(
                    ProcessedEvent.event_id == key,
                    ProcessedEvent.state == "received",
                    or_(ProcessedEvent.lease_until.is_(None), ProcessedEvent.lease_until < now),
                )
                .values(
                    owner=owner[:128],
                    lease_until=until,
                    claimed_at=now,
                    attempts=ProcessedEvent.attempts + 1,
                )
            )
            if taken.rowcount > 0:
                return EventClaim.claimed
            state = session.scalar(
                select(ProcessedEvent.state).where(ProcessedEvent.event_id == key)
            )
        return EventClaim.held if state == "received" else EventClaim.answered

    def renew_event(self, event_id: str, owner: str, lease_s: float) -> bool:
        """Extend our lease while we answer; False if the claim is no longer ours."""
        until = utcnow() + dt.timedelta(seconds=lease_s)
        return self._settle_event(event_id, owner, lease_until=until)

    def finish_event(self, event_id: str, owner: str) -> bool:
        """The answer is posted: retries and other replicas will drop the event."""
        return self._settle_event(event_id, owner, state="answered", answered_at=utcnow())

    def release_event(self, event_id: str, owner: str) -> bool:
        """We could not answer: the next retry (or replica) may take the event over at once."""
        return self._settle_event(event_id, owner, lease_until=utcnow())

    def _settle_event(self, event_id: str, owner: str, **values: Any) -> bool:
        with self.db.write() as session, session.begin():
            result = session.execute(
                update(ProcessedEvent)
                .where(
                    ProcessedEvent.event_id == event_id[:255],
                    ProcessedEvent.owner == owner[:128],
                    ProcessedEvent.state == "received",
                )
                .values(**values)
            )
            return result.rowcount > 0

    def event_state(self, event_id: str) -> EventRecord | None:
        with self.db.read() as session, session.begin():
            row = session.get(ProcessedEvent, event_id[:255])
            if row is None:
                return None
            return EventRecord(
                event_id=row.event_id,
                state=row.state,
                owner=row.owner,
                attempts=row.attempts,
                lease_until=_utc(row.lease_until) if row.lease_until else None,
            )

    # -- reading --------------------------------------------------------------------------

    def thread_facts(self, channel: str, thread: str) -> dict[str, Any] | None:
        """The facts of the latest answer in a thread that had any (masked contacts dropped)."""
        with self.db.read() as session, session.begin():
            rows = session.scalars(
                select(LogEntry.facts)
                .where(LogEntry.channel == channel, LogEntry.thread == thread)
                .order_by(LogEntry.id.desc())
                .limit(20)
            ).all()
        for facts in rows:
            kept = {k: v for k, v in (facts or {}).items() if not is_placeholder(v)}
            if kept:
                return kept
        return None

    def _query(self, flagged_only: bool, since: dt.date | dt.datetime | None):
        query = select(LogEntry).order_by(LogEntry.id.desc())
        if flagged_only:
            query = query.where(flagged_clause())
        if since is not None:
            query = query.where(LogEntry.created_at >= _naive_utc(since))
        return query

    def list(
        self,
        flagged_only: bool = False,
        since: dt.date | dt.datetime | None = None,
        limit: int | None = 100,
        viewer: str | None = None,
    ) -> list[LogRecord]:
        """Entries, newest first. The read is recorded under ``viewer``."""
        query = self._query(flagged_only, since)
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as session, session.begin():
            records = [_to_record(row) for row in session.scalars(query)]
        self._audit(
            viewer,
            "list",
            {
                "flagged_only": flagged_only,
                "since": since.isoformat() if since else None,
                "limit": limit,
                "ids": [r.id for r in records][:1000],
            },
        )
        return records

    def get(self, entry_id: int, viewer: str | None = None) -> LogRecord | None:
        with self.db.read() as session, session.begin():
            row = session.get(LogEntry, entry_id)
            record = _to_record(row) if row else None
        self._audit(viewer, "show", {"id": entry_id, "found": record is not None})
        return record

    def export_csv(
        self,
        target: Path | str | io.TextIOBase,
        *,
        flagged_only: bool = False,
        since: dt.date | dt.datetime | None = None,
        viewer: str | None = None,
    ) -> int:
        """Write the log (masked, as stored) to a CSV file; returns the number of rows."""
        columns = list(LogRecord.model_fields)
        count = 0
        handle = (
            open(target, "w", newline="", encoding="utf-8")  # noqa: SIM115 - closed below
            if isinstance(target, str | Path)
            else target
        )
        try:
            writer = csv.writer(handle)
            writer.writerow(columns)
            with self.db.read() as session, session.begin():
                for row in session.scalars(self._query(flagged_only, since)):
                    data = _to_record(row).model_dump(mode="json")
                    data["rule_ids"] = " ".join(data["rule_ids"])
                    data["facts"] = json.dumps(data["facts"], ensure_ascii=False, sort_keys=True)
                    writer.writerow([_csv_cell(data[c]) for c in columns])
                    count += 1
        finally:
            if handle is not target:
                handle.close()
        self._audit(
            viewer,
            "export",
            {
                "flagged_only": flagged_only,
                "since": since.isoformat() if since else None,
                "rows": count,
            },
        )
        return count

    def count(self, flagged_only: bool = False) -> int:
        query = select(func.count(LogEntry.id))
        if flagged_only:
            query = query.where(flagged_clause())
        with self.db.read() as session, session.begin():
            return int(session.scalar(query) or 0)

    # -- accountability and retention -----------------------------------------------------

    def _audit(self, viewer: str | None, action: str, detail: dict[str, Any]) -> None:
        with self.db.write() as session, session.begin():
            session.add(
                LogAccess(
                    at=utcnow(),
                    viewer=(viewer or "unspecified")[:128],
                    action=action,
                    detail=detail,
                )
            )

    def accesses(self, limit: int = 100) -> list[AccessRecord]:
        """Who read the log, newest first."""
        with self.db.read() as session, session.begin():
            rows = session.scalars(
                select(LogAccess).order_by(LogAccess.id.desc()).limit(limit)
            ).all()
            return [
                AccessRecord(
                    id=r.id,
                    at=_utc(r.at),
                    viewer=r.viewer,
                    action=r.action,
                    detail=dict(r.detail or {}),
                )
                for r in rows
            ]

    def purge(self, now: dt.datetime | None = None, viewer: str | None = None) -> PurgeResult:
        """Delete entries (and access records) older than the retention period."""
        now = _naive_utc(now) if now else utcnow()
        cutoff = now - dt.timedelta(days=self.retention_days)
        with self.db.write() as session, session.begin():
            entries = session.execute(delete(LogEntry).where(LogEntry.created_at < cutoff))
            accesses = session.execute(delete(LogAccess).where(LogAccess.at < cutoff))
            events = session.execute(
                delete(ProcessedEvent).where(ProcessedEvent.claimed_at < now - EVENT_RETENTION)
            )
            result = PurgeResult(
                cutoff=_utc(cutoff),
                retention_days=self.retention_days,
                entries=entries.rowcount,
                accesses=accesses.rowcount,
                events=events.rowcount,
            )
        if self.db.is_sqlite:
            # Move the (zeroed) pages out of the write-ahead log into the file, and empty the log.
            raw = self.db.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        self._audit(viewer, "purge", result.model_dump(mode="json"))
        return result


_journals: dict[str, Journal] = {}
_journals_lock = threading.Lock()


def get_journal(settings: Settings | None = None) -> Journal:
    """The process's Journal for the configured database (one per database URL)."""
    settings = settings or get_settings()
    url = normalise_url(settings.resolved_database_url)
    key = f"{url}|{settings.log_retention_days}"
    with _journals_lock:
        journal = _journals.get(key)
        if journal is None:
            journal = Journal(url, retention_days=settings.log_retention_days)
            _journals[key] = journal
        return journal
