"""A trade or workplace word that qualifies equipment ("matériel de brasserie", "four de
boulangerie", "restaurant equipment", "butcher's shop equipment") names the equipment, not where
the person works: it ties no offer to their job. The same word said of the person's workplace
still does (readers/products.py equipment)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.products import job_mentions, workplace_mentions
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


def _trades(text: str) -> list[str]:
    folded = fold(text)
    return [j.name for j, _, _ in workplace_mentions(folded) + job_mentions(folded)]


@pytest.mark.parametrize(
    "text",
    [
        "nous livrons du matériel de brasserie",
        "un four de boulangerie d'occasion",
        "des ustensiles de restaurant",
        "second-hand restaurant equipment",
        "butcher's shop equipment",
        "bakery ovens and bakery supplies",
    ],
)
def test_a_trade_word_naming_equipment_is_no_workplace(text):
    assert not any("bakery" in n or "food" in n for n in _trades(text))


@pytest.mark.parametrize(
    "text",
    [
        "la gérante de la boulangerie du coin",
        "il travaille dans une brasserie",
        "the manager of a restaurant",
        "the owner of a butcher's shop",
    ],
)
def test_the_persons_workplace_is_still_read(text):
    assert _trades(text)


@pytest.mark.parametrize(
    "text",
    [
        "Calling the HR director of a haulier on her work line to offer our meat slicers, "
        "butcher's shop equipment.",
        "J'appelle la DRH d'un transporteur sur sa ligne pro pour lui proposer nos trancheuses, "
        "du matériel de boucherie.",
    ],
)
def test_equipment_named_by_a_trade_is_not_the_persons_job(text):
    assert extract(text, ON).related_offer != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle le gérant d'une boucherie sur sa ligne pro pour lui proposer nos trancheuses.",
        "Calling the owner of a butcher's shop on his work line to offer our meat slicers.",
    ],
)
def test_equipment_for_the_persons_own_trade_relates(text):
    assert extract(text, ON).related_offer == "yes"
