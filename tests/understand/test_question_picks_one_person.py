"""Several reps' calls told, the question picks one ("Pour Samir, c'était légal ?", "For Marc's
call, was it legal?", "What about Julie?"): the facts are read from that person's sentences only,
also when each sentence opens on a date ("Le 3 juin, Inès a appelé…")."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)

FR = (
    "Contrôle qualité : le 4 juin 2026, Karim a appelé un particulier (pas client), inscrit sur "
    "Bloctel, pour des fenêtres. Le 5 juin, Léa a appelé un client avec contrat en cours pour "
    "une option. "
)
EN = (
    "Call review: on 4 June 2026, Marc phoned a private person (not a customer) on Bloctel to sell "
    "windows. On 5 June, Julie phoned a customer with an ongoing contract about an upgrade. "
)


@pytest.mark.parametrize(
    "text",
    [
        FR + "Pour Karim, c'était légal ?",
        EN + "For Marc's call, was it legal?",
        EN + "What about Marc?",
    ],
)
def test_the_first_person_picked(text):
    facts = extract(text, ON)
    assert facts.ongoing_contract is None
    assert facts.customer.value == "no"
    assert facts.bloctel.value == "yes"


@pytest.mark.parametrize("text", [FR + "Et pour Léa ?", EN + "And for Julie, was it fine?"])
def test_the_second_person_picked(text):
    facts = extract(text, ON)
    assert facts.customer.value == "yes"
    assert facts.bloctel is None


def test_the_first_call_picked_is_forbidden(ask):
    assert ask(FR + "Pour Karim, c'était légal ?").verdict.value == "forbidden"
