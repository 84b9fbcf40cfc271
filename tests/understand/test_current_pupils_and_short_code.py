"""A current pupil of our school holds an enrolment running (ongoing contract, customer); the
business named first with its trade in brackets ("Boulangerie Martin (bakery).") is what its
customers hold; the STOP short code a message carries ("STOP au 36xxx") is no objection."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.readers.informed import _objected
from bot.understand.text import clauses, fold

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return {k: getattr(v, "value", v) for k, v in extract(text, ON).known().items()}


@pytest.mark.parametrize(
    "text",
    [
        "Tom is a current student at our language school. Can we email him our summer course?",
        "She's one of our currently enrolled learners; may we text her?",
        "Julie est élève actuelle de notre école de musique, on peut lui envoyer un SMS ?",
        "Marc, étudiant inscrit chez nous cette année : on peut lui écrire ?",
    ],
)
def test_current_pupil_holds_a_running_enrolment(text: str) -> None:
    read = facts(text)
    assert read.get("ongoing_contract") == "yes"
    assert read.get("customer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "A former student of ours, she finished last year. Email her?",
        "Students who might enrol next year: can we text them?",
    ],
)
def test_no_current_enrolment_said(text: str) -> None:
    assert facts(text).get("ongoing_contract") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Auto-école des Lilas (école de conduite). Nos élèves actuels ont signé un contrat ; "
        "peut-on leur proposer nos heures de conduite supplémentaires ?",
        "Auto-Ecole Martin (driving school). A current student: may we offer her our "
        "night-driving lessons?",
    ],
)
def test_business_named_with_its_trade_is_what_customers_hold(text: str) -> None:
    assert facts(text).get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "il n'a jamais répondu STOP ; le SMS finit par « STOP au 36180 »",
        "She never replied STOP. Our texts end with 'STOP to 36111'.",
    ],
)
def test_short_code_stop_in_a_message_is_no_objection(text: str) -> None:
    folded = fold(text)
    assert _objected(clauses(folded), folded) == "no"
