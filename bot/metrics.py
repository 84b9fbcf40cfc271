"""Prometheus metrics: answers by verdict and surface, latency. Served on /metrics by `serve`.

Counts only: no question text, no user id, nothing personal.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

ANSWERS = Counter(
    "gardefou_answers_total", "Answers given, by verdict and surface", ["verdict", "surface"]
)
ANSWER_SECONDS = Histogram(
    "gardefou_answer_seconds",
    "Time to answer one question or check, by surface",
    ["surface"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


def observe_answer(verdict: str, surface: str, seconds: float) -> None:
    ANSWERS.labels(verdict=verdict, surface=surface).inc()
    ANSWER_SECONDS.labels(surface=surface).observe(seconds)
