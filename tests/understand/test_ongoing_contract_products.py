"""Ongoing contracts named by their product, corrections of a customer status, energy suppliers.

- A loan, an insurance, a mutual cover or a mandate said running ("un prêt immobilier en cours
  chez nous", "an active car insurance policy with us", "an active mortgage customer") is an
  ongoing contract (L.223-1 from 2026-08-11) — only when said ours: people hold these with other
  firms too, so "des particuliers qui ont un prêt en cours" or "with another lender" stay unknown.
- A contract being signed ("en cours de signature", "pending signature") is not running yet.
- A reported status said wrong ("the ticket says 'ex-customer' — that's not right, …") is taken
  back whole; a denial that is only wondered about takes nothing back.
- "Electricity supplier here" introduces the writer's firm, not a business audience; the same
  supplier's other energy (gas to an electricity customer) is an analogous offer (R2).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def _verdict(question: str) -> str:
    facts = extract(question, ON)
    return decide(facts, ON, doubts(question, facts)).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Mme Leroy a un prêt immobilier en cours chez nous. Je veux l'appeler mardi 8 décembre à "
        "10h30 pour renégocier son prêt. Premier appel ce mois-ci.",
        "Mr Blake holds an active car insurance policy with us. Can I phone him on Tuesday 8 "
        "December at 10:30 to add breakdown cover to that policy? No calls this month.",
        "Mr Hale, an active mortgage customer of ours, wants to talk; can I phone him Tuesday 8 "
        "December at 10:30 about switching his mortgage to a fixed rate? First call this month.",
    ],
)
def test_a_product_contract_running_with_us_is_ongoing(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.ongoing_contract == "yes"
    assert _verdict(question) == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Je veux appeler mardi 8 décembre à 10h30 des particuliers qui ont un prêt en cours pour "
        "leur proposer un rachat de crédit.",
        "Mme Roux a un crédit en cours chez une autre banque. Je l'appelle mardi 8 décembre à "
        "10h30 pour lui proposer de renégocier son crédit ?",
        "Mr Hale has an ongoing loan with another lender; can I phone him Tuesday 8 December at "
        "10:30 to refinance his loan?",
    ],
)
def test_a_product_contract_not_said_ours_is_not_ongoing(question: str) -> None:
    assert extract(question, ON).ongoing_contract != "yes"
    assert _verdict(question) != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Mme Roux a un contrat en cours de signature avec nous. Je peux l'appeler mardi 8 "
        "décembre à 10h30 pour une option sur ce contrat ?",
        "Mr Hale's home insurance with us is pending signature. Can I phone him Tuesday 8 "
        "December at 10:30 about an option on that policy?",
    ],
)
def test_a_contract_being_signed_is_not_running(question: str) -> None:
    assert extract(question, ON).ongoing_contract != "yes"
    assert _verdict(question) != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "La note d'appel indique « ancien client, contrat résilié » — c'est faux, j'ai vérifié : "
        "son contrat d'assurance habitation court jusqu'en juin 2027. Je l'appelle mardi 8 "
        "décembre à 10h30 pour une extension de garantie sur ce contrat ? Premier appel du mois.",
        "The ticket says 'ex-customer, policy cancelled' - that's not right, I checked: Mr Lowe's "
        "car insurance policy runs until 2028. Can I phone him Tuesday 8 December at 10:30 about "
        "an upgrade to that policy? First call this month.",
    ],
)
def test_a_status_said_wrong_gives_way_to_the_one_checked(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.ongoing_contract == "yes"
    assert _verdict(question) == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "The CRM says 'active subscriber' — that's wrong, she cancelled her subscription in May. "
        "Can I phone her Tuesday 8 December at 10:30 about our new plan?",
        "Le CRM dit « abonnée active ». C'est faux : elle a résilié son abonnement en mai. Je peux "
        "l'appeler mardi 8 décembre à 10h30 pour notre nouvelle offre ?",
        "The CRM says 'contract ended', not sure if that's wrong, maybe his policy still runs. "
        "Can I phone him Tuesday 8 December at 10:30 about an upgrade to his policy?",
    ],
)
def test_a_running_status_said_wrong_or_in_doubt_is_not_taken(question: str) -> None:
    assert extract(question, ON).ongoing_contract != "yes"
    assert _verdict(question) != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Electricity supplier here. A household customer is on our electricity plan and was told "
        "at sign-up that we'd send offers and could say no; he never objected. Can we email him "
        "our gas offer?",
        "Fournisseur d'électricité ici. Un client particulier a un contrat d'électricité chez "
        "nous, informé à la souscription qu'on lui enverrait des offres et qu'il pouvait refuser, "
        "il n'a pas refusé. On peut lui envoyer par mail notre offre gaz ?",
    ],
)
def test_the_suppliers_other_energy_to_its_customer(question: str) -> None:
    facts = extract(question, ON)
    assert facts.audience == "b2c"
    assert facts.related_offer == "yes"
    assert _verdict(question) == "allowed"


def test_a_gas_customer_offered_something_else_is_not_related() -> None:
    question = (
        "Gas supplier here. A household customer has a gas contract with us; can we email him "
        "our home insurance?"
    )
    assert extract(question, ON).related_offer != "yes"
    assert _verdict(question) != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Agence immobilière. Nous avons un mandat de location en cours avec Mme Blanc pour son "
        "appartement. Je peux l'appeler mardi 8 décembre à 10h30 pour lui proposer notre gestion "
        "locative ? Premier appel du mois.",
        "Estate agency. We have an ongoing letting mandate with Mr Rossi for his flat. Can I phone "
        "him Tuesday 8 December at 10:30 to offer our property management service? First call "
        "this month.",
    ],
)
def test_a_mandate_held_and_the_agencys_service_for_it(question: str) -> None:
    facts = extract(question, ON)
    assert facts.ongoing_contract == "yes"
    assert facts.related_offer == "yes"
    assert _verdict(question) == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Son associé a une assurance auto en cours chez nous et nous a passé son numéro. Je peux "
        "l'appeler mardi 8 décembre à 10h30 pour une option sur son contrat ?",
        "Her husband has an active home insurance policy with us and passed on her number. Can I "
        "phone her Tuesday 8 December at 10:30 about an option on her policy?",
    ],
)
def test_a_relatives_contract_is_not_the_persons(question: str) -> None:
    assert extract(question, ON).ongoing_contract != "yes"
    assert _verdict(question) != "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Elle n'a plus de prêt en cours chez nous. Je peux l'appeler mardi 8 décembre à 10h30 "
        "pour un nouveau prêt ?",
        "He no longer has a running mortgage with us. Can I phone him Tuesday 8 December at "
        "10:30 about a new loan?",
    ],
)
def test_a_product_contract_said_no_longer_running(question: str) -> None:
    assert extract(question, ON).ongoing_contract == "no"
    assert _verdict(question) != "allowed"
