"""Whose fact, which means, who gave the number (issue 11).

- A person named by a title and a surname: "Mme Bernard" is not "M. Bernard" (a couple shares a
  surname); her consent is not his when the action is about him.
- A clause of reason heading the question ("Since email is covered, can we phone them too?") is
  context: the channel asked is the main clause's.
- Details passed on by someone else ("m'a filé le 06 de son frère", "gave me her brother's
  number") are a referral: the one who passed them is the customer, not the person called.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.persons import focus
from bot.understand.readers.channel import _channel_asked
from bot.understand.text import fold

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "Ma collègue a eu l'accord écrit de Mme Bernard pour recevoir nos SMS. Je peux envoyer un "
        "SMS promo à M. Bernard, son mari ? Il est pas client.",
        "Mme Petit a accepté de recevoir nos SMS. Je peux envoyer un SMS promo à M. Petit ?",
        "Mrs Smith agreed in writing to get our texts. Can I send a promo text to Mr Smith?",
    ],
)
def test_another_titled_persons_consent_is_set_aside(text):
    assert facts(text).get("consent") != "yes"


def test_the_titled_targets_own_consent_stays():
    text = "Mme Durand a coché la case pour recevoir nos SMS. Je peux envoyer un SMS promo à Mme Durand ?"
    assert facts(text).get("consent") == "yes"
    assert "Mme Durand a coché" in focus(text)


@given(
    st.sampled_from(["Bernard", "Petit", "Martin", "Leroy"]),
    st.sampled_from([("Mme", "M."), ("Madame", "Monsieur"), ("M.", "Mme")]),
)
@settings(max_examples=25, deadline=None)
def test_property_other_titles_consent_never_permissive(name, titles):
    other, aimed = titles
    text = (
        f"{other} {name} nous a donné son accord écrit pour nos SMS. "
        f"Je peux envoyer un SMS promo à {aimed} {name} ?"
    )
    assert facts(text).get("consent") != "yes"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("They opted in to our emails. Since email is covered, can we phone them too?", "phone"),
        ("Il a accepté nos mails. Puisque le mail est ok, je peux l'appeler ?", "phone"),
        ("Vu qu'ils ont accepté les SMS, on peut leur envoyer un mail ?", "email"),
        ("Can we email them?", "email"),
    ],
)
def test_a_reason_clause_is_context_not_the_action(text, channel):
    assert _channel_asked(fold(text)) == channel


def test_email_consent_is_no_phone_consent():
    text = (
        "These consumers ticked 'I agree to receive partners' offers by email' on a broker's "
        "site, and we're one of the named partners. Since email is covered, can we phone them too?"
    )
    assert facts(text)["channel"] == "phone"
    assert facts(text).get("consent") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Ma cliente m'a filé le 06 de son frère, il veut refaire sa cuisine. Je l'appelle ?",
        "Un client m'a passé le portable de sa voisine, je peux l'appeler pour nos fenêtres ?",
        "A customer gave me her brother's number, he wants a new kitchen. Can I call him?",
    ],
)
def test_details_passed_on_are_a_referral_not_a_customer(text):
    got = facts(text)
    assert got.get("source") == "referral"
    assert got.get("customer") != "yes"
    assert got.get("consent") != "yes"
