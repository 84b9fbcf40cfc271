"""Children and teenagers are private persons (b2c): "a group of 16-year-olds", "des ados",
"des mineurs", "teenagers who signed up". A product's market ("kids' clothing", "jouets pour
enfants") names no audience."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A few 16-17 year olds left their numbers at our stand. Can we text them our deals?",
        "Teenagers signed up at our gaming booth; can we email them our offers?",
        "Des ados ont noté leur numéro sur notre stand au festival, on peut leur envoyer un SMS ?",
        "Des mineurs ont rempli notre bulletin au salon, on peut leur écrire par mail ?",
        "Some kids wrote their emails on our sheet at the fair. Can we send them promos?",
    ],
)
def test_minors_are_consumers(text):
    assert extract(text, ON).audience.value == "b2c"


@pytest.mark.parametrize(
    "text",
    [
        "We sell kids' clothing; can I email the buyer of a department store at her work address?",
        "On vend des jouets pour enfants, je peux appeler le gérant d'un magasin ?",
        "We make furniture for children: may I call the purchasing manager of a retailer?",
    ],
)
def test_a_market_of_children_names_no_audience(text):
    assert extract(text, ON).audience.value == "b2b"


def test_minor_as_an_adjective_names_no_one():
    facts = extract("Minor question: can I email a company's purchasing manager?", ON)
    assert facts.audience.value == "b2b"


def test_texting_teenagers_without_consent_is_forbidden(ask):
    answer = ask(
        "At our climbing contest some 15 year olds gave their mobile numbers on a paper sheet, "
        "with no consent wording at all. Can we text them our gear deals?"
    )
    assert answer.verdict.value == "forbidden"
