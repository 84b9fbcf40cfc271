"""The day of the action known only as one month or another ("en juillet ou en septembre", "in
June or October"): the period runs over both, and the rules weigh both ends (rules/period.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.pipeline import Pipeline
from bot.understand.readers.period import action_period
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text, period",
    [
        ("c'était en juin ou en octobre 2026", ((2026, 6, 1), (2026, 10, 31))),
        ("appelé en juillet ou août 2026, le log est perdu", ((2026, 7, 1), (2026, 8, 31))),
        ("called either in June or in October, 2026", ((2026, 6, 1), (2026, 10, 31))),
        ("it was in September or July 2026", ((2026, 7, 1), (2026, 9, 30))),
    ],
)
def test_month_alternatives_read(text, period):
    start, end = period
    assert action_period(fold(text), ON) == (dt.date(*start), dt.date(*end))


@pytest.mark.parametrize(
    "text",
    ["I may call her in July or so", "le 4 ou le 18 juillet 2026"],
)
def test_no_month_alternative(text):
    period = action_period(fold(text), ON)
    assert period is None or period[0].month == period[1].month


@pytest.mark.parametrize(
    "question, verdict",
    [
        (
            "Audit : Léa a appelé un particulier (pas sur Bloctel, pas client, sans accord) en juin ou en octobre, on ne sait plus. C'était légal ?",
            "needs_info",
        ),
        (
            "Audit: our rep Tom called a consumer (not a customer, no consent, not on Bloctel) in July or September, I can't remember which. Was that legal?",
            "needs_info",
        ),
        (
            "Audit : Léa a appelé un particulier (pas sur Bloctel, pas client, sans accord) en septembre ou octobre 2026. C'était OK ?",
            "forbidden",
        ),
    ],
)
def test_month_alternatives_straddling_the_change_are_asked(
    question: str, verdict: str, pipeline: Pipeline
) -> None:
    got = pipeline.ask(question, ON, surface="eval", record=False).verdict.value
    assert got == verdict
