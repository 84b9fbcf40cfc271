"""The retention period applied on a schedule by long-running processes (the Slack server)."""

from __future__ import annotations

import logging
import threading

from bot.settings import Settings, get_settings

log = logging.getLogger(__name__)

DAY_S = 24 * 3600


def start_purge_thread(settings: Settings | None = None, every_s: float = DAY_S) -> threading.Event:
    """Purge the log now and then every ``every_s`` seconds in a daemon thread.

    Returns an Event: set it to stop the thread. A failed purge is logged and retried next time.
    """
    from bot.db.journal import get_journal

    settings = settings or get_settings()
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                result = get_journal(settings).purge(viewer="system:retention")
                if result.entries:
                    log.info("purged %d log entries older than %s", result.entries, result.cutoff)
            except Exception:
                log.warning("scheduled log purge failed", exc_info=True)
            stop.wait(every_s)

    threading.Thread(target=run, name="gardefou-log-purge", daemon=True).start()
    return stop
