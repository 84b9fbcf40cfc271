"""An offer said to be for the trade or for the home, the rep not knowing which yet, leaves the
audience unknown (b15-046): a professional is a consumer only for their home (R6)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 10, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Calling an electrician (sole trader) about heat pumps, not sure whether it's for his "
        "workshop or his home. Tuesday 13 October 10am?",
        "Calling a florist (sole trader) about insulation - might be for the shop or for her house, "
        "no idea yet. Tuesday 13 October 10am?",
        "J'appelle un plombier artisan pour nos pompes à chaleur, je sais pas encore si c'est pour "
        "son atelier ou pour sa maison. Mardi 13 octobre 10h ?",
        "Appel d'une coiffeuse auto-entrepreneuse pour de l'isolation, soit pour son salon soit "
        "pour sa maison, à voir. Mardi 13 octobre 10h ?",
    ],
)
def test_trade_or_home_left_open_is_asked(text: str) -> None:
    assert extract(text, ON).known().get("audience") is None
    assert decide(extract(text, ON), ON).verdict.value == "needs_info"


def test_the_home_plainly_said_stays_b2c() -> None:
    text = "Calling an electrician (sole trader) about heat pumps for his home. Tue 13 Oct 10am?"
    assert extract(text, ON).known().get("audience") == "b2c"
