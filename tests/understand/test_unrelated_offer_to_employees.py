"""An employee approached at work about something of their private life is a consumer (R6,
corrections 2026-11-30): a saving or investment product for their own money, or the business of
someone of the writer's circle ("my brother-in-law runs a holiday rental") offered to them, is
unrelated to their job; without consent the call or e-mail is forbidden."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return {k: getattr(v, "value", v) for k, v in extract(text, ON).known().items()}


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


PERSONAL_FINANCE = [
    "Phoning the nurses of the cardiology unit on the unit's desk phone to offer our retirement "
    "savings plans. None of them agreed to be called.",
    "We'd call hospital nurses at work to pitch our tax-advantaged investment products; no consent.",
    "On appelle les infirmières du service de nuit sur le poste du service pour leur proposer nos "
    "placements défiscalisés. Aucune n'a donné son accord.",
    "Appeler des aides-soignantes sur la ligne de l'EHPAD pour leur vendre nos produits "
    "d'épargne, sans leur consentement ?",
]


@pytest.mark.parametrize("text", PERSONAL_FINANCE)
def test_personal_finance_to_staff_is_unrelated_and_forbidden(text: str) -> None:
    read = facts(text)
    assert read.get("audience") == "b2b"
    assert read.get("related_offer") == "no"
    assert verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Can I call the CFO of a manufacturer to offer our treasury investment products?",
        "Appeler le DAF d'une PME pour lui présenter nos placements de trésorerie ?",
    ],
)
def test_finance_role_is_not_a_private_life_offer(text: str) -> None:
    assert facts(text).get("related_offer") != "no"


CIRCLE_BUSINESS = [
    "Our customers' dispatchers are in our CRM (work emails). My sister runs a spa in "
    "Biarritz and wants me to email them her weekend offer. They never agreed. OK?",
    "A friend of mine, well my friend owns a wine bar; can I email his tasting evenings to the "
    "purchasing managers of our client companies? They never consented.",
    "Mon beau-frère tient un gîte en Ardèche, il voudrait que j'envoie par mail son offre de "
    "location de vacances aux acheteurs de nos clients pros. Ils n'ont jamais accepté.",
]


@pytest.mark.parametrize("text", CIRCLE_BUSINESS)
def test_business_of_our_circle_offered_to_professionals(text: str) -> None:
    read = facts(text)
    assert read.get("related_offer") == "no"
    assert verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Email the owner of a spa about our booking software for spas?",
        "Envoyer au gérant d'un restaurant notre logiciel de caisse pour restaurants ?",
    ],
)
def test_the_contacted_persons_own_trade_stays_theirs(text: str) -> None:
    assert facts(text).get("related_offer") != "no"
