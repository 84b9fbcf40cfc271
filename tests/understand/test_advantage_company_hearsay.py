"""Three classes of a wrong `allowed` (batches 10 and 11):

* consent as the price of an advantage (R8, GDPR 7(4)): a discount, a promo code, a gift, a game
  offered to those who accept offers — `consent_for_advantage` (readers/advantage.py), then the
  rules ask whether a real alternative existed (`advantage_without_consent`) unless it is said;
* a consent given to another company of the group (our subsidiary, parent, sister brand) is no
  consent to us (readers/other_company.py);
* a forwarded e-mail or a seller's quoted pitch is a claim: it never establishes consent, a form
  as the source or a generic address, and a list offered for sale is a bought one
  (bot/understand/hearsay.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=40, deadline=None)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


# --- R8: consent given for an advantage -----------------------------------------------------

TIED = [
    "Sur le site on propose -10% si tu acceptes de recevoir nos SMS promo. Ceux qui ont accepté, "
    "on peut leur envoyer les SMS ?",
    "On offre un code promo de 15 % si vous acceptez nos mails. Ceux qui ont accepté, je peux leur écrire ?",
    "Livraison offerte à ceux qui s'inscrivent à la newsletter. Je peux écrire aux inscrits ?",
    "Subscribe to our newsletter and get 15% off your first order. Can we email the people who "
    "subscribed and agreed to receive offers?",
    "We give a free gift to anyone who signs up for our SMS offers. They opted in, can we text them?",
    "Pour participer au tirage au sort, les gens acceptent de recevoir nos offres par mail. Ils "
    "ont accepté, on peut leur écrire ?",
    "To enter the giveaway, people tick 'send me offers by email'. They ticked it: can we email them?",
    "Newsletter sign-up gives a 10% welcome code. Those who opted in, can we email them?",
]


@pytest.mark.parametrize("text", TIED)
def test_consent_tied_to_an_advantage_is_read_and_never_allowed_alone(text: str) -> None:
    read = facts(text)
    assert read.get("consent_for_advantage") == "yes", read
    assert read.get("advantage_without_consent") is None, read
    assert verdict(text) == "needs_info"


@pytest.mark.parametrize(
    "text",
    [
        # the discount is what the message carries, not the price of the consent
        "Elle a accepté de recevoir nos offres par SMS. On peut lui envoyer un code promo de -10 % ?",
        "She opted in to our emails last year. Can we send her a 20% discount code?",
        # a consent with no advantage named
        "Il a coché lui-même la case pour recevoir nos offres par mail. On peut lui écrire ?",
        # a game, and the consent given apart from it
        "Il a gagné notre jeu concours l'an dernier. Il a aussi coché la case pour recevoir nos offres.",
    ],
)
def test_no_advantage_tied_to_the_consent_is_none(text: str) -> None:
    assert facts(text).get("consent_for_advantage") is None


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        (
            "Le code -10 % est donné si on s'inscrit à la newsletter, mais on peut aussi l'avoir sans "
            "s'inscrire. Ceux qui se sont inscrits, on peut leur écrire ?",
            "yes",
        ),
        (
            "Newsletter sign-up gives a 10% welcome code; the same code is also given without signing "
            "up. Can we email the subscribers?",
            "yes",
        ),
        (
            "Pour participer au jeu il faut accepter nos SMS, il n'y a pas d'autre moyen de jouer. "
            "On peut leur écrire ?",
            "no",
        ),
        (
            "To get the 10% discount people must opt in, there's no other way to get it. Can we email "
            "them?",
            "no",
        ),
        (
            "On offre -10 % si tu t'inscris à la newsletter, je sais pas si on pouvait l'avoir sans "
            "s'inscrire. On peut écrire aux inscrits ?",
            None,
        ),
    ],
)
def test_the_alternative_is_read_as_said(text: str, alternative: str | None) -> None:
    read = facts(text)
    assert read.get("consent_for_advantage") == "yes", read
    assert read.get("advantage_without_consent") == alternative, read


ADVANTAGES = ["-10 %", "un code promo", "un cadeau", "la livraison offerte", "15 % de remise"]
ACTS = ["acceptes de recevoir nos SMS", "t'inscris à la newsletter", "acceptes nos offres par mail"]
HEDGES = [
    "le vendeur dit qu'on peut aussi l'avoir sans s'inscrire",
    "peut-être qu'on pouvait l'avoir sans s'inscrire",
    "si on pouvait l'avoir sans s'inscrire",
    "on ne pouvait pas l'avoir sans s'inscrire",
]


@FAST
@given(st.sampled_from(ADVANTAGES), st.sampled_from(ACTS), st.sampled_from(HEDGES))
def test_a_hedged_or_negated_alternative_is_never_read_yes(adv: str, act: str, hedge: str) -> None:
    text = f"On propose {adv} si tu {act}, {hedge}. Ceux qui ont accepté, on peut leur écrire ?"
    read = facts(text)
    assert read.get("advantage_without_consent") != "yes", read
    assert verdict(text) != "allowed"


# --- a consent given to another company -----------------------------------------------------

OTHER_COMPANY = [
    "Il a donné son accord à notre filiale Assurix pour recevoir ses offres par mail. Nous (la "
    "maison mère), on peut lui écrire pour nos propres offres ?",
    "She opted in to emails from our sister brand Lumo. Can we, the parent company, email her?",
    "Notre maison mère a recueilli son consentement pour ses SMS. On peut lui envoyer les nôtres ?",
    "Elle est inscrite à la newsletter de notre autre marque. On peut lui envoyer la nôtre ?",
    "He subscribed to our subsidiary's newsletter. Can we email him our own offers?",
]


@pytest.mark.parametrize("text", OTHER_COMPANY)
def test_a_consent_to_another_company_of_the_group_is_not_ours(text: str) -> None:
    read = facts(text)
    assert read.get("consent") != "yes", read
    assert read.get("partner_consent") != "yes", read
    assert verdict(text) != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Il a donné son accord à notre filiale et à nous pour recevoir nos offres par mail. On peut "
        "lui écrire ?",
        "Elle s'est inscrite à notre newsletter via le site de notre filiale. On peut lui écrire ?",
        "Il a accepté de recevoir nos offres par mail. On peut lui écrire ?",
    ],
)
def test_a_consent_that_names_us_stays_ours(text: str) -> None:
    assert facts(text).get("consent") == "yes"


ENTITIES = [
    "notre filiale",
    "notre maison mère",
    "une autre marque du groupe",
    "notre société sœur",
]
VERBS = ["a donné son accord à", "s'est inscrite à la newsletter de", "a accepté les offres de"]


@FAST
@given(st.sampled_from(ENTITIES), st.sampled_from(VERBS), st.sampled_from(["mail", "SMS"]))
def test_consent_to_a_group_company_never_allows_us(entity: str, verb: str, channel: str) -> None:
    text = (
        f"Elle {verb} {entity} par {channel}. Nous, on peut lui envoyer nos offres par {channel} ?"
    )
    read = facts(text)
    assert read.get("consent") != "yes", read
    assert verdict(text) != "allowed"


# --- forwarded and quoted sellers' claims ---------------------------------------------------

FORWARDED = (
    "TR: Offre fichier\n---\nDe : commercial@datamarket-fichiers.fr\n« Fichier de 10 000 contacts "
    "particuliers opt-in, emails vérifiés, 0,08 €/contact. Le formulaire de collecte d'origine ne "
    "mentionnait pas de partenaires, mais les gens ont accepté de recevoir des offres. »\n---\n"
    "On peut l'acheter et leur envoyer notre newsletter ?"
)


def test_a_forwarded_list_offer_is_a_bought_list_and_its_claims_no_consent() -> None:
    read = facts(FORWARDED)
    assert read.get("consent") != "yes"
    assert read.get("source") == "purchased"
    assert read.get("partner_consent") == "no"
    assert "address" not in read and "contact" not in read  # the sender's header address
    assert verdict(FORWARDED) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Le courtier nous a écrit : « Tous les contacts ont accepté de recevoir des offres. Les "
        "partenaires étaient nommés. » On peut leur envoyer des mails ?",
        'Their brochure says: "100% opt-in consumers. Everyone agreed to partner offers." Can we '
        "email the list?",
        "Fwd: your list\nFrom: sales@leadsupply.io\nAll 5,000 consumers opted in and accepted "
        "partner offers, collected through our form.\n\nCan we send them our newsletter?",
    ],
)
def test_a_sellers_quoted_claim_never_allows(text: str) -> None:
    read = facts(text)
    assert read.get("consent") != "yes", read
    assert read.get("partner_consent") != "yes", read
    assert read.get("address") != "generic", read
    assert verdict(text) != "allowed"


def test_a_plain_statement_beside_a_quote_of_our_own_box_still_counts() -> None:
    # our form's box quoted: not a seller's words
    text = (
        "Sur notre formulaire, la case « j'accepte de recevoir les offres par e-mail » est décochée "
        "par défaut. Elle l'a cochée elle-même. On peut lui écrire ?"
    )
    assert facts(text).get("consent") == "yes"


CLAIMS = [
    "tous les contacts sont opt-in",
    "les gens ont accepté de recevoir des offres",
    "consentement partenaires recueilli",
    "fichier 100 % RGPD, tous consentants",
]
HEADERS = [
    "De : ventes@fichiers-pro.fr",
    "From: info@bestleads.com",
    "Expéditeur : contact@data.fr",
]


@FAST
@given(st.sampled_from(HEADERS), st.lists(st.sampled_from(CLAIMS), min_size=1, max_size=3))
def test_claims_in_a_forwarded_block_never_give_a_permissive_value(header: str, claims) -> None:
    text = (
        f"TR: proposition\n---\n{header}\n« {'. '.join(claims)}. 0,10 €/contact. »\n---\n"
        "On peut leur envoyer des SMS promo ?"
    )
    read = facts(text)
    assert read.get("consent") != "yes", read
    assert read.get("partner_consent") != "yes", read
    assert read.get("address") != "generic", read
    assert "contact" not in read, read
    assert read.get("source") == "purchased", read
    assert verdict(text) != "allowed"
