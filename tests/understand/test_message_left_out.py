"""A message described without its free opt-out (the STOP mention, quoted or named) or without
the sender's name ("no brand name", "sans le nom de la boutique") is read as such, whatever the
consent (R10.content); a message that keeps them is not."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


def _content(text: str) -> str | None:
    read = extract(text, ON).message_content
    return None if read is None else read.value


NO_OPT_OUT = [
    'SMS to opted-in consumers: can we remove the "STOP to 36xxx" mention to save characters?',
    "SMS campaign to opted-in consumers. Can we leave out the 'Reply STOP' line?",
    "Our SMS to consenting customers: we'd like to drop the 'STOP 36111' bit, it's too long.",
    "SMS aux particuliers qui ont consenti : le marketing veut supprimer la mention « STOP au 36xxx ».",
    "SMS aux particuliers qui ont consenti : on peut enlever le « Répondez STOP » ?",
    "Newsletter aux inscrits : on voudrait retirer le lien de désinscription du mail, ok ?",
]
NO_SENDER = [
    "SMS to opted-in consumers, sent from a plain short code with no brand name. Fine?",
    "SMS to opted-in consumers; we don't want to show our brand, just a short code. OK?",
    "Email to subscribers with no company name anywhere, just the offer. OK?",
    "SMS aux particuliers qui ont consenti, envoyé depuis un numéro court sans nom de marque. Ok ?",
    "SMS aux particuliers qui ont consenti, on ne veut pas faire apparaître le nom de la boutique.",
    "Mail aux abonnés sans le nom de l'enseigne, juste l'offre. C'est bon ?",
]
KEPT = [
    "SMS to opted-in consumers, I'll add STOP at the end. OK?",
    "SMS to opted-in consumers, the sender shows our brand name, with 'STOP 36xxx' at the end.",
    "SMS aux particuliers qui ont consenti, j'ajoute « STOP au 36xxx » à la fin. OK ?",
    "SMS aux particuliers qui ont consenti, avec le nom de la boutique et la mention STOP. OK ?",
]


@pytest.mark.parametrize("text", NO_OPT_OUT)
def test_a_message_without_its_opt_out(text: str) -> None:
    assert _content(text) == "no_opt_out"


@pytest.mark.parametrize("text", NO_SENDER)
def test_a_message_without_the_senders_name(text: str) -> None:
    assert _content(text) == "no_sender"


@pytest.mark.parametrize("text", KEPT)
def test_a_message_that_keeps_them(text: str) -> None:
    assert _content(text) is None


@pytest.mark.parametrize("text", [NO_OPT_OUT[2], NO_OPT_OUT[3], NO_SENDER[0], NO_SENDER[4]])
def test_consent_does_not_save_such_a_message(text: str) -> None:
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"
