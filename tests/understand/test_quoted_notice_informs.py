"""A notice quoted at collection that says what we will send informs (round 7).

"il y avait la mention 'vous recevrez nos offres…'", "the checkout showed the notice 'you'll
receive our offers…'": the person was told at collection (informed=yes); a customer told so, who
never objected, may get offers for similar products (R2). No notice, or one denied, informs nobody.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Un client a acheté des chaussures en ligne. Au paiement il y avait la mention « vous "
        "recevrez nos offres sur des produits similaires ». Il ne s'est jamais désabonné. Je lui "
        "envoie par mail nos nouvelles chaussures ?",
        "A customer bought a lamp on our site; the checkout page had the wording 'you'll receive "
        "our offers on similar products'. She never unsubscribed. Can I email her our new lamps?",
    ],
)
def test_a_quoted_notice_informs(text):
    found = extract(text, ON)
    assert found.known().get("informed") == "yes"
    assert decide(found, ON).verdict.value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Un client a acheté des chaussures. Il n'y avait aucune mention « vous recevrez nos offres ». "
        "Je lui envoie par mail nos nouvelles chaussures ?",
        "A customer bought a lamp; there was no notice 'you will receive our offers' at checkout. "
        "Can I email her our new lamps?",
    ],
)
def test_no_notice_is_no_information(text):
    found = extract(text, ON)
    assert found.known().get("informed") != "yes"
    assert decide(found, ON).verdict.value != "allowed"
