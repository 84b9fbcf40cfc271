"""What a rep reads on the terminal: authorities and text with brackets are printed as written."""

from __future__ import annotations

import datetime as dt

from bot.answer import Answer, Citation, LegalBasis
from bot.cli.output import print_answer
from rules.decision import Verdict


def test_terminal_answer_shows_authority_and_bracketed_text(capsys) -> None:
    answer = Answer(
        verdict=Verdict.forbidden,
        summary="Interdit. [sans consentement] (CPCE art. L.34-5).",
        language="fr",
        date=dt.date(2026, 11, 23),
        facts={"channel": "email", "contact": "[x]@acme.fr"},
        legal_basis=[LegalBasis(ref="CPCE art. L.34-5", url="https://www.legifrance.gouv.fr/x")],
        obligations=["Identifier l'expéditeur [nom de la société]."],
        citations=[
            Citation(
                source_id="cpce-l34-5",
                title="CPCE art. L.34-5",
                url="https://www.legifrance.gouv.fr/x",
                authority="law",
                excerpt="Un texte cité mot pour mot, assez long pour être une vraie citation.",
                score=0.9,
            )
        ],
    )
    print_answer(answer, as_json=False)
    out = capsys.readouterr().out
    assert "CPCE art. L.34-5 [Loi]" in out
    assert "texte officiel résumé (Légifrance) : https://www.legifrance.gouv.fr/x" in out
    assert "[sans consentement]" in out and "[nom de la société]" in out
    assert "[x]@acme.fr" in out
    assert "Interdit" in out and "L.34-5" in out
