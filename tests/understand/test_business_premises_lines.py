"""The landline of the person's business premises, named in the plural for a list ("lignes fixes
des garages", "the bakeries' landlines") is a work line, not a home one: a B2B call about their
trade to informed professionals is then allowed (R19); a home line stays what it is."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 24)


def _address(text: str) -> str | None:
    read = extract(text, ON).address
    return None if read is None else read.value


@pytest.mark.parametrize(
    "text",
    [
        "Fichier de 150 fleuristes indépendants, lignes fixes des boutiques. On les appelle ?",
        "Liste de kinés, numéros des cabinets uniquement. Je peux les appeler pour notre logiciel ?",
        "Bought list of independent bakers, the bakeries' landlines only. Can we call them?",
        "List of 80 garage owners with the garages' phone numbers. Can we ring them?",
    ],
)
def test_the_line_of_the_business_premises_is_a_work_line(text: str) -> None:
    assert _address(text) == "professional"


@pytest.mark.parametrize(
    "text",
    [
        "Fichier de fleuristes, mais ce sont leurs fixes perso. On les appelle ?",
        "List of bakers, their personal mobiles. Can we call them?",
    ],
)
def test_a_personal_line_is_not_a_work_line(text: str) -> None:
    assert _address(text) != "professional"


@pytest.mark.parametrize(
    "text",
    [
        "Fichier acheté : 200 gérants d'agences immobilières indépendantes, lignes fixes des "
        "agences. Le vendeur garantit par contrat qu'ils ont été informés à la collecte de la "
        "cession de leurs coordonnées et pouvaient s'y opposer. On les appelle pour notre logiciel "
        "de gestion locative. Ok ?",
    ],
)
def test_informed_professionals_called_on_the_premises_line_about_their_trade(text: str) -> None:
    assert decide(extract(text, ON), ON).verdict.value == "allowed"
