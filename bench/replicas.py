"""(7) Replicas: two `gardefou serve --http` processes on one database, 50 concurrent reps.

Both replicas run on 127.0.0.1 with the same data dir (SQLite log and event claims, embedded
Chroma index read by both) and one fake Slack Web API. Rep r sends to replica r mod 2, as a load
balancer would; one mention in ten is re-delivered as Slack does after a slow ack (same event id,
`X-Slack-Retry-Num: 1`) to the *other* replica: the shared event claims must keep it from being
answered twice. Counted: acks, answers, duplicates, lost, answer time p50/p95.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.fake_slack import FakeSlack
from bench.indexed import ensure_index
from bench.load import ACK_LIMIT_S, REPS, SECRET, Sender, _drive, _wait_warm
from bench.result import SectionResult, Skipped
from bench.servers import free_port, wait_http
from bench.timing import percentile, process_peak_rss_mib, summary_ms

TITLE = "Replicas: 2 HTTP replicas on one database, 50 concurrent reps"
REPLICAS = 2
DURATION_S = 60
QUICK_DURATION_S = 10


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        from bot.understand import answer_question  # noqa: F401
    except ImportError as exc:
        raise Skipped(f"free-text understanding is not complete ({exc})") from exc
    ensure_index(workdir / "data")
    duration = QUICK_DURATION_S if quick else DURATION_S
    script = Path(sys.executable).with_name("gardefou")
    kinds = ("mention", "command", "check")
    with FakeSlack() as fake:
        env = {k: v for k, v in os.environ.items() if k != "SLACK_APP_TOKEN"}
        env.update(
            SLACK_BOT_TOKEN="xoxb-bench",
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=fake.api_url,
            GARDEFOU_DATA_DIR=str(workdir / "data"),
            GARDEFOU_USER_RATE="off",  # each simulated rep asks far faster than a person
        )
        ports = [free_port() for _ in range(REPLICAS)]
        procs: list[subprocess.Popen] = []
        logs = [(workdir / f"replica-{i}.log").open("w") for i in range(REPLICAS)]
        try:
            t_start = time.monotonic()
            for port, log in zip(ports, logs, strict=True):
                procs.append(
                    subprocess.Popen(
                        [
                            str(script),
                            "serve",
                            "--http",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            str(port),
                        ],
                        cwd=workdir,
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
            for port, proc in zip(ports, procs, strict=True):
                wait_http(f"http://127.0.0.1:{port}/healthz", timeout=180, proc=proc)
            for port in ports:
                _wait_warm(port, 240)
            ready_s = time.monotonic() - t_start
            sender = Sender(fake)
            arrived: dict[tuple[str, str], int] = {}
            stats = asyncio.run(_drive(ports, fake, sender, duration, arrived, kinds))
            rss = [process_peak_rss_mib(p.pid) for p in procs]
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=90)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for log in logs:
                log.close()
        time.sleep(1)
        with fake.lock:
            posts = {k: list(v) for k, v in fake.posts.items()}

    keys = sender.keys
    lost = [k for k in keys if not posts.get(k)]
    doubled = [k for k in keys if len(posts.get(k, [])) > 1]
    retried_doubled = [k for k in stats["retried"] if len(posts.get(k, [])) > 1]
    acks = stats["ack"]
    within = sum(1 for a in acks if a <= ACK_LIMIT_S)
    a = summary_ms(acks)
    answers = stats["answer"]
    p50 = round(percentile(answers, 50) * 1000) if answers else 0
    p95 = round(percentile(answers, 95) * 1000) if answers else 0
    others = {str(k): v for k, v in stats["status"].items() if k != 200}
    return SectionResult(
        name="replicas",
        title=TITLE,
        metrics={
            "replicas": REPLICAS,
            "duration s": round(stats["elapsed"], 1),
            "requests sent": f"{len(keys):,}",
            "acks (HTTP 200)": f"{stats['status'].get(200, 0):,} of {len(acks):,}",
            "other statuses": ", ".join(f"{k}: {v}" for k, v in others.items()) or "none",
            "acked within 3 s": f"{within:,} of {len(acks):,}",
            "ack median / p95 / max ms": f"{a['median_ms']} / {a['p95_ms']} / {a['max_ms']}",
            "answers": f"{len(keys) - len(lost):,}",
            "duplicates": len(doubled),
            "retries sent to the other replica answered twice": (
                f"{len(retried_doubled)} of {len(stats['retried'])}"
            ),
            "lost (no answer)": len(lost),
            "answer p50 / p95 ms (request sent → answer posted)": f"{p50:,} / {p95:,}",
            "answers per second": round(len(answers) / max(stats["elapsed"], 1e-9), 2),
            "start → both replicas warm s": round(ready_s, 1),
            "peak RSS MiB per replica": ", ".join(str(r) for r in rss),
        },
        notes=[
            f"{REPS} reps in a closed loop for {duration} s (mentions, `/rgpd`, `/rgpd-check`), "
            "half on each replica; retries (10 % of mentions) go to the other replica. Both "
            "replicas, the fake Slack API and the clients share the same cores, so the answer "
            "times are those of one machine split two ways, not of two machines.",
            "The per-user limit is off here (GARDEFOU_USER_RATE=off): a simulated rep asks again "
            "as soon as it is answered, far faster than a person.",
        ],
    )
