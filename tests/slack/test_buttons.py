"""Buttons on an answer: a missing fact re-answers in place; 👍/👎 go to the log; "Ask the DPO"
posts the case to the DPO's channel and flags it."""

from __future__ import annotations


def needs_info(p):
    return "Il me manque" in (p.get("text") or "")


def test_a_missing_fact_button_re_answers_the_same_message(slack, fake_slack, journal):
    ts, _ = slack.mention("Je peux envoyer un mail à ce contact ?")
    asked = fake_slack.wait_for("chat.postMessage", needs_info)
    assert "Le destinataire est-il un professionnel ou un particulier ?" in str(asked["blocks"])
    first_entry = max(journal.entries)

    slack.click(asked, button(asked, "fact:audience:b2b"))
    updated = fake_slack.wait_for("chat.update")
    assert updated["ts"] == asked["ts"] and updated["channel"] == "C1"
    assert "Autorisé" in updated["text"] and "L.34-5" in updated["text"]
    assert "fact:audience" not in str(updated["blocks"])  # the question is gone once answered
    newest = journal.entries[max(journal.entries)]
    assert newest["facts"] == {"channel": "email", "audience": "b2b"}
    assert newest["thread"] == ts  # a follow-up in the thread continues from the new facts
    assert journal.entries[first_entry]["resolved"]


def test_thumbs_down_is_logged_and_acknowledged_to_the_rep_only(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    post = fake_slack.wait_for("chat.postMessage")
    slack.click(post, button(post, "feedback_down"), user="UREP")
    note = fake_slack.wait_for("chat.postEphemeral")
    assert note["user"] == "UREP" and "Merci" in note["text"]
    assert journal.entries[max(journal.entries)]["feedback"] == "down"


def test_ask_the_dpo_posts_the_case_to_the_dpo_channel_and_flags_it(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à jean.dupont@acme.fr ? fichier acheté")
    post = fake_slack.wait_for("chat.postMessage")
    slack.click(post, button(post, "escalate"))
    case = fake_slack.wait_for("chat.postMessage", lambda p: p["channel"] == "CDPO")
    assert "<@UREP>" in case["text"] and "Interdit" in str(case["blocks"])
    assert "jean.dupont@acme.fr" not in str(case)
    assert journal.entries[max(journal.entries)]["escalated"]
    assert "CDPO" in fake_slack.wait_for("chat.postEphemeral")["text"]


def button(message, action_id):
    for block in message.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return {"action_id": element["action_id"], "value": element.get("value")}
    raise AssertionError(f"no button {action_id!r}")
