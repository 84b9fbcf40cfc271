"""Offers tied to a professional's job by a family of products (R3), and who the person is.

Shop managers and merchandising or self-service tills, buyers and any business supply
(abrasives), production managers ("resp. de prod") and lubricants, a florist and a flower
wholesaler's unnamed offer ("notre offre de la semaine" from "grossiste en fleurs"); a customer's
earlier purchase of the same family (pans). Audience: an abbreviated title ("resp. maintenance")
is a professional, "la semaine pro" is next week, "a wine club for individuals" names the
offer's market; a works word naming the person's business ("gérant d'une menuiserie") puts no
sector in doubt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Fichier B2B acheté de directeurs de magasins, je veux leur proposer notre offre de "
        "merchandising et de planogrammes. Ils ont été informés et peuvent s'opposer.",
        "Can I email the shop managers of a clothing chain about our visual merchandising "
        "services? They were informed at collection.",
        "The procurement manager of a hotel group: can I email her about our self-service kiosks?",
        "La responsable des achats d'une chaîne de boulangeries : je lui présente nos caisses "
        "automatiques ?",
        "L'acheteur d'une aciérie, adresse pro : je peux lui envoyer notre promo sur les "
        "disques à tronçonner ?",
        "Can I email the purchasing director of a foundry our new range of grinding wheels?",
        "Je peux écrire aux responsables de prod d'une usine pour notre webinaire sur les huiles "
        "de coupe ?",
        "Can I text plant managers an invite to our demo day on industrial lubricants?",
    ],
)
def test_a_supply_of_the_trade_relates_to_the_job(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes grossistes en fleurs. Un fleuriste (auto entrepreneur) nous a donné sa "
        "carte, je peux lui envoyer nos tarifs du mois ?",
        "We're a cut flowers wholesaler... no, we are a supplier of cut flowers. A florist gave "
        "me her card: can I email her our weekly price list?",
    ],
)
def test_our_unnamed_offer_is_what_we_sell(text):
    facts = extract(text, ON).known()
    assert facts.get("related_offer") == "yes"


def test_our_unnamed_offer_outside_the_job_is_not_said_related():
    text = "Nous sommes grossistes en fleurs. Je peux envoyer notre offre de la semaine au DAF d'une banque ?"
    assert extract(text, ON).known().get("related_offer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente a acheté une cocotte chez nous en mai (informée, pas opposée) : je peux "
        "lui envoyer notre promo sur les poêles ?",
        "A customer bought a saucepan from us last month and was told about our offers: can I "
        "email him our new frying pans?",
    ],
)
def test_pans_after_a_pan(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


def test_a_wood_stove_is_no_pan():
    text = "Une cliente a acheté une sauteuse chez nous, je lui propose un poêle à granulés ?"
    assert extract(text, ON).known().get("related_offer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Contact: M. Roux, resp. logistique chez un transporteur, adresse pro. Je peux lui "
        "écrire pour notre logiciel de tournées ?",
        "Mme Petit, dir. commerciale d'un éditeur : je peux lui envoyer un mail ?",
    ],
)
def test_an_abbreviated_title_is_a_professional(text):
    assert extract(text, ON).known().get("audience") == "b2b"


def test_next_week_is_no_professional():
    text = (
        "Un client a acheté un aspirateur chez nous, informé de nos offres. On fait une promo "
        "sur les sacs la semaine pro, je peux lui envoyer un mail ?"
    )
    assert extract(text, ON).known().get("audience") != "b2b"


@pytest.mark.parametrize(
    "text",
    [
        "I have the work email of a bank's IT director. We also sell a cheese box for "
        "individuals: can I email it to him for himself? He has never been in touch with us.",
        "J'ai l'adresse pro de la directrice financière d'un groupe. On a aussi une offre de "
        "voyages pour particuliers, je peux lui envoyer pour elle-même ? Elle n'a jamais été en "
        "contact avec nous.",
    ],
)
def test_a_private_offer_to_an_employee_at_work_is_forbidden(text):
    facts = extract(text, ON).known()
    assert facts.get("audience") == "b2b"
    assert facts.get("related_offer") == "no"
    assert facts.get("consent") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle la patronne d'une entreprise de toiture pour notre logiciel de devis pour "
        "couvreurs, sur la ligne de l'atelier.",
        "Calling the owner of a small joinery company about our quoting software for joiners.",
    ],
)
def test_the_persons_business_puts_no_sector_in_doubt(text):
    from bot.understand.doubts import doubts

    facts = extract(text, ON)
    assert "sector" not in doubts(text, facts)
