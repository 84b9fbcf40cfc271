"""A bare range of hours after a day, and a last contact known only by its year or month.

- "vendredi 25 décembre 2026 entre 10 et 12", "tomorrow between 9 and 11": a range after a day is
  a range of hours (the call starts at the first), never a list of two calls already made; the
  date before it stays the day of the action (readers/hours.py, readers/calls.py).
- "dernier échange courant 2023", "last reply sometime in 2023": a year is a period. When its two
  ends fall on both sides of the 3-year retention (R25/R28) the last contact stays unknown and is
  a doubt the rules ask (readers/dates.py, doubts.py); never its most permissive end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Planning to phone consumers on Friday 25 December 2026 between 10 and 12, ok?",
        "Can we run a call session on Friday 25 December 2026 between 10 and 12?",
        "On prévoit d'appeler des particuliers vendredi 25 décembre 2026 entre 10 et 12, ok ?",
        "Je peux appeler vendredi 25 décembre 2026 entre 10h et 12h ?",
    ],
)
def test_hour_range_after_a_date_is_hours_not_calls(text: str) -> None:
    facts = extract(text, ON)
    assert facts.date == dt.date(2026, 12, 25)
    assert facts.hour == 10
    assert facts.calls_30d is None


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Can I call him tomorrow between 9 and 11?", 9),
        ("Je peux l'appeler demain entre 14 et 16 ?", 14),
    ],
)
def test_hour_range_after_a_relative_day(text: str, hour: int) -> None:
    facts = extract(text, ON)
    assert facts.hour == hour
    assert facts.calls_30d is None


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("Je l'ai appelé le 10 et le 12 novembre, je peux le rappeler ?", 2),
        ("I called him on the 3rd, 10th and 17th of November. Can I call again?", 3),
    ],
)
def test_a_list_of_call_days_still_counts(text: str, calls: int) -> None:
    assert extract(text, ON).calls_30d == calls


B2B = "B2B prospect, work email, the offer fits his job, informed at collection. "
B2B_FR = "Prospect B2B, email pro, offre liée à son métier, informé à la collecte. "


@pytest.mark.parametrize(
    "text",
    [
        B2B + "His last reply was sometime in 2023, nothing since. Can I email him?",
        B2B + "Last click in 2023, no reply since. Can I email him?",
        B2B_FR + "Dernier échange courant 2023, rien depuis. Je peux lui écrire ?",
        B2B_FR + "Il a répondu pour la dernière fois en 2023, rien depuis. Je lui écris ?",
    ],
)
def test_a_year_straddling_three_years_is_asked(text: str) -> None:
    facts = extract(text, ON)
    assert facts.last_contact is None
    doubted = doubts(text, facts)
    assert "retention_expired" in doubted
    assert decide(facts, ON, doubted).verdict.value == "needs_info"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            B2B + "His last reply was in 2021, nothing since. Can I email him?",
            dt.date(2021, 12, 31),
        ),
        (
            B2B_FR + "Dernier échange courant 2025, rien depuis. Je peux lui écrire ?",
            dt.date(2025, 12, 31),
        ),
        (B2B + "Last click in March 2023, nothing since. Can I email him?", dt.date(2023, 3, 31)),
    ],
)
def test_a_period_on_one_side_keeps_its_day(text: str, day: dt.date) -> None:
    facts = extract(text, ON)
    assert facts.last_contact == day
