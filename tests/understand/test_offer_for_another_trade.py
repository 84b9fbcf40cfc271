"""An offer made for another kind of business than the person's (R3).

"Notre logiciel pour pharmacies" to the manager of a driving school, "POS for restaurants" to a
dentist: the offer's market is named, it is not the person's, so the offer does not relate to
their activity, whatever generic tie a manager has with software. Made for their own kind (a
broader one too: a till for shops to a pharmacist) it may; with no market named, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.readers.products import LEXICON

ON = dt.date(2026, 12, 1)


def related(text: str) -> str | None:
    return extract(text, ON).known().get("related_offer")


@pytest.mark.parametrize(
    "text",
    [
        "Je peux écrire sur son mail pro à la gérante d'une boulangerie pour lui présenter notre "
        "logiciel pour auto-écoles ?",
        "Puis-je envoyer un mail au pharmacien sur son adresse pro pour notre caisse pour "
        "boulangeries ?",
        "J'envoie un mail pro à la fleuriste pour lui proposer notre outil dédié aux cabinets "
        "dentaires ?",
        "Can I email a dentist at his work address about our POS for restaurants?",
        "Can I email the owner of a bakery at her work address about our software for pharmacies?",
        "May I email a farmer at his business address to pitch our booking tool for driving "
        "schools?",
        # a tool any business runs on, made for another trade: the trade wins
        "Can I email the CEO of a driving school at his work address about our accounting "
        "software for pharmacies?",
    ],
)
def test_an_offer_for_another_trade_is_unrelated(text):
    assert related(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Je peux écrire sur son mail pro à la gérante d'une auto-école pour lui présenter notre "
        "logiciel pour auto-écoles ?",
        "Can I email the manager of a pharmacy at her work address about our software for "
        "pharmacies?",
        "Can I email the owner of a bakery at her work address about our till for bakeries?",
    ],
)
def test_an_offer_for_their_own_trade_is_related(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # the person's business is not named: the market decides nothing alone
        "Can I email the manager at her work address about our software for pharmacies?",
        "Je peux écrire à la gérante sur son mail pro pour notre logiciel pour boulangeries ?",
        # a broader kind of their own: a till for shops to a pharmacist
        "Puis-je écrire au pharmacien sur son mail pro pour notre caisse pour boutiques ?",
    ],
)
def test_a_market_without_a_plain_match_is_not_yes(text):
    assert related(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Can I email the CEO of a small company at her work address about our accounting software?",
        "Je peux écrire au gérant sur son adresse pro pour lui proposer notre logiciel de "
        "comptabilité ?",
    ],
)
def test_a_generic_business_tool_is_unchanged(text):
    assert related(text) == "yes"


#: One plain name per workplace kind of products.yaml: (fr person, fr market, en person, en market)
NAMES = {
    "health_practice": (
        "d'un cabinet dentaire",
        "cabinets dentaires",
        "a dental practice",
        "dental practices",
    ),
    "pharmacy": ("d'une pharmacie", "pharmacies", "a pharmacy", "pharmacies"),
    "farm": (
        "d'une exploitation agricole",
        "exploitations agricoles",
        "a farm",
        "farms",
    ),
    "driving_school": ("d'une auto-école", "auto-écoles", "a driving school", "driving schools"),
    "bakery": ("d'une boulangerie", "boulangeries", "a bakery", "bakeries"),
    "shop": ("d'un magasin", "magasins", "a shop", "shops"),
    "florist": (
        "d'une boutique de fleurs",
        "boutiques de fleurs",
        "a flower shop",
        "flower shops",
    ),
    "building_firm": (
        "d'une entreprise du bâtiment",
        "entreprises du bâtiment",
        "a construction firm",
        "construction firms",
    ),
    "logistics_firm": (
        "d'une entreprise de transport",
        "entreprises de transport",
        "a haulage company",
        "haulage companies",
    ),
}
WORKPLACES = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["workplaces"]


def test_every_workplace_kind_has_names():
    assert set(NAMES) == set(WORKPLACES)


PAIRS = [
    (theirs, market)
    for theirs in NAMES
    for market in NAMES
    if market != theirs and market not in (WORKPLACES[theirs].get("within") or ())
]


@settings(max_examples=12, deadline=None)
@given(pair=st.sampled_from(PAIRS), english=st.booleans())
def test_any_other_kind_of_business_is_unrelated(pair, english):
    theirs, market = pair
    fr_person, _, en_person, _ = NAMES[theirs]
    _, fr_market, _, en_market = NAMES[market]
    text = (
        f"Can I email the manager of {en_person} at her work address about our software for "
        f"{en_market}?"
        if english
        else f"Je peux envoyer un mail sur son adresse pro à la gérante {fr_person} pour lui "
        f"proposer notre logiciel pour {fr_market} ?"
    )
    assert related(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Je peux écrire à la gérante d'une auto-école sur son mail pro pour notre logiciel pour "
        "hôtels ?",
        "Je peux écrire au gérant d'une pharmacie sur son mail pro pour notre outil pour crèches ?",
        "Can I email the owner of a garage at his work address about our booking app for hair "
        "salons?",
    ],
)
def test_a_trade_the_lexicon_does_not_know_is_no_plain_match(text):
    assert related(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Can I email the manager of the Hotel du Port at her work address about our software for "
        "hotels?",
        "Can I email the plumber at his work address about our software for artisans?",
    ],
)
def test_their_own_or_any_trade_still_relates(text):
    assert related(text) == "yes"
