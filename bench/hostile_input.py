"""(7) Hostile input: what an outsider without the signing secret costs the server, and what
adversarial text costs the maskers.

- The real HTTP server (`bot.server.create_server` under uvicorn, in its own process on
  127.0.0.1): time to refuse a 5 MB unsigned POST (declared length, and chunked), and /healthz
  latency while four clients keep sending such bodies.
- The maskers on 40,000-character adversarial strings (runs of one character, `Aa.`,
  `Jean Dupont, `…): the journal's masker (spaCy loaded beforehand), the log scrubber and the
  channel masker; best of three runs each (this machine is shared), target < 200 ms.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from bench.result import SectionResult
from bench.servers import free_port, wait_http
from bench.timing import summary_ms

TITLE = "Hostile input: 5 MB unsigned POSTs and adversarial text for the maskers"
FIVE_MB = 5 * 1024 * 1024
ATTACK_SECONDS = 6.0
QUICK_ATTACK_SECONDS = 3.0
ATTACKERS = 4
MASK_TARGET_MS = 200.0
N = 40_000

_SERVER = """
import sys, uvicorn
from slack_bolt import App
from bot.server import create_server
app = App(signing_secret="bench-signing-secret", token="xoxb-bench",
          token_verification_enabled=False)
uvicorn.run(create_server(app), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


_ATTACKERS = """
import sys, threading, time, httpx
base, count, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
body = b"a" * (5 * 1024 * 1024)
end = time.monotonic() + seconds
def attack():
    while time.monotonic() < end:
        try:
            with httpx.Client(base_url=base, timeout=30) as http:
                http.post("/slack/events", content=body,
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
        except httpx.TransportError:
            pass
threads = [threading.Thread(target=attack) for _ in range(count)]
for t in threads: t.start()
for t in threads: t.join()
"""


def adversarial() -> dict[str, str]:
    return {
        "a × 40k": "a" * N,
        "@ × 40k": "@" * N,
        ". × 40k": "." * N,
        "' × 40k": "'" * N,
        "% × 40k": "%" * N,
        "Aa. × 13k": "Aa." * (N // 3),
        "'Jean Dupont, ' × 3k": "Jean Dupont, " * (N // 13),
        "'1 ' × 20k then a letter": "1 " * (N // 2 - 1) + "a",
        "'a@' × 20k": "a@" * (N // 2),
        "'12 rue ' × 5.7k": "12 rue " * (N // 7),
        "'jean dupont ' × 3.3k": "jean dupont " * (N // 12),
    }


def _slow_body(total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"a" * 65536
        sent += 65536


def _refuse_once(base: str, chunked: bool) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            body = _slow_body(FIVE_MB) if chunked else b"a" * FIVE_MB
            response = http.post(
                "/slack/events",
                content=body,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            outcome = str(response.status_code)
    except httpx.TransportError as exc:  # closed by the server before the whole body was sent
        outcome = f"closed ({type(exc).__name__})"
    return time.perf_counter() - started, outcome


def _probe_healthz(base: str, seconds: float) -> tuple[dict, int]:
    """/healthz every 20 ms for ``seconds``: latency summary (with the count) and failures."""
    latencies, failures = [], 0
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=base, timeout=10) as http:
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                ok = http.get("/healthz").status_code == 200
            except httpx.TransportError:
                ok = False
            latencies.append(time.perf_counter() - started)
            failures += not ok
            time.sleep(0.02)
    return {**summary_ms(latencies), "count": len(latencies)}, failures


def _server_figures(quick: bool) -> tuple[dict, list[str]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-c", _SERVER, str(port)])
    try:
        wait_http(base + "/healthz", timeout=60, proc=proc)
        refusals = {}
        for chunked in (False, True):
            times = [_refuse_once(base, chunked) for _ in range(3)]
            label = "chunked" if chunked else "content_length"
            refusals[f"refuse_5mb_{label}_ms_max"] = round(max(t for t, _ in times) * 1000, 1)
            refusals[f"refuse_5mb_{label}_outcome"] = times[-1][1]

        idle = _probe_healthz(base, 2.0 if quick else 3.0)
        # The attackers run in a process of their own, so that the probe's latency is the
        # server's, not this process's threads fighting over the GIL.
        seconds = QUICK_ATTACK_SECONDS if quick else ATTACK_SECONDS
        attackers = subprocess.Popen(
            [sys.executable, "-c", _ATTACKERS, base, str(ATTACKERS), str(seconds + 1)]
        )
        time.sleep(0.5)  # the attack under way
        under, failures = _probe_healthz(base, seconds)
        attackers.wait(timeout=60)
        figures = {
            **refusals,
            "healthz_idle_median_ms": idle[0]["median_ms"],
            "healthz_idle_p95_ms": idle[0]["p95_ms"],
            "healthz_under_attack_median_ms": under["median_ms"],
            "healthz_under_attack_p95_ms": under["p95_ms"],
            "healthz_under_attack_max_ms": under["max_ms"],
            "healthz_probes_under_attack": under["count"],
            "healthz_failures_under_attack": failures,
        }
        notes = [
            f"{ATTACKERS} clients each send 5 MB unsigned bodies in a loop while /healthz is "
            "probed every 20 ms; the server refuses past GARDEFOU_MAX_REQUEST_BYTES (413). The "
            "idle figures are the same probe with no attack, just before.",
        ]
        return figures, notes
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _best_ms(fn, text: str) -> tuple[float, float]:
    """(wall, CPU) milliseconds, the best of three runs each."""
    wall = cpu = float("inf")
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn(text)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return round(wall * 1000, 1), round(cpu * 1000, 1)


def run(workdir: Path, quick: bool) -> SectionResult:
    from bot.logging_setup import scrub
    from bot.privacy.masking import get_nlp, mask_text
    from bot.views.masking import mask_text as channel_mask

    figures, notes = _server_figures(quick)

    get_nlp()  # loaded once per process in production too
    mask_text("Jean Dupont habite 12 rue des Lilas.")
    rows = []
    for name, text in adversarial().items():
        row: dict = {"input": name}
        for column, fn in (("journal", mask_text), ("log", scrub), ("channel", channel_mask)):
            row[f"{column}_ms"], row[f"{column}_cpu_ms"] = _best_ms(fn, text)
        rows.append(row)
    worst_wall = max(row[f"{c}_ms"] for row in rows for c in ("journal", "log", "channel"))
    worst_cpu = max(row[f"{c}_cpu_ms"] for row in rows for c in ("journal", "log", "channel"))
    one_mb_wall, one_mb_cpu = _best_ms(mask_text, "Jean Dupont, " * 80_000)
    figures |= {
        "mask_40k_worst_ms": worst_wall,
        "mask_40k_worst_cpu_ms": worst_cpu,
        "mask_40k_target_ms": MASK_TARGET_MS,
        "mask_40k_under_target_wall": worst_wall < MASK_TARGET_MS,
        "mask_40k_under_target_cpu": worst_cpu < MASK_TARGET_MS,
        "mask_1mb_ms": one_mb_wall,
        "mask_1mb_cpu_ms": one_mb_cpu,
    }
    notes.append(
        "Masking: best of 3 runs per input, wall clock and CPU time of this process (on a shared "
        "machine the wall clock also counts other processes' turns); a text longer than 50,000 "
        "characters is cut before masking, spaCy reads its first 500 and the phone library "
        "its first 2,000, the regexes and name rules the rest."
    )
    return SectionResult(name="hostile_input", title=TITLE, metrics=figures, rows=rows, notes=notes)
