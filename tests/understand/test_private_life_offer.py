"""An offer for a thing of their private life makes a consumer of a professional (issue 14).

"for their own private cars", "pour leurs propres véhicules privés", "for personal use", "à titre
personnel": the offer is for their private life (B2C, unrelated to their job), whatever address
is used. People told at work of offers for their trade were asked no consent for private ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "We hold the work emails of HR directors (informed at collection, for our payroll "
        "software). Can we email them our home insurance for their own private homes?",
        "On a les mails pro de DAF, informés à la collecte pour nos offres entreprise. On veut leur "
        "proposer notre assurance auto pour leurs propres voitures privées. Ça passe ?",
        "Work emails of buyers, informed at collection. Can I email them our e-bikes for personal use?",
        "Fichier de gérants (mails pro, informés à la collecte). Je peux leur envoyer nos offres de "
        "voyage à titre personnel ?",
    ],
)
def test_an_offer_for_their_private_life_is_b2c(text):
    found = extract(text, ON)
    assert found.known().get("audience") == "b2c"
    assert decide(found, ON).verdict.value == "forbidden"


def test_an_offer_for_their_job_stays_b2b():
    text = "Work emails of CFOs, informed at collection. Can I email them our treasury software?"
    assert extract(text, ON).known().get("audience") == "b2b"
