"""Writes the managers' log from a background thread, so that a stream of answers (`ask --json -`,
`chat`) prints each answer without waiting for its masking and its database write — the first
entry waits for the French NER model, which loads in seconds. Entries keep their order; every
pending entry is written before `close()` returns."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


class BackgroundLog:
    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline  # its journal opens the database on first use, in the worker
        # One worker: entries are written in the order they were answered.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gardefou-log")
        self._pending: list[Future] = []

    def record(self, question: str | None, answer: Any, **where: Any) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._pool.submit(self._write, question, answer, where))

    def _write(self, question: str | None, answer: Any, where: dict[str, Any]) -> None:
        try:
            self.pipeline.journal.record(question, answer, **where)
        except Exception:
            log.error("could not write the log entry", exc_info=True)

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def __enter__(self) -> BackgroundLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
