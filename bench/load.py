"""(6) Load: the HTTP Slack endpoint under 50 concurrent reps for 60 s, on loopback only.

`gardefou serve --http` runs as its own process on 127.0.0.1 with a fake Slack Web API (also on
127.0.0.1). 50 simulated reps each send a signed request (half `app_mention` events, half `/rgpd`
commands), time Slack's 3-second ack, wait for their answer to be posted, and ask again: a closed
loop, so the backlog is bounded by the number of reps. One mention in ten is re-delivered as Slack
does after a slow ack (same event id, `X-Slack-Retry-Num: 1`): it must not be answered twice.
At the end a burst is sent and the server gets SIGTERM at once: the answers in flight must still
arrive before it exits.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.fake_slack import FakeSlack
from bench.indexed import ensure_index
from bench.questions import questions
from bench.result import SectionResult, Skipped
from bench.servers import free_port, wait_http
from bench.timing import process_peak_rss_mib, summary_ms

TITLE = "Load: HTTP Slack endpoint, 50 concurrent signed requests"
REPS = 50
DURATION_S = 60
QUICK_DURATION_S = 15
ACK_LIMIT_S = 3.0
ANSWER_TIMEOUT_S = 90
RETRY_SHARE = 0.1
BURST = 20
SECRET = "bench-signing-secret"
SORRY_PREFIXES = ("Désolé, je n'ai pas pu", "Sorry, I could not")
CHECKS = [
    "channel=email audience=b2c consent=no customer=no",
    "channel=sms audience=b2c source=purchased consent=unknown",
    "canal=telephone cible=b2c consent=yes weekday=sunday hour=11",
    "channel=email audience=b2b address=professional related_offer=yes informed=yes objected=no",
    "channel=post audience=b2c objected=no informed=yes",
    "channel=phone audience=b2c customer=yes ongoing_contract=yes related_offer=yes",
]


class Sender:
    """Builds and signs Slack requests; remembers what it sent and what it got back."""

    def __init__(self, fake: FakeSlack) -> None:
        from slack_sdk.signature import SignatureVerifier

        self.verifier = SignatureVerifier(SECRET)
        self.fake = fake
        self.counter = itertools.count(1)
        self.pool = questions(200, seed=80)
        self.keys: list[tuple[str, str]] = []

    def headers(self, body: str, content_type: str, retry: bool = False) -> dict[str, str]:
        ts = str(int(time.time()))
        h = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": self.verifier.generate_signature(timestamp=ts, body=body),
        }
        if retry:
            h.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
        return h

    def mention(self, rep: int) -> tuple[tuple[str, str], str]:
        i = next(self.counter)
        channel, ts = f"C0BENCH{rep:03d}", f"{1_700_000_000 + i}.000100"
        body = {
            "token": "bench",
            "team_id": "T0BENCH",
            "api_app_id": "A0BENCH",
            "type": "event_callback",
            "event_id": f"Ev0BENCH{i:08d}",
            "event_time": int(time.time()),
            "event": {
                "type": "app_mention",
                "user": f"U0REP{rep:04d}",
                "text": f"<@U0GARDEFOU> {self.pool[i % len(self.pool)]}",
                "ts": ts,
                "event_ts": ts,
                "channel": channel,
                "channel_type": "channel",
            },
            "authorizations": [{"team_id": "T0BENCH", "user_id": "U0GARDEFOU", "is_bot": True}],
        }
        key = (channel, ts)
        self.keys.append(key)
        return key, json.dumps(body)

    def command(self, rep: int, name: str = "/rgpd") -> tuple[tuple[str, str], str]:
        i = next(self.counter)
        text = self.pool[i % len(self.pool)] if name == "/rgpd" else CHECKS[i % len(CHECKS)]
        channel = f"C0CMD{i:07d}"
        body = urlencode(
            {
                "token": "bench",
                "team_id": "T0BENCH",
                "channel_id": channel,
                "channel_name": "ventes",
                "user_id": f"U0REP{rep:04d}",
                "command": name,
                "text": text,
                "response_url": self.fake.response_url(f"cmd{i}"),
                "trigger_id": f"trigger.{i}",
                "api_app_id": "A0BENCH",
            }
        )
        key = (channel, "")
        self.keys.append(key)
        return key, body


async def _send(
    client,
    url: str,
    sender: Sender,
    kind: str,
    rep: int,
    stats: dict,
    retry: bool,
    retry_url: str | None = None,
):
    if kind == "mention":
        key, body = sender.mention(rep)
    else:
        key, body = sender.command(rep, "/rgpd" if kind == "command" else "/rgpd-check")
    ctype = "application/json" if kind == "mention" else "application/x-www-form-urlencoded"
    t0 = time.monotonic()
    try:
        resp = await client.post(url, content=body, headers=sender.headers(body, ctype))
        stats["ack"].append(time.monotonic() - t0)
        stats["status"][resp.status_code] = stats["status"].get(resp.status_code, 0) + 1
    except Exception as exc:  # noqa: BLE001 - a refused or timed-out request is a finding
        stats["ack"].append(time.monotonic() - t0)
        stats["status"][type(exc).__name__] = stats["status"].get(type(exc).__name__, 0) + 1
    stats["sent"][kind] += 1
    if retry:
        t1 = time.monotonic()
        try:
            resp = await client.post(
                retry_url or url, content=body, headers=sender.headers(body, ctype, retry=True)
            )
            stats["retry_status"][resp.status_code] = (
                stats["retry_status"].get(resp.status_code, 0) + 1
            )
        except Exception as exc:  # noqa: BLE001 - counted like the first send
            stats["retry_status"][type(exc).__name__] = 1 + stats["retry_status"].get(
                type(exc).__name__, 0
            )
        stats["retry_ack"].append(time.monotonic() - t1)
        stats["retried"].add(key)
    return key, t0


async def _drive(
    ports: int | list[int],
    fake: FakeSlack,
    sender: Sender,
    duration: float,
    arrived: dict,
    kinds: tuple,
):
    import httpx

    # Several replicas: rep r talks to replica r mod n, and its retries go to the next one.
    urls = [
        f"http://127.0.0.1:{p}/slack/events" for p in ([ports] if isinstance(ports, int) else ports)
    ]
    stats = {
        "ack": [],
        "status": {},
        "retry_ack": [],
        "retry_status": {},
        "retried": set(),
        "answer": [],
        "waited_out": 0,
        "sent": {"mention": 0, "command": 0, "check": 0},
    }
    loop = asyncio.get_running_loop()
    waiters: dict[tuple[str, str], asyncio.Event] = {}

    def notify(key: tuple[str, str]) -> None:
        arrived[key] = arrived.get(key, 0) + 1
        if key in waiters:
            waiters[key].set()

    fake.on_post = lambda key: loop.call_soon_threadsafe(notify, key)
    rng = random.Random(8)
    end = time.monotonic() + duration
    limits = httpx.Limits(max_connections=REPS * 2, max_keepalive_connections=REPS * 2)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def rep(r: int) -> None:
            while time.monotonic() < end:
                kind = kinds[r % len(kinds)]
                retry = kind == "mention" and rng.random() < RETRY_SHARE
                # Register the waiter before sending: the answer may come back before the ack.
                url, retry_url = urls[r % len(urls)], urls[(r + 1) % len(urls)]
                key, t0 = await _send(client, url, sender, kind, r, stats, retry, retry_url)
                event = waiters.setdefault(key, asyncio.Event())
                if arrived.get(key):
                    event.set()
                try:
                    await asyncio.wait_for(event.wait(), ANSWER_TIMEOUT_S)
                    stats["answer"].append(time.monotonic() - t0)
                except TimeoutError:
                    stats["waited_out"] += 1

        started = time.monotonic()
        await asyncio.gather(*(rep(r) for r in range(REPS)))
        stats["elapsed"] = time.monotonic() - started
        await asyncio.sleep(3)  # late duplicates would land here
    fake.on_post = lambda key: None  # this loop closes; later posts are only recorded
    return stats


async def _burst_then_sigterm(port: int, sender: Sender, proc: subprocess.Popen, kind: str) -> dict:
    import httpx

    url = f"http://127.0.0.1:{port}/slack/events"
    stats = {
        "ack": [],
        "status": {},
        "retry_ack": [],
        "retry_status": {},
        "retried": set(),
        "sent": {"mention": 0, "command": 0, "check": 0},
    }
    async with httpx.AsyncClient(timeout=30) as client:
        sent = await asyncio.gather(
            *(_send(client, url, sender, kind, r, stats, False) for r in range(BURST))
        )
    proc.send_signal(signal.SIGTERM)
    t0 = time.monotonic()
    return {"keys": [k for k, _ in sent], "stats": stats, "sigterm_at": t0}


def _metrics(port: int) -> dict[str, float]:
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    out: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r"gardefou_answers_total\{(.*)\} ([0-9.e+]+)", line)
        if m and 'surface="slack"' in m.group(1):
            verdict = re.search(r'verdict="(\w+)"', m.group(1))
            out[verdict.group(1) if verdict else "?"] = float(m.group(2))
    return out


def _wait_warm(port: int, timeout: float) -> float:
    """Seconds until the server's background warm-up answered (seen on /metrics), or -1."""
    import urllib.request

    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
                if 'surface="warmup"' in resp.read().decode():
                    return time.monotonic() - t0
        except OSError:
            pass
        time.sleep(0.5)
    return -1.0


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        import httpx  # noqa: F401
        from slack_sdk.signature import SignatureVerifier  # noqa: F401

        from bot.app import create_app  # noqa: F401
        from bot.server import create_server  # noqa: F401
    except ImportError as exc:
        raise Skipped(f"the Slack app is not complete ({exc})") from exc
    try:
        from bot.understand import answer_question  # noqa: F401

        kinds: tuple[str, ...] = ("mention", "command", "check")
    except ImportError:
        kinds = ("check",)  # free text not written yet: structured checks only
    ensure_index(workdir / "data")
    duration = QUICK_DURATION_S if quick else DURATION_S
    script = Path(sys.executable).with_name("gardefou")
    port = free_port()
    log_path = workdir / "load-server.log"

    with FakeSlack() as fake, log_path.open("w") as log:
        env = {k: v for k, v in os.environ.items() if k != "SLACK_APP_TOKEN"}
        env.update(
            SLACK_BOT_TOKEN="xoxb-bench",
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=fake.api_url,
            GARDEFOU_DATA_DIR=str(workdir / "data"),
            GARDEFOU_USER_RATE="off",  # each simulated rep asks far faster than a person
        )
        t_start = time.monotonic()
        proc = subprocess.Popen(
            [str(script), "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
            cwd=workdir,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_http(f"http://127.0.0.1:{port}/healthz", timeout=120, proc=proc)
            ready_s = time.monotonic() - t_start
            warm_s = _wait_warm(port, 240)
            sender = Sender(fake)
            arrived: dict[tuple[str, str], int] = {}
            stats = asyncio.run(_drive(port, fake, sender, duration, arrived, kinds))
            counted = _metrics(port)
            rss = process_peak_rss_mib(proc.pid)
            n_main = len(sender.keys)
            burst = asyncio.run(_burst_then_sigterm(port, sender, proc, kinds[0]))
            try:
                proc.wait(timeout=120)
                exit_s = time.monotonic() - burst["sigterm_at"]
            except subprocess.TimeoutExpired:
                exit_s = -1.0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        time.sleep(1)
        with fake.lock:
            posts = {k: list(v) for k, v in fake.posts.items()}

    main_keys = sender.keys[:n_main]
    lost = [k for k in main_keys if not posts.get(k)]
    doubled = [k for k in main_keys if len(posts.get(k, [])) > 1]
    errors = sum(
        1 for k in main_keys for p in posts.get(k, []) if str(p["text"]).startswith(SORRY_PREFIXES)
    )
    retried_doubled = [k for k in stats["retried"] if len(posts.get(k, [])) > 1]
    burst_answered = sum(1 for k in burst["keys"] if posts.get(k))
    acks = stats["ack"]
    others = {str(k): v for k, v in stats["status"].items() if k != 200}
    within = sum(1 for a in acks if a <= ACK_LIMIT_S)
    ok_status = stats["status"].get(200, 0)
    a = summary_ms(acks)
    ans = summary_ms(stats["answer"])
    return SectionResult(
        name="load",
        title=TITLE,
        metrics={
            "duration s": round(stats["elapsed"], 1),
            "requests (mentions / `/rgpd` / `/rgpd-check`)": (
                f"{n_main:,} ({stats['sent']['mention']:,} / {stats['sent']['command']:,} / "
                f"{stats['sent']['check']:,})"
            ),
            "HTTP 200": f"{ok_status:,} of {len(acks):,}",
            "other statuses": ", ".join(f"{k}: {v}" for k, v in others.items()) or "none",
            "acked within 3 s": f"{within:,} of {len(acks):,} ({100 * within / max(len(acks), 1):.1f} %)",
            "ack median / p95 / max ms": f"{a['median_ms']} / {a['p95_ms']} / {a['max_ms']}",
            "answers lost": len(lost),
            "answers doubled": len(doubled),
            "error answers (the 'sorry' message)": errors,
            "retries (same event id) answered twice": f"{len(retried_doubled)} of {len(stats['retried'])}",
            "answer median / p95 / max ms (request sent → answer posted)": (
                f"{ans['median_ms']:,} / {ans['p95_ms']:,} / {ans['max_ms']:,}"
            ),
            "answers per second": round(len(stats["answer"]) / max(stats["elapsed"], 1e-9), 2),
            "answers counted by /metrics (slack)": int(sum(counted.values())),
            "server: start → /healthz s": round(ready_s, 1),
            "server: start → warm-up answered s": round(ready_s + warm_s, 1)
            if warm_s >= 0
            else "not seen",
            "server peak RSS MiB": rss,
            f"SIGTERM with {BURST} answers in flight: answered": f"{burst_answered} of {BURST}",
            "SIGTERM → process exit s": round(exit_s, 1)
            if exit_s >= 0
            else "did not exit in 120 s",
        },
        notes=[
            f"{REPS} reps in a closed loop on 127.0.0.1 (each sends, waits for its ack and its "
            f"answer, then asks again) for {duration} s; reps in turn mention the bot, use `/rgpd` "
            "and `/rgpd-check` (only the last while free-text understanding is absent: "
            f"{', '.join(kinds)} this run); questions from bench/questions.py. "
            "The server is `gardefou serve --http` "
            "(uvicorn, Bolt's listener executor) with SQLite and embedded Chroma; the fake Slack "
            "Web API and the 50 clients share the same 2 cores.",
            "An answer is lost if no message reached the fake Slack API for its channel/thread, "
            "doubled if more than one did; retries (10 % of mentions, `X-Slack-Retry-Num: 1`) must "
            "be acked and ignored.",
        ],
    )
