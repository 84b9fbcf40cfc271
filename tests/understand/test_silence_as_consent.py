"""Consent read into silence or a missed deadline ("unless you reply…, you agree") is `implied`:
the opt-in words quoted inside such a scheme are no act of the person (GDPR 4(11))."""

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    "question",
    [
        "We mail our prospects: unless they tell us otherwise by Friday, they'll receive our texts. OK to SMS them?",
        "Unless you answer within a week, you agree to get our newsletter. Can we email them after that?",
        "Whoever doesn't reply to the email is switched to SMS opt-in. Can we text them our offers?",
        "On écrit aux particuliers : à moins que vous ne répondiez d'ici 10 jours, vous recevrez nos offres par SMS. Ça passe ?",
        "Ceux qui ne répondent pas à notre mail passent en opt-in SMS dans l'outil, on peut leur envoyer nos promos ?",
        "Qui ne dit rien consent : on leur envoie nos SMS promo ?",
    ],
)
def test_silence_read_as_consent_is_implied(question: str) -> None:
    assert extract(question, ON).consent.value == "implied"


def test_a_plain_opt_in_stays_yes() -> None:
    q = "She ticked the empty box 'I agree to receive your offers by SMS' on our site. Can we text her?"
    assert extract(q, ON).consent.value == "yes"
