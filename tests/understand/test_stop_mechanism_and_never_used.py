"""A STOP our messages all end with is a description of our mechanism, not an objection
("nos SMS se terminent tous par STOP", "our texts always close with STOP"); and "could opt out,
and has never replied STOP" is the means told then not used: a bare "did"/"has" says the means
was used only when nothing but an adverb or the clause's end follows it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Nos SMS se terminent tous par « STOP au 38000 ». Je peux écrire à ce client ?",
        "Tous nos SMS finissent par STOP 38000. Je peux relancer cette cliente ?",
        "Nos messages comportent toujours la mention STOP. Je peux lui envoyer la promo ?",
        "Our texts always close with 'STOP to 38000'. Can I text this customer?",
        "All our SMS finish with STOP. Can I send her the sale?",
    ],
)
def test_stop_our_messages_end_with_is_no_objection(text):
    assert extract(text, ON).objected != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Nos SMS se terminent tous par STOP et elle a répondu STOP. Je peux la relancer ?",
        "Our texts all end with STOP and he replied STOP last week. Can I text him?",
    ],
)
def test_stop_replied_after_the_description_stays_an_objection(text):
    assert extract(text, ON).objected == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She was told at checkout she could opt out, and she has never replied STOP.",
        "He was told he could unsubscribe and he did not.",
        "Told at signup that she could opt out, and she has been a member since.",
    ],
)
def test_means_told_then_not_used_is_no_objection(text):
    assert extract(text, ON).objected != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She was told she could opt out and did.",
        "He could unsubscribe, and he did so in May.",
        "Il pouvait se désinscrire et il l'a fait en mai.",
    ],
)
def test_means_told_then_used_is_an_objection(text):
    assert extract(text, ON).objected == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "All our texts end with 'STOP to 38000'. A client joined in May, was told at signup we'd "
        "text her our offers and that she could opt out, and she has never replied STOP.",
        "Nos SMS se terminent tous par STOP. Un client inscrit en mai a été informé qu'il pouvait "
        "refuser, et il n'a jamais répondu STOP.",
    ],
)
def test_stop_described_then_never_replied_is_no_objection(text):
    facts = extract(text, ON)
    assert facts.objected == "no"
    assert facts.informed == "yes"
