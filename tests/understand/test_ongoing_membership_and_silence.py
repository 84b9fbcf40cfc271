"""A membership or an insurance contract said running ("active annual gym membership", "contrat
d'assurance auto en cours") is an ongoing contract; "nobody replied, so they consented" reads
consent into silence (implied, never yes)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "He has an active monthly climbing membership with us. Can we text him about our "
        "coaching sessions?",
        "She holds a current annual swimming-pool membership at our club; SMS about our "
        "aquagym classes?",
        "Client avec un contrat d'habitation toujours en cours chez nous : je l'appelle pour "
        "une option de ce contrat ?",
        "Elle a un contrat d'assurance santé en cours chez nous ; mail pour une option ?",
    ],
)
def test_a_running_membership_or_contract_is_ongoing(question):
    known = extract(question, ON).known()
    assert known.get("ongoing_contract") == "yes"
    assert known.get("customer") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "We texted our prospects 'reply NO to opt out'. Nobody replied, so they've agreed, "
        "haven't they?",
        "We sent the opt-out notice and no one answered, so they're opted in, right?",
        "On a écrit aux prospects « répondez STOP pour ne plus rien recevoir ». Ils n'ont pas "
        "répondu, donc ils sont d'accord ?",
    ],
)
def test_no_reply_read_as_consent_is_implied(question):
    assert extract(question, ON).known().get("consent") == "implied"
