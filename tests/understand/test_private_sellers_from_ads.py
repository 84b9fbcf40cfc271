"""People selling their own home or car are consumers, and numbers noted out of classified ads
are lifted from other people's ads, not given to us (b15-052)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 10, 5)


@pytest.mark.parametrize(
    "text",
    [
        "I wrote down the numbers of private sellers from car listings. Can I call them on Tuesday "
        "13 October to offer our buy-back service?",
        "We jotted down phone numbers from classified ads of flats for sale by owner. Can we call "
        "them Wednesday 14 October about our agency?",
        "J'ai noté les numéros de vendeurs particuliers sur des petites annonces. Je peux les "
        "appeler mardi 13 octobre pour leur proposer un mandat ?",
    ],
)
def test_private_sellers_noted_from_ads_are_consumers_without_consent(text: str) -> None:
    read = extract(text, ON).known()
    assert read.get("audience") == "b2c"
    assert read.get("source") == "scraped"
    assert read.get("consent") == "no"
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"
