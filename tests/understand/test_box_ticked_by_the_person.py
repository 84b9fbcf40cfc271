"""A person ticking, themselves, an unticked box that asks for offers gave consent, even with the
intensive pronoun set off by commas ("checked, herself, the box"); "hasn't opted out" is no
refusal of consent (it says no objection)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A shopper ticked, herself, an empty box saying 'Email me your deals'.",
        "He checked, himself, the unticked box 'Text me special offers'.",
        "Elle a coché, elle-même, une case vide « Envoyez-moi vos bons plans par SMS ».",
        "Il a coché lui-même la case non pré-cochée « recevoir nos offres par mail ».",
    ],
)
def test_box_ticked_by_the_person_is_consent(text):
    assert extract(text, ON).consent == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "He didn't tick, himself, the box 'Email me your deals'.",
        "Elle n'a pas coché, elle-même, la case « recevoir nos offres ».",
    ],
)
def test_box_not_ticked_is_no_consent(text):
    assert extract(text, ON).consent != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She hasn't opted out of our texts.",
        "He never opted out.",
    ],
)
def test_not_opted_out_is_no_refusal_of_consent(text):
    facts = extract(text, ON)
    assert facts.consent != "no"
    assert facts.objected == "no"


def test_never_opted_in_stays_no_consent():
    assert extract("She never opted in to our emails.", ON).consent == "no"


def test_ticked_herself_and_not_opted_out_is_allowed(ask):
    answer = ask(
        "A consumer created an account on our shop and ticked, herself, an unticked box "
        "'Send me Oria deals by SMS'. We keep the date, IP and wording, and she hasn't opted "
        "out. Can I text her our spring sale?"
    )
    assert answer.verdict.value == "allowed", answer.summary
