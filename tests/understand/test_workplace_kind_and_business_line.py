"""A professional's own business line and kind of business (R3, R19): "la ligne fixe de
l'agence" is a business line; an offer made for a kind of business ("software for driving
schools") relates to the job of someone who runs one named in other words ("runs 'Auto-École
Haddad'", "gère une officine"); a business name in quotes after "runs" is a name, no label in
doubt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle le directeur d'une agence sur la ligne fixe de l'agence.",
        "Je veux joindre la gérante sur le numéro de l'atelier.",
    ],
)
def test_line_of_the_premises_is_professional(text):
    assert extract(text, ON).known().get("address") == "professional"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle la gérante d'une auto-école (EI) sur la ligne de l'auto-école pour lui "
        "présenter notre appli de réservation pour écoles de conduite.",
        "Target: Ana Ruiz, who runs 'Pharmacie Ruiz' as a sole trader. I'd call the shop's "
        "landline to pitch our stock software for pharmacies.",
        "Prospect: Léo Marin, who runs 'Auto-École Marin' as a sole trader. I'd call the "
        "school's landline about our booking tool for driving schools.",
    ],
)
def test_offer_for_their_kind_of_business_relates(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Calling a driving school owner about our stock software for pharmacies.",
    ],
)
def test_offer_for_another_kind_of_business_is_not_read_related(text):
    assert extract(text, ON).known().get("related_offer") != "yes"
