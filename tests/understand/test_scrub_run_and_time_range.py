"""A list run through Bloctel with the listed numbers taken out is off it, and a time range after a
day is no list of call days (bot/understand/readers/bloctel.py, readers/calls.py).

* "the list was run against Bloctel", "fichier croisé avec Bloctel", "screened through the DNC
  list": a check, like "scrubbed" or "vérifié" — the numbers called are not on it;
* "Monday 10 August, 11:00-12:30", "le 3 décembre, 14h-16h": one day and a time slot, not calls
  already made on the 10th and the 11th; the day is the day of the action.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 23)

RUN_AGAINST = [
    "The whole file was run against Bloctel last week, registered numbers removed.",
    "We ran the list through the do-not-call register and took the matches out.",
    "Les numéros ont été croisés avec Bloctel, les inscrits retirés.",
    "Le fichier a été rapproché avec Bloctel avant la campagne.",
]


@pytest.mark.parametrize("said", RUN_AGAINST)
def test_a_list_run_against_bloctel_is_off_it(said):
    facts = extract("Phone campaign to consumers. " + said + " OK to call?", ON)
    assert facts.bloctel is not None and facts.bloctel.value == "no"


SLOTS = [
    (
        "Our phone campaign to consumers is planned for Thursday 3 December, 11:00-12:30.",
        dt.date(2026, 12, 3),
    ),
    (
        "Campagne d'appels aux particuliers prévue le jeudi 3 décembre, 14h-16h.",
        dt.date(2026, 12, 3),
    ),
    ("Calls to consumers set for Friday 4 December, 10am-1pm.", dt.date(2026, 12, 4)),
]


@pytest.mark.parametrize(("said", "day"), SLOTS)
def test_a_time_slot_after_a_day_is_no_list_of_calls(said, day):
    facts = extract(said + " Numbers from our own form, checked against Bloctel.", ON)
    assert facts.calls_30d is None
    assert facts.date == day
