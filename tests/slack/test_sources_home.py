"""The law watch on App Home: a manager sees each changed official text with the rules to review
and marks it reviewed with a button; a rep sees nothing of it and cannot mark anything."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bot.db.engine import dispose_all
from ingest.sources.changes import Changes
from ingest.sources.registry import OfficialSource

L223_1 = OfficialSource(
    id="legifrance-legiarti000051830285",
    url="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
    label="C. conso art. L.223-1",
    authority="law",
    notes=["conso-l223-1-2026"],
    rule_ids=["R16", "R17d"],
)
DIFF = "--- a\n+++ b\n@@ -1 +1 @@\n-ancienne rédaction du texte\n+nouvelle rédaction du texte"


def home_of(slack, fake_slack, user: str) -> str:
    """Open the Home tab as `user`; the view Slack was then asked to publish."""
    before = len(fake_slack.sent("views.publish"))
    slack.event({"type": "app_home_opened", "user": user, "channel": "D9", "tab": "home"})
    deadline = time.monotonic() + 5
    while len(fake_slack.sent("views.publish")) == before:
        assert time.monotonic() < deadline, "no view published"
        time.sleep(0.02)
    published = fake_slack.sent("views.publish")[-1]
    assert published["user_id"] == user
    return str(published["view"])


def click(slack, user: str, change_id: int) -> None:
    slack.interact(
        {
            "type": "block_actions",
            "user": {"id": user},
            "view": {"type": "home", "state": {"values": {}}},
            "actions": [
                {
                    "action_id": "source_reviewed",
                    "type": "button",
                    "value": str(change_id),
                    "block_id": "s",
                }
            ],
        }
    )


def test_a_manager_sees_the_changed_text_and_marks_it_reviewed(slack, fake_slack, settings):
    changes = Changes(settings)
    change_id = changes.record(L223_1, old_hash="a" * 64, new_hash="b" * 64, diff=DIFF)
    try:
        shown = home_of(slack, fake_slack, "UMANAGER")
        assert "Textes officiels modifiés" in shown and "C. conso art. L.223-1" in shown
        assert "R16, R17d" in shown and "nouvelle rédaction du texte" in shown
        assert "source_reviewed" in shown

        rep_view = home_of(slack, fake_slack, "UREP")
        assert "Textes officiels modifiés" not in rep_view and "R16" not in rep_view
        click(slack, "UREP", change_id)  # a rep's click changes nothing
        time.sleep(0.3)
        assert changes.get(change_id).pending  # type: ignore[union-attr]

        click(slack, "UMANAGER", change_id)
        deadline = time.monotonic() + 5
        while changes.get(change_id).pending:  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the click did not mark it reviewed"
            time.sleep(0.02)
        assert changes.get(change_id).reviewed_by == "slack:UMANAGER"  # type: ignore[union-attr]
        republished = fake_slack.wait_for(
            "views.publish",
            lambda p: p["user_id"] == "UMANAGER" and "C. conso art. L.223-1" not in str(p["view"]),
        )
        assert "Textes officiels modifiés" not in str(republished["view"])
    finally:
        dispose_all()


def _serve_log(tmp_path: Path, fake_slack, **env: str) -> str:
    """Start `gardefou serve --http` as an operator would, stop it, return what it logged."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GARDEFOU_"))}
    clean |= {
        "GARDEFOU_DATA_DIR": str(tmp_path),
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "serve-secret",
        "SLACK_API_URL": fake_slack.api_url,
        **env,
    }
    gardefou = Path(sys.executable).with_name("gardefou")
    args = ["serve", "--http", "--host", "127.0.0.1", "--port", str(port), "--no-warm-up"]
    process = subprocess.Popen(
        [str(gardefou), *args],
        cwd=tmp_path,
        env=clean,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    return process.stdout.read() if process.stdout else ""


def test_serve_runs_the_law_watch_only_when_the_operator_turns_it_on(tmp_path, fake_slack):
    assert "law watch on" not in _serve_log(tmp_path / "off", fake_slack)
    on = _serve_log(tmp_path / "on", fake_slack, GARDEFOU_SOURCES_WATCH="daily")
    assert "law watch on: official texts refetched in 15 min, then every 24 h" in on
