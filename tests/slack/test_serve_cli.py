"""`gardefou serve` as an operator runs it: clear errors without tokens; HTTP mode answers /healthz
and Slack's signed requests, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from slack_sdk.signature import SignatureVerifier

GARDEFOU = Path(sys.executable).with_name("gardefou")
SECRET = "serve-cli-secret"


def env_for(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GARDEFOU_"))}
    return env | {"GARDEFOU_DATA_DIR": str(tmp_path)} | values


def test_serve_without_a_bot_token_says_which_variable_is_missing(tmp_path):
    done = subprocess.run(
        [str(GARDEFOU), "serve", "--http"],
        cwd=tmp_path,
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "SLACK_BOT_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_serve_over_http_without_a_signing_secret_says_so(tmp_path):
    env = env_for(tmp_path, SLACK_BOT_TOKEN="xoxb-test")
    done = subprocess.run(
        [str(GARDEFOU), "serve", "--http"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "SLACK_SIGNING_SECRET" in done.stderr


def test_serve_http_answers_health_and_slack_then_stops_on_sigterm(tmp_path, fake_slack):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = env_for(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake_slack.api_url,
    )
    process = subprocess.Popen(
        [
            str(GARDEFOU),
            "serve",
            "--http",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-warm-up",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, process.stdout.read()
            time.sleep(0.1)
        assert fake_slack.sent("auth.test"), "the Web API client ignored SLACK_API_URL"

        body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "x"})
        ts = str(int(time.time()))
        headers = {
            "X-Slack-Request-Timestamp": ts,
            "Content-Type": "application/json",
            "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(
                timestamp=ts, body=body
            ),
        }
        assert "c-123" in httpx.post(f"{base}/slack/events", content=body, headers=headers).text
        headers["X-Slack-Signature"] = "v0=" + "0" * 64
        assert httpx.post(f"{base}/slack/events", content=body, headers=headers).status_code == 401
    finally:
        process.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal (exit status -SIGTERM)
        assert process.wait(timeout=30) in (0, -signal.SIGTERM)
    log = process.stdout.read()
    assert "Application shutdown complete" in log, log
