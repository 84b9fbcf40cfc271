"""An offer tied to the person's job or to the contract they hold (R2, R3, R16), round 12.

A plain statement that the offer matches the job ("ça colle à son métier"); an add-on whose kind
is said in brackets, or made for the product the customer already uses; a payment terminal for a
food trade; a building firm named by its trade (its sites' safety); an office manager and the
office's IT services; our own business named first ("École de langues (SAS).", "I work for a
language school") and its courses; "question sans rapport" about another topic is no unrelated
offer. What the person's home or family would use stays unrelated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


def related(text: str) -> str | None:
    return extract(text, ON).known().get("related_offer")


@pytest.mark.parametrize(
    "text",
    [
        "Je veux écrire à la responsable logistique d'un transporteur sur son mail pro pour notre "
        "outil de planification, ça colle parfaitement à son métier.",
        "Emailing a plant manager at his work address about our vibration sensors, which matches "
        "his role exactly.",
    ],
)
def test_offer_said_to_match_the_job(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Mail pro d'une juriste : notre offre ne correspond pas à son poste, je peux l'envoyer ?",
        "Work email of a nurse: our product doesn't match her job at all, can I still send it?",
    ],
)
def test_offer_said_not_to_match_the_job(text):
    assert related(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Client particulier avec un contrat mutuelle en cours chez nous : je l'appelle pour lui "
        "proposer une garantie (optique renforcée) sur son contrat.",
        "A private client has a running car insurance policy with us. May I phone her to offer an "
        "option (roadside assistance) on her existing policy?",
        "Notre client est un grossiste ; son directeur financier utilise notre plateforme de notes "
        "de frais. Je peux lui écrire pour une nouvelle extension pour le logiciel qu'il utilise "
        "déjà ?",
        "A client's finance director uses our expense platform: can I email her about a reporting "
        "module for the tool she already uses?",
    ],
)
def test_add_on_to_what_they_hold(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Une RRH m'a donné sa carte au salon, mail pro, informée qu'on lui enverrait nos offres. "
        "Je lui envoie notre offre de recrutement ? Autre question sans rapport : le stand 2027 "
        "est réservé ?",
        "An HR manager gave me her card at a fair (work email, told we'd send offers). Can I send "
        "her our recruitment services? Unrelated question: is next year's booth booked?",
    ],
)
def test_an_unrelated_question_is_not_an_unrelated_offer(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle un boulanger (auto-entrepreneur) sur la ligne de sa boutique pour lui présenter "
        "nos terminaux de paiement.",
        "Calling a baker on her shop's line to offer our contactless card readers.",
        "Mail à info@maconnerie-leroy.fr pour nos formations sécurité sur les chantiers.",
        "Emailing the generic inbox of a construction firm about our site safety training.",
        "Appel B2B à l'office manager d'un cabinet d'architectes pour notre infogérance.",
    ],
)
def test_trade_and_office_supplies(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "École de langues (SAS). Nos élèves inscrits au cours d'espagnol A2 ont été informés et "
        "peuvent refuser ; je leur écris pour le cours d'espagnol B1 ?",
        "I work for a language school. Learners enrolled in our German A1 classes were told at "
        "sign-up and can opt out; may I email them our German A2 classes?",
        "Club de fitness (SARL). Nos adhérents (abonnement en cours) ont été informés ; SMS pour "
        "nos nouveaux cours de yoga ?",
    ],
)
def test_our_business_named_first_and_its_courses(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle une DSI sur sa ligne pro pour lui proposer un séjour aux Caraïbes pour sa "
        "famille.",
        "Calling a baker on her shop's line to offer home insurance for her house.",
    ],
)
def test_private_life_stays_unrelated(text):
    assert related(text) == "no"
