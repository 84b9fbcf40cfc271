"""One pass over the official sources: fetch each (conditional GET), keep the new text, and when
a text we had differs, record the change (diff + rules resting on it) before replacing our copy.

Used by `gardefou sources fetch`, `gardefou sources watch` and the daily job of `serve`. A page
that fails (HTTP error, timeout, no readable text) gets one line saying why, and its previous copy
stays as it was."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel

from bot.db.models import utcnow
from bot.settings import Settings
from ingest.sources.changes import Changes, unified_diff
from ingest.sources.extract import ExtractError, extract
from ingest.sources.fetch import Fetcher
from ingest.sources.registry import OfficialSource, load_registry
from ingest.sources.store import (
    SourceState,
    read_state,
    read_text,
    text_hash,
    write_state,
    write_text,
)

log = logging.getLogger(__name__)

Result = Literal["new", "changed", "unchanged", "not_modified", "failed"]


class UnknownSource(KeyError):
    """An id given on the command line names no source."""


class Outcome(BaseModel):
    source_id: str
    label: str
    url: str
    result: Result
    error: str = ""
    change_id: int | None = None
    rule_ids: list[str] = []


class WatchReport(BaseModel):
    outcomes: list[Outcome] = []

    def having(self, *results: Result) -> list[Outcome]:
        return [o for o in self.outcomes if o.result in results]

    @property
    def text_changed(self) -> bool:
        """A new or changed text: the index needs an ingest to cite it."""
        return bool(self.having("new", "changed"))


def select(sources: list[OfficialSource], ids: Sequence[str]) -> list[OfficialSource]:
    if not ids:
        return sources
    by_id = {s.id: s for s in sources}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise UnknownSource(", ".join(unknown))
    return [by_id[i] for i in ids]


def run(
    settings: Settings,
    *,
    ids: Sequence[str] = (),
    delay_s: float | None = None,
    timeout_s: float | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> WatchReport:
    sources = select(load_registry(settings.knowledge_dir), ids)
    report = WatchReport()
    changes: Changes | None = None

    def changes_db() -> Changes:  # opened only when a text changed
        nonlocal changes
        if changes is None:
            changes = Changes(settings)
        return changes

    with Fetcher(
        timeout_s=settings.sources_timeout_s if timeout_s is None else timeout_s,
        delay_s=settings.sources_delay_s if delay_s is None else delay_s,
    ) as fetcher:
        for source in sources:
            outcome = _one(settings, source, fetcher, changes_db)
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    return report


def _one(
    settings: Settings, source: OfficialSource, fetcher: Fetcher, changes: Callable[[], Changes]
) -> Outcome:
    data_dir = settings.data_dir
    now = utcnow()
    state = read_state(data_dir, source.id) or SourceState(id=source.id, url=source.url)
    state = state.model_copy(update={"url": source.url, "label": source.label, "attempted_at": now})
    old_text = read_text(data_dir, source.id)
    have_copy = old_text is not None and state.url == source.url
    reply = fetcher.get(
        source.url,
        etag=state.etag if have_copy else None,
        last_modified=state.last_modified if have_copy else None,
    )

    def done(result: Result, error: str = "", change_id: int | None = None) -> Outcome:
        state.last_error = error
        write_state(data_dir, state)
        return Outcome(
            source_id=source.id,
            label=source.label,
            url=source.url,
            result=result,
            error=error,
            change_id=change_id,
            rule_ids=source.rule_ids if result == "changed" else [],
        )

    if reply.outcome == "failed":
        return done("failed", reply.error)
    state.fetched_at = now
    state.etag, state.last_modified = reply.etag, reply.last_modified
    if reply.outcome == "not_modified":
        return done("not_modified")
    try:
        page = extract(reply.content, reply.content_type)
    except ExtractError as exc:
        return done("failed", str(exc))
    new_hash = text_hash(page.text)
    state.title = page.title or state.title
    if old_text is None:
        write_text(data_dir, source, page.text, now.date())
        state.hash, state.changed_at = new_hash, now
        return done("new")
    if text_hash(old_text) == new_hash:
        retrieved = (state.changed_at or now).date()
        write_text(data_dir, source, old_text, retrieved)  # the registry's metadata may have moved
        state.hash = new_hash
        return done("unchanged")
    diff = unified_diff(
        old_text,
        page.text,
        source.id,
        state.changed_at.date().isoformat() if state.changed_at else "previous copy",
        now.date().isoformat(),
    )
    try:  # recorded before our copy is replaced: a crash in between finds the change again
        change_id = changes().record(
            source, old_hash=text_hash(old_text), new_hash=new_hash, diff=diff, at=now
        )
    except Exception as exc:
        log.warning("could not record the change of %s", source.id, exc_info=True)
        return done(
            "failed", f"text changed but the change could not be recorded ({type(exc).__name__})"
        )
    write_text(data_dir, source, page.text, now.date())
    state.hash, state.changed_at = new_hash, now
    return done("changed", change_id=change_id)
