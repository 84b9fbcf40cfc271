"""Two serving processes on one database, as two replicas behind one address: every event is
answered exactly once, a thread's follow-up keeps its facts whichever replica gets it, and a
replica killed (kill -9) mid-answer loses nothing: Slack's retry, sent to the other replica, is
answered there once the dead one's lease runs out (issue 15, item 7; issue 14)."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bot.db.engine import normalise_url

HERE = Path(__file__).resolve().parent
RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
LEASE_S = 2.0


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def replica(
    db_url: str, api_url: str, data_dir: Path, *, slow: bool, app_token: str | None = None
) -> Iterator[tuple]:
    """A `serve`-like process (real app, server, Journal; stand-in pipeline) on a free port;
    in Socket Mode when given an app token."""
    port = _free_port()
    env = {**os.environ, "GARDEFOU_EVENT_LEASE_S": str(LEASE_S)}
    env.pop("SLACK_APP_TOKEN", None)
    if app_token:
        env["SLACK_APP_TOKEN"] = app_token
    if slow:
        env["GARDEFOU_TEST_SLOW"] = "1"
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "replica_process.py"), db_url, str(port), api_url, data_dir],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "replica did not start"
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _claims(db_url: str) -> list[tuple[str, str, int]]:
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT state, owner, attempts FROM processed_events"))
            return [tuple(r) for r in rows]
    finally:
        engine.dispose()


def _claimed(db_url: str) -> int:
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM processed_events")).scalar_one()
    finally:
        engine.dispose()


def _answers(fake_slack, thread_ts: str) -> list[dict]:
    return [
        p
        for p in fake_slack.sent("chat.postMessage")
        if p.get("thread_ts") == thread_ts and "Faits connus" in (p.get("text") or "")
    ]


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_two_replicas_answer_once_keep_thread_facts_and_survive_a_kill(
    db_url, fake_slack, sender_for, tmp_path
):
    data = tmp_path / "data"
    with (
        replica(db_url, fake_slack.api_url, data, slow=True) as (url_a, proc_a),
        replica(db_url, fake_slack.api_url, data, slow=False) as (url_b, proc_b),
    ):
        to_a, to_b = sender_for(url_a), sender_for(url_b)

        # A thread started on one replica continues on the other with the facts already given.
        ts, _ = to_a.mention("Je peux envoyer un mail ?", event_id="EvFIRST")
        _wait(lambda: _answers(fake_slack, ts), 10, "no answer from replica A")
        to_b.mention("et à un particulier ?", thread_ts=ts, event_id="EvFOLLOW")
        _wait(lambda: len(_answers(fake_slack, ts)) == 2, 10, "no follow-up answer from B")
        assert "audience=b2c, channel=email" in _answers(fake_slack, ts)[-1]["text"]

        # Slack retries (late ack) to the other replica while the first is still answering.
        ts, first = to_a.mention("Je peux envoyer un mail ? lent 1.5", event_id="EvSLOW")
        _, retry = to_b.mention(
            "Je peux envoyer un mail ? lent 1.5", ts=ts, event_id="EvSLOW", headers=RETRY
        )
        assert first.status_code == retry.status_code == 200
        _wait(lambda: _answers(fake_slack, ts), 10, "the slow answer never came")
        time.sleep(LEASE_S)  # B has looked, seen the answer, and dropped the retry
        assert len(_answers(fake_slack, ts)) == 1

        # kill -9 of replica A in the middle of an answer; Slack's retry goes to B.
        before = _claimed(db_url)
        ts, _ = to_a.mention("Je peux envoyer un mail ? lent 600", event_id="EvKILL")
        _wait(lambda: _claimed(db_url) > before, 10, "A never claimed the event")
        proc_a.kill()
        proc_a.wait()
        killed_at = time.monotonic()
        _, retry = to_b.mention(
            "Je peux envoyer un mail ? lent 600", ts=ts, event_id="EvKILL", headers=RETRY
        )
        assert retry.status_code == 200
        _wait(lambda: _answers(fake_slack, ts), LEASE_S * 3 + 5, "the retry was never answered")
        waited = time.monotonic() - killed_at
        time.sleep(1)
        assert len(_answers(fake_slack, ts)) == 1
        # the dead replica's lease had to run out first, and B took the claim over
        assert waited >= LEASE_S * 0.5
        assert next(r for r in _claims(db_url) if r[2] == 2)[0] == "answered"
        assert all(state == "answered" for state, _, _ in _claims(db_url))
        assert proc_b.poll() is None


def _mention(text: str, ts: str, event_id: str, thread_ts: str | None = None) -> dict:
    event = {
        "type": "app_mention",
        "user": "UREP",
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "event_ts": ts,
        "channel": "C1",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return {
        "token": "legacy",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }


def test_socket_mode_replicas_answer_once_keep_thread_facts_and_survive_a_kill(
    db_url, fake_slack, tmp_path
):
    spec = importlib.util.spec_from_file_location("socket_mode_fake", HERE / "socket_mode_fake.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    socket = module.FakeSocketMode()
    fake_slack.socket_url = socket.url
    data = tmp_path / "data"
    try:
        with replica(db_url, fake_slack.api_url, data, slow=True, app_token="xapp-1") as (_, a):
            conn_a = socket.wait_connections(1)[0]
            with replica(db_url, fake_slack.api_url, data, slow=False, app_token="xapp-1") as (
                _,
                proc_b,
            ):
                conn_b = next(c for c in socket.wait_connections(2) if c is not conn_a)

                # Events spread over both connections: each acked, each answered exactly once.
                spread = [f"1700000100.{i:06d}" for i in range(6)]
                for i, ts in enumerate(spread):
                    envelope = socket.send_event(
                        (conn_a, conn_b)[i % 2],
                        _mention("Je peux envoyer un mail ?", ts, f"EvS{i}"),
                    )
                    socket.wait_ack(envelope)
                _wait(lambda: all(_answers(fake_slack, ts) for ts in spread), 15, "answers missing")

                # A follow-up in the thread, delivered to the other replica, keeps the facts.
                parent = spread[0]
                socket.send_event(
                    conn_b,
                    _mention(
                        "et à un particulier ?", "1700000200.000001", "EvSF", thread_ts=parent
                    ),
                )
                _wait(lambda: len(_answers(fake_slack, parent)) == 2, 10, "no follow-up answer")
                assert "audience=b2c, channel=email" in _answers(fake_slack, parent)[-1]["text"]

                # Replica A is killed mid-answer; Slack redelivers the event on B's connection.
                body = _mention("Je peux envoyer un mail ? lent 600", "1700000300.000001", "EvSK")
                before = _claimed(db_url)
                envelope = socket.send_event(conn_a, body)
                socket.wait_ack(envelope)
                _wait(lambda: _claimed(db_url) > before, 10, "A never claimed the event")
                a.kill()
                a.wait()
                socket.send_event(conn_b, body, retry=1, envelope=envelope)
                ts = body["event"]["ts"]
                _wait(lambda: _answers(fake_slack, ts), LEASE_S * 3 + 5, "retry never answered")
                time.sleep(1)
                assert len(_answers(fake_slack, ts)) == 1
                assert all(len(_answers(fake_slack, t)) == 1 for t in spread[1:])
                assert all(state == "answered" for state, _, _ in _claims(db_url))
                assert proc_b.poll() is None
    finally:
        socket.close()
