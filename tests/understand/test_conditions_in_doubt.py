"""A condition of a permissive fact that the rep says they do not know, and evidence a buyer holds.

* "je sais pas si notre société était citée": the partner consent to us rests on our being named
  at collection (R11); said in doubt, it is no plain statement (bot/understand/readers/doubted.py);
* "je sais pas si c'est un kiné seul ou un cabinet": a contact@ of a one-person firm designates a
  person (R5/R6); said in doubt, the address is read as a person's work address, not a company's;
* "le contrat du courtier garantit que…": a contract's warranty is no hearsay (modifiers.fr.yaml);
* "(ceux qui ont refusé sont exclus)": objectors removed, said in brackets, leave the information
  said before plain; "fichier B2B acheté" makes nobody a customer.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=30, deadline=None)


def _verdict(question: str) -> str:
    facts = extract(question, ON)
    return decide(facts, ON).verdict.value


PARTNER_BASE = (
    "Le loueur de fichier nous garantit que les particuliers ont accepté de recevoir les offres "
    "de partenaires par email. "
)
DOUBTS_FR = [
    "Mais je sais pas si",
    "Aucune idée si",
    "Je ne sais pas si",
    "Par contre je sais pas si",
]
US_NAMED_FR = [
    "notre société était citée au moment de la collecte",
    "notre marque était nommée dans la liste des partenaires",
    "notre entreprise était identifiable à la collecte",
    "les partenaires étaient listés",
]


@FAST
@given(st.sampled_from(DOUBTS_FR), st.sampled_from(US_NAMED_FR))
def test_partner_consent_not_read_when_our_naming_is_in_doubt(doubt: str, named: str) -> None:
    question = f"{PARTNER_BASE}{doubt} {named}. On envoie ?"
    facts = extract(question, ON)
    assert facts.partner_consent is None or facts.partner_consent.value != "yes"
    assert _verdict(question) != "allowed"


def test_partner_consent_doubt_in_english() -> None:
    q = (
        "The list broker says people agreed to receive partner offers by email, but no idea if "
        "our company was named at collection. Can we send?"
    )
    assert _verdict(q) != "allowed"


def test_partner_consent_still_read_without_a_doubt() -> None:
    q = (
        "Les particuliers ont accepté de recevoir les offres de nos partenaires par email, et "
        "notre société était citée dans la liste des partenaires au moment de la collecte."
    )
    facts = extract(q, ON)
    assert facts.partner_consent is not None and facts.partner_consent.value == "yes"


SOLO_DOUBTS = [
    "Je sais pas si c'est un kiné seul ou un cabinet avec plusieurs praticiens.",
    "Aucune idée si c'est un auto-entrepreneur ou une société.",
    "Je ne sais pas s'il travaille seul.",
    "Je sais pas si c'est un freelance.",
]


@pytest.mark.parametrize("doubt", SOLO_DOUBTS)
def test_generic_address_of_maybe_one_person_is_not_a_company_mailbox(doubt: str) -> None:
    q = f"Je veux proposer notre logiciel d'agenda en ligne à contact@kine-dupont.fr. {doubt} Mail ok ?"
    facts = extract(q, ON)
    assert facts.address is not None and facts.address.value == "professional"
    assert _verdict(q) == "needs_info"


def test_generic_address_of_a_firm_stays_generic() -> None:
    q = (
        "Je veux proposer notre logiciel d'agenda en ligne à contact@kine-dupont.fr, un cabinet "
        "avec plusieurs praticiens. Mail ok ?"
    )
    facts = extract(q, ON)
    assert facts.address is not None and facts.address.value == "generic"


BROKER = (
    "fichier B2B acheté chez un courtier : DAF de PME, emails nominatifs pro (prenom.nom@societe.fr). "
    "Le contrat du courtier garantit qu'ils ont été informés à la collecte et pouvaient s'opposer, "
    "on a vérifié la clause + la provenance. Le mail présente notre outil de relance des factures "
    "impayées. go ?"
)


def test_a_brokers_contract_warranty_is_evidence_of_information() -> None:
    facts = extract(BROKER, ON)
    assert facts.informed is not None and facts.informed.value == "yes"
    assert facts.customer is None or facts.customer.value != "yes"


def test_a_brokers_bare_claim_is_still_hearsay() -> None:
    q = BROKER.replace("Le contrat du courtier garantit", "Le courtier affirme").replace(
        ", on a vérifié la clause + la provenance", ""
    )
    facts = extract(q, ON)
    assert facts.informed is None or facts.informed.value != "yes"


@pytest.mark.parametrize(
    "listed", ["fichier B2B acheté", "fichier B2C acheté chez un courtier", "emails pro achetés"]
)
def test_a_list_bought_makes_nobody_a_customer(listed: str) -> None:
    facts = extract(f"{listed}, on peut leur écrire ?", ON)
    assert facts.customer is None or facts.customer.value != "yes"


def test_objectors_removed_in_brackets_keep_the_information_said_before() -> None:
    q = (
        "Notre client veut écrire à ses propres clients particuliers qui ont acheté un canapé, "
        "informés à l'achat qu'ils recevraient des offres de l'enseigne et qu'ils pouvaient refuser "
        "(ceux qui ont refusé sont exclus). L'offre : des plaids de la même enseigne."
    )
    facts = extract(q, ON)
    assert facts.informed is not None and facts.informed.value == "yes"
    assert facts.objected is not None and facts.objected.value == "no"
