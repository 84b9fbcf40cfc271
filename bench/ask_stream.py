"""(1b) `gardefou ask --json -` measured from outside, as a script or an operator meets it: the
time from starting the process to its first answer, then the marginal time per question (one
question written, its JSON line read back, the next one written)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.indexed import ensure_index
from bench.questions import questions
from bench.result import SectionResult, Skipped
from bench.timing import summary_ms

TITLE = "Start-up and marginal time of `gardefou ask --json -` (from outside)"
QUESTIONS = 100
QUICK_QUESTIONS = 30
RUNS = 3  # cold starts (the first also warms the OS page cache)


def measure(workdir: Path, batch: list[str], env: dict[str, str] | None = None) -> dict:
    """One process: seconds to the first answer, then the time of each following answer."""
    script = Path(sys.executable).with_name("gardefou")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(script), "ask", "--json", "-"],
        cwd=workdir,
        env=env or os.environ.copy(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        bufsize=1,
    )
    assert proc.stdin and proc.stdout
    times = []
    try:
        for question in batch:
            t1 = time.perf_counter()
            proc.stdin.write(question.replace("\n", " ") + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"`ask --json -` ended (code {proc.poll()})")
            times.append(time.perf_counter() - t1)
        first = times[0] + (time.perf_counter() - t0 - sum(times))
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    return {"first": first, "marginal": times[1:]}


def run(workdir: Path, quick: bool) -> SectionResult:
    if not Path(sys.executable).with_name("gardefou").exists():
        raise Skipped("the `gardefou` console script is not installed")
    ensure_index(workdir / "data")
    n = QUICK_QUESTIONS if quick else QUESTIONS
    batch = questions(n + 1, seed=14)
    runs = [measure(workdir, batch) for _ in range(1 if quick else RUNS)]
    firsts = [r["first"] for r in runs]
    marginal = [t for r in runs for t in r["marginal"]]
    m = summary_ms(marginal)
    return SectionResult(
        name="ask_stream",
        title=TITLE,
        metrics={
            "runs (fresh processes)": len(runs),
            "start-up to first answer s (each run)": ", ".join(f"{f:.2f}" for f in firsts),
            "start-up to first answer s (median)": round(statistics.median(firsts), 2),
            "questions after the first, per run": n,
            "marginal median / p95 / max ms": f"{m['median_ms']} / {m['p95_ms']} / {m['max_ms']}",
        },
        notes=[
            "`gardefou ask --json -` started as a subprocess in the bench's data dir (SQLite log, "
            "embedded Chroma): the first time is from the process start to its first JSON line; "
            "the marginal time is one question written to its standard input to its answer read "
            "back, sequentially (each answer is written to the log, as in normal use).",
        ],
    )
