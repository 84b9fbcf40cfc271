"""Customers never consulted on the handing over of their details ('jamais consultés là-dessus',
'never asked about it') gave no consent to the partner: the list may not be shared."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Un assureur partenaire veut notre fichier clients pour leur envoyer ses offres par mail. "
        "Nos clients n'ont jamais été consultés à ce sujet. On peut le lui donner ?",
        "A partner gym wants our member list to email its offers. Our members were never asked "
        "about it. Can we hand it over?",
    ],
)
def test_never_consulted_gives_no_partner_consent(text):
    assert extract(text, ON).partner_consent == "no"
