"""Several persons in one message (issue 11): the facts are those of the person the action
targets; another person's objection or consent is not theirs."""

from __future__ import annotations

import datetime as dt

from bot.understand.extract import extract
from bot.understand.persons import focus, target

ON = dt.date(2026, 11, 23)

TWO_CONTACTS = (
    "Two contacts from the same webinar:\n"
    "- Paul Girard, paul.girard@gmail.com: gave his consent to get our offers by email.\n"
    "- Ines Haddad, ines.h@gmail.com: unsubscribed last week.\n"
    "Both are consumers. I only want to email Paul about our spring workshop, Ines stays out. Fine?"
)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def test_the_action_names_its_person():
    assert target(TWO_CONTACTS) == "Paul"
    assert target("Je peux appeler sa collègue Sophie demain ?") == "Sophie"
    assert target("Already called her four times. One more try today at 11am?") is None


def test_another_persons_objection_is_not_the_targets():
    got = facts(TWO_CONTACTS)
    assert got.get("objected") != "yes"
    assert got["consent"] == "yes"
    assert got["audience"] == "b2c"
    assert "Ines Haddad" not in focus(TWO_CONTACTS)


def test_a_colleagues_refusal_is_not_the_targets_and_the_reverse():
    about_sophie = (
        "Sophie est cliente chez nous. Son collègue Marc nous a dit ne me recontactez plus. "
        "Je peux appeler Sophie demain ?"
    )
    assert facts(about_sophie).get("objected") != "yes"
    about_marc = (
        "Sophie a consenti à être appelée. Son collègue Marc nous a dit ne me recontactez plus. "
        "Je peux appeler Marc demain ?"
    )
    got = facts(about_marc)
    assert got["objected"] == "yes"
    assert got.get("consent") != "yes"


def test_when_the_action_names_nobody_another_persons_consent_does_not_apply():
    text = "Marc nous a dit ne plus l'appeler. Sophie a consenti à être appelée. Je peux appeler ?"
    got = facts(text)
    assert got.get("consent") != "yes"
    assert got["objected"] == "yes"  # the safe side: a refusal may be this person's


def test_one_person_named_twice_is_read_whole():
    text = "Paul Girard a consenti à recevoir nos offres par mail. Je peux écrire à Paul ?"
    assert facts(text)["consent"] == "yes"
    assert focus(text) == text
