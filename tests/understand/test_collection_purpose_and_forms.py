"""What people agreed to or were told, read from a described form, notice or box.

* details left for another purpose than offers ("pour être prévenus s'ils gagnent", "for
  delivery tracking") are no consent to prospecting, and being told of a win later is no
  information given at collection (consent.yaml ``collected_for_other``, readers/informed.py);
* a notice the checkout shows ("au checkout on affiche qu'on peut vous envoyer nos offres") tells
  the customer (informed.yaml);
* a box's words "par défaut" hold no "faut": a slip with an unticked box naming us and a phone
  call is a consent, not the price of an advantage (readers/consent.py);
* a partner asking us to send its own offer is another company's product (related.yaml);
* a consent to the partners' offers named on a list joined to the form is a partner consent, no
  consent to be phoned (consent.yaml ``partners``);
* a referrer typing in the details of friends: the friends gave nothing (readers/source.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


OTHER_PURPOSE = [
    "Pour notre tombola, des particuliers ont donné leur numéro de portable pour être contactés s'ils "
    "gagnent, c'est tout. Je peux les appeler lundi 7 décembre à 11h pour notre offre de matelas ?",
    "At our store raffle consumers wrote their phone number so we could tell them if they won. May "
    "I call them on Monday 7 December at 11am about our mattress deals?",
    "Des particuliers nous ont laissé leur mobile pour le suivi de livraison de leur colis. Je "
    "peux les appeler le lundi 7 décembre à 10h pour leur proposer un abonnement ?",
]


@pytest.mark.parametrize("text", OTHER_PURPOSE)
def test_details_left_for_another_purpose_are_no_consent(text: str) -> None:
    found = facts(text)
    assert found.get("consent") == "no"
    assert found.get("informed") != "yes"
    assert verdict(text) == "forbidden"


def test_a_purpose_that_names_offers_is_not_read_as_another() -> None:
    text = (
        "Elle a laissé son mail pour le ticket et pour recevoir nos offres. Je peux lui envoyer "
        "notre newsletter ?"
    )
    assert facts(text).get("consent") != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente a commandé une robe sur notre site. Au paiement on affiche qu'on peut lui "
        "envoyer nos offres par e-mail avec une case pour refuser, qu'elle n'a pas cochée. Je "
        "peux lui envoyer nos nouvelles robes par mail ?",
        "A customer bought running shoes on our site. The checkout page displays that we may "
        "text him our offers and he can opt out there; he didn't. Can I text him about our new "
        "running shoes?",
    ],
)
def test_a_notice_shown_at_checkout_informs_the_customer(text: str) -> None:
    found = facts(text)
    assert found.get("informed") == "yes"
    assert verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "À la foire de Lyon des visiteurs ont rempli un coupon avec une case (non cochée par "
        "défaut) « j'accepte d'être appelé par Fenêtres Dupuis pour ses offres de fenêtres ». Je "
        "veux appeler ceux qui ont coché, le mardi 8 décembre à 10h. OK ?",
    ],
)
def test_an_unticked_box_to_be_phoned_ticked_is_consent(text: str) -> None:
    found = facts(text)
    assert found.get("consent") == "yes"
    assert found.get("consent_for_advantage") is None
    assert verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Un client a acheté un frigo chez nous (informé pour nos offres, pas opposé). Une banque "
        "partenaire nous demande d'envoyer à nos clients son offre de crédit. Je peux lui "
        "envoyer par mail ?",
        "A customer bought a TV from us and was told about our offers, no objection. A partner "
        "insurer asked us to email our customers its home insurance. Can I send it to him?",
    ],
)
def test_a_partner_asking_us_to_send_its_offer_is_no_related_offer(text: str) -> None:
    assert facts(text).get("related_offer") == "no"
    assert verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Visitors of our wedding fair ticked 'I agree to receive offers from the fair's partners "
        "(list attached)'. A caterer on the list wants to call them on Tuesday 8 December at "
        "10am. OK?",
        "Les visiteurs du salon ont coché « j'accepte de recevoir les offres des partenaires du "
        "salon (liste jointe) ». Un exposant veut les appeler le mardi 8 décembre à 10h. OK ?",
    ],
)
def test_a_partner_consent_is_no_consent_to_be_phoned(text: str) -> None:
    found = facts(text)
    assert found.get("partner_consent") == "yes"
    assert found.get("consent") == "no"
    assert verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Parrainage : le client saisit les adresses mail de ses amis et on les inscrit à notre "
        "newsletter. Les amis ne se sont jamais inscrits eux-mêmes. Ça passe ?",
        "Our refer-a-friend page for consumers: our customers enter their friends' emails and we "
        "mail those friends our promos. The friends never signed up. Fine?",
    ],
)
def test_details_typed_in_by_a_referrer_are_the_friends_no_consent(text: str) -> None:
    found = facts(text)
    assert found.get("source") == "referral"
    assert found.get("customer") != "yes"
    assert verdict(text) == "forbidden"
