"""What the listeners work with: settings, the pipeline, the journal; and the few rules they share
(who is a manager, whether an event was already handled, whether a conversation is private)."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    pipeline: Any  # bot.pipeline.Pipeline (or a stand-in with the same ask/check)
    journal: Any  # bot.db.journal.Journal (or a stand-in)
    # Used only when the database cannot be reached: retries are then deduped in this process.
    _seen: OrderedDict[str, None] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def is_manager(self, user_id: str | None) -> bool:
        return bool(user_id) and user_id in self.settings.manager_ids

    def claim(self, key: str | None) -> bool:
        """True the first time an event is seen (Slack retries resend the same event_id)."""
        if not key:
            return True
        try:
            return bool(self.journal.claim_event(key))
        except Exception:
            log.warning("claim_event failed; deduplicating in memory", exc_info=True)
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            while len(self._seen) > 10_000:
                self._seen.popitem(last=False)
            return True

    def record(self, question: str | None, answer: Any, **where: Any) -> int | None:
        """Log the answer; its id goes into the buttons. An answer is never lost if this fails."""
        try:
            return int(self.journal.record(question, answer, surface="slack", **where))
        except Exception:
            log.error("could not write the log entry", exc_info=True)
            return None


def is_private(channel_id: str | None) -> bool:
    """A direct message with the bot: the rep is the only reader, contacts may be shown."""
    return bool(channel_id) and channel_id.startswith("D")
