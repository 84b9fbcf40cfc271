"""A season, a run of months or a month whose day is forgotten dates the action only when our
own contact is said with it (readers/spans.py `ours`): the season of a purchase, a consent or a
contest is no period of the call. "this fall" is read like "this autumn"; "cet hiver" said in
November is the winter to come."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.readers.period import action_period
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)
NOVEMBER = dt.date(2026, 11, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Un client a acheté un vélo l'été dernier. Je peux l'appeler ?",
        "Une cliente qui a souscrit au printemps, je peux lui envoyer un SMS ?",
        "Elle a consenti en mars, je ne sais plus quel jour. Puis-je lui envoyer un SMS ?",
        "nos prospects du jeu concours de l'été, on peut les appeler ?",
        "entre juin et août ils ont coché la case ; peut-on les appeler ?",
        "A customer bought a bike from us last summer. Can I call him?",
        "She consented in March, I can't remember the exact day. Can I text her?",
        "Leads who signed up between June and August: may we phone them?",
        "He cancelled his contract last fall; can we email him?",
    ],
)
def test_the_season_of_something_else_is_no_period(text):
    assert action_period(fold(text), ON) is None


@pytest.mark.parametrize(
    "text, period",
    [
        ("cet automne on a appelé des particuliers", ((2026, 9, 1), (2026, 11, 30))),
        ("Last fall our agents called households", ((2026, 9, 1), (2026, 11, 30))),
        ("This fall we phoned prospects", ((2026, 9, 1), (2026, 11, 30))),
        ("en mars, je ne sais plus quel jour, on l'a appelée", ((2026, 3, 1), (2026, 3, 31))),
        ("We texted her in March, I can't remember the day", ((2026, 3, 1), (2026, 3, 31))),
    ],
)
def test_the_season_of_our_contact_is_the_period(text, period):
    start, end = period
    assert action_period(fold(text), ON) == (dt.date(*start), dt.date(*end))


@pytest.mark.parametrize(
    "text", ["cet hiver on va appeler nos prospects", "this winter we will call our leads"]
)
def test_this_winter_said_in_november_is_the_one_to_come(text):
    assert action_period(fold(text), NOVEMBER) == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))


@pytest.mark.parametrize(
    "question",
    [
        "Can I call a customer who bought a bike last fall?",
        "Last fall our agents called private individuals who never consented. Were we ok?",
        "This fall we phoned consumers. Fine?",
    ],
)
def test_fall_never_crashes(ask, question):
    assert ask(question, ON).verdict.value in ("allowed", "forbidden", "needs_info", "info")


def test_a_purchase_last_summer_asks_no_day_of_the_call(ask):
    answer = ask(
        "Un client a acheté un vélo l'été dernier. Je peux l'appeler sur son portable ?", ON
    )
    assert "date" not in [m.fact for m in answer.missing_facts]
