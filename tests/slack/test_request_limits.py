"""What an outsider can send to POST /slack/events without the signing secret: a huge body, a
malformed header or body, a body full of personal data. None of it may stall the server, raise
a 500 or reach the logs. Through the real server on 127.0.0.1 (timings are in `make bench`)."""

from __future__ import annotations

import io
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Iterator

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app
from bot.logging_setup import configure_logging
from bot.server import create_server
from tests.slack.conftest import SECRET

FIVE_MB = 5 * 1024 * 1024

# What a rep's slash command would carry, signed with the wrong secret.
PII = {
    "question": "Puis-je relancer Gaspard Ravenel demain matin ?",
    "email": "gaspard.ravenel@exemple-client.fr",
    "phone": "06 71 42 93 58",
    "iban": "FR76 3000 6000 0112 3456 7890 189",
}
RESPONSE_URL = "https://hooks.slack.com/commands/T1/998877/SecretHookToken"


def _slow_body(total: int, chunk: int = 64 * 1024, pause: float = 0.002) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"a" * chunk
        sent += chunk
        time.sleep(pause)


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_5mb_unsigned_post_gets_413_while_healthz_keeps_answering(slack, declared):
    """The body is abandoned past the limit, whether or not its length was declared; /healthz is
    answered while the upload is still in flight."""
    health: list[int] = []
    stop = threading.Event()

    def poll_health() -> None:
        with httpx.Client(base_url=str(slack.http.base_url), timeout=5) as http:
            while not stop.is_set():
                health.append(http.get("/healthz").status_code)
                time.sleep(0.01)

    poller = threading.Thread(target=poll_health)
    poller.start()
    deadline = time.monotonic() + 5
    while not health and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        body = b"a" * FIVE_MB if declared else _slow_body(FIVE_MB)
        try:
            response = slack.http.post(
                "/slack/events",
                content=body,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            status = response.status_code
        except httpx.TransportError:
            status = None  # the server may close the connection before the client has sent all
    finally:
        stop.set()
        poller.join()
    assert status in (413, None)
    assert health and set(health) == {200}
    # The server is still whole: a normal request is answered afterwards.
    assert slack.http.get("/healthz").status_code == 200


def test_a_body_over_the_limit_is_refused_with_413_by_status(slack):
    body = "payload=" + "x" * (300 * 1024)
    response = slack.post(body, "application/x-www-form-urlencoded")  # even signed
    assert response.status_code == 413


def test_the_limit_is_a_setting(settings, pipeline, journal, fake_slack, serve_app, sender_for):
    app = create_app(settings, pipeline=pipeline, journal=journal)
    with serve_app(create_server(app, max_body=2048)) as (url, _):
        sender = sender_for(url)
        assert sender.post(
            "text=" + "x" * 3000, "application/x-www-form-urlencoded"
        ).status_code == (413)
        assert sender.command("/rgpd", "Je peux appeler un client ?").status_code == 200


@pytest.mark.parametrize(
    "timestamp", ["not-a-number", "1e9", "", "99999999999999999999999999", "12a"]
)
def test_a_malformed_timestamp_header_is_401_not_500(slack, timestamp):
    response = slack.http.post(
        "/slack/events",
        content=b'{"type": "event_callback"}',
        headers={
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": "v0=" + "0" * 64,
        },
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"\xff\xfe\x00garbage", b'{"type": "event_callback", "event": '],
    ids=["bad-json", "not-utf8", "truncated"],
)
def test_a_malformed_body_is_401_unsigned_and_400_signed_never_500(slack, body):
    unsigned = slack.http.post(
        "/slack/events", content=body, headers={"Content-Type": "application/json"}
    )
    assert unsigned.status_code == 401
    if body.startswith(b"\xff"):
        return  # the sender signs text; a non-UTF-8 body is covered unsigned
    signed = slack.post(body.decode(), "application/json")
    assert signed.status_code == 400


