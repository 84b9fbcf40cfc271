"""A training followed and paid for is a purchase; a call-back wished for is one (issue 14).

- "a suivi chez nous une formation", "took one of our courses", "payée de sa poche", "paid out of
  her own pocket": a customer; an Excel course and an advanced Excel offer are one family.
- "she'd like someone to call her back", "he'd love us to call him back": a call-back request.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Un particulier a suivi chez nous une formation PowerPoint, payée de sa poche. Je peux lui "
        "envoyer notre offre PowerPoint avancé par mail ?",
        "A private individual took one of our Excel courses last spring. Can I email her our "
        "advanced Excel offer?",
        "She paid out of her own pocket for a spreadsheet course with us. Can I email her?",
    ],
)
def test_a_training_followed_makes_a_customer(text):
    assert extract(text, ON).known().get("customer") == "yes"


def test_an_excel_course_then_an_excel_offer_are_related():
    text = (
        "Particulier qui a suivi chez nous une formation Excel débutant, payée par CB. Je peux lui "
        "envoyer par mail notre formation Excel perfectionnement ?"
    )
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Note from the shop: Mr Dubois phoned, he'd like someone to call him back about a quote "
        "for a bathroom. No marketing consent at all. Can I call him Tuesday 24 Nov at 10am?",
        "She'd love us to call her back for a quote. We have no consent from her. Can I ring her "
        "Wednesday at 3pm?",
    ],
)
def test_a_call_back_wished_for(text):
    found = extract(text, ON)
    assert found.known().get("callback") == "yes"
    assert decide(found, ON).verdict.value == "allowed"
