"""A wish never to be contacted, told with its time in between ("told us in March never to call
him again", "nous a dit en mars de ne plus jamais l'appeler"), is an objection; denied, it is none."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The buyer told us last spring never to call him again. New product: can I call him?",
        "She asked me in June not to email her any more. Can I send our new brochure?",
        "Il nous a dit en mars de ne plus jamais le contacter. Je peux l'appeler ?",
        "Elle nous a demandé de ne plus l'appeler. Je peux la rappeler ?",
    ],
)
def test_wish_told_is_an_objection(text):
    assert extract(text, ON).objected == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "He never told us not to call him. Can I call him?",
        "Il ne nous a jamais dit de ne plus l'appeler. Je peux l'appeler ?",
    ],
)
def test_wish_denied_is_no_objection(text):
    assert extract(text, ON).objected != "yes"
