"""A box ticked by the person on a form they signed (issue 14).

- A name's possessive ending in n ("Garage Morin's offers", "Dijon's") is no elided "n'": no
  negation of what follows.
- A bare "signed" beside a form ("ticked it and signed, we scanned the form") is the form signed,
  no contract: a prospect stays a prospect.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.text import negated

ON = dt.date(2026, 11, 23)


def test_a_possessive_ending_in_n_negates_nothing():
    text = "an empty box 'send me martin's deals' - she ticked it herself"
    assert not negated(text, text.index("ticked"))
    assert negated("il n'a pas coche", 10)


@pytest.mark.parametrize(
    "text",
    [
        "Prospect at our open day. The sign-up sheet has an empty box 'Send me Salon Lebrun's offers "
        "by SMS' - he ticked it himself and signed, we kept the form. Can I text him?",
        "Visitor at the showroom: unticked box 'I'd like Allen's deals by text' on the form, which "
        "she ticked herself and signed, then we filed the form. Can I send her an SMS?",
    ],
)
def test_a_box_ticked_and_a_form_signed(text):
    found = extract(text, ON).known()
    assert found.get("consent") == "yes"
    assert found.get("customer") != "yes"


def test_a_contract_signed_is_still_a_purchase():
    text = "He signed last month for our alarm system. Can I email him our camera offer?"
    assert extract(text, ON).known().get("customer") == "yes"
