"""Mentions and DMs: answered in the thread, with verdict, legal basis and sources; a follow-up in
the thread keeps the case's facts; retries never answer twice; contacts stay out of channels."""

from __future__ import annotations

import time


def is_answer(post: dict) -> bool:
    return "Base légale" in (post.get("text") or "") or "Précisez" in (post.get("text") or "")


def test_mention_is_answered_in_its_thread_with_verdict_basis_and_sources(slack, fake_slack):
    ts, response = slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    assert response.status_code == 200

    post = fake_slack.wait_for("chat.postMessage", is_answer)
    assert post["channel"] == "C1"
    assert post["thread_ts"] == ts
    assert "Interdit" in post["text"] and "⛔" in post["text"]
    assert "L.34-5" in post["text"]
    assert "La prospection commerciale par courrier électronique" in post["text"]
    rendered = str(post["blocks"])
    assert "⛔ Interdit" in rendered
    assert (
        "<https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049386357|CPCE art. L.34-5>"
        in rendered
    )
    assert "https://www.cnil.fr/fr/la-prospection-commerciale-par-courrier-electronique" in rendered
    assert "2026-11-23" in rendered  # the date the verdict is for


def test_follow_up_in_thread_keeps_the_facts_and_changes_one(slack, fake_slack, pipeline):
    parent, _ = slack.mention("Je peux envoyer un mail à ce contact ?")
    first = fake_slack.wait_for("chat.postMessage", is_answer)
    assert "Il me manque une information" in first["text"]

    slack.mention("et si c'est un client ?", thread_ts=parent)
    second = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in (p.get("text") or ""))
    assert second["thread_ts"] == parent
    question, context = pipeline.asked[-1]
    assert question == "et si c'est un client ?"
    assert context is not None and context.channel.value == "email"  # kept from the first message


def test_a_new_mention_outside_the_thread_starts_a_new_case(slack, fake_slack, pipeline):
    slack.mention("Je peux envoyer un mail à ce contact ?")
    fake_slack.wait_for("chat.postMessage", is_answer)
    slack.mention("et si c'est un client ?")
    fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in (p.get("text") or ""))
    assert pipeline.asked[-1][1] is None


def test_a_retry_of_the_same_event_gets_no_second_answer(slack, fake_slack, journal):
    ts, first = slack.mention("Je peux envoyer un mail à un fichier acheté ?", event_id="EvRETRY1")
    fake_slack.wait_for("chat.postMessage", is_answer)
    _, retry = slack.mention(
        "Je peux envoyer un mail à un fichier acheté ?",
        ts=ts,
        event_id="EvRETRY1",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert first.status_code == retry.status_code == 200
    deadline = time.monotonic() + 5
    while [ok for _, ok in journal.claims] != [True, False]:  # the retry looked at and dropped
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.1)
    assert len([p for p in fake_slack.sent("chat.postMessage") if is_answer(p)]) == 1


def test_an_email_pasted_in_a_channel_is_not_echoed_there(slack, fake_slack):
    slack.mention("Je peux envoyer un mail à jean.dupont@acme.fr ? c'est un client")
    post = fake_slack.wait_for("chat.postMessage", is_answer)
    assert "jean.dupont@acme.fr" not in str(post)
    assert "j***@acme.fr" in str(post["blocks"])  # the rep still sees which contact was checked


def test_a_contact_on_the_do_not_contact_list_is_forbidden(slack, fake_slack):
    slack.mention("Je peux envoyer un mail à blocked@acme.fr ? c'est un client")
    post = fake_slack.wait_for("chat.postMessage", is_answer)
    assert "Interdit" in post["text"]
    assert "blocked@acme.fr" not in str(post)


def test_a_dm_is_answered_in_thread_and_may_show_the_contact(slack, fake_slack):
    slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "channel": "D1",
            "user": "UREP",
            "text": "Je peux envoyer un mail à jean.dupont@acme.fr ? c'est un client",
            "ts": "1700000500.000001",
            "event_ts": "1700000500.000001",
        }
    )
    post = fake_slack.wait_for("chat.postMessage", is_answer)
    assert post["channel"] == "D1" and post["thread_ts"] == "1700000500.000001"
    assert "jean.dupont@acme.fr" in str(post["blocks"])


def test_the_bots_own_dm_messages_are_not_answered(slack, fake_slack, pipeline):
    slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "channel": "D1",
            "user": "UBOT",
            "bot_id": "BBOT",
            "text": "Autorisé.",
            "ts": "1700000600.000001",
        }
    )
    slack.event(
        {
            "type": "message",
            "subtype": "message_changed",
            "channel_type": "im",
            "channel": "D1",
            "ts": "1700000600.000002",
        }
    )
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")  # a marker, answered after
    fake_slack.wait_for("chat.postMessage", is_answer)
    time.sleep(0.1)
    assert len(pipeline.asked) == 1


def test_a_failure_gets_an_apology_in_the_thread_not_silence(slack, fake_slack):
    ts, _ = slack.mention("panne ?")
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Désolé" in (p.get("text") or ""))
    assert post["thread_ts"] == ts
