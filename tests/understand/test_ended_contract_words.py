"""A contract said ended with its kind and place in between ('son contrat d'assurance auto chez nous
a été résilié') is no ongoing contract."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Ancienne cliente, son contrat d'assurance auto chez nous a été résilié en juin 2026. On peut l'appeler ?",
        "Son contrat d'entretien de chaudière a expiré l'an dernier. On peut l'appeler ?",
        "Son contrat d'électricité chez nous est résilié depuis mai : appel possible ?",
        "Leur contrat d'assistance informatique s'est terminé en mars, on peut les rappeler ?",
    ],
)
def test_a_contract_of_a_named_kind_said_ended_is_not_ongoing(text: str) -> None:
    value = extract(text, ON).ongoing_contract
    assert value is not None and value.value == "no"


def test_a_contract_still_running_is_never_read_ended() -> None:
    value = extract(
        "Son contrat d'assurance auto chez nous est toujours en cours, on peut l'appeler ?", ON
    ).ongoing_contract
    assert value is None or value.value != "no"
