"""A leisure word naming the person's own business is their trade, not a private offer
(b15-090): "a restaurant owner", "the gym's landline", "gérante d'un restaurant" — and its other
mentions ("our 'restaurant margins' guide") name the trade too. A day or month abbreviation
("Call planned Tue 13 Oct") names nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.persons import target

ON = dt.date(2026, 10, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Calling a gym owner (sole trader) on the gym landline about our booking software. He read "
        "our gym marketing guide. Tue 13 Oct 10am?",
        "J'appelle la gérante d'un restaurant (auto-entrepreneuse) sur le fixe du restaurant pour "
        "notre logiciel de caisse. Mardi 13 octobre 15h ?",
    ],
)
def test_the_trade_named_by_a_leisure_word_is_no_private_offer(text: str) -> None:
    read = extract(text, ON).known()
    assert read.get("audience") == "b2b"
    assert read.get("related_offer") != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Calling a gym owner (self-employed) about a holiday cruise for his family.",
        "Appeler un artisan plombier pour lui proposer un séjour en croisière.",
    ],
)
def test_a_leisure_offer_to_a_sole_trader_stays_unrelated(text: str) -> None:
    assert extract(text, ON).known().get("related_offer") == "no"


@pytest.mark.parametrize("text", ["Call planned Tue 13 Oct 3pm.", "Appel prévu Mer 14 Oct."])
def test_a_day_abbreviation_names_no_one(text: str) -> None:
    assert target(text) is None
