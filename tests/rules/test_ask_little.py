"""Ask little: a ``needs_info`` asks first the fact whose answer settles most, at most
``ASK_AT_ONCE`` questions at a time; the order comes from the rules and never varies."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import decide
from rules.derive import ASK_AT_ONCE
from rules.facts import ENUM_FACTS, Facts, parse_facts

ON = dt.date(2026, 11, 23)


def _asked(facts: dict[str, str]) -> list[str]:
    decision = decide(parse_facts(facts), ON)
    assert decision.verdict.value == "needs_info"
    return [m.fact for m in decision.missing_facts]


def _settles(known: dict[str, str], fact: str) -> bool:
    """Some answer to ``fact`` alone gives a definite verdict."""
    return any(
        decide(parse_facts({**known, fact: value}), ON).verdict.value != "needs_info"
        for value in (m.value for m in ENUM_FACTS[fact])
    )


def test_an_email_to_an_unknown_person_asks_consent_first_since_a_yes_settles_it():
    # Before: the rep's order (audience first), although no answer to it settles the case.
    asked = _asked({"channel": "email"})
    assert asked[0] == "consent"
    assert _settles({"channel": "email"}, "consent")
    assert not _settles({"channel": "email"}, "audience")
    # Nothing is dropped: the other decisive facts come after, for the next round.
    assert {"audience", "address", "related_offer", "informed"} <= set(asked[1:])


def test_the_summary_asks_at_most_two_questions_the_first_ones():
    decision = decide(Facts(), ON)
    assert len(decision.missing_facts) > ASK_AT_ONCE
    for lang in ("fr", "en"):
        text = decision.explanation.in_(lang)
        shown = [m for m in decision.missing_facts if m.question.in_(lang) in text]
        assert shown == decision.missing_facts[:ASK_AT_ONCE], lang


def test_the_order_does_not_depend_on_the_hash_seed():
    script = (
        "import datetime as dt, json; from rules import decide; from rules.facts import parse_facts;"
        "print(json.dumps([[m.fact for m in decide(parse_facts(f), dt.date(2026, 11, 23))"
        ".missing_facts] for f in ({}, {'channel': 'email'}, {'audience': 'b2b'},"
        " {'channel': 'email', 'source': 'purchased'})]))"
    )
    orders = set()
    for seed in ("1", "2", "3"):
        out = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        orders.add(out)
    assert len(orders) == 1
    assert json.loads(orders.pop())[1][0] == "consent"


#: Facts a needs_info may ask whose options are values of the fact itself.
ASKABLE = [f for f in ENUM_FACTS if f not in ("weekday", "action", "comment_kind")]


@st.composite
def vague_cases(draw) -> dict[str, str]:
    facts: dict[str, str] = {}
    for fact in draw(st.lists(st.sampled_from(ASKABLE), max_size=4, unique=True)):
        facts[fact] = draw(st.sampled_from([m.value for m in ENUM_FACTS[fact]]))
    return facts


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # each example decides up to ~40 variants
@given(vague_cases())
def test_a_fact_that_alone_can_settle_the_verdict_is_asked_before_any_that_cannot(known):
    decision = decide(parse_facts(known), ON)
    if decision.verdict.value != "needs_info":
        return
    asked = [m.fact for m in decision.missing_facts if m.fact in ENUM_FACTS]
    settling = [f for f in asked if _settles(known, f)]
    first = decision.missing_facts[0].fact
    if settling and first in ENUM_FACTS:  # call_time / call_limit are asked as a day, a count
        assert first in settling, (known, asked, settling)
