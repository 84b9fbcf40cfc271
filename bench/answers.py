"""(1) Answer latency for a batch of 200 questions, and start-up time.

Start-up is measured in a fresh process, the way a rep meets it after a restart: interpreter and
imports, then the first answer (which loads spaCy, the embedder and the index). The batch runs in
this process through `get_pipeline().ask(question, record=False)`: the whole product path (facts,
rules, retrieval, rendering) without writing the log.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bench.indexed import ensure_index
from bench.questions import questions
from bench.result import SectionResult, Skipped
from bench.timing import summary_ms

TITLE = "Answer latency (200 questions) and start-up time"

_STARTUP = """
import json, time
t0 = time.perf_counter()
from bot.pipeline import get_pipeline
pipeline = get_pipeline()
t1 = time.perf_counter()
pipeline.ask("Puis-je envoyer un SMS promotionnel à un particulier sans son accord ?", record=False)
t2 = time.perf_counter()
pipeline.ask("Can I email a customer about a similar product?", record=False)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "second": t3 - t2}))
"""


def _startup(workdir: Path) -> dict[str, float]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _STARTUP], cwd=workdir, capture_output=True, text=True, timeout=600
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"start-up probe failed: {proc.stderr.strip()[-400:]}")
    inner = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"wall": wall, **inner}


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        import bot.understand  # noqa: F401 - ask() needs it
        from bot.pipeline import get_pipeline
    except ImportError as exc:
        raise Skipped(f"the free-text pipeline is not complete ({exc})") from exc
    if not hasattr(sys.modules["bot.understand"], "answer_question"):
        raise Skipped("bot.understand.answer_question does not exist yet")
    ensure_index(workdir / "data")

    start = _startup(workdir)
    print(f"  start-up: {start}", flush=True)

    batch = questions(200)
    pipeline = get_pipeline()
    pipeline.ask(batch[0], record=False)  # models loaded before the clock starts
    # The embedder too: with GARDEFOU_DENSE=background it may still be loading.
    pipeline.retriever.warm(dense=True)
    times, verdicts, failures = [], Counter(), 0
    started = time.perf_counter()
    for question in batch:
        t0 = time.perf_counter()
        try:
            answer = pipeline.ask(question, record=False)
            verdicts[answer.verdict.value] += 1
        except Exception as exc:  # noqa: BLE001 - a failed answer is a finding, not a crash
            failures += 1
            verdicts[f"error {type(exc).__name__}"] += 1
        times.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    s = summary_ms(times)
    return SectionResult(
        name="answers",
        title=TITLE,
        metrics={
            "questions": len(batch),
            "median ms": s["median_ms"],
            "p95 ms": s["p95_ms"],
            "max ms": s["max_ms"],
            "throughput, one process (answers/s)": round(len(batch) / total, 1),
            "failures": failures,
            "verdicts": ", ".join(f"{k} {v}" for k, v in verdicts.most_common()),
            "start-up: process start to first answer (s)": round(
                start["wall"] - start["second"], 2
            ),
            "start-up: imports (s)": round(start["import"], 2),
            "start-up: first answer, models loading (s)": round(start["first"], 2),
            "second answer in that process (ms)": round(start["second"] * 1000, 1),
        },
        notes=[
            "Questions: 200 generated from templates (bench/questions.py), 60 % French, 25 % "
            "English, 15 % general questions (retention, breaches, call hours…); none is an "
            "evaluation case. Sequential, one process, warm models; `record=False`.",
            "Start-up: a fresh `python` process importing the pipeline and answering one question "
            "(no Slack); `gardefou serve` does the same in a background warm-up right after it "
            "starts listening, so Slack's 3-second ack never waits for it.",
        ],
    )
