"""A denied request to stop ("il n'a jamais demandé à ne plus être appelé", "she never asked us not
to call") is no objection; the request itself, even after another negation, still is one."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 3, 10)


def objected(text: str):
    return extract(text, ON).known().get("objected")


@pytest.mark.parametrize(
    "text",
    [
        "Client particulier avec un forfait mobile en cours. Il n'a jamais demandé à ne plus être "
        "appelé. Je l'appelle mardi ?",
        "Elle n'a pas demandé à ne plus recevoir nos sms. On peut lui écrire ?",
        "He never asked us not to call him. Customer with a contract. Can I call?",
        "She didn't ask not to be contacted. Can we email our customer?",
    ],
)
def test_a_denied_request_to_stop_is_no_objection(text):
    assert objected(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Il a demandé à ne plus être appelé. Je l'appelle ?",
        "She asked us not to call her anymore. Can I call?",
        "On n'a pas respecté sa demande : il a demandé à ne plus être appelé. Je rappelle ?",
        "We did not remove him although he asked us not to call. Call?",
    ],
)
def test_a_request_to_stop_after_another_negation_is_still_an_objection(text):
    assert objected(text) == "yes"
