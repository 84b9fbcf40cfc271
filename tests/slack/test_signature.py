"""Requests Slack did not sign, or signed too long ago, get 401 and no answer."""

from __future__ import annotations

import json
import time

import pytest

MENTION = {
    "type": "event_callback",
    "team_id": "T1",
    "api_app_id": "A1",
    "event_id": "EvFORGED",
    "event": {
        "type": "app_mention",
        "user": "UREP",
        "channel": "C1",
        "ts": "1700000000.1",
        "text": "<@UBOT> Je peux envoyer un mail à un fichier acheté ?",
    },
}


@pytest.mark.parametrize(
    ("secret", "age"),
    [("not-the-signing-secret", 0), (None, 6 * 60)],  # forged; replayed after 5 minutes
    ids=["forged", "stale"],
)
def test_bad_or_stale_signature_is_refused_with_401_and_no_answer(
    slack, fake_slack, pipeline, secret, age
):
    kwargs = {"age": age} | ({"secret": secret} if secret else {})
    response = slack.post(json.dumps(MENTION), "application/json", **kwargs)
    assert response.status_code == 401
    time.sleep(0.2)
    assert pipeline.asked == []
    assert fake_slack.sent("chat.postMessage") == []


def test_missing_signature_headers_are_refused(slack, fake_slack):
    response = slack.http.post("/slack/events", json=MENTION)
    assert response.status_code == 401
    assert fake_slack.sent("chat.postMessage") == []


def test_slack_url_verification_challenge_is_answered(slack):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    response = slack.post(body, "application/json")
    assert response.status_code == 200
    assert "abc123" in response.text
