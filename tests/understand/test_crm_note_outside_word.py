"""A note about a person where the message says nobody outside sees it: "outside" alone names no
hosting place (only "outside the EU" makes it a question about where the CRM lives), so the note is
still a CRM comment (R32) and an insult in it is forbidden."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Can I log this in the CRM for that lead: 'lazy moron, total waste of time'? Nobody outside "
        "the sales team reads it.",
        "Ok to write in our Salesforce notes 'stupid old man, don't bother'? It stays internal, "
        "no one outside can see it.",
        "Je peux noter dans le CRM : 'vieux radin, abruti, perte de temps' ? Personne a l'exterieur "
        "ne le voit, c'est interne.",
        "On peut ajouter en commentaire dans la fiche prospect 'cette idiote nous fait perdre notre "
        "temps' ? C'est juste interne.",
    ],
)
def test_insulting_note_said_internal_is_forbidden(question: str) -> None:
    facts = extract(question, ON)
    assert facts.known().get("action") == "crm_comment"
    assert decide(facts, ON).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Our CRM is hosted outside the EU, can we add notes on prospects?",
        "Notre CRM est heberge hors UE, on peut y ajouter des notes sur les prospects ?",
    ],
)
def test_crm_outside_the_eu_is_no_comment(question: str) -> None:
    assert extract(question, ON).known().get("action") != "crm_comment"
