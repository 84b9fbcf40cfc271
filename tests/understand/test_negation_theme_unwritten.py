"""Two general readings (fr and en):

- A holiday naming the offer with the offer's words in between ("our Easter chocolate deals",
  "le marché de Noël") is no day of the action; "at Christmas about our deals" still is.
- A consent said out loud that nobody wrote down is not provable (GDPR 7(1)): consent unknown.
"""

from __future__ import annotations

import datetime as dt

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


def test_holiday_naming_the_offer_is_no_date() -> None:
    f = facts("Can I text my customers our Easter chocolate deals?")
    assert f.get("date") != "2027-03-29"
    f = facts("Je tiens un stand au marché de Noël, je peux envoyer un mail à mes clients ?")
    assert f.get("date") != "2026-12-25"


def test_holiday_as_the_day_is_kept() -> None:
    f = facts("Can I phone my prospects at Christmas about our deals?")
    assert f.get("date") == "2026-12-25"


def test_oral_consent_nobody_wrote_down_is_unprovable() -> None:
    for text in (
        "Au salon, des particuliers ont dit oui de vive voix pour recevoir nos offres par mail, "
        "mais rien n'a été écrit. On peut leur écrire ?",
        "Some consumers said yes out loud to our SMS offers at the counter; we never wrote it down. "
        "Can we text them?",
    ):
        assert facts(text).get("consent") == "unknown"
        assert verdict(text) == "forbidden"
