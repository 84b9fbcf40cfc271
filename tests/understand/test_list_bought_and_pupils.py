"""A list named with what it holds, then said bought ("fichier de … acheté", "a file of …
emails, bought from a broker"), is our purchase: source purchased, nobody on it our customer;
the pupils of a school are private persons (b2c)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Fichier de 8 000 numéros de particuliers « amateurs de vélo » acheté le mois dernier : "
        "je peux leur envoyer un SMS ?",
        "A file of 5,000 consumer emails, bought from a broker last month. Can we email them?",
        'Liste de 3 000 adresses de retraités "jardinage" achetée à un courtier : on leur écrit ?',
        "A list of 2,000 numbers of young parents, purchased in March. Can I text them?",
    ],
)
def test_a_list_said_bought_is_purchased_and_makes_no_customer(question):
    known = extract(question, ON).known()
    assert known.get("source") == "purchased"
    assert known.get("customer") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "La liste des clients qui ont acheté chez nous en 2024 : je peux leur écrire ?",
        "Our list of customers who bought a bike from us last year: can we email them?",
    ],
)
def test_the_people_who_bought_stay_customers(question):
    known = extract(question, ON).known()
    assert known.get("customer") == "yes"
    assert known.get("source") != "purchased"


@pytest.mark.parametrize(
    "question",
    [
        "Une école de musique nous passe les numéros de ses élèves pour notre offre. SMS ok ?",
        "A driving school gives us its pupils' numbers to text our insurance offer. OK?",
    ],
)
def test_pupils_are_consumers(question):
    assert extract(question, ON).known().get("audience") == "b2c"
