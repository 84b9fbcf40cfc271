"""The means to refuse may be a "no": "they can say no anytime", "ils peuvent dire non à tout
moment" is the information given at collection (informed=yes), neither a denial of it nor a
reported claim; "could not say no", "ne pouvait pas dire non" still deny it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def _facts(text: str) -> dict[str, str]:
    return extract(text, ON).known()


TOLD = [
    "Notre association veut envoyer un courrier d'appel aux dons aux bénévoles qui ont écrit "
    "leur adresse sur la feuille d'inscription. La feuille disait qu'on pourrait leur écrire et "
    "qu'ils peuvent dire non à tout moment par mail. Personne ne s'y est opposé. On peut ?",
    "Les adhérents ont été prévenus à l'inscription qu'ils pouvaient dire non à nos courriers "
    "quand ils veulent. Aucun n'a refusé. Je peux leur poster notre catalogue ?",
    "Our loyalty form told customers we would post them our catalogue and that they could say "
    "no at any time by ticking a box. None of them ticked it. Can we send the paper catalogue?",
    "Visitors were told at the stand that they can say no to our letters whenever they like. "
    "Nobody objected. Can we mail them our brochure?",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_means_to_say_no_told_is_information(text: str) -> None:
    facts = _facts(text)
    assert facts.get("informed") == "yes"
    assert facts.get("objected") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "He could not say no to our offers at signup. Can I post him our catalogue?",
        "Il ne pouvait pas dire non aux offres à l'inscription. Je peux lui envoyer notre "
        "catalogue par courrier ?",
    ],
)
def test_a_denied_possibility_to_say_no_is_no_information(text: str) -> None:
    assert _facts(text).get("informed") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Il a dit non à nos offres le mois dernier. Je peux lui écrire ?",
        "She said no to our mailings last week. Can I post her our catalogue?",
    ],
)
def test_a_no_said_is_still_an_objection(text: str) -> None:
    assert _facts(text).get("objected") == "yes"
