"""The box's own words quoted after the act ("ticked 'ACME may call me about offers'", "a coché
« AcmeTel peut m'appeler »") are a consent naming us; the day written after them is the day of
that act, not of the action asked about ("… on 5 Oct 2026. Can I call her Wednesday?"), even with
an aside between ("ticked (not pre-ticked) '…'"), which sets no pre-ticked box."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "weekday"),
    [
        (
            "She ticked (unticked by default) 'BrightMobile can contact me about new plans' on "
            "12 Sept 2026, proof stored. Can I phone her Thursday at 11?",
            "thursday",
        ),
        (
            "He checked 'Acme may text me its offers' on 3 March 2026. Can we text him Friday?",
            "friday",
        ),
        (
            "Le client a coché (case non pré-cochée) « FibreNet peut m'appeler pour ses offres » "
            "le 2 octobre 2026. Je l'appelle mardi à 10h ?",
            "tuesday",
        ),
        (
            "Elle a coché « Maison Dupont pourra me contacter » le 14 septembre 2026, on a la "
            "preuve. Je peux l'appeler jeudi ?",
            "thursday",
        ),
    ],
)
def test_the_box_words_quoted_are_a_consent_dated_before_the_action(question, weekday):
    known = extract(question, ON).known()
    assert known.get("consent") == "yes"
    assert known.get("weekday") == weekday
    assert known.get("date") is None or known["date"] >= ON.isoformat()


@pytest.mark.parametrize(
    "question",
    [
        "The box 'Acme may call me' was pre-ticked on the form. Can I call him Monday?",
        "La case « Acme peut m'appeler » était pré-cochée. Je l'appelle lundi ?",
    ],
)
def test_a_pre_ticked_box_with_such_words_stays_pre_ticked(question):
    assert extract(question, ON).known().get("consent") == "pre_ticked"
