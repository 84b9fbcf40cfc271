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


LAST_CONTACT_IN_DOUBT = [
    "ancien client (particulier), informé à l'époque, jamais désinscrit — on veut lui renvoyer "
    "nos offres sur la même gamme par email. Je ne sais plus quand son contrat s'est terminé.",
    "Former customer (consumer), informed at purchase with an opt-out, never unsubscribed. We "
    "want to email him offers on the same range. Not sure when his contract ended.",
    "Former customer, consumer, was told at checkout he could opt out of our emails and never "
    "did; I can't remember when he last bought from us. Can I email him our offers on the same "
    "range?",
    "ancien client particulier, informé à l'époque qu'il pouvait refuser nos mails, jamais "
    "désinscrit, aucune idée de quand il a résilié. Je lui envoie nos offres sur la même gamme "
    "par email ?",
]


@pytest.mark.parametrize("question", LAST_CONTACT_IN_DOUBT)
def test_a_last_contact_the_rep_does_not_know_is_asked(ask, question):
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert "retention_expired" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "question",
    [
        # the doubt is about something else than the last contact
        "Former customer (consumer), informed at purchase with an opt-out, never unsubscribed. "
        "We want to email him offers on the same range, not sure when we will send it.",
        "ancien client particulier, informé, jamais désinscrit. Je ne sais pas quand envoyer la "
        "promo sur la même gamme par email, demain ?",
    ],
)
def test_not_knowing_when_of_the_action_is_no_doubt_on_the_last_contact(ask, question):
    answer = ask(question)
    assert "retention_expired" not in [m.fact for m in answer.missing_facts]


def test_rules_ask_the_last_contact_instead_of_presuming_the_retention_not_run_out():
    facts = Facts.model_validate(
        {
            "channel": "email",
            "audience": "b2c",
            "customer": "yes",
            "ongoing_contract": "no",
            "related_offer": "yes",
            "consent": "no",
            "informed": "yes",
            "objected": "no",
        }
    )
    assert decide(facts, ON).verdict.value == "allowed"
    doubted = decide(facts, ON, frozenset({"retention_expired"}))
    assert doubted.verdict.value == "needs_info"
    assert [m.fact for m in doubted.missing_facts] == ["retention_expired"]
    assert doubted.missing_facts[0].options == ["last_contact"]
    stated = facts.model_copy(update={"last_contact": dt.date(2025, 6, 1)})
    assert decide(stated, ON, frozenset({"retention_expired"})).verdict.value == "allowed"
