"""Calls already made on dated days count for the 4-calls limit only within the 30 days before the
call asked about (C. conso D.223-9, a sliding window): "le 12 octobre, le 20 octobre, le 6 novembre
et le 20 novembre", asked on 30 November about a call today, is 2 calls, not 4."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules.figures import MONTHS_FR

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "on", "calls"),
    [
        (
            "Client en contrat, appel pour son renouvellement. Je l'ai appelé le 12 octobre, le 20 "
            "octobre, le 6 novembre et le 20 novembre. Je peux le rappeler aujourd'hui à 10h30 ?",
            ON,
            2,
        ),
        # a day without its month takes the month said after it
        ("Appelée le 3, le 10, le 17 et le 24 novembre. Je retente aujourd'hui ?", ON, 4),
        ("Called him on 2 Oct, 9 Oct and 27 Nov, can I call again today?", ON, 1),
        # the day of the action is the one counted from: "demain", a date named
        (
            "Je l'ai appelé le 2, le 9, le 16 et le 23 novembre. Je peux rappeler demain ?",
            dt.date(2026, 12, 1),
            4,
        ),
        ("Appelé le 1er et le 4 novembre, je rappelle le 10 décembre ?", ON, 0),
        # no month at all: the rep lists this month's calls, all counted
        ("Je l'ai appelé le 3, le 10 et le 17, je peux rappeler aujourd'hui ?", ON, 3),
    ],
)
def test_dated_calls_count_within_the_30_days_before_the_call(text, on, calls):
    assert extract(text, on).calls_30d == calls


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=75), min_size=2, max_size=5, unique=True))
def test_only_the_days_in_the_window_count(days_back):
    """Whatever days are listed (each with its month), the count is the number of them at most 30
    days before the call, never more: an old call never makes a call look over the limit, and a
    recent one is never forgotten."""
    days = sorted(ON - dt.timedelta(days=n) for n in days_back)
    listed = [f"le {d.day} {MONTHS_FR[d.month - 1]}" for d in days]
    text = f"Je l'ai appelée {', '.join(listed[:-1])} et {listed[-1]}. Je peux la rappeler aujourd'hui ?"
    expected = sum(1 for n in days_back if n <= 30)
    assert extract(text, ON).calls_30d == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Particulière, consentement ok. Je l'ai appelée le 3 août et le 10 septembre, je peux la "
        "rappeler aujourd'hui à 11h ?",
        "Particulier, consentement ok. Je l'ai appelé le 3 août. Je peux le rappeler aujourd'hui à 11h ?",
        "Consumer who consented. Called her on 2 August, can I call her again today at 11?",
    ],
)
def test_the_day_of_a_call_already_made_is_not_the_day_of_the_action(ask, text):
    # 29 November 2026 is a Sunday: read as "3 August 2027" the call looked allowed on a Tuesday
    sunday = dt.date(2026, 11, 29)
    assert extract(text, sunday).date == sunday
    answer = ask(text, on=sunday)
    assert answer.facts.get("weekday") == "sunday"
    assert answer.verdict.value != "allowed"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=200), min_size=1, max_size=4, unique=True))
def test_past_call_days_never_become_the_action_day(days_back):
    days = sorted(ON - dt.timedelta(days=n) for n in days_back)
    listed = " et ".join(f"le {d.day} {MONTHS_FR[d.month - 1]}" for d in days)
    text = f"Je l'ai appelé {listed}. Je peux le rappeler aujourd'hui ?"
    assert extract(text, ON).date == ON, text
