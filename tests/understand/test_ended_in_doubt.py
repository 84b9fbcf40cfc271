"""A contract the rep doubts is still running or has ended is asked, not read as ended
(bot/understand/readers/doubted.py `ended_in_doubt`): "je sais pas si son abonnement est encore
actif ou s'il a résilié" leaves ongoing_contract unknown, and the rules ask it (R16/R17d: a call
within an ongoing contract needs no consent). A contract said plainly ended stays ended."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 23)

ASK = {
    "fr": " Pas de consentement pour le téléphone. Je peux l'appeler mardi 1/12 à 11h pour lui proposer notre option premium ?",
    "en": " No phone consent. Can I call him on Tue 1 Dec at 11am to offer our premium option?",
}

IN_DOUBT = [
    (
        "fr",
        "M. Perrin était client chez nous, mais je ne sais pas si son contrat court toujours ou s'il l'a résilié.",
    ),
    (
        "fr",
        "Mme Roux avait un abonnement chez nous, aucune idée si son abonnement est encore actif ou s'il a pris fin.",
    ),
    (
        "en",
        "Mr Perrin was a member with us, but I'm not sure whether his plan is still running or was cancelled.",
    ),
    (
        "en",
        "Ms Roux had a subscription with us, no idea if her subscription is still active or if it was cancelled.",
    ),
]


@pytest.mark.parametrize(("lang", "said"), IN_DOUBT)
def test_running_or_ended_in_doubt_is_asked(ask, lang, said):
    question = said + ASK[lang]
    assert extract(question, ON).ongoing_contract is None
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert "ongoing_contract" in [m.fact for m in answer.missing_facts]


PLAINLY_ENDED = [
    ("fr", "M. Perrin a résilié son abonnement chez nous en mars."),
    ("en", "Mr Perrin's contract with us ended in March."),
]


@pytest.mark.parametrize(("lang", "said"), PLAINLY_ENDED)
def test_a_contract_plainly_ended_is_not_asked(ask, lang, said):
    answer = ask(said + ASK[lang])
    assert "ongoing_contract" not in [m.fact for m in answer.missing_facts]
