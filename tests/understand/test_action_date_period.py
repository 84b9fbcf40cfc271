"""The day of the action known only within a period (bot/understand/readers/period.py,
rules/period.py): the law of each end decides; when the verdicts differ (the phone regime
changes on 2026-08-11), the day is asked, naming the change; when they agree, that verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.readers.period import action_period
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text, period",
    [
        ("appelé le jeudi 6 ou le jeudi 20 août 2026", ((2026, 8, 6), (2026, 8, 20))),
        ("I rang her on August 3 or 24, 2026", ((2026, 8, 3), (2026, 8, 24))),
        ("c'était début ou fin août 2026", ((2026, 8, 1), (2026, 8, 31))),
        ("it was early or late August 2026", ((2026, 8, 1), (2026, 8, 31))),
        (
            "in August 2026, I can't recall if it was before or after the 11th",
            ((2026, 8, 10), (2026, 8, 12)),
        ),
        (
            "en août 2026, je ne sais plus si c'était avant ou après le 11",
            ((2026, 8, 10), (2026, 8, 12)),
        ),
        ("appelé en août 2026, je ne me souviens plus du jour", ((2026, 8, 1), (2026, 8, 31))),
    ],
)
def test_periods_read(text, period):
    start, end = period
    assert action_period(fold(text), ON) == (dt.date(*start), dt.date(*end))


@pytest.mark.parametrize(
    "text",
    [
        "je veux appeler 3 ou 4 personnes demain",
        "offer valid for 2 or 3 days",
        "on appelle le 18 août 2026",
    ],
)
def test_no_period_without_alternative_days(text):
    assert action_period(fold(text), ON) is None


ACROSS_THE_CHANGE = [
    "Contrôle interne : une commerciale a appelé une particulière (pas cliente, pas inscrite sur "
    "Bloctel, sans consentement) un jeudi vers 15h, le 6 ou le 20 août 2026, elle ne sait plus "
    "lequel. Est-ce qu'on est en règle ?",
    "Review: one of our reps phoned a consumer (not a customer, not on Bloctel, never consented) "
    "at 3pm in August 2026, early or late August, he isn't sure. Were we compliant?",
    "A rep cold-called a private individual (not a customer, not on Bloctel, no consent) at 10am "
    "in August 2026. I don't remember if it was before or after the 11th. Are we fine?",
]


@pytest.mark.parametrize("question", ACROSS_THE_CHANGE)
def test_a_period_across_the_change_asks_the_day(ask, question):
    answer = ask(question, ON)
    assert answer.verdict.value == "needs_info"
    assert "date" in [m.fact for m in answer.missing_facts]


def test_a_period_on_one_side_of_the_change_is_answered(ask):
    answer = ask(
        "Une commerciale a appelé un particulier (pas client, pas inscrit sur Bloctel, sans "
        "consentement) un mardi vers 11h, le 8 ou le 22 septembre 2026, on ne sait plus. "
        "On est couverts ?",
        ON,
    )
    assert answer.verdict.value == "forbidden"
