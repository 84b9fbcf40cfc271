"""Readings a user would notice: a past call despite an objection ('quand même') judged as a case, a
US-hosted tool named '(US)' as a transfer question, silence taken for 'they're in', a seller's
compliance word with no other proof, 'je lance ma campagne ?' asked as a case."""

from __future__ import annotations

import pytest

from bot.understand.topics import topic_of


def test_quand_meme_is_no_when() -> None:
    q = "Elle avait refusé nos appels ; un vendeur l'a quand même appelée hier. C'est grave ?"
    assert topic_of(q) != "call_hours"


@pytest.mark.parametrize(
    "question",
    [
        "We keep our leads in Pipedrive (US). Is hosting prospect data there an issue under GDPR?",
        "Nos prospects sont dans Salesforce (USA) : est-ce un souci au regard du RGPD ?",
    ],
)
def test_tool_marked_us_is_a_transfer_question(question: str) -> None:
    assert topic_of(question, general=True) == "transfer"


@pytest.mark.parametrize(
    "question",
    [
        "I texted my old classmates 'reply NO if you don't want my deals'. No one replied, so they're in. Can I start sending promos by SMS?",
        "J'ai écrit à des particuliers de mon carnet : répondez si vous ne voulez pas de mes offres. Personne n'a répondu, donc ils sont d'accord. J'envoie mes promos par mail ?",
    ],
)
def test_silence_taken_for_agreement_is_forbidden(ask, question: str) -> None:
    assert ask(question).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "We bought 3,000 consumer emails from a broker; he promises the file is GDPR compliant but gave no other proof. Can we email them our offers?",
        "J'ai loué une liste de 2000 particuliers, le loueur garantit qu'elle est conforme RGPD, je n'ai aucune autre preuve. J'envoie ma newsletter ?",
    ],
)
def test_seller_compliance_word_without_proof_is_forbidden(ask, question: str) -> None:
    assert ask(question).verdict.value == "forbidden"
