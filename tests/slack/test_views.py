"""Block Kit builders, without Slack: what a rep reads, within Slack's limits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.answer import Answer, Citation, LegalBasis, MissingFactOut
from bot.listeners.slack_text import plain_question
from bot.views.answer import FactClick, answer_message
from bot.views.check_modal import check_modal, submitted_pairs
from bot.views.masking import mask_text
from rules.facts import Consent

BASIS = LegalBasis(ref="CPCE art. L.34-5", url="https://www.legifrance.gouv.fr/x")


def citation(n: int) -> Citation:
    return Citation(
        source_id=f"s{n}",
        title=f"Source {n} | titre",
        url=f"https://www.cnil.fr/{n}",
        authority="cnil",
        excerpt="x" * 600,
        score=0.5,
    )


def test_a_forbidden_answer_reads_as_forbidden_with_its_date_basis_and_sources():
    answer = Answer(
        verdict="forbidden",
        summary="Interdit. Pas sans consentement.",
        language="fr",
        date=dt.date(2026, 8, 11),
        facts={"channel": "sms"},
        legal_basis=[BASIS],
        citations=[citation(1)],
        obligations=["Identifier l'expéditeur."],
    )
    message = answer_message(answer, entry_id=7)
    assert message.text.startswith("⛔ Interdit")
    assert "CPCE art. L.34-5" in message.text and "Source 1" in message.text
    shown = json.dumps(message.blocks, ensure_ascii=False)
    assert "2026-08-11" in shown and "Identifier l'expéditeur." in shown
    assert "<https://www.legifrance.gouv.fr/x|CPCE art. L.34-5>" in shown
    assert "*Source 1 | titre*" in shown  # the title is shown as given, outside the link
    assert "<https://www.cnil.fr/1|texte officiel résumé (cnil.fr)>" in shown  # a note's link


def test_an_english_answer_is_labelled_in_english():
    answer = Answer(
        verdict="allowed",
        summary="Allowed. Fine.",
        language="en",
        date=dt.date(2026, 1, 5),
        legal_basis=[BASIS],
        citations=[citation(1)],
    )
    message = answer_message(answer)
    assert message.text.startswith("✅ Allowed") and "Legal basis" in message.text


def test_a_long_answer_stays_within_slack_limits():
    answer = Answer(
        verdict="needs_info",
        summary="Il me manque une information. " + "y" * 5000,
        language="fr",
        date=dt.date(2026, 1, 5),
        legal_basis=[BASIS] * 30,
        citations=[citation(n) for n in range(12)],
        obligations=["o" * 400] * 20,
        missing_facts=[
            MissingFactOut(fact=f"f{n}", question="?" * 300, options=["yes", "no"])
            for n in range(9)
        ],
    )
    message = answer_message(answer, entry_id=1)
    assert len(message.blocks) <= 50
    for block in message.blocks:
        text = block.get("text", {}).get("text", "")
        assert len(text) <= 3000
        for element in block.get("elements", []):
            assert len(element.get("value", "")) <= 2000


def test_missing_fact_buttons_carry_the_facts_but_never_the_contact():
    answer = Answer(
        verdict="needs_info",
        summary="?",
        language="fr",
        date=dt.date(2026, 1, 5),
        facts={"channel": "email", "contact": "jean@acme.fr"},
        missing_facts=[
            MissingFactOut(fact="audience", question="B2B ou B2C ?", options=["b2b", "b2c"])
        ],
    )
    blocks = answer_message(answer, entry_id=3).blocks
    buttons = [
        e
        for b in blocks
        for e in b.get("elements", [])
        if e.get("action_id", "").startswith("fact:")
    ]
    assert [b["action_id"] for b in buttons] == ["fact:audience:b2b", "fact:audience:b2c"]
    click = FactClick.model_validate_json(buttons[0]["value"])
    assert click.f == {"channel": "email"} and click.v == "b2b" and click.e == 3
    assert "jean@acme.fr" not in json.dumps([b["value"] for b in buttons])


@pytest.mark.parametrize(
    ("text", "hidden", "shown"),
    [
        ("écrire à jean.dupont@acme.fr", "jean.dupont@acme.fr", "j***@acme.fr"),
        ("appeler le 06 12 34 56 78", "06 12 34 56 78", "06******78"),
        ("appeler le +33 6 12 34 56 78", "6 12 34 56 78", "+33"),
        ("voir LEGIARTI000049386357 du 2026-08-11", None, "LEGIARTI000049386357 du 2026-08-11"),
    ],
)
def test_contacts_are_masked_and_legal_ids_are_not(text, hidden, shown):
    masked = mask_text(text)
    assert shown in masked
    if hidden:
        assert hidden not in masked


def test_slack_markup_becomes_the_question_the_rep_typed():
    text = (
        "<@UBOT> mail à <mailto:jean@acme.fr|jean@acme.fr> &amp; <tel:0612345678|06 12 34 56 78> ?"
    )
    assert plain_question(text, "UBOT") == "mail à jean@acme.fr & 06 12 34 56 78 ?"


def test_the_check_modal_offers_every_value_of_each_fact_and_reads_back_the_choices():
    view = check_modal('{"channel": "C1"}').to_dict()
    by_id = {b["block_id"]: b for b in view["blocks"]}
    offered = [o["value"] for o in by_id["consent"]["element"]["options"]]
    assert offered == [c.value for c in Consent]
    assert {"yes", "no", "pre_ticked", "bundled"} <= set(offered)
    state = {
        "values": {
            "channel": {"value": {"selected_option": {"value": "sms"}}},
            "audience": {"value": {"selected_option": None}},
            "date": {"value": {"selected_date": "2026-09-01"}},
            "hour": {"value": {"value": " 10 "}},
        }
    }
    assert submitted_pairs({"state": state}) == {
        "channel": "sms",
        "date": "2026-09-01",
        "hour": "10",
    }
