"""The followers of a social account are neither customers nor under contract.

"nos abonnés Insta", "our YouTube subscribers", "les gens qui nous suivent sur TikTok": following
a page is no purchase and no subscription to a service of ours, so neither the soft opt-in nor an
ongoing contract may be read from the word "abonné"/"subscriber" (readers/customer.py
``mask_followers``; lexicon/customer.yaml ``social_followers``). A subscriber of a service of ours
("abonnés (forfait mobile)", "active subscription") stays a customer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Nos abonnés LinkedIn sont surtout des particuliers, je peux leur envoyer un DM promo ?",
        "Les abonnés de notre page Facebook, je peux leur écrire en MP pour notre promo ?",
        "On a 3000 abonnés TikTok (des particuliers), je leur envoie un message privé avec une réduc ?",
        "Our YouTube subscribers are mostly consumers, can I DM them a discount code?",
        "We have 20k Instagram followers, consumers mostly. Can I message them all our sale?",
        "People who follow us on Instagram (consumers): can I DM them our promo?",
        "Les gens qui nous suivent sur TikTok, des particuliers, je peux leur envoyer un DM promo ?",
    ],
)
def test_followers_are_no_customers(text: str) -> None:
    facts = extract(text, ON)
    assert facts.customer is None or facts.customer.value == "no"
    assert facts.ongoing_contract is None or facts.ongoing_contract.value == "no"
    assert decide(facts, ON, doubts(text, facts)).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Ils nous suivent sur Insta donc ils sont intéressés : je peux DM nos 5k abonnés Insta ?",
        "They follow us, so they're interested: can I DM our 5k Instagram followers a promo?",
    ],
)
def test_following_taken_for_interest_is_no_consent(text: str) -> None:
    facts = extract(text, ON)
    assert facts.customer is None or facts.customer.value == "no"
    assert decide(facts, ON, doubts(text, facts)).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Nos abonnés (forfait mobile en cours) peuvent recevoir notre promo par SMS ?",
        "Can I email our subscribers (monthly box, active subscription) about the new box?",
    ],
)
def test_subscribers_of_a_service_stay_customers(text: str) -> None:
    facts = extract(text, ON)
    assert facts.customer is not None and facts.customer.value == "yes"
