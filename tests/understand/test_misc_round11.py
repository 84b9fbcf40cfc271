"""Sales tactics and tool how-tos are out of the field; more time to answer a request is the
deadline (1 month + 2); a CPF training that is over leaves no ongoing action (R23).
Wordings of our own."""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Quelle remise je propose pour signer le contrat avant la fin du mois ?",
        "How big a discount can I give to land this deal by Friday?",
        "Comment connecter notre formulaire Typeform à un canal Slack avec Zapier ?",
        "How can we set up a webhook that pushes new Typeform answers to a Slack channel?",
    ],
)
def test_sales_tactics_and_tooling_are_out_of_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Can I offer a 10% discount to prospects who sign up to our newsletter?",
        "Je peux proposer une remise de 10% par mail à des particuliers qui n'ont pas consenti ?",
        "How do I set up a Zap that emails every new lead from our purchased list?",
    ],
)
def test_a_contact_or_consent_keeps_them_in_field(question: str) -> None:
    assert question_kind(question) != "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Un client nous a envoyé une demande d'effacement, c'est compliqué à traiter. "
        "Peut-on dépasser le délai d'un mois pour répondre ?",
        "A consumer sent us an access request; it's complex. Can we take more time "
        "than one month to answer?",
    ],
)
def test_more_time_to_answer_a_request_gives_the_deadline(ask, question: str) -> None:
    answer = ask(question)
    assert answer.verdict.value == "info", (answer.verdict, answer.summary)
    assert "2" in answer.summary and ("mois" in answer.summary or "month" in answer.summary)


@pytest.mark.parametrize(
    "question",
    [
        "Organisme de formation : des stagiaires ont suivi une formation CPF en bureautique, "
        "la formation s'est terminée en mars. Ils sont inscrits à notre newsletter. Je peux leur "
        "envoyer un mail pour notre nouvelle formation éligible CPF ?",
        "Our trainees took a CPF-funded accounting course with us; the training ended in May. "
        "They opted in to our newsletter. Can we email them about our new CPF-eligible course?",
    ],
)
def test_cpf_training_over_is_forbidden_even_with_consent(ask, question: str) -> None:
    answer = ask(question)
    assert answer.verdict.value == "forbidden", (answer.verdict, answer.summary)
    assert answer.facts.get("ongoing_contract") == "no", answer.facts
