"""Servicing heating equipment already in place (a boiler's annual maintenance, a heat pump's
repair, a chimney sweep) is no energy-renovation work nor equipment sold (R21): another sector.
Selling or installing the equipment stays energy renovation, even beside a maintenance contract.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Un ancien client avait un contrat d'entretien de sa chaudière gaz. Je peux l'appeler pour "
        "lui proposer notre nouvelle formule ?",
        "Nous entretenons les chaudières de particuliers : peut-on appeler une ancienne cliente ?",
        "Can I call a private customer about our annual boiler servicing plan?",
        "We do heat pump maintenance: can I phone a former customer to renew her maintenance "
        "contract?",
    ],
)
def test_servicing_is_another_sector(text):
    assert extract(text, ON).known().get("sector") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Un client a un contrat d'entretien de sa chaudière ; je veux l'appeler pour lui proposer "
        "une pompe à chaleur.",
        "Can I call a private customer who has a boiler servicing plan to sell him solar panels?",
        "On veut appeler des particuliers pour vendre des chaudières à condensation.",
        "Can we phone consumers to sell new gas boilers?",
    ],
)
def test_equipment_sold_stays_energy_renovation(text):
    assert extract(text, ON).known().get("sector") == "energy_renovation"
