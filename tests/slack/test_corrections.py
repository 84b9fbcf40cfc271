"""Facts a rep can check and fix: each understood fact shows the words it was read from and has a
menu to correct it, which re-answers the same message; a needs_info asks at most two questions at
once, the one that settles most first. Real rules, journal and understanding; a one-passage
retriever."""

from __future__ import annotations

import pytest

rules = pytest.importorskip("rules")

from bot.app import create_app  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.server import create_server  # noqa: E402
from ingest.passage import Passage  # noqa: E402

PASSAGE = Passage(
    source_id="law-cpce-l34-5",
    title="Code des postes et des communications électroniques, article L.34-5",
    url="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049386357",
    authority="law",
    text="Est interdite la prospection directe au moyen de système automatisé de communications "
    "électroniques, d'un télécopieur ou de courriers électroniques utilisant les coordonnées "
    "d'une personne physique qui n'a pas exprimé préalablement son consentement.",
    rule_ids=["R1", "R2", "R3", "R4", "R5", "R16"],
)


class OnePassage:
    def search(self, query, k=5, on=None, rule_ids=()):
        return [PASSAGE.model_copy(update={"score": 0.9})]


@pytest.fixture
def real(settings, fake_slack, serve_app, sender_for):
    pipeline = Pipeline(settings, retriever=OnePassage())
    app = create_app(settings, pipeline=pipeline)
    with serve_app(create_server(app)) as (url, _):
        yield sender_for(url), pipeline


def menu(message, action_id):
    for block in message.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no menu {action_id!r} in {message.get('blocks')}")


def choose(slack, message, action_id, value, user="UREP"):
    """What Slack sends when a menu option is picked."""
    option = next(o for o in menu(message, action_id)["options"] if o["value"] == value)
    return slack.click(
        message,
        {
            "type": "static_select",
            "action_id": action_id,
            "block_id": "correct",
            "selected_option": option,
        },
        user=user,
    )


def facts_section(message) -> str:
    return next(
        b["text"]["text"]
        for b in message["blocks"]
        if b.get("type") == "section" and "Faits compris" in b["text"]["text"]
    )


def questions_shown(message) -> list[str]:
    return [
        b["block_id"].split(":", 1)[1]
        for b in message["blocks"]
        if b.get("type") == "actions" and str(b.get("block_id", "")).startswith("missing:")
    ]


@pytest.mark.slow  # loads the language models of bot.understand
def test_a_wrong_fact_is_corrected_in_one_click_and_kept_for_the_follow_ups(real, fake_slack):
    slack, _ = real
    ts, _ = slack.mention(
        "Je peux envoyer un mail à un particulier ? Il a accepté de recevoir nos offres."
    )
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in p["text"], timeout=60)
    shown = facts_section(post)
    assert "consentement = `oui` — _« Il a accepté de recevoir nos offres »_" in shown
    assert menu(post, "correct:consent")["initial_option"]["value"] == "consent=yes"

    choose(slack, post, "correct:consent", "consent=no")
    updated = fake_slack.wait_for("chat.update", timeout=30)
    assert updated["ts"] == post["ts"] and updated["channel"] == "C1"
    assert "Interdit" in updated["text"] and "Autorisé" not in updated["text"]
    assert "consentement = `non`" in facts_section(updated)
    assert "Il a accepté" not in facts_section(updated)  # the words no longer back that fact
    assert "« Je peux envoyer un mail" in facts_section(updated)  # the others keep theirs

    slack.mention("et par SMS ?", thread_ts=ts)
    follow_up = fake_slack.wait_for(
        "chat.postMessage", lambda p: p["ts"] != post["ts"] and p.get("thread_ts") == ts, timeout=60
    )
    assert "canal = `sms`" in facts_section(follow_up)
    assert "consentement = `non`" in facts_section(follow_up)  # the correction, not the reading


def test_not_sure_makes_a_fact_unknown_again_and_the_question_comes_back(real, fake_slack):
    slack, _ = real
    slack.command("/rgpd-check", "canal=email cible=b2c consentement=oui")
    post = fake_slack.wait_for("chat.postMessage", lambda p: "Autorisé" in p["text"], timeout=30)
    choose(slack, post, "correct:consent", "consent=")
    updated = fake_slack.wait_for("chat.update", timeout=30)
    assert "❓" in updated["text"]
    assert "consentement" not in facts_section(updated)
    assert questions_shown(updated) == ["consent"]


def test_a_needs_info_asks_two_questions_at_most_the_settling_one_first(real, fake_slack):
    slack, _ = real
    slack.command("/rgpd-check", "canal=email")  # five facts could each change the verdict
    asked = fake_slack.wait_for("chat.postMessage", lambda p: "❓" in p["text"], timeout=30)
    first_round = questions_shown(asked)
    assert first_round[0] == "consent" and len(first_round) <= 2
    asked_line = next(line for line in asked["text"].splitlines() if line.startswith("Précisez"))
    assert asked_line.count(" ; ") <= 1  # the fallback text asks the same two, no more
    button = next(
        e
        for e in menu_block(asked, "missing:consent")["elements"]
        if e["action_id"].endswith(":no")
    )
    slack.click(asked, {"action_id": button["action_id"], "value": button["value"]})
    updated = fake_slack.wait_for("chat.update", timeout=30)
    second_round = questions_shown(updated)
    assert second_round and len(second_round) <= 2 and "consent" not in second_round


def menu_block(message, block_id):
    return next(b for b in message["blocks"] if b.get("block_id") == block_id)
