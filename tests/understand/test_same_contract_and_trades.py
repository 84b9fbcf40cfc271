"""An add-on or a higher tier of the contract held is a related offer; a contract said to run
until a future date is ongoing; a food trade and its equipment, a logistics head and logistics
software relate; a purchase made from a group company, told of offers then, is the soft opt-in
story (no consent asked) — and none of the permissive readings holds when negated or hedged."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def _value(text: str, fact: str, on: dt.date = ON) -> str | None:
    read = getattr(extract(text, on), fact)
    return None if read is None else read.value


# -- an add-on to the same contract -------------------------------------------------------------

ADD_ONS_FR = ["une option dentaire renforcée", "une garantie vol", "une extension dépendances"]
ADD_ONS_EN = ["theft cover", "the outbuilding extension", "a dental option", "flood coverage"]
CONTRACTS_FR = ["ce contrat", "ce même contrat", "son contrat", "cette même police d'assurance"]
CONTRACTS_EN = [
    "that same policy",
    "that same home insurance policy",
    "his policy",
    "this subscription",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ADD_ONS_FR), st.sampled_from(CONTRACTS_FR))
def test_an_add_on_to_the_contract_held_relates_fr(add_on: str, contract: str) -> None:
    text = (
        "Client avec un contrat d'assurance habitation en cours chez nous. On voudrait "
        f"l'appeler pour lui proposer {add_on} sur {contract}."
    )
    assert _value(text, "related_offer") == "yes"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ADD_ONS_EN), st.sampled_from(CONTRACTS_EN))
def test_an_add_on_to_the_contract_held_relates_en(add_on: str, contract: str) -> None:
    text = (
        "This customer has an active home insurance contract with us. We want to call him "
        f"about adding {add_on} to {contract}."
    )
    assert _value(text, "related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # hedged: the link is only supposed
        "Client avec un contrat en cours. Je ne sais pas si c'est une option sur ce contrat "
        "ou un autre produit, on peut l'appeler ?",
        # a competitor's contract
        "Le client a un contrat chez un concurrent. On veut lui vendre notre assurance auto.",
    ],
)
def test_no_add_on_relation_without_a_plain_statement(text: str) -> None:
    assert _value(text, "related_offer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente (contrat en cours, abonnement box beauté). Je peux l'appeler pour lui "
        "proposer la box premium ?",
        "Abonnement box internet chez nous depuis 2024 : on voudrait lui présenter la box pro.",
    ],
)
def test_a_higher_tier_of_the_product_of_the_contract_relates(text: str) -> None:
    assert _value(text, "related_offer") == "yes"


def test_a_premium_of_another_product_is_no_tier_of_the_contract() -> None:
    text = "Cliente avec un abonnement box beauté. On veut lui proposer notre assurance premium."
    assert _value(text, "related_offer") != "yes"


# -- a contract that runs until a date ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We service a customer's heat pump under a yearly maintenance contract that runs until "
        "2027. Can I call her to offer the premium plan?",
        "Son contrat d'entretien court jusqu'en mars 2027, je peux l'appeler ?",
        "Her subscription is valid until 2028. Can I call her?",
        "Son abonnement est valable jusqu'à l'année prochaine, on peut l'appeler ?",
    ],
)
def test_a_contract_running_until_a_future_date_is_ongoing(text: str) -> None:
    assert _value(text, "ongoing_contract") == "yes"


@given(st.integers(min_value=2015, max_value=2026))
@settings(max_examples=12, deadline=None)
def test_a_contract_until_a_past_or_this_year_is_never_read_ongoing(year: int) -> None:
    text = f"His maintenance contract runs until {year}. Can I call him?"
    assert _value(text, "ongoing_contract") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "His maintenance contract ran until 2027? No idea, can I call him?",
        "Je ne sais pas si son contrat court jusqu'en 2027, je peux l'appeler ?",
        "Le contrat de notre concurrent court jusqu'en 2028 ; ses clients, on peut les appeler ?",
    ],
)
def test_a_running_contract_needs_a_plain_statement_about_ours(text: str) -> None:
    assert _value(text, "ongoing_contract") != "yes"


# -- a job and its trade's products -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Appel à M. Caron, boulanger artisan, sur la ligne de sa boulangerie, pour lui proposer "
        "notre pétrin professionnel.",
        "Je veux appeler une pâtissière sur son numéro pro pour lui vendre notre four de "
        "boulangerie.",
        "Met the Head of Logistics of a retailer at a fair; can I send her info on our warehouse "
        "routing software?",
        "Email to the logistics manager of a retailer about our route optimization software?",
    ],
)
def test_a_trade_and_its_equipment_relate(text: str) -> None:
    assert _value(text, "related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Appel à une coiffeuse sur la ligne de son salon pour lui proposer notre pétrin "
        "professionnel.",
        "Email to the head of logistics of a retailer about our payroll software?",
    ],
)
def test_another_trade_s_equipment_is_not_related(text: str) -> None:
    assert _value(text, "related_offer") != "yes"


def test_the_line_of_the_person_s_shop_is_a_work_line() -> None:
    text = (
        "Appel à M. Caron, boulanger, sur la ligne de sa boulangerie, pour lui proposer notre "
        "pétrin."
    )
    assert _value(text, "address") == "professional"


# -- a purchase from a group company ------------------------------------------------------------


def test_a_group_company_s_customer_told_of_offers_gave_no_consent_to_us() -> None:
    text = (
        "Client de notre filiale assurance (il a acheté chez eux l'an dernier). Nous, la banque "
        "du groupe, on peut lui envoyer par email notre offre de crédit conso ? Il avait été "
        "informé à l'achat des offres de la filiale."
    )
    facts = extract(text, ON)
    assert facts.consent is not None and facts.consent.value == "no"
    assert facts.customer is None or facts.customer.value != "yes"


def test_a_family_holiday_for_a_professional_is_unrelated_to_the_job() -> None:
    text = (
        "Our events team wants to email production directors at our industrial accounts to "
        "promote a ski-holiday package for their families. Nobody asked for it."
    )
    assert _value(text, "related_offer") == "no"


# -- abbreviated job titles, machine consumables, what goes with the product held ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Je veux appeler le resp. maintenance d'une usine sur sa ligne pro pour lui présenter nos "
        "huiles de coupe.",
        "Prospect is a self-employed plumber; I want to email him our catalogue of pipe-fitting "
        "tools.",
        "On a un contrat d'entretien en cours avec Mme Leroy pour sa pompe à chaleur ; je veux lui "
        "proposer le kit de filtration qui va avec la PAC.",
    ],
)
def test_the_job_or_the_product_held_and_what_goes_with_it_relate(text: str) -> None:
    assert _value(text, "related_offer") == "yes"


def test_cutting_oils_are_no_offer_of_a_marketing_manager_s_job() -> None:
    text = "Je veux appeler le resp. marketing d'une usine pour lui présenter nos huiles de coupe."
    assert _value(text, "related_offer") != "yes"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Après un achat de vélo sur notre e-shop, on envoie un mail pour nos casques.", True),
        ("Après un achat de fichier de leads, on envoie un mail pour nos casques.", False),
        ("After a purchase of a lead list, we email them our helmets.", False),
    ],
)
def test_a_purchase_of_theirs_not_a_list_of_ours_makes_a_customer(
    text: str, expected: bool
) -> None:
    assert (_value(text, "customer") == "yes") is expected


def test_a_former_customer_s_ended_subscription_is_no_ongoing_contract() -> None:
    text = (
        "ancienne cliente, son abonnement box beauté a pris fin en juin 2026, je voudrais l "
        "appeler pr lui proposer de se réabonner."
    )
    assert _value(text, "ongoing_contract") == "no"
