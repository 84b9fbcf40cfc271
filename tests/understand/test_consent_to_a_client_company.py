"""A call centre's or an agency's consent names the client company it was given to ("notre
client A"): it is no consent for another client company (R17b, GDPR 7: specific), and that
client company asking for the calls is no call-back request of the person."""

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    "question",
    [
        "We're a call centre. These consumers agreed (proof stored) to be called by our client A, an energy supplier. Client C wants us to phone them next week for its alarms. OK?",
        "Agence marketing : des particuliers ont accepté de recevoir les SMS de notre client B. Le client D aimerait qu'on leur envoie aussi ses promos. On peut ?",
        "Plateforme d'appels : ils ont donné leur accord (case cochée) pour être appelés par notre donneur d'ordre, une mutuelle. Un autre client veut qu'on les appelle. Ça passe ?",
    ],
)
def test_a_consent_to_one_client_company_is_none_for_another(question: str) -> None:
    read = extract(question, ON)
    assert read.consent is None or read.consent.value != "yes", read
    assert read.callback is None or read.callback.value != "yes", read


def test_the_client_company_wanting_calls_is_no_callback() -> None:
    q = "Le client B voudrait qu'on les appelle lundi pour ses box. On peut les appeler ?"
    read = extract(q, ON)
    assert read.callback is None or read.callback.value != "yes"
