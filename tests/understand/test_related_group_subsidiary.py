"""A subsidiary named in a B2B question (the person works for a group company, or our contract
covers a group) says nothing against the offer's tie to their job: only the consumer soft opt-in
needs the products of the very company they bought from."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "Le responsable comptable d'une filiale du groupe Vernet, adresse pro, informé avec lien de "
        "désinscription : je peux lui écrire pour notre logiciel de rapprochement bancaire ?",
        "The head of accounting at a subsidiary of Brask Holdings, work email, informed with an "
        "unsubscribe link: can I email him about our bank reconciliation software?",
    ],
)
def test_b2b_subsidiary_does_not_make_the_offer_unrelated(text: str) -> None:
    assert facts(text).get("related_offer") != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Un particulier a acheté chez notre filiale, il a été informé et ne s'est pas opposé. "
        "Je peux lui envoyer nos offres par mail ?",
        "A consumer bought from our subsidiary, was informed and did not object. Can I email him "
        "our offers?",
    ],
)
def test_consumer_of_a_group_company_stays_unrelated(text: str) -> None:
    assert facts(text).get("related_offer") == "no"
