""" "zero" before a noun denies it like "no" ("zero opt-in proof", "zéro consentement"); a figure
("zero % APR", "0 %") denies nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "We bought consumer numbers from a list vendor, zero opt-in proof. Can we text them?",
        "Bought list of private individuals, zero consent recorded. Can we SMS them?",
        "Fichier de particuliers acheté, zéro consentement. On peut leur envoyer un SMS ?",
    ],
)
def test_zero_consent_is_no_consent(text):
    facts = extract(text, ON)
    assert facts.consent is None or facts.consent.value != "yes"


def test_zero_percent_is_a_figure():
    facts = extract("Customer who opted in to our emails: can we send her a zero % APR offer?", ON)
    assert facts.consent is not None and facts.consent.value == "yes"
