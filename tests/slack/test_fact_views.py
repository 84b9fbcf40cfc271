"""The facts part of an answer's message (pure): evidence beside each fact, masked in a channel
without breaking the signed values; a menu per understood fact; buttons only for real values."""

from __future__ import annotations

import datetime as dt
import json

from bot.answer import Answer, MissingFactOut
from bot.views.answer import answer_message
from bot.views.clicks import Case, FactClick, Signer

SIGNER = Signer(b"k" * 32)


def email_case(**extra) -> Answer:
    return Answer(
        verdict="allowed",
        summary="Autorisé. Consentement.",
        language="fr",
        date=dt.date(2026, 11, 23),
        facts={"channel": "email", "consent": "yes", "contact": "jean.dupont@acme.fr"},
        facts_evidence={
            "channel": "écrire à jean.dupont@acme.fr",
            "consent": "il a dit <!channel> oui *vraiment*",
        },
        **extra,
    )


def elements(message):
    return [e for b in message.blocks for e in b.get("elements", [])]


def test_in_a_channel_the_evidence_is_masked_and_the_signed_values_still_verify():
    message = answer_message(email_case(), entry_id=4, masked=True, owner="UREP", signer=SIGNER)
    shown = json.dumps(message.blocks, ensure_ascii=False)
    assert "jean.dupont@acme.fr" not in shown
    assert "canal = `e-mail` — _« écrire à j∗∗∗@acme.fr »_" in shown
    feedback = next(e for e in elements(message) if e.get("action_id") == "feedback_down")
    case = SIGNER.read(feedback["value"], Case)
    assert case is not None and case.e == 4 and case.u == "UREP"
    assert "contact" not in case.f


def test_user_text_in_the_evidence_cannot_ping_or_format():
    shown = json.dumps(answer_message(email_case()).blocks, ensure_ascii=False)
    assert "<!channel>" not in shown and "&lt;!channel&gt;" in shown
    assert "*vraiment*" not in shown


def test_each_understood_fact_but_the_contact_gets_a_correction_menu():
    message = answer_message(email_case(), entry_id=4, owner="UREP", signer=SIGNER)
    menus = {e["action_id"]: e for e in elements(message) if e.get("type") == "static_select"}
    assert set(menus) == {"correct:channel", "correct:consent"}
    consent = menus["correct:consent"]
    assert consent["initial_option"]["value"] == "consent=yes"
    values = [o["value"] for o in consent["options"]]
    assert "consent=no" in values and "consent=pre_ticked" in values and values[-1] == "consent="
    assert not any(  # unsigned (no key to sign with): no menu that would be refused anyway
        e.get("type") == "static_select" for e in elements(answer_message(email_case()))
    )


def test_a_question_answered_by_a_day_or_a_count_gets_no_buttons_and_two_at_most():
    answer = Answer(
        verdict="needs_info",
        summary="Il me manque une information.",
        language="fr",
        date=dt.date(2026, 11, 23),
        facts={"channel": "phone"},
        missing_facts=[
            MissingFactOut(fact="call_time", question="Quel jour ?", options=["weekday", "hour"]),
            MissingFactOut(fact="audience", question="B2B ?", options=["b2b", "b2c"]),
            MissingFactOut(fact="consent", question="Consenti ?", options=["yes", "no"]),
        ],
    )
    message = answer_message(answer, entry_id=2, owner="UREP", signer=SIGNER)
    buttons = [e for e in elements(message) if e.get("action_id", "").startswith("fact:")]
    assert [b["action_id"] for b in buttons] == ["fact:audience:b2b", "fact:audience:b2c"]
    assert "Consenti ?" not in json.dumps(message.blocks) and "Consenti ?" not in message.text
    click = SIGNER.read(buttons[0]["value"], FactClick)
    assert click is not None and click.k == "audience" and click.f == {"channel": "phone"}
