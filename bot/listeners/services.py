"""What the listeners work with: settings, the pipeline, the journal; and the few rules they share
(who is a manager, whether an event was already handled, whether a conversation is private)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.db.journal import EventClaim
from bot.listeners.pacing import Buckets, ChannelPacer, Rate
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
    pacer: ChannelPacer = field(default_factory=ChannelPacer)
    user_limit: Buckets | None = None  # from settings.user_rate; None: no limit
    # Who holds an event claim (for operators reading the table): host and process.
    _owner: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")

    def __post_init__(self) -> None:
        if self.user_limit is None and self.settings.user_rate.strip() != "off":
            rate = Rate.parse(self.settings.user_rate)
            self.user_limit = Buckets(rate.per_second, rate.count)

    def over_limit(self, user_id: str | None) -> float:
        """0 if this user may ask now; else the seconds until they may (one user's loop cannot
        fill the answer threads that every rep shares)."""
        if self.user_limit is None or not user_id:
            return 0.0
        return self.user_limit.take(user_id)

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
        return self._claim_in_memory(key)

    def _claim_in_memory(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            while len(self._seen) > 10_000:
                self._seen.popitem(last=False)
            return True

    @contextlib.contextmanager
    def answering(self, key: str | None) -> Iterator[bool]:
        """Hold the claim on an event while answering it: yields True when it is ours to answer.

        A retry that finds another process answering waits (in Bolt's executor, after the ack)
        until that process finishes, or its lease runs out because it died; it then takes over.
        The lease is renewed while the body runs; on success the event is marked answered, on an
        exception it is released so that the next retry may answer it."""
        if not key:
            yield True
            return
        owner = f"{self._owner}:{uuid.uuid4().hex[:8]}"
        lease = self.settings.event_lease_s
        state = self._take(key, owner, lease)
        if state is None:  # the database is unreachable: dedupe in this process only
            yield self._claim_in_memory(key)
            return
        # The holder renews every lease/3: if it is alive it answers; if dead its lease expires.
        deadline = time.monotonic() + lease * 1.5 + 1
        while state is EventClaim.held and time.monotonic() < deadline:
            time.sleep(min(0.5, lease / 5))
            state = self._take(key, owner, lease) or EventClaim.held
        if state is not EventClaim.claimed:
            yield False
            return
        stop = threading.Event()
        renewer = threading.Thread(
            target=self._renew, args=(key, owner, lease, stop), name="gardefou-lease", daemon=True
        )
        renewer.start()
        try:
            yield True
        except BaseException:
            stop.set()
            self._settle(self.journal.release_event, key, owner)
            raise
        stop.set()
        self._settle(self.journal.finish_event, key, owner)

    def _take(self, key: str, owner: str, lease: float) -> EventClaim | None:
        try:
            return EventClaim(self.journal.take_event(key, owner, lease))
        except Exception:
            log.warning("take_event failed; deduplicating in memory", exc_info=True)
            return None

    def _renew(self, key: str, owner: str, lease: float, stop: threading.Event) -> None:
        while not stop.wait(lease / 3):
            try:
                if not self.journal.renew_event(key, owner, lease):
                    log.warning("lost the claim on an event being answered (lease ran out)")
                    return
            except Exception:
                log.warning("could not renew an event lease", exc_info=True)

    @staticmethod
    def _settle(action: Any, key: str, owner: str) -> None:
        try:
            action(key, owner)
        except Exception:
            log.warning("could not settle an event claim", exc_info=True)

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
