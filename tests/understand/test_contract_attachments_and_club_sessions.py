"""A product attached to the contract held is related to it: insurance "attached to that same
loan", "une assurance adossée à ce prêt", a package "tied to his lease" (loans and leases are
contracts too). A member of a club, gym or studio offered its coaching, classes or training
sessions is offered an analogous service; sport training is no vocational (CPF) training, and a
town naming one of our sites ("our Bordeaux club") is no wine. Never under a negation or a
hedge."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def _facts(text: str) -> dict[str, str]:
    return extract(text, ON).known()


PRODUCTS_FR = [
    "une assurance emprunteur",
    "une garantie perte d'emploi",
    "une option de modulation",
]
LINKS_FR = [
    "adossée à ce même prêt",
    "rattachée à ce crédit",
    "liée à son prêt",
    "sur ce même prêt",
]
PRODUCTS_EN = ["borrower insurance", "payment-protection cover", "a repayment holiday option"]
LINKS_EN = [
    "attached to that same loan",
    "linked to his mortgage",
    "tied to this loan",
    "for his loan",
]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(PRODUCTS_FR), st.sampled_from(LINKS_FR))
def test_a_product_attached_to_the_loan_held_relates_fr(product: str, link: str) -> None:
    text = (
        "Client avec un prêt immobilier en cours chez nous. Je voudrais l'appeler pour lui "
        f"proposer {product} {link}."
    )
    assert _facts(text).get("related_offer") == "yes"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(PRODUCTS_EN), st.sampled_from(LINKS_EN))
def test_a_product_attached_to_the_loan_held_relates_en(product: str, link: str) -> None:
    text = (
        "Customer with an ongoing mortgage at our bank. I'd like to call him to offer "
        f"{product} {link}."
    )
    assert _facts(text).get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Client avec un prêt en cours chez nous. Je veux lui proposer une assurance qui n'est "
        "pas liée à ce prêt.",
        "Client avec un prêt en cours chez nous. Je ne sais pas si l'assurance est rattachée à "
        "ce prêt, je peux l'appeler ?",
        "Customer with an ongoing loan with us. Maybe the cover is tied to that loan, not sure. "
        "Can I call?",
    ],
)
def test_a_denied_or_hedged_attachment_does_not_relate(text: str) -> None:
    assert _facts(text).get("related_offer") != "yes"


def test_an_attached_product_in_an_ongoing_contract_call_is_allowed() -> None:
    from rules import decide

    text = (
        "Customer has an ongoing car-loan contract with our bank. I want to call him to offer "
        "payment-protection insurance attached to that same loan. He never agreed to marketing "
        "calls. Wednesday 9 December at 11:00, first call this month."
    )
    facts = extract(text, ON)
    assert facts.known().get("related_offer") == "yes"
    assert decide(facts, ON).verdict.value == "allowed"


CLUB_FR = [
    "Adhérente de notre salle depuis janvier (abonnement annuel payé)",
    "Client qui a acheté un abonnement d'un an à notre club de Nantes",
]
SESSIONS_FR = ["nos cours de yoga", "notre pack de coaching", "nos séances de coaching"]
CLUB_EN = [
    "Member who bought a 12-month membership at our Lille club",
    "Customer with a paid membership at our gym",
]
SESSIONS_EN = ["our personal-training pack", "our pilates classes", "our new coaching sessions"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CLUB_FR), st.sampled_from(SESSIONS_FR))
def test_a_club_member_offered_its_sessions_relates_fr(member: str, sessions: str) -> None:
    text = (
        f"{member}. Le formulaire disait qu'on lui enverrait nos offres, elle ne s'y est pas "
        f"opposée. Je peux lui envoyer par mail {sessions} ?"
    )
    assert _facts(text).get("related_offer") == "yes"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CLUB_EN), st.sampled_from(SESSIONS_EN))
def test_a_club_member_offered_its_sessions_relates_en(member: str, sessions: str) -> None:
    text = (
        f"{member}. The signup form said we'd email her our offers, with a box to refuse she "
        f"didn't tick. Can I email her {sessions}?"
    )
    assert _facts(text).get("related_offer") == "yes"


def test_sport_training_is_no_vocational_training_and_a_town_no_wine() -> None:
    text = (
        "Member who bought a 12-month membership at our Bordeaux club, paid in full. The signup "
        "form said we'd email her our offers and she could tick a box to refuse; she didn't. "
        "Can I email her our personal-training pack? Is it still 8 sessions?"
    )
    facts = _facts(text)
    assert facts.get("sector") == "other"
    assert facts.get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Formation professionnelle : je peux appeler ce salarié pour notre formation en "
        "management ?",
        "Can I call him about our training course?",
    ],
)
def test_a_course_still_leaves_the_sector_in_doubt(text: str) -> None:
    assert _facts(text).get("sector") != "other"


@pytest.mark.parametrize(
    "text",
    [
        "Elle est abonnée à la newsletter de notre club. Je peux lui envoyer nos cours de yoga ?",
        "He subscribed to our club's mailing list. Can I email him our pilates classes?",
    ],
)
def test_a_newsletter_subscriber_holds_no_membership(text: str) -> None:
    assert _facts(text).get("related_offer") != "yes"
