"""A company said to be separate from the one the people bought from offers nothing of "ours"
(b15-001): "Nutrifit (a separate company)", "une société distincte" is the sender, not the
audience (no B2B cue), and its products are no analogous products of the seller (R2)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 10, 5)


@pytest.mark.parametrize(
    "text",
    [
        "We run two brands: Cyclo (bike shops) and Velofit (a separate company selling cycling "
        "apparel online). Cyclo customers were told at checkout about Cyclo offers. Can Velofit "
        "email them its jerseys?",
        "Notre groupe a deux enseignes : Optika et Audika, une société distincte. Les clients "
        "d'Optika ont été informés à l'achat des offres Optika. Audika peut-elle leur envoyer par "
        "mail ses appareils auditifs ?",
    ],
)
def test_a_separate_company_is_no_audience_and_its_offer_is_unrelated(text: str) -> None:
    read = extract(text, ON).known()
    assert read.get("audience") == "b2c"
    assert read.get("related_offer") == "no"
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"


def test_companies_as_the_audience_stay_b2b() -> None:
    read = extract("Can we email companies in Lyon about our payroll software?", ON).known()
    assert read.get("audience") == "b2b"
