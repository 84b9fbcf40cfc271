"""/rgpd, /rgpd-check (arguments or modal) and /rgpd-log (managers only)."""

from __future__ import annotations

import json
import time


def answer_posts(fake_slack):
    return [
        p for p in fake_slack.sent("chat.postMessage") if "Base légale" in (p.get("text") or "")
    ]


def test_rgpd_acks_at_once_then_posts_the_answer_with_the_question(slack, fake_slack):
    # the ack carries no answer (it is posted afterwards); that it comes back while every worker
    # is busy is shown in test_home_and_server, how fast is measured by `make bench` (load)
    response = slack.command("/rgpd", "Je peux envoyer un SMS à un fichier acheté ?")
    assert response.status_code == 200 and "Je regarde" in response.text
    assert "Interdit" not in response.text and "L.34-5" not in response.text

    post = fake_slack.wait_for("chat.postMessage", lambda p: "Interdit" in (p.get("text") or ""))
    assert post["channel"] == "C1"
    assert "L.34-5" in post["text"]
    assert "fichier acheté" in str(post["blocks"])  # the question, which Slack does not show
    assert "<@UREP>" in str(post["blocks"])


def test_rgpd_in_a_channel_the_bot_cannot_post_to_answers_the_rep_privately(slack, fake_slack):
    fake_slack.refuse_channels.add("CPRIVATE")
    slack.command("/rgpd", "Je peux envoyer un SMS à un fichier acheté ?", channel="CPRIVATE")
    reply = fake_slack.wait_for("response_url")
    assert reply["response_type"] == "ephemeral"
    assert "Interdit" in reply["text"] and "L.34-5" in reply["text"]


def test_rgpd_without_a_question_explains_how_to_ask(slack, fake_slack, pipeline):
    response = slack.command("/rgpd", "  ")
    assert "Usage" in response.text
    assert pipeline.asked == []


def test_rgpd_check_with_facts_answers_like_check(slack, fake_slack, pipeline):
    response = slack.command("/rgpd-check", "canal=email client=oui")
    assert response.status_code == 200
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in (p.get("text") or ""))
    assert pipeline.checked[-1].customer.value == "yes"
    assert "L.34-5" in post["text"]


def test_rgpd_check_with_a_bad_value_names_the_accepted_values(slack, fake_slack, pipeline):
    response = slack.command("/rgpd-check", "canal=pigeon")
    body = response.json()
    assert body["response_type"] == "ephemeral"
    assert "pigeon" in body["text"]
    for accepted in ("email", "sms", "phone", "audience", "b2b", "consent"):
        assert accepted in body["text"]
    time.sleep(0.1)
    assert pipeline.checked == [] and answer_posts(fake_slack) == []


def test_rgpd_check_with_an_unknown_key_names_the_accepted_keys(slack):
    text = slack.command("/rgpd-check", "couleur=bleu").json()["text"]
    assert "couleur" in text and "channel" in text and "audience" in text


def test_rgpd_check_without_arguments_opens_a_modal_whose_answer_is_posted(slack, fake_slack):
    response = slack.command("/rgpd-check", "")
    assert response.status_code == 200
    opened = fake_slack.wait_for("views.open")
    view = opened["view"]
    assert opened["trigger_id"].startswith("trig.")
    selects = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert selects["channel"]["type"] == "static_select"
    assert {o["value"] for o in selects["audience"]["options"]} == {"b2b", "b2c"}

    state = {
        "channel": {"value": {"type": "static_select", "selected_option": {"value": "email"}}},
        "customer": {"value": {"type": "static_select", "selected_option": {"value": "yes"}}},
        "audience": {"value": {"type": "static_select", "selected_option": None}},
        "contact": {"value": {"type": "plain_text_input", "value": "paul.martin@acme.fr"}},
    }
    submitted = slack.interact(
        {
            "type": "view_submission",
            "user": {"id": "UREP"},
            "view": {
                "id": "V1",
                "type": "modal",
                "callback_id": view["callback_id"],
                "private_metadata": view["private_metadata"],
                "state": {"values": state},
            },
        }
    )
    assert submitted.status_code == 200
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in (p.get("text") or ""))
    assert post["channel"] == "C1"
    assert "paul.martin@acme.fr" not in str(post)  # checked, but masked in the channel


def test_the_modal_with_a_bad_hour_keeps_the_modal_open_with_the_error(slack, fake_slack):
    slack.command("/rgpd-check", "")
    view = fake_slack.wait_for("views.open")["view"]
    response = slack.interact(
        {
            "type": "view_submission",
            "user": {"id": "UREP"},
            "view": {
                "id": "V1",
                "type": "modal",
                "callback_id": view["callback_id"],
                "private_metadata": view["private_metadata"],
                "state": {
                    "values": {"hour": {"value": {"type": "plain_text_input", "value": "27"}}}
                },
            },
        }
    )
    body = response.json()
    assert body["response_action"] == "errors" and "hour" in body["errors"]


def test_rgpd_log_is_refused_politely_to_a_rep_and_shows_nothing(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")  # a flagged entry exists
    fake_slack.wait_for("chat.postMessage")
    response = slack.command("/rgpd-log", "", user="UREP")
    body = response.json()
    assert "réservé aux responsables" in body["text"]
    assert "fichier acheté" not in response.text and "blocks" not in body
    assert fake_slack.sent("chat.postEphemeral") == []


def test_rgpd_log_shows_a_manager_the_flagged_questions_with_filters(slack, fake_slack, journal):
    slack.mention("Je peux envoyer un mail à un fichier acheté ?")
    slack.mention("Je peux envoyer un mail à ce contact ?")
    fake_slack.wait_for("chat.postMessage", lambda p: "Il me manque" in (p.get("text") or ""))
    fake_slack.wait_for("chat.postMessage", lambda p: "Interdit" in (p.get("text") or ""))

    everything = slack.command("/rgpd-log", "", user="UMANAGER").json()
    assert everything["response_type"] == "ephemeral"
    assert "fichier acheté" in everything["text"] and "ce contact" in everything["text"]

    forbidden = slack.command("/rgpd-log", "interdits 7j", user="UMANAGER").json()
    assert "fichier acheté" in forbidden["text"] and "ce contact" not in forbidden["text"]
    assert "Interdits" in json.dumps(forbidden["blocks"], ensure_ascii=False)
