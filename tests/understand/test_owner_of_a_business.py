"""The owner of a business named by its kind is a professional (b2b), not a homeowner.

"the owner of a bakery", "la propriétaire d'un salon de coiffure": reached about the business, a
B2B contact. A homeowner ("propriétaire d'une maison", "home owners") stays a consumer, and the
owner of our own shop is no audience word.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Can I phone the owner of a hair salon on the salon's line about our booking software?",
        "We want to email the owners of three restaurants in town about our commercial ovens.",
        "Is it OK to call the co-owner of a small garage to offer our diagnostic tools?",
        "J'appelle la propriétaire d'une boulangerie sur la ligne de la boutique pour nos pétrins.",
        "Peut-on écrire au propriétaire du restaurant pour lui proposer nos fours professionnels ?",
        "Je voudrais appeler le proprio d'une pizzeria pour notre logiciel de caisse.",
    ],
)
def test_owner_of_a_business_is_b2b(text):
    assert extract(text, ON).audience.value == "b2b"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle un propriétaire de maison pour lui proposer l'isolation de ses combles.",
        "Can we call home owners in the village about solar panels?",
        "Les propriétaires de la résidence ont reçu notre courrier, on peut les relancer par SMS ?",
    ],
)
def test_homeowner_stays_consumer(text):
    assert extract(text, ON).audience.value == "b2c"


def test_owner_of_our_own_shop_names_no_professional():
    facts = extract("Can I text a customer the owner of our shop met at the till?", ON)
    assert facts.audience is None or facts.audience.value != "b2b"


@pytest.mark.parametrize(
    ("text", "family_related"),
    [
        (
            "Calling the owner of a bakery at the bakery to pitch our professional bread ovens.",
            "yes",
        ),
        (
            "J'appelle le gérant d'une pizzeria au restaurant pour nos fours à pizza professionnels.",
            "yes",
        ),
    ],
)
def test_professional_ovens_relate_to_a_food_trade(text, family_related):
    assert extract(text, ON).related_offer.value == family_related


def test_bakery_owner_call_with_identification_and_objection_is_allowed(ask):
    answer = ask(
        "May I phone the owner of a bakery on the shop landline about our commercial ovens? I will "
        "say who I am and why I call at once, and note it if he asks us not to call again."
    )
    assert answer.verdict.value == "allowed"
