"""A job title and an offer in that job's field are related (R3): every business function of
``lexicon/products.yaml`` (HR, finance, IT, marketing, purchasing, facilities, sales, legal) is
tied to the means it runs, named by the tool's name or by what it manages ("logiciel de gestion
des entretiens annuels" is an HR tool, never an ERP). Not for another function's tool, nor a
boiler's yearly service."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)

JOBS_FR = {
    "hr": ["la DRH", "la responsable RH", "le responsable formation"],
    "finance": ["le DAF", "la chef comptable", "le contrôleur financier"],
    "it": ["le DSI", "le responsable informatique"],
    "marketing": ["la responsable marketing", "le directeur de la communication"],
    "purchasing": ["l'acheteur", "la directrice des achats"],
    "facilities": ["le responsable des services généraux", "l'office manager"],
    "sales": ["le directeur commercial", "la responsable des ventes"],
    "legal": ["la juriste", "le responsable conformité"],
}
JOBS_EN = {
    "hr": ["the HR director", "the head of people", "the L&D manager"],
    "finance": ["the CFO", "the accounting manager", "the financial controller"],
    "it": ["the IT manager", "the CTO"],
    "marketing": ["the head of marketing", "the brand manager"],
    "purchasing": ["the procurement manager", "the buyer"],
    "facilities": ["the facilities manager", "the office manager"],
    "sales": ["the sales director", "the head of sales"],
    "legal": ["the general counsel", "the compliance officer"],
}
OFFERS_FR = {
    "hr": [
        "notre outil de gestion des entretiens professionnels",
        "notre plateforme d'évaluation des collaborateurs",
        "notre outil d'engagement des salariés",
        "nos badgeuses de pointage",
        "notre offre d'épargne salariale",
        "notre logiciel de planning du personnel",
    ],
    "finance": [
        "notre outil de pilotage budgétaire",
        "notre solution de reporting financier",
        "notre offre d'affacturage",
    ],
    "it": [
        "notre offre de support informatique",
        "notre outil de gestion de parc informatique",
        "nos tests d'intrusion",
        "notre téléphonie IP",
    ],
    "marketing": [
        "nos objets publicitaires",
        "nos études de marché",
        "notre outil de gestion des réseaux sociaux",
    ],
    "purchasing": ["notre plateforme e-achats", "nos emballages"],
    "facilities": [
        "notre service de gardiennage",
        "nos fontaines à eau",
        "notre offre de collecte des déchets",
    ],
    "sales": ["notre formation à la négociation", "notre logiciel de prospection"],
    "legal": [
        "notre service de veille juridique",
        "notre solution de signature électronique",
        "notre offre de dépôt de marques",
    ],
}
OFFERS_EN = {
    "hr": [
        "our performance review software",
        "our 360 feedback tool",
        "our staff scheduling software",
        "our employee wellbeing platform",
        "our time and attendance system",
    ],
    "finance": ["our budgeting software", "our FP&A platform", "our factoring service"],
    "it": ["our service desk tool", "our penetration testing", "our identity management suite"],
    "marketing": ["our promotional products", "our market research", "our press relations"],
    "purchasing": ["our e-procurement platform", "our office supplies"],
    "facilities": ["our security guard services", "our vending machines", "our waste management"],
    "sales": ["our lead generation software", "our sales training"],
    "legal": ["our e-signature solution", "our trademark filing service", "our legal watch"],
}


def _related(text: str) -> str | None:
    return extract(text, ON).known().get("related_offer")


def _fr(job: str, offer: str) -> str:
    return (
        f"Fichier B2B acheté, {job} de la société Acme, adresse pro nominative. Je peux lui "
        f"envoyer par mail {offer} ?"
    )


def _en(job: str, offer: str) -> str:
    return f"B2B list: {job} at Acme, named work email. Can I email them {offer}?"


def _pairs(jobs: dict[str, list[str]], offers: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(j, o) for field, js in jobs.items() for j in js for o in offers[field]]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_pairs(JOBS_FR, OFFERS_FR)))
def test_an_offer_in_the_job_s_field_relates_fr(pair: tuple[str, str]) -> None:
    assert _related(_fr(*pair)) == "yes"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_pairs(JOBS_EN, OFFERS_EN)))
def test_an_offer_in_the_job_s_field_relates_en(pair: tuple[str, str]) -> None:
    assert _related(_en(*pair)) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # another function's tool: no relation read
        _fr("le DSI", "notre plateforme d'évaluation des collaborateurs"),
        _en("the IT manager", "our promotional products"),
        _en("the head of marketing", "our time and attendance system"),
        # a private-life offer to a professional
        _fr("la DRH", "nos voyages organisés"),
    ],
)
def test_an_offer_outside_the_job_s_field_does_not_relate(text: str) -> None:
    assert _related(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # a hedge or a negation keeps the link from being stated
        "Fichier B2B : la DRH de Acme. Je ne sais pas si notre logiciel de gestion des "
        "entretiens annuels la concerne vraiment, je peux lui écrire ?",
        "B2B list: the HR director at Acme. Maybe our appraisal software fits her, can I email?",
    ],
)
def test_a_hedged_job_link_is_not_stated(text: str) -> None:
    assert _related(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # a boiler's or a car's yearly service, an insurance policy's review: no HR tool
        "Client particulier : je peux lui proposer nos entretiens annuels de chaudière ?",
        "On fait les entretiens annuels des pompes à chaleur de nos clients.",
        "Customer with home insurance: I want to call her for the annual review of her policy.",
    ],
)
def test_a_yearly_service_is_no_hr_tool(text: str) -> None:
    from bot.understand.readers.products import mentions
    from bot.understand.text import fold

    assert "payroll_hr" not in {m.family for m in mentions(fold(text))}


def test_a_management_software_of_something_is_that_thing_s_not_an_erp() -> None:
    from bot.understand.readers.products import mentions
    from bot.understand.text import fold

    named = mentions(fold("notre logiciel de gestion des entretiens annuels"))
    assert [m.family for m in named] == ["payroll_hr"]
    named = mentions(fold("notre logiciel de gestion des plannings du personnel"))
    assert [m.family for m in named] == ["payroll_hr"]
    named = mentions(fold("notre logiciel de gestion pour PME"))
    assert [m.family for m in named] == ["erp"]


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons acheté un fichier de 500 responsables RH chez un courtier B2B ; le contrat "
        "garantit qu'ils ont été informés qu'ils recevraient des offres de tiers et pouvaient "
        "s'y opposer. Adresses pro nominatives. On veut leur écrire pour notre outil de gestion "
        "des entretiens professionnels ; le premier mail indique la source et un lien de "
        "désinscription.",
        "We bought a B2B file of 800 heads of HR; the contract warrants they were told they "
        "would get third-party offers and could object. Named work addresses. We want to email "
        "them our performance review software; the first email gives the source and an "
        "unsubscribe link.",
    ],
)
def test_the_related_reading_is_the_job_field_one(text: str) -> None:
    assert _related(text) == "yes"
