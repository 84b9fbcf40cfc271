"""Only the rep who asked (or a manager) acts on an answer: 👎, "Ask the DPO", a missing-fact
button or a correction by someone else changes nothing and gets a polite note; a button value
pointing at another entry, forged or from an older format, writes nothing (issue 15, item 10)."""

from __future__ import annotations

import json
import time

from tests.slack.conftest import MANAGER

OTHER = "UOTHER"


def button(message, action_id):
    for block in message.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return {"action_id": element["action_id"], "value": element.get("value")}
    raise AssertionError(f"no button {action_id!r}")


def refused(fake_slack, user):
    note = fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == user)
    return note["text"]


def settle():
    time.sleep(0.5)  # lazy listeners run after the ack: give a wrong write the time to happen


def test_someone_elses_thumbs_down_is_refused_and_not_logged(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    post = fake_slack.wait_for("chat.postMessage")
    slack.click(post, button(post, "feedback_down"), user=OTHER)
    assert "<@UREP>" in refused(fake_slack, OTHER)
    settle()
    assert journal.entries[max(journal.entries)]["feedback"] is None


def test_someone_else_cannot_escalate_a_reps_answer(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    post = fake_slack.wait_for("chat.postMessage")
    slack.click(post, button(post, "escalate"), user=OTHER)
    refused(fake_slack, OTHER)
    settle()
    assert not journal.entries[max(journal.entries)]["escalated"]
    assert not [p for p in fake_slack.sent("chat.postMessage") if p["channel"] == "CDPO"]


def test_someone_elses_missing_fact_click_leaves_the_message_and_the_log_alone(
    slack, fake_slack, journal
):
    slack.mention("Je peux envoyer un mail à ce contact ?")
    asked = fake_slack.wait_for("chat.postMessage", lambda p: "Il me manque" in p["text"])
    entries = dict(journal.entries)
    slack.click(asked, button(asked, "fact:audience:b2b"), user=OTHER)
    refused(fake_slack, OTHER)
    settle()
    assert fake_slack.sent("chat.update") == []
    assert journal.entries == entries  # nothing resolved, nothing added


def test_someone_elses_correction_is_refused(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un client ?")
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in p["text"])
    slack.click(
        post,
        {
            "type": "static_select",
            "action_id": "correct:customer",
            "selected_option": {
                "value": "customer=no",
                "text": {"type": "plain_text", "text": "no"},
            },
        },
        user=OTHER,
    )
    refused(fake_slack, OTHER)
    settle()
    assert fake_slack.sent("chat.update") == []


def test_a_forged_entry_id_writes_to_no_entry(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")  # the rep's entry
    fake_slack.wait_for("chat.postMessage")
    victim = max(journal.entries)
    theirs, _ = slack.mention("Je peux envoyer un mail à un fichier acheté ?", user=OTHER)
    own = fake_slack.wait_for("chat.postMessage", lambda p: p.get("thread_ts") == theirs)
    for action_id in ("feedback_down", "escalate"):
        value = json.loads(button(own, action_id)["value"])
        forged = [str(victim)]  # a bare entry id, as buttons used to carry
        if isinstance(value, dict):
            forged.append(json.dumps({**value, "e": victim}))  # their signature, another entry
        for crafted in forged:
            slack.click(own, {"action_id": action_id, "value": crafted}, user=OTHER)
    settle()
    assert journal.entries[victim]["feedback"] is None
    assert not journal.entries[victim]["escalated"]
    assert "rien n'a été enregistré" in refused(fake_slack, OTHER)


def test_a_manager_may_act_on_a_reps_answer(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    post = fake_slack.wait_for("chat.postMessage")
    slack.click(post, button(post, "feedback_down"), user=MANAGER)
    note = fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == MANAGER)
    assert "Merci" in note["text"]
    assert journal.entries[max(journal.entries)]["feedback"] == "down"
