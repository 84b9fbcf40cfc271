"""A judgement asked of a practice just described ("… on leur envoie nos promos. Ça compte comme
un consentement valable ?", "… we then email them. Is that valid consent?") is a case about that
practice, not a general question; the consent named in the question itself is no consent said.
A question about a kind of consent, with no practice of ours described, stays general."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.kind import question_kind
from rules import decide

ON = dt.date(2026, 11, 30)

DESCRIBED = [
    "Grand jeu en magasin : pour jouer il faut laisser son e-mail. Ensuite on leur envoie nos offres chaque semaine. Ça compte comme un consentement valable ?",
    "Tirage au sort sur notre site : les gens donnent leur numéro et on leur envoie nos promos par SMS. C'est un consentement valable ?",
    "Quiz on our website: to play, people must subscribe to our newsletter. Then we send them our weekly offers by email. Does that count as valid consent?",
    "Giveaway on Instagram: entrants give their email, and we email them our promos afterwards. Is that valid consent?",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_judgement_of_our_practice_is_a_case(text: str) -> None:
    facts = extract(text, ON)
    assert question_kind(text) == "case"
    assert facts.consent is None or facts.consent.value != "yes"
    assert decide(facts, ON).verdict in {"needs_info", "forbidden"}


GENERAL = [
    "Does a pre-ticked box count as valid consent?",
    "Un consentement donné par téléphone, ça compte comme un consentement valable ?",
]


@pytest.mark.parametrize("text", GENERAL)
def test_judgement_of_a_kind_of_consent_stays_general(text: str) -> None:
    assert question_kind(text) == "general"
