"""A mailbox shared by a team or a desk, with nobody's name in it, is a generic address; a
business's professional fax line, or a school's landline, is a professional line."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Their site lists compta@menuiserie-roux.fr, the accounts inbox shared by the whole "
        "department. Cold email about our invoicing tool?",
        "L'adresse devis@batiplus.fr est une boîte partagée par tout le service achats. Je "
        "peux leur écrire pour présenter nos outils ?",
        "We found the purchasing team inbox of Lefort SA on their website; can we email it our "
        "catalogue?",
    ],
)
def test_a_mailbox_shared_by_a_team_is_generic(question):
    assert extract(question, ON).known().get("address") == "generic"


@pytest.mark.parametrize(
    "question",
    [
        "Can we fax our brochure to opticians on their shop's professional fax line?",
        "I'd call the school's landline to present our booking software to the director.",
    ],
)
def test_a_business_fax_or_school_line_is_professional(question):
    assert extract(question, ON).known().get("address") == "professional"
