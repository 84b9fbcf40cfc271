"""The daily law watch of `gardefou serve` (GARDEFOU_SOURCES_WATCH=daily; off by default): refetch
every official text, record what changed, and re-index when a text is new or changed so that
answers cite the current wording."""

from __future__ import annotations

import logging
import threading

from bot.settings import Settings

log = logging.getLogger(__name__)

DAY_S = 24 * 3600
#: Not at start-up: a restart loop must not hammer Légifrance.
FIRST_AFTER_S = 15 * 60


def watch_once(settings: Settings) -> None:
    from ingest.index import IngestBusy, ingest
    from ingest.sources.watch import run

    report = run(settings)
    for o in report.having("failed"):
        log.warning("official text %s not fetched: %s", o.source_id, o.error)
    for o in report.having("changed"):
        log.warning(
            "official text %s changed (change %s): rules to review %s",
            o.source_id,
            o.change_id,
            ", ".join(o.rule_ids) or "none",
        )
    if report.text_changed:
        try:
            ingest(settings=settings)
        except IngestBusy:
            log.info("an ingest is already running: it will pick the new texts up")


def start_watch_thread(
    settings: Settings, *, every_s: float = DAY_S, first_after_s: float = FIRST_AFTER_S
) -> threading.Event:
    """Run `watch_once` after `first_after_s`, then every `every_s`; set the Event to stop."""
    stop = threading.Event()
    log.info(
        "law watch on: official texts refetched in %.0f min, then every %.0f h",
        first_after_s / 60,
        every_s / 3600,
    )

    def loop() -> None:
        if stop.wait(first_after_s):
            return
        while not stop.is_set():
            try:
                watch_once(settings)
            except Exception:  # a failed watch is retried tomorrow, the bot keeps answering
                log.warning("official-text watch failed", exc_info=True)
            stop.wait(every_s)

    threading.Thread(target=loop, name="gardefou-sources-watch", daemon=True).start()
    return stop
