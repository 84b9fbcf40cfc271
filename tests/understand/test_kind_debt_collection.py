"""Getting an unpaid invoice paid is debt collection, outside the field, even asked as a "relance"
by mail; a promotional offer to the same customer stays a prospecting case."""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Un fournisseur nous doit 800 euros, on lui envoie un mail de mise en demeure ?",
        "Ma cliente ne règle pas sa facture depuis deux mois, comment la relancer pour être payée ?",
        "A customer hasn't paid our invoice for 60 days, how do I chase him to get paid?",
        "Should we hand our overdue invoices to a debt collector or email them again?",
    ],
)
def test_debt_collection_is_off_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "un client ne m'a pas payé, je peux lui envoyer notre offre promo par mail ?",
        "This customer still owes us money; can I add her to our newsletter?",
    ],
)
def test_an_offer_to_a_debtor_stays_in_the_field(question: str) -> None:
    assert question_kind(question) != "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "I bought 800 contacts from a lead broker who says the file is GDPR compliant. fine?",
        "J'ai récupéré 400 mails sur un annuaire payant, le site dit que c'est RGPD conforme. fine ?",
    ],
)
def test_a_fine_asked_as_ok_is_no_sanctions_question(question: str) -> None:
    from bot.understand.topics import topic_of

    assert topic_of(question) != "sanctions"
