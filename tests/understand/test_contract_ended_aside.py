"""A contract said to have ended in an aside or a field, without a determiner ("(contrat box
résilié en mars 2025)", "- policy cancelled in May"), is an ended contract: no contract running.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "M. Leroy était client (contrat d'entretien résilié en avril 2025). Je peux l'appeler ?",
        "Ancienne abonnée - contrat mobile terminé en janvier 2026. On la rappelle ?",
        "Mr Hill was a member (gym membership cancelled in May 2025). Can I call him?",
        "Former client (home insurance policy terminated in March 2025): can we phone her?",
    ],
)
def test_contract_ended_in_an_aside(text):
    assert extract(text, ON).known().get("ongoing_contract") == "no"
