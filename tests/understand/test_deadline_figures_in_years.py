"""A duration asked for is answered in the unit people count it in: the phone consent's validity
in months and years ('12 mois (1 an)'), an erasure request named with its article ('demande la
suppression de…', 'requests the deletion of…') as the request whose answer deadline is asked."""

import datetime as dt

import pytest

from bot.understand.topics import topic_of
from rules.figures import _months, figures


def test_whole_years_are_said_in_years() -> None:
    assert _months(12, "fr") == "12 mois (1 an)"
    assert _months(24, "en") == "24 months (2 years)"
    assert _months(18, "fr") == "18 mois"


def test_phone_consent_validity_figure() -> None:
    assert "(1 an)" in figures(dt.date(2026, 12, 1))["consent_validity_fr"]


@pytest.mark.parametrize(
    "question",
    [
        "Un prospect demande la suppression de ses données, quel délai pour répondre ?",
        "Un client exige l'effacement de toutes ses infos : on a combien de temps ?",
        "A lead requests the deletion of her data. What's our deadline to reply?",
        "Someone asked for the erasure of their data, how long do we have?",
    ],
)
def test_erasure_request_with_its_article(question: str) -> None:
    assert topic_of(question, general=True) == "access_request"
