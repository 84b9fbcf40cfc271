""" "Un accord écrit", "consentement par écrit" name the form of a consent: no writing in a CRM
record (`crm_comment`); the action asked is the message sent. And one person's consent is not
the other's when the other "n'a rien signé"."""

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Dans notre CRM, Mme Roy a donné son accord écrit pour nos newsletters. Son fils est aussi dans la fiche, lui n'a rien signé. Je peux lui envoyer la newsletter par mail ?",
        "Dans le CRM, M. Petit a donné son consentement par écrit pour nos SMS. Sa femme est dans la même fiche mais elle n'a rien signé. Je peux lui envoyer nos SMS aussi ?",
    ],
)
def test_a_written_consent_is_no_crm_comment_and_not_the_relatives(question: str) -> None:
    read = extract(question, ON)
    assert read.action is None or read.action.value != "crm_comment", read
    assert read.channel is not None, read
    assert read.consent is None or read.consent.value != "yes", read


def test_writing_in_the_crm_stays_a_comment() -> None:
    q = "Je peux écrire dans la fiche CRM de ce prospect qu'il est désagréable ?"
    assert extract(q, ON).action.value == "crm_comment"
