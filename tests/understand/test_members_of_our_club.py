"""A member of our gym or club is our customer ("a member of our gym", "un adhérent de notre
salle", "a gym member"), and the club's other services are the same family as the membership
("a gym member … our personal-training packs"); a member of another club is not ours."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "A member of our climbing gym joined in May. Can we email him our yoga classes?",
        "Gym member since spring, signed up at the desk. Can we text her about our pilates "
        "classes?",
        "Une adhérente de notre salle de sport depuis janvier : je peux lui envoyer un mail pour "
        "nos cours de pilates ?",
        "Adhérent de la salle depuis mars, je lui envoie un sms pour le coaching sportif ?",
    ],
)
def test_a_member_of_our_club_is_a_customer_of_the_same_family(question):
    known = extract(question, ON).known()
    assert known.get("customer") == "yes"
    assert known.get("related_offer") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "A gym member of a competitor's club, can we text him about our classes?",
        "Un adhérent d'une autre salle de sport, je peux lui envoyer un SMS ?",
        "She is a gym member at FitPark, not with us. Can I email her?",
    ],
)
def test_a_member_of_another_club_is_not_ours(question):
    assert extract(question, ON).known().get("customer") != "yes"
