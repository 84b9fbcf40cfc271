"""A contract said to run with us until a date still to come is ongoing, even with "jusqu'en" /
"until" (no ended contract); an add-on named with a slash ("jardin/piscine") to the contract held
relates; a day name before a numeric day and month ("mardi 6/10", "Tue 10/6") is a date; a
Bloctel check that turns up listed numbers says they are on it; "salon" the furniture is no trade
fair; numbers extracted automatically or out of other people's ads are scraped."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 9, 28)


def _value(text: str, fact: str, on: dt.date = ON) -> str | None:
    read = getattr(extract(text, on), fact)
    return None if read is None else getattr(read, "value", read)


# -- a contract running until a future date -----------------------------------------------------

RUNNING = [
    "Particulier, contrat habitation en cours chez nous jusqu'en juin 2028. Je peux l'appeler ?",
    "Client particulier avec un abonnement actif chez nous jusqu'en 2027, je l'appelle demain ?",
    "Consumer with a home policy running with us until May 2028. Can I call him tomorrow?",
    "Private customer, her contract is still active with us until 2027. Can I phone her?",
]
ENDED = [
    "Particulier, son contrat habitation était en cours chez nous jusqu'en 2024. Je l'appelle ?",
    "Consumer whose policy ran with us until 2023. Can I call him tomorrow?",
    "Particulier, contrat en cours chez un concurrent jusqu'en 2028. Je l'appelle ?",
]


@pytest.mark.parametrize("text", RUNNING)
def test_a_contract_running_until_a_future_date_is_ongoing(text: str) -> None:
    assert _value(text, "ongoing_contract") == "yes"


@pytest.mark.parametrize("text", ENDED)
def test_a_past_or_anothers_contract_is_not_ongoing(text: str) -> None:
    assert _value(text, "ongoing_contract") != "yes"


# -- an add-on named with a slash ---------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["vol/incendie", "bris de glace/vol", "jardin/piscine"]))
def test_an_add_on_with_a_slash_relates_fr(cover: str) -> None:
    text = (
        "Client particulier avec un contrat habitation en cours chez nous. Je l'appelle pour lui "
        f"proposer d'ajouter la garantie {cover} à ce contrat ?"
    )
    assert _value(text, "related_offer") == "yes"


def test_an_add_on_with_a_slash_relates_en() -> None:
    text = (
        "Customer with an ongoing home policy. Can I call to offer theft/fire cover on that policy?"
    )
    assert _value(text, "related_offer") == "yes"


# -- a day name then a numeric day and month ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Je peux l'appeler mardi 6/10 vers 15h ?", "2026-10-06"),
        ("Je l'appelle jeudi 8/10 à 11h, ok ?", "2026-10-08"),
        ("Can I call him on Tue 10/6 at 3pm?", "2026-10-06"),
        ("Can I ring her Friday 9/10 around 10am?", "2026-10-09"),
    ],
)
def test_a_named_day_with_a_numeric_date(text: str, day: str) -> None:
    read = extract("Client particulier. " + text, ON)
    assert str(read.date) == day
    assert read.weekday.value == dt.date.fromisoformat(day).strftime("%A").lower()


@pytest.mark.parametrize("text", ["Il a eu 6/10 au test, je l'appelle ?", "On a 3/4 des contacts."])
def test_two_numbers_without_a_day_name_are_no_date(text: str) -> None:
    assert extract(text, ON).date is None


# -- a Bloctel check turning up listed numbers --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Campagne d'appels à des particuliers. Le contrôle Bloctel sort 212 numéros inscrits. "
        "On peut les appeler quand même ?",
        "Appels à des prospects particuliers : Bloctel a remonté une trentaine d'inscrits. On les appelle ?",
        "Consumer call campaign. The DNC scrub flagged 85 registered numbers. Can we still ring them?",
        "Our Bloctel check came back with several listed numbers, can we call those anyway?",
    ],
)
def test_listed_numbers_turned_up_by_a_check(text: str) -> None:
    assert _value(text, "bloctel") == "yes"


def test_listed_numbers_taken_out_are_not_the_ones_called() -> None:
    text = "Bloctel a remonté 40 numéros inscrits, qu'on a retirés. On peut appeler les autres ?"
    assert _value(text, "bloctel") != "yes"


# -- salon the furniture ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Campagne d'appels à des particuliers pour les soldes salons/canapés, ok ?",
        "On appelle nos prospects particuliers pour la promo sur les salons de jardin ?",
        "On appelle des particuliers pour notre nouveau salon d'angle en cuir ?",
    ],
)
def test_a_furniture_salon_is_no_event(text: str) -> None:
    assert _value(text, "source") != "event"


def test_a_trade_fair_salon_is_an_event() -> None:
    assert (
        _value("J'ai rencontré ce particulier au salon de l'habitat, je l'appelle ?", "source")
        == "event"
    )


# -- numbers extracted automatically or out of ads ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un prestataire nous vend des mobiles de particuliers extraits automatiquement de sites "
        "immobiliers. On leur envoie un SMS ?",
        "On a récupéré les numéros de particuliers sur les petites annonces immobilières, on peut "
        "leur envoyer un SMS ?",
        "A vendor offers consumers' mobile numbers automatically extracted from second-hand car "
        "listings. Can we text them?",
        "We pulled sellers' phone numbers from classified ads on a car site. Can we text them?",
    ],
)
def test_numbers_taken_by_a_program_or_out_of_ads_are_scraped(text: str) -> None:
    assert _value(text, "source") == "scraped"


@pytest.mark.parametrize(
    "text",
    [
        "Fichier de numéros de particuliers extraits automatiquement de notre CRM (clients qui ont "
        "acheté). On peut leur envoyer un SMS ?",
        "Je joins un extrait Kbis du client ; on peut lui envoyer un mail ?",
    ],
)
def test_an_export_of_our_base_or_an_excerpt_is_no_scraping(text: str) -> None:
    assert _value(text, "source") != "scraped"
