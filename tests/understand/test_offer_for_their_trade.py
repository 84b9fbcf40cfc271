"""An offer made for a trade, to a professional whose business is that trade, relates to their
activity ("our booking engine for hotels" to a hotel's manager); a generic "for businesses", or a
trade that is not theirs, says nothing."""

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.related import _for_their_trade

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Appel B2B : je veux appeler la gérante de la boulangerie Martin sur sa ligne pro pour lui "
        "présenter notre logiciel de caisse pour boulangeries.",
        "B2B: I'd email the owner of Bloom Florists at his work address about our ordering app "
        "for florists.",
        "Je veux écrire au directeur de l'hôtel des Pins, adresse pro, pour notre channel manager "
        "dédié aux hôtels.",
    ],
)
def test_an_offer_for_their_own_trade_is_related(question):
    facts = extract(question, ON)
    assert facts.audience == "b2b"
    assert facts.related_offer == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "appeler la boulangerie martin pour notre outil pour les entreprises",
        "email bloom florists about our booking software for dentists",
        "notre offre pour les particuliers, a un particulier",
    ],
)
def test_a_generic_or_other_trade_names_no_trade_of_theirs(question):
    assert not _for_their_trade(question)
