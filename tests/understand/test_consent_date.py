"""The day a phone consent was given (R17b: from 2026-08-11 it lapses after 12 months, to confirm)
is read when a date is tied to the consent words; a month alone is its 1st (the older reading)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Le consentement au démarchage tel du prospect date de septembre 2025 : il avait coché "
            "\"j'accepte d'être appelé par MonAssur\". je l'appelle demain à 11h ?",
            "2025-09-01",
        ),
        (
            "des particuliers qui ont donné leur consentement pour être appelés par nous (case "
            "dédiée, notre nom cité) lors d'un salon en septembre 2025. On les appelle ?",
            "2025-09-01",
        ),
        ("She consented at a trade show in September 2025 to be called by us.", "2025-09-01"),
        ("il a consenti le 12 mars 2026 à être appelé par nous", "2026-03-12"),
        ("il a donné son accord pour être appelé il y a 18 mois", "2025-05-01"),
    ],
)
def test_a_date_tied_to_the_consent_is_its_date(question: str, expected: str) -> None:
    assert extract(question, ON).known().get("consent_date") == expected


@pytest.mark.parametrize(
    "question",
    [
        "il a consenti, je l'appelle le 5 décembre 2026 ?",  # the date of the call, not of the consent
        "client depuis mars 2024, il a consenti aux appels",  # a date before the consent words
        "elle a acheté en juin 2025 ; je l'appelle demain ?",  # no consent at all
    ],
)
def test_no_consent_date_without_a_past_date_after_the_consent_words(question: str) -> None:
    assert extract(question, ON).consent_date is None


def test_a_consent_of_september_2025_no_longer_allows_a_call_in_december_2026() -> None:
    q = (
        "Le consentement au démarchage tel du prospect (un particulier) date de septembre 2025 : il "
        "avait coché \"j'accepte d'être appelé par MonAssur pour ses offres auto\". je l'appelle "
        "demain à 11h ?"
    )
    facts = extract(q, ON)
    d = decide(facts, facts.date or ON)
    assert d.verdict.value == "forbidden"
    assert "R17b.expired" in d.rule_ids
    assert any("12" in t.fr for t in d.to_confirm)


@pytest.mark.parametrize(
    ("question", "day"),
    [
        # the only date written is the consent's: the call is on the relative day
        (
            "Il a coché le 12 septembre 2026 une case pour être appelé par nous. Je l'appelle "
            "demain à 15h ?",
            dt.date(2026, 12, 1),
        ),
        (
            "She opted in to our calls on 2 October 2026 on a separate box. Can I phone her today "
            "at 10?",
            ON,
        ),
    ],
)
def test_the_day_of_the_call_is_the_relative_one_not_the_consent_date(question, day):
    facts = extract(question, ON)
    assert facts.date == day
    assert facts.weekday == day.strftime("%A").lower()
