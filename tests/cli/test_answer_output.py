"""The terminal answer: each understood fact beside the words it was read from; a needs_info
asks two questions at once and names the ones that come next."""

from __future__ import annotations

import datetime as dt

from bot.answer import Answer, MissingFactOut
from bot.cli.output import print_answer


def test_facts_are_shown_with_their_evidence(capsys):
    answer = Answer(
        verdict="allowed",
        summary="Autorisé. Consentement préalable.",
        language="fr",
        date=dt.date(2026, 11, 23),
        facts={"channel": "email", "consent": "yes", "date": "2026-11-23"},
        facts_evidence={"channel": "Je peux envoyer un mail", "consent": "ils ont accepté"},
    )
    print_answer(answer, as_json=False)
    out = capsys.readouterr().out
    assert "Faits compris" in out
    assert "consent = yes — « ils ont accepté »" in out
    assert "channel = email — « Je peux envoyer un mail »" in out
    assert "date = 2026-11-23\n" in out  # no span: nothing invented


def test_a_needs_info_asks_two_questions_and_names_the_next(capsys):
    asked = [
        MissingFactOut(fact=f, question=f"Question {f} ?", options=["yes", "no"])
        for f in ("consent", "address", "audience", "informed")
    ]
    answer = Answer(
        verdict="needs_info",
        summary="Il me manque une information.",
        language="fr",
        date=dt.date(2026, 11, 23),
        missing_facts=asked,
    )
    print_answer(answer, as_json=False)
    out = capsys.readouterr().out
    assert "Question consent ?" in out and "Question address ?" in out
    assert "Question audience ?" not in out
    assert "Ensuite : audience, informed" in out
