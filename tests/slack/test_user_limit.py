"""Per-user fairness: one user flooding the bot gets a polite ephemeral reply once over the limit
(GARDEFOU_USER_RATE), and the other reps are still answered."""

from __future__ import annotations

import time

import pytest

from bot.app import create_app
from bot.server import create_server
from bot.settings import Settings


def is_answer(post: dict) -> bool:
    return bool(post.get("blocks")) and "Je regarde" not in (post.get("text") or "")


@pytest.fixture
def limited(settings, pipeline, journal, fake_slack, serve_app, sender_for):
    strict = Settings(**{**settings.model_dump(), "user_rate": "3/60s"})
    app = create_app(strict, pipeline=pipeline, journal=journal)
    with serve_app(create_server(app)) as (url, _):
        yield sender_for(url)


def test_a_user_flooding_the_bot_is_asked_to_wait_and_others_still_answered(limited, fake_slack):
    for i in range(5):
        limited.mention(f"Je peux envoyer un mail à un particulier ? ({i})", channel=f"C{i}")
    deadline = time.monotonic() + 10
    while len(fake_slack.sent("chat.postEphemeral")) < 2:
        assert time.monotonic() < deadline, fake_slack.calls
        time.sleep(0.05)
    waits = fake_slack.sent("chat.postEphemeral")
    assert all(w["user"] == "UREP" and "réessayez dans" in w["text"] for w in waits)
    assert 1 <= int(waits[0]["text"].split("réessayez dans ")[1].split(" s")[0]) <= 60
    limited.mention("Je peux envoyer un mail à un particulier ?", channel="C9", user="UOTHER")
    fake_slack.wait_for("chat.postMessage", lambda p: p["channel"] == "C9" and is_answer(p))
    time.sleep(0.3)
    answered = {p["channel"] for p in fake_slack.sent("chat.postMessage") if is_answer(p)}
    assert len(answered - {"C9"}) == 3  # the flood got its first three answers, no more

    # a slash command over the limit gets the same reply through its response_url
    limited.command("/rgpd", "Je peux appeler un particulier ?")
    reply = fake_slack.wait_for("response_url", lambda p: "réessayez" in (p.get("text") or ""))
    assert reply["response_type"] == "ephemeral"


def test_the_rate_setting_is_checked_at_start():
    with pytest.raises(ValueError):
        Settings(user_rate="lots")
    assert Settings(user_rate="10/1m").user_rate == "10/1m"
