"""Slack's rate limits: a 429 from the Web API is waited out (Retry-After) and the answer posted
once; a burst of answers to one channel is spread out instead of drawing 429s."""

from __future__ import annotations

import time


def is_answer(post: dict) -> bool:
    return bool(post.get("blocks")) and "Je regarde" not in (post.get("text") or "")


def test_a_429_is_waited_out_and_the_answer_posted_once(slack, fake_slack):
    fake_slack.rate_limited["chat.postMessage"] = 1
    ts, response = slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    assert response.status_code == 200
    post = fake_slack.wait_for("chat.postMessage", is_answer, timeout=10)
    assert post["thread_ts"] == ts and "Interdit" in post["text"]
    arrivals = [(m, t) for m, t in fake_slack.arrivals if m.endswith("chat.postMessage")]
    assert [m for m, _ in arrivals] == ["429 chat.postMessage", "chat.postMessage"]
    assert arrivals[1][1] - arrivals[0][1] >= 1.0  # Retry-After: 1 was honoured
    time.sleep(0.5)
    assert len([p for p in fake_slack.sent("chat.postMessage") if is_answer(p)]) == 1


def test_a_burst_of_answers_to_one_channel_is_paced(slack, fake_slack):
    for i in range(5):
        slack.mention(f"Je peux envoyer un mail à un particulier ? ({i})", channel="CBUSY")
    deadline = time.monotonic() + 15
    while len([p for p in fake_slack.sent("chat.postMessage") if is_answer(p)]) < 5:
        assert time.monotonic() < deadline, "not every answer was posted"
        time.sleep(0.05)
    times = sorted(t for m, t in fake_slack.arrivals if m == "chat.postMessage")
    # three at once (Slack tolerates short bursts), then about one per second
    assert times[-1] - times[0] >= 1.8
    assert len([p for p in fake_slack.sent("chat.postMessage") if is_answer(p)]) == 5
