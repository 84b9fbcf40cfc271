"""Shoes named by their sport ("une paire de running", "trainers") are the shop's footwear, so
other shoes relate; crimping tools ("outils de sertissage", "crimpers") are trade tools, so a
plumber's or an electrician's trade relates them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Un client a acheté une paire de running chez nous. Je peux lui envoyer notre promo "
        "sur les chaussures de randonnée ?",
        "Elle a pris une paire de tennis sur notre site. Je lui envoie la promo chaussures ?",
        "He bought a pair of trainers in our shop. Can I email him our hiking shoes sale?",
    ],
)
def test_shoes_named_by_their_sport_relate_other_shoes(text):
    assert extract(text, ON).related_offer == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Un plombier à son compte nous a laissé son mail pro. Je peux lui envoyer notre promo "
        "sur les pinces à sertir ?",
        "Électricien indépendant, mail pro : je peux lui présenter nos sertisseuses ?",
        "A self-employed plumber left us his work email. Can I email him our press-fitting "
        "tools offer?",
        "An electrician on his own account: can I email him about our crimping tools?",
    ],
)
def test_crimping_tools_relate_to_the_trades(text):
    assert extract(text, ON).related_offer == "yes"


def test_crimping_tools_do_not_relate_to_a_florist():
    text = "Une fleuriste à son compte : je peux lui envoyer notre promo sur les outils de sertissage ?"
    assert extract(text, ON).related_offer != "yes"
