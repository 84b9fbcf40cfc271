"""Two readings of who the customer is (batch 16):

* a contract the person cancelled, whatever its kind (a plan, a policy, a forfait), is ended:
  ``ongoing_contract`` is no, and after 2026-08-11 such people are phoned only with consent;
* the client company a call centre or an agency signs, for which it runs the campaign, is not
  the person contacted: "signed a client doing insulation" makes nobody called a customer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 9, 1)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


CANCELLED = [
    "People who cancelled their broadband plan with us last spring: can we phone them on "
    "Tuesday 6 October 2026 with a discount? No consent for calls.",
    "Ex-subscribers who terminated their home-insurance policy in May: we'd call them from "
    "Monday 12 October 2026, we never asked for phone consent.",
    "Les abonnés qui ont résilié leur forfait mobile chez nous cet été : on veut les appeler à "
    "partir du lundi 12 octobre 2026 avec une offre de retour. Aucun consentement pour les appels.",
    "Relance des clients ayant résilié leur abonnement box en juin : appels prévus le mardi 6 "
    "octobre 2026, on n'a jamais recueilli de consentement.",
]


@pytest.mark.parametrize("text", CANCELLED)
def test_a_cancelled_contract_is_ended_and_the_call_needs_consent(text):
    assert facts(text).get("ongoing_contract") == "no"
    assert verdict(text) == "forbidden"


PRINCIPAL = [
    "Our agency just signed a new client doing solar panels. They want us to phone homeowners "
    "from their prospect file from Monday 12 October 2026. Bloctel checked. OK?",
    "We won a client who does heat-pump installation; they'd like us to call private individuals "
    "on Tuesday 6 October 2026. Fine?",
    "Notre centre d'appels vient de signer un nouveau client qui fait de l'isolation des combles. "
    "Il veut qu'on appelle des particuliers de sa base le mardi 6 octobre 2026. Ça passe ?",
    "On a décroché un gros client du secteur des pompes à chaleur : appeler des propriétaires à "
    "partir du lundi 12 octobre 2026, numéros vérifiés Bloctel. OK ?",
]


@pytest.mark.parametrize("text", PRINCIPAL)
def test_the_client_who_hires_us_is_not_the_person_called(text):
    assert facts(text).get("customer") != "yes"
    assert verdict(text) == "forbidden"


def test_a_person_who_bought_from_us_stays_a_customer():
    text = "Une cliente a acheté une pompe à chaleur chez nous en 2025, on peut lui écrire ?"
    assert facts(text).get("customer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le client veut qu'on appelle des particuliers de son fichier.",
        "Notre donneur d'ordre souhaite qu'on appelle les propriétaires de sa liste.",
    ],
)
def test_a_client_ordering_calls_to_others_is_no_call_back(text):
    assert facts(text).get("callback") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mme Roux veut qu'on la rappelle samedi matin, on peut ?",
        "Mme Roux demande qu'on la rappelle les mardis, c'est bon ?",
    ],
)
def test_a_person_asking_to_be_called_back_still_reads(text):
    assert facts(text).get("callback") == "yes"
