"""A tool a record comes from is no person ("copié depuis Salesforce", "exported from HubSpot"),
and a person said to have no contact details ("pas de contact", "no email") is not the person
acted on: neither makes the several-persons rule drop the facts of the person we write to."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.persons import others_named, target

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Contact copié depuis Salesforce : Mme Anne Roux, gérante. Je lui écris ?",
        "Lead exported from HubSpot: Ms Jane Cole, CFO. Can I email her?",
        "Contact found via Kompass: Mr Tom Reed, buyer. Call him?",
        "Contact extrait de Sellsy : M. Paul Gros. Je l'appelle ?",
    ],
)
def test_a_tool_is_no_target(text):
    assert target(text) not in ("Salesforce", "HubSpot", "Kompass", "Sellsy")


@pytest.mark.parametrize(
    "text",
    [
        "Mme Claire Morel — gérante, c.morel@boulangerie-morel.fr\n"
        "M. Morel (son mari) — pas de coordonnées\nJe lui écris ?",
        "Ms Sarah Lee | head of purchasing | s.lee@lee-logistics.co.uk\n"
        "Mr Lee (her husband) | no email\nCan I email her?",
        "Mme Julie Faure, directrice, j.faure@ecole-faure.fr\n"
        "Léo Faure, son fils — aucun contact\nJe lui envoie un mail ?",
    ],
)
def test_a_person_without_contact_is_not_another_target(text):
    assert not others_named(text)


CARDS = [
    "Fiche copiée depuis Salesforce :\n"
    "Mme Claire Morel — gérante, boulangerie Morel — c.morel@boulangerie-morel.fr — venue à notre "
    "démonstration de fours\nM. Morel (son mari) — pas de coordonnées\n"
    "À la démo, le formulaire disait qu'on lui enverrait nos offres et qu'elle pouvait refuser. "
    "Je lui envoie un mail pour notre four professionnel, avec lien de désinscription ?",
    "Card exported from HubSpot:\n"
    "Ms Sarah Lee — head of purchasing, Lee Logistics — s.lee@lee-logistics.co.uk — attended our "
    "fleet-tracking webinar\nMr Lee (her husband) — no email\n"
    "The webinar form told her we would email her our offers and that she could refuse. Can I "
    "email her our fleet-tracking software offer, with an unsubscribe link?",
]


@pytest.mark.parametrize("text", CARDS)
def test_the_directors_facts_are_kept(text):
    facts = extract(text, ON).known()
    assert facts.get("audience") == "b2b"
    assert facts.get("address") == "professional"
    assert facts.get("informed") == "yes"
