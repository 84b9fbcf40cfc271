"""Negation scope: a French negation made of two words ("n'… pas", "sans aucun", "n'… jamais
… aucun") is one negation of consent, never two that cancel out; a denied request to stop,
spoken without its "ne" ("il a jamais demandé à ne plus…"), is no objection; a past call dated
by its month only is asked its day when the law changed that month; a free account with nothing
said of a way to object is asked whether it counts as a sale (R2b)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.match import _own_negation
from bot.understand.readers.period import action_period
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "On veut faire du SMS promo vers des particuliers du quartier. Nous n'avons pas leur accord.",
        "Message vocal automatique vers des particuliers : on n'a jamais eu aucun consentement.",
        "Newsletter promo à des particuliers inscrits sur notre site, sans aucune case d'accord.",
        "Texting consumers from our shop's sign-up sheet: we don't have their consent.",
        "Emailing consumers who registered on our site, with no opt-in box anywhere.",
    ],
)
def test_a_negated_consent_is_no_consent(text):
    assert facts(text).get("consent") == "no"


@pytest.mark.parametrize(
    "text",
    [
        # a negation over the sentence that says the lack of consent is still denied: not "no"
        "Je ne dis pas qu'on n'a pas leur accord, on voudrait leur envoyer des SMS.",
    ],
)
def test_a_denied_lack_of_consent_is_not_read_as_no(text):
    assert facts(text).get("consent") != "no"


def test_the_first_half_of_a_negation_is_the_cues_own():
    assert _own_negation("on n'a ", "pas leur accord").strip() == "on"
    assert _own_negation("sans ", "aucune case").strip() == ""
    assert _own_negation("on n'a jamais eu ", "aucun accord").strip() == "on"
    # a negation across a "que" is another one
    assert "ne dis pas" in _own_negation("je ne dis pas qu'on n'a ", "pas son accord")
    assert _own_negation("the client ", "no consent") == "the client "


def test_automated_calls_without_consent_are_forbidden(ask):
    answer = ask(
        "On veut diffuser un message vocal automatique chez des particuliers pour notre "
        "pressing. Nous n'avons pas leur consentement."
    )
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Je compte appeler la gérante d'une boutique sur le fixe du magasin. Elle a jamais demandé "
        "à ne plus être appelée.",
        "Je veux appeler le patron d'un garage sur sa ligne pro. Il nous a pas demandé de ne plus "
        "l'appeler.",
        "I'll phone the owner of a garage on his work line. He has never asked us to stop calling.",
    ],
)
def test_a_denied_request_to_stop_spoken_without_ne_is_no_objection(text):
    assert facts(text).get("objected") == "no"


def test_a_request_to_stop_stays_an_objection():
    assert facts("Elle a demandé à ne plus être appelée. Je la rappelle ?").get("objected") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Un commercial a téléphoné à un particulier en août, sans son accord, pas sur Bloctel. "
        "Est-ce que c'était conforme ?",
        "Our rep phoned a consumer in August without consent (not on Bloctel). Was it compliant?",
    ],
)
def test_a_past_call_in_the_month_of_the_change_asks_the_day(ask, text):
    answer = ask(text)
    assert answer.verdict.value == "needs_info"
    assert "date" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "text",
    [
        # a contact still to come: the past month dates the earlier campaign, not the action
        "En juillet on a appelé des particuliers sans leur accord ; on veut les rappeler demain.",
        "We called consumers in July without consent, and we want to call them again next week.",
    ],
)
def test_a_past_month_is_no_period_of_a_planned_contact(text):
    assert action_period(fold(text), ON) is None


@pytest.mark.parametrize(
    "text",
    [
        "Des particuliers ont ouvert un compte gratuit sur notre appli de recettes, sans rien "
        "payer. Pas de case newsletter. On peut leur envoyer par mail l'offre premium ?",
        "Consumers opened a free account on our workout app, nothing paid, no newsletter box. "
        "Can we email them the premium plan?",
    ],
)
def test_a_free_account_with_nothing_said_of_an_opt_out_is_asked(ask, text):
    answer = ask(text)
    assert answer.verdict.value == "needs_info"


def test_a_free_account_with_no_opt_out_offered_is_forbidden(ask):
    answer = ask(
        "Consumers opened a free account on our workout app; sign-up had no way to opt out of "
        "marketing and they never agreed to anything. Can we email them the premium plan?"
    )
    assert answer.verdict.value == "forbidden"
