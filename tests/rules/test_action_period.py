"""An action whose day is known only within a period (rules/period.py): the law of each end of
the period decides; verdicts that differ (the phone regime changes on 2026-08-11) ask the day,
naming the change; verdicts that agree are the answer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules import decide
from rules.facts import Facts

ON = dt.date(2026, 12, 1)
CHANGE = dt.date(2026, 8, 11)

COLD = {"channel": "phone", "audience": "b2c", "customer": "no", "consent": "no", "bloctel": "no"}


@pytest.mark.parametrize(
    "period, verdict",
    [
        ((dt.date(2026, 8, 4), dt.date(2026, 8, 18)), "needs_info"),
        ((dt.date(2026, 7, 1), dt.date(2026, 7, 31)), "allowed"),
        ((dt.date(2026, 9, 1), dt.date(2026, 9, 30)), "forbidden"),
    ],
)
def test_rules_weigh_both_ends_of_the_period(period, verdict):
    decision = decide(Facts(**COLD, weekday="tuesday", hour=11), ON, period=period)
    assert decision.verdict.value == verdict
    if verdict == "needs_info":
        assert [m.fact for m in decision.missing_facts][:1] == ["date"]
        assert "11/08/2026" in decision.explanation.fr
        assert "2026-08-11" in decision.explanation.en


def test_a_stated_date_wins_over_the_period():
    decision = decide(
        Facts(**COLD, date=dt.date(2026, 8, 4), hour=11),
        ON,
        period=(dt.date(2026, 8, 4), dt.date(2026, 8, 18)),
    )
    assert decision.verdict.value == "allowed"


@given(
    st.dates(dt.date(2026, 6, 1), dt.date(2026, 11, 30)),
    st.dates(dt.date(2026, 6, 1), dt.date(2026, 11, 30)),
)
def test_period_on_one_side_agrees_with_each_day(a, b):
    start, end = sorted((a, b))
    facts = Facts(**COLD, weekday="tuesday", hour=11)
    decision = decide(facts, ON, period=(start, end))
    if end < CHANGE or start >= CHANGE:
        assert decision.verdict == decide(facts, end).verdict
    else:
        assert decision.verdict.value == "needs_info"
        assert decision.missing_facts[0].fact == "date"


def test_a_fact_only_the_earlier_end_needs_is_asked_too():
    # before the change, Bloctel decides a cold call; after it, consent does: the period asks both
    facts = {k: v for k, v in COLD.items() if k != "bloctel"}
    decision = decide(Facts(**facts), ON, period=(dt.date(2026, 7, 1), dt.date(2026, 9, 30)))
    asked = [m.fact for m in decision.missing_facts]
    assert decision.verdict.value == "needs_info"
    assert asked[0] == "date" and "bloctel" in asked
    assert len(asked) == len(set(asked))
