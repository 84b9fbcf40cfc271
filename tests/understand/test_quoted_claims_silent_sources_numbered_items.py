"""Three ways a message leads towards `allowed` without saying so about the person asked about.

- A claim quoted word for word ("il dit 'ils ont tous consenti'", "the seller says: \"all opted
  in\"") is what someone says, not a fact: the consent stays to be asked (modifiers, reported).
- A source that says nothing of a point ("il nous dit rien sur comment les gens ont été
  informés", "the broker says nothing about how…") leaves that point unknown (modifiers, unknown).
- "about #2 only" in a numbered list of contacts: the other items' facts are not this one's
  (persons.py).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "Une collègue m'a passé 200 numéros de particuliers, elle jure : « ils ont tous dit oui "
        "aux SMS ». Je leur envoie notre promo ?",
        'A reseller handed us 500 consumer mobile numbers and says: "they all agreed to get '
        'texts". Can we text them our offer?',
    ],
)
def test_a_quoted_claim_of_consent_is_asked_about(ask, question):
    answer = ask(question)
    assert answer.facts.get("consent") != "yes"
    assert answer.verdict.value != "allowed"


def test_the_persons_own_quoted_request_still_counts(ask):
    answer = ask(
        "Une particulière m'a dit « rappelez-moi lundi ». Je peux l'appeler lundi 30 novembre à 11h ?"
    )
    assert answer.facts.get("callback") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Fichier loué de DAF (mails pro nominatifs). Le loueur nous dit rien sur la façon dont ils "
        "ont été informés. Offre : notre logiciel de consolidation. On peut leur écrire ?",
        "Rented list of finance directors' work emails. The broker told us nothing about how they "
        "were informed. Offer: our consolidation software. Can we email them?",
    ],
)
def test_a_source_silent_on_information_leaves_it_unknown(ask, question):
    answer = ask(question)
    assert answer.facts.get("informed") != "yes"
    assert answer.verdict.value == "needs_info"


@pytest.mark.parametrize(
    "question",
    [
        "Contacts du salon :\n1. accueil@dupont-sa.fr\n2. marc.leroy@free.fr\n"
        "Ma question porte seulement sur le n°2 : je peux lui envoyer notre newsletter ?",
        "Leads from the fair:\n1. info@northwind.io\n2. jim.hale77@gmail.com\n"
        "Asking about number 2 only: can I send him our newsletter?",
    ],
)
def test_only_the_numbered_item_asked_about_counts(ask, question):
    answer = ask(question)
    assert answer.facts.get("address") != "generic"
    assert answer.verdict.value != "allowed"
