"""What we had told the person at signup ("on lui avait dit qu'il pourrait recevoir nos offres",
"we had told her she'd get our deals") is the information given, not a claim reported; a plan
named by its network generation ("forfait 5G") is a mobile plan; a subscription box named by what
it holds is that product, and a new edition of the same box ("la box édition Noël", "the
Christmas edition of the box") is the same product offered."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.products import relation
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Client depuis 2023, on lui avait dit à l'inscription qu'il pourrait recevoir nos promos "
        "et se désinscrire quand il voulait. Je lui envoie un mail ?",
        "Cliente fidèle : je lui avais dit en magasin qu'elle recevrait nos offres par sms. "
        "Je peux lui écrire ?",
        "Customer since 2024: we had told him at checkout that he would receive our offers by "
        "email. Can I email him?",
        "Long-time client; I told her at signup she'd get our deals by text. Can I text her?",
    ],
)
def test_what_we_had_told_at_signup_is_information(question):
    assert extract(question, ON).known().get("informed") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Son collègue lui avait dit qu'on pourrait lui envoyer des offres. Je lui écris ?",
        "Apparently someone told him we'd maybe send offers? Not sure. Can I email him?",
    ],
)
def test_what_others_said_stays_unknown(question):
    assert extract(question, ON).known().get("informed") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Client qui a un forfait mobile chez nous, je lui envoie nos promos sur le forfait 5G ?",
        "He has a mobile plan with us. Can I offer him our new 5G plan?",
    ],
)
def test_a_plan_named_by_its_network_generation_is_a_mobile_plan(question):
    assert relation(fold(question)) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Abonnée à notre box beauté, je peux lui envoyer la box édition printemps ?",
        "Cliente de notre box de vin mensuelle : je lui propose la box version été ?",
        "She subscribed to our beauty box. Can I email her about the summer edition of our box?",
        "He has our monthly wine box; can I send him our box, 2027 edition?",
    ],
)
def test_a_new_edition_of_the_box_held_is_the_same_product(question):
    assert relation(fold(question)) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Abonné à notre box beauté, je peux lui proposer notre box internet ?",
        "She has our wine box. Can I offer her our fibre internet box?",
    ],
)
def test_a_themed_box_is_no_internet_box(question):
    assert relation(fold(question)) != "yes"
