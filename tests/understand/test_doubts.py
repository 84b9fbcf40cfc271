"""A fact the question itself puts in doubt is asked, never presumed (bot/understand/doubts.py,
rules.decide(..., doubts)). Presumptions stand for what goes without saying — the offer is in no
banned sector, the person has not objected — not for what the rep says they do not know."""

from __future__ import annotations

import datetime as dt

import pytest

from rules import decide
from rules.facts import Facts

ON = dt.date(2026, 11, 30)

AMBIGUOUS_WORKS = [
    "On vend des travaux de rénovation pour particuliers. Je peux envoyer des mails à nos "
    "prospects qui ont accepté de recevoir nos offres ?",
    "We do home renovation work. Can I email consumers who opted in to our offers?",
    "on propose des formations aux particuliers, je peux leur envoyer un sms ? ils ont tous "
    "coché la case pour recevoir nos offres par sms",
]


@pytest.mark.parametrize("question", AMBIGUOUS_WORKS)
def test_works_that_may_be_a_banned_sector_are_asked_not_presumed(ask, question):
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert "sector" in [m.fact for m in answer.missing_facts]


def test_works_said_to_be_of_no_banned_kind_are_not_asked(ask):
    answer = ask(
        "We do home renovation work (painting only, no energy stuff). Can I email consumers "
        "who opted in to our offers by ticking the box?"
    )
    assert "sector" not in [m.fact for m in answer.missing_facts]


OBJECTION_IN_DOUBT = [
    "Consumer who opted in to our SMS offers, not sure if she unsubscribed since. Can I text "
    "her our promo?",
    "Client qui a accepté nos SMS promo, je sais pas s'il s'est désinscrit depuis. Je peux lui "
    "envoyer un SMS pour nos chaussures ?",
    "Elle s'est désinscrite ? aucune idée. Elle avait coché la case pour recevoir nos SMS. Je "
    "peux lui envoyer la promo chaussures ?",
]


@pytest.mark.parametrize("question", OBJECTION_IN_DOUBT)
def test_an_objection_the_rep_is_unsure_of_is_asked(ask, question):
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert [m.fact for m in answer.missing_facts][:2].count("objected") == 1


def test_without_the_doubt_the_same_case_is_allowed(ask):
    answer = ask("Consumer who opted in to our SMS offers. Can I text her our promo on shoes?")
    assert answer.verdict.value == "allowed"


def test_rules_ask_a_doubted_fact_instead_of_presuming_it():
    facts = Facts.model_validate(
        {"channel": "email", "audience": "b2c", "consent": "yes", "customer": "no"}
    )
    assert decide(facts, ON).verdict.value == "allowed"  # sector other, no objection presumed
    for fact in ("sector", "objected"):
        doubted = decide(facts, ON, frozenset({fact}))
        assert doubted.verdict.value == "needs_info"
        assert fact in [m.fact for m in doubted.missing_facts]


def test_a_doubt_never_overrides_a_stated_fact():
    facts = Facts.model_validate(
        {
            "channel": "email",
            "audience": "b2c",
            "consent": "yes",
            "sector": "other",
            "objected": "no",
        }
    )
    assert decide(facts, ON, frozenset({"sector", "objected"})).verdict.value == "allowed"
