"""The managers' view of the log: latest flagged questions, filtered by why they were flagged."""

from __future__ import annotations

import datetime as dt
import logging
import re

from pydantic import BaseModel

from bot.listeners.services import Services
from bot.views.log import FILTERS, LogRow

log = logging.getLogger(__name__)

_ALIASES = {
    "interdit": "forbidden",
    "interdits": "forbidden",
    "manquant": "needs_info",
    "needs-info": "needs_info",
    "escalade": "escalated",
    "dpo": "escalated",
    "👎": "down",
    "negatif": "down",
    "tout": "all",
    "tous": "all",
}


class LogQuery(BaseModel):
    filter: str = "all"
    days: int | None = None


def parse_query(text: str | None) -> LogQuery:
    """``/rgpd-log interdits 7j`` -> forbidden entries of the last 7 days. Unknown words: all."""
    query = LogQuery()
    for word in (text or "").lower().split():
        if match := re.fullmatch(r"(\d{1,4})\s*[jd]", word):
            query.days = int(match.group(1))
        elif (name := _ALIASES.get(word, word)) in FILTERS:
            query.filter = name
    return query


def latest_flagged(
    services: Services, viewer: str, filter_: str = "all", days: int | None = None, limit: int = 15
) -> list[LogRow]:
    since = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days) if days else None
    entries = services.journal.list(flagged_only=True, since=since, limit=200, viewer=viewer)
    rows = [LogRow.of(e) for e in entries]
    rows = [r for r in rows if r.reasons() and (filter_ == "all" or filter_ in r.reasons())]
    return rows[:limit]
