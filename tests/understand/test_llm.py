"""The optional LLM, with LangChain's fake chat models: it may fill facts and reword the summary,
never change the verdict, a figure, a rule or a legal reference."""

from __future__ import annotations

import json

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.understand import llm


@pytest.fixture(autouse=True)
def _reset_model():
    yield
    llm.use_model(None)


def fake(*responses: str) -> FakeListChatModel:
    return FakeListChatModel(responses=list(responses))


def test_off_by_default():
    assert llm.get_llm(None) is None


def test_a_faithful_rephrasing_is_kept(ask):
    original = ask("Je peux envoyer un SMS à un particulier sans son accord ?")
    assert original.verdict.value == "forbidden"
    llm.use_model(
        fake("{}", "Interdit : sans accord préalable du particulier, pas de SMS (L.34-5).")
    )
    a = ask("Je peux envoyer un SMS à un particulier sans son accord ?")
    assert a.verdict.value == "forbidden"
    assert a.summary == "Interdit : sans accord préalable du particulier, pas de SMS (L.34-5)."
    assert a.rule_ids == original.rule_ids and a.legal_basis == original.legal_basis


def test_a_rephrasing_that_flips_the_verdict_is_discarded(ask):
    original = ask("Je peux envoyer un SMS à un particulier sans son accord ?")
    llm.use_model(fake("{}", "Autorisé : vous pouvez envoyer ce SMS (L.34-5)."))
    a = ask("Je peux envoyer un SMS à un particulier sans son accord ?")
    assert a.verdict.value == "forbidden"
    assert a.summary == original.summary


def test_a_rephrasing_that_drops_a_figure_is_discarded(ask):
    question = "Combien de temps peut-on garder les données d'un prospect ?"
    original = ask(question)
    assert "3 ans" in original.summary
    llm.use_model(
        GenericFakeChatModel(
            messages=iter(
                [
                    AIMessage(content="{}"),
                    AIMessage(
                        content="Pour information. On garde les données d'un prospect un certain temps."
                    ),
                ]
            )
        )
    )
    a = ask(question)
    assert a.summary == original.summary


def test_model_facts_fill_gaps_but_never_grant_consent(ask):
    # The patterns find the channel; the model adds the audience, and a "consent: yes" that the
    # question never states is not taken from it.
    llm.use_model(fake(json.dumps({"channel": "email", "audience": "b2c", "consent": "yes"}), "x"))
    a = ask("Je peux écrire par mail à Mme Durand ?")
    assert a.facts["audience"] == "b2c"
    assert "consent" not in a.facts
    assert a.verdict.value != "allowed"


def test_a_broken_model_does_not_break_the_answer(ask):
    class Broken(FakeListChatModel):
        def invoke(self, *args, **kwargs):
            raise RuntimeError("model server down")

    llm.use_model(Broken(responses=["unused"]))
    a = ask("Je peux envoyer un SMS à un particulier sans son accord ?")
    assert a.verdict.value == "forbidden"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Interdit. Sans consentement, pas de SMS (L.34-5).", True),
        ("Interdit. Sans consentement, pas de SMS.", False),  # the reference dropped
        ("Interdit. Sans consentement, pas de SMS (L.34-6).", False),  # another reference
        ("Interdit sauf R2 et R99.", False),  # a rule the rules did not give
        ("Ce n'est pas interdit (L.34-5).", False),
        ("Forbidden: no SMS to a consumer without consent (L.34-5).", True),
        ("", False),
    ],
)
def test_guard(text, kept):
    from bot.answer import Answer

    original = Answer(
        verdict="forbidden",
        summary="Interdit. Un SMS à un particulier exige son accord (L.34-5).",
        language="fr",
        date="2026-11-23",
        rule_ids=["R1"],
    )
    assert llm.rephrasing_keeps_meaning(original, text) is kept
