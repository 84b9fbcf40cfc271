"""A company word or a job title that belongs to our side is no sign that the person is a
professional (issue 11, batch10/11): "the same company" is us, "partnered with a cruise
company" is an ally, "Gym manager here" is the writer. audience=b2b leads towards `allowed`,
so it must come from the person contacted."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 23)


def audience(text: str) -> str | None:
    fact = extract(text, ON).known().get("audience")
    return getattr(fact, "value", fact)


@pytest.mark.parametrize(
    "question",
    [
        "Customer bought running shoes from us two months ago. We've just launched a mortgage "
        "brokerage service in the same company, can we email him about it? He never opted in.",
        "Our customers get our newsletter. We've partnered with a cruise company and want to send "
        "our customers the cruise company's offers by email.",
        "On travaille avec une société de voyages : on peut envoyer leurs offres par mail à nos clients ?",
        "Gym manager here. Can I SMS our members about the new yoga classes?",
        "Je suis responsable marketing : je peux envoyer un SMS promo à nos clientes ?",
    ],
)
def test_our_side_is_no_business_audience(question):
    assert audience(question) != "b2b"


def test_our_side_no_longer_decides_for_consumers():
    text = (
        "Customer bought running shoes from us two months ago. We've just launched a mortgage "
        "brokerage service in the same company, can we email him about it? He never opted in to marketing."
    )
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Can I email the HR manager of Acme about our payroll software?",
        "I'm a sales manager. Can I email the HR manager of Acme about our payroll software?",
        "Je peux appeler une société de transport pour leur proposer notre logiciel ?",
    ],
)
def test_the_persons_company_or_job_still_makes_b2b(question):
    assert audience(question) == "b2b"


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(
        ["in the same company", "partnered with a travel company", "dans la même société"]
    ),
    offer=st.sampled_from(["a loan", "a cruise", "un crédit"]),
)
def test_an_ally_company_alone_never_gives_b2b(lead, offer):
    assert (
        audience(f"Our customer bought a bike from us. We sell {offer} {lead}: can we email him?")
        != "b2b"
    )
