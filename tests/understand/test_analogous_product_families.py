"""Families of our own products a customer or a professional relates to (round 9, R2, R3).

A ticket for a show is the show bought (its other shows are the same family); a service done at
the customer's home (cleaning, ironing, gardening) is one family; bottles bought from a wine
seller are wine (a trip is not); boiler parts sold to the trade are plumbing supplies; a bakery
or a restaurant runs on food-trade equipment. A question opening on "Boîte de …" names our own
business. "Our other services" qualified as of the same kind ("à domicile") is no unrelated offer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente a acheté des billets pour un concert chez nous en mai. On peut lui envoyer "
        "par mail nos prochains concerts ? Elle a été informée à l'achat et peut refuser.",
        "A customer bought festival tickets from us last summer and was told we'd email offers. "
        "Can I email him about our next festival?",
        "Société de jardinage. Un client particulier a un contrat avec nous pour l'entretien de "
        "son jardin ; on veut lui proposer notre service de repassage par mail.",
        "We run a house-cleaning business. A private customer with a weekly home cleaning contract was "
        "told we'd email offers; can we email her our new ironing service?",
    ],
)
def test_same_family_of_ours_is_related(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "A customer bought three bottles of champagne from our shop and was told we'd email "
        "offers. Can we email him our Caribbean cruises?",
        "Un client a acheté 12 bouteilles sur notre cave en ligne. Je peux lui envoyer par mail "
        "nos séjours en Toscane ?",
    ],
)
def test_bottles_and_trips_are_unrelated(text):
    assert extract(text, ON).known().get("related_offer") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "A self-employed plumber has a trade account with us (work mobile). Can we text him "
        "about our boiler spare parts?",
        "Artisan plombier, client pro chez nous : on peut lui envoyer par SMS sur son portable "
        "pro nos pièces détachées pour chaudières ?",
        "B2B : j'appelle des pâtisseries sur la ligne fixe pro de la boutique pour présenter notre "
        "laminoir professionnel.",
        "B2B: calling restaurant owners on their restaurants' business landline to pitch our "
        "commercial ovens.",
    ],
)
def test_trade_supplies_relate_to_the_trade(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "A baker buys flour from us; can we email his work address our new holiday packages "
        "for his family?",
        "Un plombier client pro : je peux lui proposer nos séjours en famille pour ses vacances ?",
    ],
)
def test_private_life_offer_to_a_trade_is_never_related(text):
    assert extract(text, ON).known().get("related_offer") != "yes"


def test_baby_bottles_are_not_wine():
    text = "A customer bought baby bottles from us; can we email her our wine selection?"
    assert extract(text, ON).known().get("related_offer") != "yes"
