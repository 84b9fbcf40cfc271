"""Whose consent against who sends: a consent is given to one company (R1b, R11).

- Another legal entity of our group (or a partner) wanting to reach our customers itself is a
  sharing of our file (action share_list, R12), and a consent to hear "from us only" is no
  partner consent; consent to us does not cover the other entity's messages.
- A consent to someone else's own messages ("the co-host's own emails", "pas les nôtres") is no
  consent to us.
"""

import datetime as dt

import pytest

from bot.pipeline import Pipeline
from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


def _value(read, name):
    v = getattr(read, name)
    return None if v is None else v.value


@pytest.mark.parametrize(
    "question",
    [
        "Our sister company wants to email our customers about its loans. They only agreed to hear from us. OK?",
        "A group company (separate entity) would like to text our consumer customers its offers. Our customers only opted in to receive offers from us. Can it?",
        "Notre filiale voudrait envoyer ses promos par mail à nos clients particuliers. Ils n'ont accepté que nos offres. C'est bon ?",
        "Une société du groupe aimerait appeler nos clientes pour ses contrats. Elles ont accepté d'être appelées par nous uniquement. On peut ?",
    ],
)
def test_another_entity_reaching_our_customers_is_sharing_without_partner_consent(
    question: str, pipeline: Pipeline
) -> None:
    read = extract(question, ON)
    assert _value(read, "action") == "share_list", read
    assert _value(read, "partner_consent") != "yes", read
    assert pipeline.ask(question, ON, surface="eval", record=False).verdict.value != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Our partner wants us to email our customers about its product. OK?",
        "Mon manager veut qu'on appelle nos clients demain. On peut ?",
    ],
)
def test_being_asked_to_send_ourselves_is_no_sharing(question: str) -> None:
    assert _value(extract(question, ON), "action") != "share_list"


@pytest.mark.parametrize(
    "question",
    [
        "The fair organiser passed us the visitor list (consumers). They agreed to receive the organiser's emails, not ours. Can we email them?",
        "Un partenaire nous a donné sa liste d'inscrits (particuliers) : ils ont accepté de recevoir les mails de l'organisateur, pas les nôtres. On peut leur écrire ?",
        "Visitors agreed to receive the venue's own newsletter. Can we email those consumers our offer?",
        "Les participants ont accepté de recevoir ses propres offres, celles du salon. On peut leur envoyer nos promos par SMS ?",
    ],
)
def test_a_consent_to_someone_elses_messages_is_none_to_us(question: str) -> None:
    assert _value(extract(question, ON), "consent") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Nos clients particuliers ont accepté de recevoir nos propres offres par email. On peut leur envoyer la promo ?",
        "Our customers opted in to receive our own offers by email, not partners'. Can we email them our promo?",
    ],
)
def test_our_own_offers_stay_a_consent_to_us(question: str) -> None:
    assert _value(extract(question, ON), "consent") == "yes"
