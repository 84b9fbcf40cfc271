"""Consent acts and sources read from ordinary wording (blind batches 30-35):

* choosing to receive offers, with where or how it was chosen in between ("a opté en caisse pour
  recevoir", "chose at the till to receive"), is the person's act; a negation there is none;
* subscribing through a newsletter pop-up or sign-up widget is an opt-in, and the pop-up a form
  (a pop-up store is a place, not a form);
* a discount named by its figure right after the act ("for 15% off", "pour -15 %") ties the
  consent to it (R8); the same figure obtainable without subscribing is a real alternative;
* the collection page that informed the person ("l'informait", "informed her") and let them refuse
  ("permettait de refuser", "let her opt out") informs; denied, it does not;
* scraped e-mails said to be those of people named by their job are persons' addresses (R14);
* a French proper noun in an English sentence ("near La Défense") leaves it English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.language import detect
from rules import decide

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


# --- choosing to receive, with a place or a means in between -----------------------------------

CHOSE = [
    "une cliente a opté en caisse pour recevoir nos SMS promotionnels (case vide par défaut, "
    "preuve conservée). Je peux lui envoyer un SMS pour les soldes ?",
    "a consumer chose at the till to receive our text messages (empty box by default, proof "
    "stored). Can I text her about the winter sale?",
]


@pytest.mark.parametrize("text", CHOSE)
def test_chosen_with_a_place_between_is_consent(text: str) -> None:
    assert facts(text).get("consent") == "yes"
    assert verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "a consumer chose at the till not to receive our text messages. Can I text her?",
        "une cliente a choisi en caisse de ne pas recevoir nos SMS. Je peux lui envoyer un SMS ?",
    ],
)
def test_chosen_not_to_receive_is_no_consent(text: str) -> None:
    assert facts(text).get("consent") != "yes"
    assert verdict(text) != "allowed"


# --- a newsletter pop-up, a discount and its alternative -------------------------------------

POPUP_FREE = [
    "Our website pop-up reads 'Get our newsletter for 15% off', but the same 15% can be had "
    "without subscribing by anyone at checkout. Can we email the consumers who signed up via "
    "the pop-up (unticked box)?",
    "Notre pop-up affiche « -15 % pour s'inscrire à la newsletter », mais on peut avoir les "
    "mêmes 15 % sans s'inscrire. Je peux envoyer un mail aux particuliers inscrits via la pop-up ?",
]


@pytest.mark.parametrize("text", POPUP_FREE)
def test_popup_subscription_with_real_alternative_is_allowed(text: str) -> None:
    read = facts(text)
    assert read.get("consent") == "yes"
    assert read.get("consent_for_advantage") == "yes"
    assert read.get("advantage_without_consent") == "yes"
    assert read.get("source") == "form"
    assert verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # the discount tied to the act, nothing said of another way: asked
        "Our website pop-up reads 'Get our newsletter for 15% off'. Can we email the consumers "
        "who signed up via the pop-up?",
        "Notre pop-up affiche « -15 % pour s'inscrire à la newsletter ». Je peux envoyer un mail "
        "aux particuliers inscrits via la pop-up ?",
    ],
)
def test_popup_discount_without_alternative_is_asked(text: str) -> None:
    assert facts(text).get("consent_for_advantage") == "yes"
    assert verdict(text) == "needs_info"


def test_pop_up_store_is_no_form() -> None:
    assert facts("We met them at our pop-up store. Can we email them?").get("source") != "form"


# --- the collection page informed and let them refuse ----------------------------------------

INFORMED = [
    "On vend un logiciel de paie. Je peux envoyer un mail à la DRH d'une PME sur son adresse pro ? "
    "On a eu son contact par notre webinaire, le formulaire l'informait et lui permettait de "
    "s'opposer.",
    "We sell payroll software. Can I email the HR director of a mid-size firm at her work address? "
    "She registered for our webinar; the registration page informed her and let her opt out.",
]


@pytest.mark.parametrize("text", INFORMED)
def test_page_that_informed_and_let_refuse(text: str) -> None:
    assert facts(text).get("informed") == "yes"
    assert verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "On vend un logiciel de paie. Je peux envoyer un mail à la DRH d'une PME sur son adresse "
        "pro ? On a eu son contact par notre webinaire, le formulaire ne l'informait pas et ne "
        "permettait pas de refuser.",
        "We sell payroll software. Can I email the HR director of a mid-size firm at her work "
        "address? She registered for our webinar; the page didn't inform her or let her opt out.",
    ],
)
def test_page_that_did_not_inform(text: str) -> None:
    assert facts(text).get("informed") != "yes"
    assert verdict(text) != "allowed"


# --- scraped e-mails of people named by their job --------------------------------------------

SCRAPED = [
    "Our intern used a bot to grab the emails of 300 dentists from practice websites. We sell "
    "dental imaging. Can we email them?",
    "Un stagiaire a aspiré avec un robot les mails de 600 plombiers sur les sites d'artisans. "
    "On vend un logiciel de devis. On peut leur envoyer un email ?",
]


@pytest.mark.parametrize("text", SCRAPED)
def test_scraped_emails_of_people_are_forbidden(text: str) -> None:
    assert facts(text).get("address") == "professional"
    assert verdict(text) == "forbidden"


def test_scraped_emails_of_companies_stay_asked() -> None:
    # companies' addresses may be generic mailboxes (R5): the kind is asked
    text = "Our intern scraped the emails of 300 companies from their websites with a bot. Can we email them?"
    assert facts(text).get("address") is None


# --- a French proper noun in an English sentence -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does anyone have a good spot for drinks after work near Gare de Lyon thursday?",
        "who's up for the team offsite at Château de Versailles in june?",
    ],
)
def test_french_name_in_english_sentence_is_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Je peux appeler Hélène Dupré demain matin ?",
        "On peut envoyer un mail à la Société Générale ?",
    ],
)
def test_french_sentence_with_names_stays_french(text: str) -> None:
    assert detect(text) == "fr"
