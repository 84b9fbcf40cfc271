"""'STOP' followed by the noun of a means ('STOP number', 'STOP short code', 'STOP keyword') names
how to object, not an objection; a STOP actually sent stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Customer since May, told at checkout he'd get offers and could refuse, which he didn't. "
        "Can I text him our new range? STOP number in every SMS.",
        "Cliente depuis avril, informée en caisse, elle pouvait refuser, ce qu'elle n'a pas fait. "
        "Je peux lui envoyer un SMS promo ? STOP code en fin de message.",
    ],
)
def test_stop_means_is_no_objection(text):
    assert extract(text, ON).objected != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "He replied STOP to our last text. Can I text him again?",
        "Elle a répondu STOP au dernier SMS. Je peux la relancer ?",
    ],
)
def test_stop_sent_is_an_objection(text):
    assert extract(text, ON).objected == "yes"
