"""Changes in the official texts, in the database (table `source_changes`): what changed (a
unified diff of the extracted text), which rules rest on it, and whether it has been reviewed.

In the database rather than the data dir so that every replica sees the same review state."""

from __future__ import annotations

import datetime as dt
import difflib

from pydantic import BaseModel
from sqlalchemy import or_, select, update

from bot.db.engine import Sessions, get_engine
from bot.db.models import SourceChange, utcnow
from bot.settings import Settings
from ingest.sources.registry import OfficialSource

DIFF_CONTEXT = 2
DIFF_MAX_CHARS = 200_000  # a rewritten code page: keep the start, say it was cut


class ChangeRecord(BaseModel):
    id: int
    source_id: str
    url: str
    label: str
    detected_at: dt.datetime
    rule_ids: list[str]
    diff: str
    reviewed_at: dt.datetime | None = None
    reviewed_by: str | None = None

    @property
    def pending(self) -> bool:
        return self.reviewed_at is None


def unified_diff(old: str, new: str, source_id: str, old_when: str, new_when: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(),
        new.splitlines(),
        fromfile=f"{source_id} ({old_when})",
        tofile=f"{source_id} ({new_when})",
        n=DIFF_CONTEXT,
        lineterm="",
    )
    diff = "\n".join(lines)
    if len(diff) > DIFF_MAX_CHARS:
        diff = diff[:DIFF_MAX_CHARS] + "\n… (diff cut)"
    return diff


class Changes:
    def __init__(self, settings: Settings) -> None:
        self.db = Sessions(get_engine(settings.resolved_database_url))

    def record(
        self,
        source: OfficialSource,
        *,
        old_hash: str,
        new_hash: str,
        diff: str,
        at: dt.datetime | None = None,
    ) -> int:
        with self.db.write() as session, session.begin():
            row = SourceChange(
                source_id=source.id,
                url=source.url,
                label=source.label[:255],
                detected_at=at or utcnow(),
                old_hash=old_hash,
                new_hash=new_hash,
                diff=diff,
                rule_ids=list(source.rule_ids),
            )
            session.add(row)
            session.flush()
            return int(row.id)

    def pending(self) -> list[ChangeRecord]:
        return self._select(SourceChange.reviewed_at.is_(None))

    def for_source(self, source_id: str) -> list[ChangeRecord]:
        return self._select(SourceChange.source_id == source_id)

    def get(self, change_id: int) -> ChangeRecord | None:
        found = self._select(SourceChange.id == change_id)
        return found[0] if found else None

    def review(self, target: str, by: str) -> list[int]:
        """Mark reviewed one change (its number) or every pending change of a source (its id).

        Returns the ids marked; empty when nothing pending matched."""
        match = SourceChange.source_id == target
        if target.isdigit():
            match = or_(SourceChange.id == int(target), match)
        with self.db.write() as session, session.begin():
            ids = list(
                session.scalars(
                    select(SourceChange.id).where(match, SourceChange.reviewed_at.is_(None))
                )
            )
            if ids:
                session.execute(
                    update(SourceChange)
                    .where(SourceChange.id.in_(ids))
                    .values(reviewed_at=utcnow(), reviewed_by=by[:128])
                )
        return sorted(ids)

    def _select(self, where) -> list[ChangeRecord]:  # type: ignore[no-untyped-def]
        with self.db.read() as session:
            rows = session.scalars(select(SourceChange).where(where).order_by(SourceChange.id))
            return [
                ChangeRecord(
                    id=r.id,
                    source_id=r.source_id,
                    url=r.url,
                    label=r.label,
                    detected_at=r.detected_at,
                    rule_ids=list(r.rule_ids or []),
                    diff=r.diff,
                    reviewed_at=r.reviewed_at,
                    reviewed_by=r.reviewed_by,
                )
                for r in rows
            ]
