"""An offer in the field of the person's trade is related to their job (R3); one for their private
life, sent to their work address, is not, and no consent was asked (R4).

The trades and offers are kinds of lexicon/products.yaml: building sites and their plant, the
buildings a landlord or a company looks after, estate agents and their software, the vehicles of
a transport business. What we sell is the offer when no other product is named; an offer naming
nothing stays unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


def _related(text: str) -> str | None:
    return extract(text, ON).known().get("related_offer")


@pytest.mark.parametrize(
    "text",
    [
        # building sites: their plant and machinery
        "Mail sur l'adresse pro du conducteur de travaux d'une entreprise de gros oeuvre pour "
        "lui proposer notre location de nacelles et de mini-pelles ?",
        "Can I email a construction site supervisor at his company address about our "
        "excavator hire?",
        # the buildings a landlord or a company looks after
        "Je veux écrire à la directrice du patrimoine immobilier d'une foncière, sur son mail "
        "pro, pour lui présenter nos travaux d'isolation thermique des bâtiments.",
        "Email to the head of estates of a hotel group, work address, offering our "
        "facility management services?",
        # estate agents and their software
        "Des agents immobiliers d'une agence de Lyon (mails pro) : on voudrait leur présenter "
        "notre logiciel de gestion locative.",
        "Can we email letting agents at their office addresses about our property management "
        "software?",
        # a transport business: its vehicles
        "Appel sur la ligne pro du directeur des opérations d'une entreprise de transport "
        "routier pour notre solution de géolocalisation de flotte ?",
        "Calling the ops manager of a haulage company on his desk line to pitch our fuel cards?",
    ],
)
def test_an_offer_of_the_trade_s_field_is_related(text):
    assert _related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "On vend des logiciels de paie. Je peux écrire au DRH d'une PME sur son mail pro ?",
        "We sell cloud hosting. Can I email the CTO of a fintech at her work address?",
        "Self-employed electrician, his work email from his site. We sell professional power "
        "tools; ok to email him?",
    ],
)
def test_what_we_sell_is_the_offer_to_a_professional(text):
    assert _related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # what we sell has nothing to do with the job: not read as related
        "On vend du vin. Je peux écrire au DAF d'une PME sur son mail pro ?",
        "We sell wine. Can I email the CFO of a retailer at her work address?",
        # an offer naming nothing: unknown
        "Can I email the CTO of a fintech at her work address about our product?",
        "Je peux envoyer notre offre au chef de chantier sur son mail pro ?",
    ],
)
def test_no_plain_tie_is_not_read_as_related(text):
    assert _related(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Nos abonnés fibre ont été informés à la souscription et pouvaient refuser : SMS pour "
        "leur proposer une option sécurité en plus ?",
        "Our broadband subscribers were told at sign-up and could opt out; can we text them an "
        "extra security add-on?",
    ],
)
def test_an_option_added_to_the_subscription_held_is_related(text):
    assert _related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Petit resto ici. Les clients qui ont commandé chez nous ont été prévenus qu'on "
        "pourrait leur envoyer nos offres par SMS et pouvaient refuser. SMS pour nos plats du "
        "jour ?",
        "We're a takeaway. Customers who ordered online were told we might text them offers "
        "and could opt out. Can we text them our winter menu?",
    ],
)
def test_our_own_meals_to_our_customers_are_related(text):
    assert _related(text) == "yes"
    assert decide(extract(text, ON), ON).verdict.value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Je veux proposer par mail nos séjours thalasso en famille au DAF d'une PME, sur son "
        "adresse pro.",
        "Emailing the head of procurement of a car maker, on his office address, about our "
        "Mediterranean cruise for his family?",
        # our own customers of a trade, and a relative's holiday rental offered to them
        "Our logistics customers include warehouse managers at freight firms (work emails). My "
        "cousin runs a holiday cottage and asked me to email them his summer offer. Ok?",
    ],
)
def test_a_private_life_offer_at_work_is_forbidden(text):
    facts = extract(text, ON)
    assert facts.known().get("related_offer") == "no"
    assert facts.known().get("consent") == "no"
    assert decide(facts, ON).verdict.value == "forbidden"


def test_a_doubt_about_the_offer_leaves_consent_asked():
    text = (
        "Can I email the CFO of a retailer at her work address about our ski holidays for her "
        "family? Not sure yet whether it's for her or for a team event."
    )
    assert extract(text, ON).known().get("consent") != "no"
