"""A past action placed in a season, a run of months or the year so far (readers/spans.py) gives
a period whose two ends the rules weigh: over the 2026-08-11 phone-regime change, the date is
asked."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.readers.period import action_period
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text, period",
    [
        ("cet été on a appelé des prospects", ((2026, 6, 1), (2026, 8, 31))),
        ("l'été dernier, j'ai démarché des particuliers", ((2026, 6, 1), (2026, 8, 31))),
        ("last summer our team rang households", ((2026, 6, 1), (2026, 8, 31))),
        ("in the spring we called people", ((2026, 3, 1), (2026, 5, 31))),
        ("de juin à septembre, on a téléphoné", ((2026, 6, 1), (2026, 9, 30))),
        ("between June and September we phoned", ((2026, 6, 1), (2026, 9, 30))),
        ("en juillet et août nos vendeurs ont appelé", ((2026, 7, 1), (2026, 8, 31))),
        ("this year our agents called 200 households", ((2026, 1, 1), (2026, 12, 1))),
        ("cette année, l'équipe a contacté des particuliers", ((2026, 1, 1), (2026, 12, 1))),
    ],
)
def test_stretches_read(text, period):
    start, end = period
    assert action_period(fold(text), ON) == (dt.date(*start), dt.date(*end))


@pytest.mark.parametrize(
    "text",
    [
        "cette année je veux appeler nos prospects",  # the year named, no past contact
        "this year we plan to phone new leads",
        "il a été client chez nous",  # 'été' the verb, no season
        "you may and should call him",
    ],
)
def test_no_stretch(text):
    assert action_period(fold(text), ON) is None


@pytest.mark.parametrize(
    "question",
    [
        "Last summer our agents called private individuals who never consented, not on Bloctel, "
        "never customers, to sell home alarms. Were we compliant?",
        "Cette année, nos commerciaux ont appelé des particuliers jamais clients, sans "
        "consentement, hors Bloctel, pour vendre des alarmes. On est en règle ?",
    ],
)
def test_audit_over_the_change_asks_the_date(ask, question):
    answer = ask(question, ON)
    assert answer.verdict.value == "needs_info"
    assert "date" in [m.fact for m in answer.missing_facts]
