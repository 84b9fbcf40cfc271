"""Small reader fixes from the review of the round's diff: the French verb 'a' after "client" is
no client company's letter (calls.py); a stay needs a place of ours ("stayed the same" is no
stay, customer.py); the farm needs a noun's determiner ("ne ferme pas" is the verb); the first
of two days keeps its own month ("le 30 juillet ou le 2 août", period.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.customer import _STAYED
from bot.understand.readers.period import action_period
from bot.understand.readers.products import workplace_mentions
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Le client a demandé qu'on le rappelle mardi à 11h sur son portable.",
        "La cliente a souhaité qu'on la rappelle jeudi.",
        "The customer asked us to call him back on Tuesday.",
    ],
)
def test_a_customer_asking_a_call_back_is_a_call_back(text):
    assert extract(text, ON).callback == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le client B voudrait qu'on rappelle ses prospects mardi.",
        "Our client C wants us to call back their leads on Tuesday.",
    ],
)
def test_a_client_company_letter_is_still_no_call_back_of_the_person(text):
    assert extract(text, ON).callback != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Our prices have stayed the same for years.",
        "Nos tarifs sont restés les mêmes ; he has stayed the course.",
        "the prospect stayed the night in town",
    ],
)
def test_staying_the_same_is_no_stay(text):
    assert _STAYED.search(fold(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "il a séjourné à notre hôtel",
        "she has stayed with us twice",
        "a guest who stayed at our resort",
        "elle a déjà séjourné chez nous",
    ],
)
def test_a_stay_with_us_is_read(text):
    assert _STAYED.search(fold(text))


def _farm(text: str) -> bool:
    return any("farm" in str(p) for p, _, _ in workplace_mentions(fold(text)))


@pytest.mark.parametrize(
    "text", ["le magasin ne ferme pas le lundi", "tu es ferme sur le prix", "on ferme à 18h"]
)
def test_the_verb_fermer_is_no_farm(text):
    assert not _farm(text)


@pytest.mark.parametrize(
    "text", ["elle gère la ferme de ses parents", "il travaille dans une ferme", "a dairy farm"]
)
def test_the_farm_is_read(text):
    assert _farm(text)


@pytest.mark.parametrize(
    "text, period",
    [
        ("le 30 juillet ou le 2 août, on l'a appelé", ((2026, 7, 30), (2026, 8, 2))),
        ("we called on July 30 or August 2", ((2026, 7, 30), (2026, 8, 2))),
        ("le 4 ou le 18 août on a appelé", ((2026, 8, 4), (2026, 8, 18))),
        ("we called on Aug 4 or 18", ((2026, 8, 4), (2026, 8, 18))),
    ],
)
def test_each_of_two_days_keeps_its_month(text, period):
    start, end = period
    assert action_period(fold(text), ON) == (dt.date(*start), dt.date(*end))
