"""A day and month named with their weekday ("mardi 10 février") are read in the year where that
day is that weekday, so the law in force (before or after 2026-08-11) is the one of that day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "date", "weekday"),
    [
        ("Campaign on Tuesday 10 February: can we call?", "2026-02-10", "tuesday"),
        ("je peux l'appeler mardi 8 décembre à 11h ?", "2026-12-08", "tuesday"),
        ("je peux l'appeler samedi 5 décembre à 10h30 ?", "2026-12-05", "saturday"),
        # without a day name, a day and month are the next ones
        ("appel le 10 février ?", "2027-02-10", "wednesday"),
    ],
)
def test_the_year_fits_the_named_day(question: str, date: str, weekday: str) -> None:
    facts = extract(question, ON).known()
    assert (facts.get("date"), facts.get("weekday")) == (date, weekday)
