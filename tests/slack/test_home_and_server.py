"""App Home for managers, /healthz, /metrics, and a graceful stop that finishes answers in flight."""

from __future__ import annotations

import threading
import time

from bot.app import create_app
from bot.server import create_server


def test_home_tab_shows_a_manager_the_flagged_questions_and_a_filter(slack, fake_slack):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    fake_slack.wait_for("chat.postMessage")
    slack.event({"type": "app_home_opened", "user": "UMANAGER", "channel": "D9", "tab": "home"})
    view = fake_slack.wait_for("views.publish")
    assert view["user_id"] == "UMANAGER"
    shown = str(view["view"])
    assert "Questions signalées" in shown and "fichier acheté" in shown
    assert "home_filter" in shown


def test_home_filter_and_resolve_republish_the_managers_view(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    fake_slack.wait_for("chat.postMessage")
    entry = max(journal.entries)
    home = {"type": "home", "state": {"values": {}}}
    slack.interact(
        {
            "type": "block_actions",
            "user": {"id": "UMANAGER"},
            "view": home,
            "actions": [
                {
                    "action_id": "home_filter",
                    "type": "static_select",
                    "selected_option": {"value": "escalated"},
                    "block_id": "f",
                }
            ],
        }
    )
    filtered = fake_slack.wait_for("views.publish")
    assert "fichier acheté" not in str(filtered["view"])  # not escalated
    slack.interact(
        {
            "type": "block_actions",
            "user": {"id": "UMANAGER"},
            "view": home,
            "actions": [
                {"action_id": "log_resolve", "type": "button", "value": str(entry), "block_id": "r"}
            ],
        }
    )
    deadline = time.monotonic() + 5
    while not journal.entries[entry]["resolved"]:
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_home_tab_never_shows_the_log_to_a_rep(slack, fake_slack):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    fake_slack.wait_for("chat.postMessage")
    slack.event({"type": "app_home_opened", "user": "UREP", "channel": "D8", "tab": "home"})
    view = str(fake_slack.wait_for("views.publish")["view"])
    assert "/rgpd" in view
    assert "Questions signalées" not in view and "fichier acheté" not in view


def test_healthz_and_metrics(slack):
    assert slack.http.get("/healthz").json() == {"status": "ok"}
    slack.command("/rgpd", "Je peux envoyer un SMS à un fichier acheté ?")
    metrics = slack.http.get("/metrics").text
    assert "gardefou_slack_requests_total" in metrics


class SlowPipeline:
    def __init__(self, inner, started: threading.Event):
        self.inner, self.started = inner, started

    def ask(self, *args, **kwargs):
        self.started.set()
        time.sleep(0.8)
        return self.inner.ask(*args, **kwargs)


def test_stopping_the_server_lets_an_answer_in_flight_finish(
    settings, pipeline, journal, fake_slack, serve_app, sender_for
):
    started = threading.Event()
    app = create_app(settings, pipeline=SlowPipeline(pipeline, started), journal=journal)
    with serve_app(create_server(app)) as (url, server):
        sender_for(url).mention("Je peux envoyer un mail à un fichier acheté ?")
        assert started.wait(5)
        server.should_exit = True  # what uvicorn does on SIGTERM
    # the context has joined the server thread: the answer must already be posted
    assert [p for p in fake_slack.sent("chat.postMessage") if "Interdit" in p.get("text", "")]


class BlockedPipeline:
    """Answers only once released: every executor thread stays busy meanwhile. It counts the
    answers it let through, so that a test can see an ack come back before any of them."""

    def __init__(self, inner, release: threading.Event):
        self.inner, self.release = inner, release
        self.answered = 0

    def ask(self, *args, **kwargs):
        self.release.wait(60)  # released by the test; the bound only keeps a failure from hanging
        self.answered += 1
        return self.inner.ask(*args, **kwargs)


def test_commands_are_acked_at_once_even_when_every_worker_is_busy(
    settings, pipeline, journal, fake_slack, serve_app, sender_for
):
    # No clock: the pipeline stays blocked until the test releases it, so an ack that arrives
    # with its text while nothing has been answered yet was not waiting for a worker. How fast the
    # ack comes is measured by `make bench` (section load: acked within Slack's 3 s).
    release = threading.Event()
    blocked = BlockedPipeline(pipeline, release)
    app = create_app(settings, pipeline=blocked, journal=journal)
    with serve_app(create_server(app)) as (url, _):
        slack = sender_for(url)
        try:
            for n in range(12):  # more than the executor's workers
                response = slack.command(
                    "/rgpd", f"Je peux envoyer un SMS à un fichier acheté {n} ?"
                )
                assert response.status_code == 200 and "Je regarde" in response.text
                assert blocked.answered == 0 and not release.is_set()
                assert not [p for p in fake_slack.sent("chat.postMessage") if "acheté" in str(p)], (
                    "an answer was posted before the pipeline was released"
                )
        finally:
            release.set()
        # answers to one channel are paced (about one a second after a short burst)
        fake_slack.wait_for(
            "chat.postMessage", lambda p: "acheté 11" in str(p.get("blocks")), timeout=20
        )
