"""The law watch on App Home: a manager sees each changed official text with the rules to review
and marks it reviewed with a button; a rep sees nothing of it and cannot mark anything."""

from __future__ import annotations

import time

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
