"""The day of the action placed relative to this week ("this Thursday", "mardi prochain") wins
over the date of a consent or a last contact; a holiday named as an offer's theme ("notre offre
de Noël", "our Easter sale") is not the day of the action; a past stay at our hotel makes a
former customer (a consumer)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (
            "She opted in on our website on 12 Sept 2026 to get calls about our boiler offers; "
            "may I phone her this Friday at 14:00?",
            "2026-12-04",
        ),
        (
            "Il a coché la case pour être appelé par nous le 5 octobre 2026 (preuve gardée). "
            "Je peux l'appeler jeudi prochain à 10h ?",
            "2026-12-03",
        ),
        (
            "Consent recorded on 2 Nov 2026 through our form. Can I ring him next Monday at 9?",
            "2026-12-07",
        ),
        (
            "A prospect filled in our form, box not pre-ticked, stating 'yes, phone me about "
            "solar panel offers from Helio' on 8 Oct 2026. Could I ring him next Wednesday?",
            "2026-12-02",
        ),
        (
            "Un particulier a rempli notre formulaire avec la mention 'oui, appelez-moi pour "
            "vos offres de panneaux solaires' le 8 octobre 2026. Je l'appelle ce jeudi ?",
            "2026-12-03",
        ),
        (
            "Elle a donné son accord le 20 octobre 2026 par écrit. On l'appelle ce vendredi ?",
            "2026-12-04",
        ),
    ],
)
def test_a_weekday_of_this_week_is_the_action_day_not_the_consent_day(question, day):
    known = extract(question, ON).known()
    assert known.get("date") in (day, None)  # never the consent's day
    assert known.get("weekday") == dt.date.fromisoformat(day).strftime("%A").lower()


@given(st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]))
@settings(max_examples=12, deadline=None)
def test_next_weekday_is_after_today_and_that_weekday(name):
    known = extract(
        f"Consumer, consented in writing on 3 Oct 2026. Can I call her next {name}?", ON
    ).known()
    assert known.get("date") != "2026-10-03"
    assert known.get("weekday") == name


@pytest.mark.parametrize(
    "question",
    [
        "Je peux l'appeler mercredi prochain à 15h pour lui présenter notre offre de Noël ?",
        "Puis-je envoyer un SMS vendredi pour notre promo de Pâques ?",
        "Can I call him on Thursday at 11 to pitch our Christmas deals?",
        "Can we text our members on Friday about the Easter sale?",
    ],
)
def test_a_holiday_as_the_offers_theme_is_not_the_action_day(question):
    assert extract(question, ON).known().get("date") is None


@pytest.mark.parametrize(
    "question",
    [
        "Je peux l'appeler à Noël pour lui souhaiter de bonnes fêtes et parler de notre offre ?",
        "Can I phone customers on Christmas Day about our offers?",
    ],
)
def test_a_holiday_set_for_the_action_stays_the_action_day(question):
    assert extract(question, ON).known().get("date") == "2026-12-25"


@pytest.mark.parametrize(
    "question",
    [
        "Mme Roux a séjourné à l'hôtel en mai 2025 (séjour payé, terminé). Je peux l'appeler ?",
        "Mr Hall stayed at our hotel in 2024 (paid and done). Can I phone him about our spa?",
    ],
)
def test_a_past_stay_at_our_hotel_is_a_former_consumer_customer(question):
    known = extract(question, ON).known()
    assert known.get("customer") == "yes"
    assert known.get("ongoing_contract") == "no"
    assert known.get("audience") == "b2c"
