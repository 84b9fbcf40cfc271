"""A company's general mailbox: a mailbox named by its local part ('info@', 'sales@') is an e-mail,
the words of an address ('contact@menuiserie-gaudin.fr') name the recipient's trade, never the
offer's sector, and a bought list of generic company addresses needs no information of people."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def fact(text: str, key: str) -> str | None:
    value = getattr(extract(text, ON), key)
    return value.value if value is not None and hasattr(value, "value") else value


@pytest.mark.parametrize(
    "text",
    [
        "Got a list of generic company inboxes (info@, sales@, hello@) of 300 SaaS firms. Can we pitch them?",
        "On a les boîtes génériques (contact@, accueil@) de 50 PME. On peut leur proposer notre offre ?",
        "Generic mailboxes like sales@ and support@ of 20 retailers, no individuals. Can we pitch them?",
        "Uniquement des adresses du type info@ et contact@ de cabinets comptables. On peut les démarcher ?",
    ],
)
def test_a_mailbox_named_by_its_local_part_is_an_email(text: str) -> None:
    assert fact(text, "channel") == "email"


def test_a_social_handle_is_no_mailbox() -> None:
    assert fact("Can we DM @dupont_shop on Instagram about our shoes?", "channel") != "email"


_TRADES = st.sampled_from(
    ["menuiserie", "renovation", "chauffage", "toitures", "travaux", "fenetres", "formation"]
)
_OFFERS = st.sampled_from(
    ["logiciel de devis", "assurance flotte auto", "offre de logiciel de facturation"]
)


@settings(max_examples=25, deadline=None)
@given(trade=_TRADES, offer=_OFFERS, tld=st.sampled_from(["fr", "com"]))
def test_the_words_of_an_address_are_never_the_offer_sector(
    trade: str, offer: str, tld: str
) -> None:
    text = (
        f"J'ai l'adresse contact@{trade}-gaudin.{tld} (l'adresse générale de la boîte). "
        f"Je peux leur envoyer notre {offer} par mail ?"
    )
    assert fact(text, "sector") == "other"


def test_works_named_outside_the_address_still_stay_in_doubt() -> None:
    text = "J'ai contact@gaudin.fr, adresse générale. Je peux leur envoyer notre offre de travaux par mail ?"
    assert fact(text, "sector") != "other"


def test_a_banned_offer_outside_the_address_is_still_read() -> None:
    text = "J'ai contact@dupont.fr, adresse générale. Je peux leur proposer l'isolation des combles à 1 euro ?"
    assert fact(text, "sector") == "energy_renovation"


@pytest.mark.parametrize(
    "text",
    [
        "Got a list of generic company inboxes (info@, sales@, hello@) of 300 SaaS companies from a "
        "data vendor. No named people at all. Can we send our partnership pitch there?",
        "On a acheté un fichier d'adresses génériques d'entreprises (contact@, info@) à un courtier, "
        "aucune personne nommée. On peut leur envoyer notre offre de logiciel par mail ?",
        "slt, j'ai l'adresse contact@menuiserie-gaudin.fr (c l'adresse générale de la boite, pas celle "
        "d'une personne). je peux leur envoyer notre plaquette logiciel de devis par mail ?",
    ],
)
def test_a_company_general_address_is_allowed_even_from_a_bought_list(ask, text: str) -> None:
    assert ask(text).verdict.value == "allowed"


def test_a_sole_trader_general_address_is_still_personal(ask) -> None:
    a = ask(
        "c'est un plombier à son compte, tout seul, son seul mail c'est contact@dupont-plomberie.fr. "
        "Je peux lui envoyer de la pub pour nos séjours au soleil ?"
    )
    assert a.verdict.value != "allowed"
