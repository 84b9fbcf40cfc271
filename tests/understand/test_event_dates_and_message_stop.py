"""A date that is only a past event's (a last contact, a consent) is not the day of the action;
a holiday naming an event of ours ("our Christmas contest") is not the day of the action; STOP in
the words our message will carry ("msg will say who we are + STOP") is no objection."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "ligne CRM : 'Paul Morel | DAF | dernier contact entrant : réponse mail 2022-05-10'. "
        "Je peux le remettre dans la campagne email de janvier ?",
        "CRM row: 'Ann Lee | CFO | last contact: reply to our email 2022-03-14'. Can I put her "
        "back in the January email campaign?",
    ],
)
def test_the_last_contacts_date_is_not_the_actions_and_makes_it_old(question):
    known = extract(question, ON).known()
    assert known["last_contact"].startswith("2022-")
    assert known.get("date") in (None, ON.isoformat())


@pytest.mark.parametrize(
    "question",
    [
        "Can we call the people who entered our Christmas contest? They're consumers.",
        "Can I phone everyone who came to our Christmas party last year? Private individuals.",
        "On peut appeler les participants du jeu concours de Noël ? Ce sont des particuliers.",
        "Je peux appeler les gens venus à notre soirée de Noël ? des particuliers",
    ],
)
def test_a_holiday_naming_our_event_is_not_the_day_of_the_call(question):
    known = extract(question, ON).known()
    assert known.get("date") in (None, ON.isoformat())


@pytest.mark.parametrize(
    "question",
    ["Can I call him on Christmas Day to pitch our offer?", "Je peux l'appeler à Noël ?"],
)
def test_a_call_at_christmas_is_on_christmas_day(question):
    assert extract(question, ON).known()["date"] == "2026-12-25"


@pytest.mark.parametrize(
    "question",
    [
        "Our mobile customers were told at signup they could opt out (none did). Can we SMS "
        "them about the 5G plan? Msg will say who we are + STOP.",
        "Nos clients ont été informés à la souscription et pouvaient refuser. On leur envoie un "
        "sms pour le forfait 5G ? Le msg dira qui on est + STOP",
    ],
)
def test_stop_in_the_words_our_message_will_carry_is_no_objection(question):
    assert extract(question, ON).known().get("objected") != "yes"