# -- no unverified body in the logs ------------------------------------------------------------


@pytest.fixture(params=["text", "json"])
def log_stream(request) -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    configure_logging(fmt=request.param, level="DEBUG", stream=stream)
    yield stream
    for handler in list(root.handlers):
        if getattr(handler, "_gardefou_handler", False):
            root.removeHandler(handler)
    root.setLevel(level)


def _leaks(logged: str) -> list[str]:
    pieces = [
        "Ravenel",
        "Gaspard",
        "relancer",
        "gaspard.ravenel",
        "exemple-client",
        "71 42 93 58",
        "71+42",
        "0671429358",
        "3000 6000",
        "3000+6000",
        "SecretHookToken",
        "hooks.slack.com",
        "998877",
    ]
    return [p for p in pieces if p.lower() in logged.lower()]


def test_a_badly_signed_command_leaves_no_part_of_its_body_in_the_logs(
    log_stream, settings, pipeline, journal, fake_slack, serve_app, sender_for
):
    # The app is built after logging is configured, as `serve` does (Bolt copies the root level).
    app = create_app(settings, pipeline=pipeline, journal=journal)
    with serve_app(create_server(app)) as (url, _):
        sender = sender_for(url)
        form = {
            "command": "/rgpd",
            "user_id": "UREP",
            "channel_id": "C1",
            "text": f"{PII['question']} {PII['email']} {PII['phone']} {PII['iban']}",
            "response_url": RESPONSE_URL,
        }
        body = urllib.parse.urlencode(form)
        response = sender.post(body, "application/x-www-form-urlencoded", secret="wrong-secret")
        assert response.status_code == 401
        event = json.dumps({"type": "event_callback", "event": {"text": form["text"]}})
        assert sender.post(event, "application/json", age=600).status_code == 401
    logged = log_stream.getvalue()
    assert "signature" in logged  # the fact of the rejection is logged
    assert _leaks(logged) == [], logged


def test_bolts_own_rejection_message_is_logged_without_the_body(log_stream):
    """Even if Bolt's check runs (e.g. a handler mounted without ours), its body is dropped."""
    bolt_log = logging.getLogger("slack_bolt.RequestVerification")
    bolt_log.setLevel(logging.INFO)
    bolt_log.info(
        "Invalid request signature detected (signature: v0=1, timestamp: 1, body: %s)",
        urllib.parse.urlencode({"text": PII["question"] + " " + PII["email"]}),
    )
    logged = log_stream.getvalue()
    assert "Invalid request signature" in logged or "invalid" in logged.lower()
    assert _leaks(logged) == [], logged


# -- replays -----------------------------------------------------------------------------------


def test_a_signed_slash_command_replayed_within_five_minutes_is_answered_once(
    slack, fake_slack, pipeline
):
    body = urllib.parse.urlencode(
        {
            "command": "/rgpd",
            "text": "Je peux envoyer un mail à un fichier acheté ?",
            "user_id": "UREP",
            "channel_id": "C1",
            "response_url": fake_slack.response_url(),
            "trigger_id": "trig.1",
        }
    )
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
    }
    for _ in range(3):  # an eavesdropper replays the captured request
        assert slack.http.post("/slack/events", content=body, headers=headers).status_code == 200
    fake_slack.wait_for("chat.postMessage", lambda p: "Interdit" in (p.get("text") or ""))
    time.sleep(1.0)  # time for any further (wrong) answer to arrive
    answers = [
        p for p in fake_slack.sent("chat.postMessage") if "Interdit" in (p.get("text") or "")
    ]
    assert len(answers) == 1
    assert len(pipeline.asked) == 1
    # A new command (new timestamp, so a new signature) with the same text is answered again.
    slack.command("/rgpd", "Je peux envoyer un mail à un fichier acheté ?")
    deadline = time.monotonic() + 5
    while len(pipeline.asked) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pipeline.asked) == 2
