"""Bloctel: the result of a check said after the list ("ran it through Bloctel: it's registered",
"numéro vérifié : pas sur Bloctel"), and "pas sur <list>" (not on it) is no "pas sûr" (not sure)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 3, 10)


def bloctel(text: str):
    return extract(text, ON).known().get("bloctel")


@pytest.mark.parametrize(
    "text",
    [
        "Consumer number from our lead file, not a customer. Ran it through Bloctel: it's "
        "registered. Can I call?",
        "On l'a passé sur Bloctel : il est inscrit. Je peux l'appeler ?",
        "vérifié sur bloctel, résultat : inscrit. je l'appelle ?",
        "We checked Bloctel, result: registered. Can we call him tomorrow?",
        "Numéro passé au DNC => inscrit. J'appelle ce particulier ?",
    ],
)
def test_a_positive_check_result_after_the_list_is_registered(text):
    assert bloctel(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Particulier non client, numéro vérifié : pas sur Bloctel. On peut l'appeler ?",
        "Checked Bloctel: not listed. Can I call this consumer?",
        "J'ai vérifié Bloctel : il n'est pas inscrit. Je peux appeler ce particulier ?",
    ],
)
def test_a_negative_check_result_is_not_registered(text):
    assert bloctel(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Bloctel : pas sûr. Je peux appeler ce particulier ?",
        "Is she on Bloctel? Not sure. Can I call?",
        "Half the numbers were registered on Bloctel, none were our customers. Were the calls "
        "to the Bloctel ones lawful?",
    ],
)
def test_a_doubt_or_a_comma_never_reads_not_registered(text):
    assert bloctel(text) != "no"
