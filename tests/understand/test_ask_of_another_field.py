"""What is asked decides the kind, not the context around it:

- a question clause about tax, pricing or a discount is outside the field even when a channel or
  a campaign is named as its context ("our SMS agency…, do we owe VAT on its invoice?"); a
  contact asked for, or data and consent named, keeps it in the field;
- what a message must contain, asked with a long subject ("every promotional text we send"), is
  a general question on mandatory mentions;
- storing data in a CRM abroad asks where, not how long: the transfer rule answers;
- keeping one person in a mailing sequence is going on writing to them: a case, not retention;
- our retention practice, its clock restarted at each update of the record, put to judgement, is
  forbidden (R28) rather than explained.

The wordings stand for classes; they are not those of the blind batches."""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind
from bot.understand.topics import topic_of


def _topic(question: str) -> str | None:
    return topic_of(question, general=question_kind(question) == "general")


@pytest.mark.parametrize(
    "question",
    [
        "Notre prestataire de phoning est en Tunisie. Faut-il appliquer une retenue à la source "
        "sur ses factures ?",
        "The agency running our mailing campaigns is in Spain and charged us Spanish VAT. Do we "
        "have to reverse-charge it?",
        "Pour la campagne e-mail de printemps, quelle remise faut-il accorder, 10 % ou 25 % ?",
        "How much of a discount should we give in the spring e-mail blast without eating "
        "into our margins too much?",
        "Comment calculer le prix de revente d'un fromage qu'on paie 8 € au producteur ? Quel "
        "coefficient appliquer pour les épiceries fines ?",
        "How do we set the price of a case of cider we buy at 20 euros? What markup for shops?",
    ],
)
def test_asked_of_another_field_is_out_of_scope(question, ask):
    assert question_kind(question) == "off_field"
    assert ask(question).verdict.value == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        # a contact asked for in the question clause stays a case
        "On a un fichier de comptables. Je peux leur envoyer un mail sur notre logiciel de "
        "facturation ?",
        "Can I call the accountants on our list about our invoicing software?",
        # a discount traded for a sign-up is consent (R8)
        "What discount should we offer people who sign up to the newsletter?",
    ],
)
def test_contact_or_consent_asked_stays_in_the_field(question):
    assert question_kind(question) != "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "What must every promotional newsletter we send out contain?",
        "What should each marketing text our team sends include legally?",
    ],
)
def test_mandatory_mentions_with_a_long_subject(question, ask):
    answer = ask(question)
    assert answer.verdict.value == "info"
    assert _topic(question) == "message_content"


@pytest.mark.parametrize(
    "question",
    [
        "In principle, may we keep our customers' data in a cloud CRM based in the United States?",
        "Est-il permis de stocker les données de nos prospects sur un CRM hébergé aux États-Unis ?",
    ],
)
def test_storing_abroad_is_a_transfer_question(question, ask):
    assert _topic(question) == "transfer"
    answer = ask(question)
    assert answer.verdict.value == "info"
    assert "Data Privacy Framework" in answer.summary


def test_how_long_abroad_stays_retention():
    assert _topic("How long can we keep prospect data in our US-hosted CRM?").startswith(
        "retention"
    )


@pytest.mark.parametrize(
    "question",
    [
        "IT manager of a logistics firm, work email, our offer fits his job and he was informed "
        "at collection and could object. He last replied sometime in 2023. Can I leave him in our "
        "drip campaign?",
        "Responsable achats d'une PME, adresse pro, offre liée à son poste, informée à la collecte "
        "et libre de s'opposer. Sa dernière réponse date de 2023, on ne sait plus quand. On peut "
        "la garder dans notre séquence de relance ?",
    ],
)
def test_keeping_someone_in_a_sequence_is_a_case(question, ask):
    assert question_kind(question) == "case"
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert "3" in answer.summary  # the period the last active contact is weighed against


@pytest.mark.parametrize(
    "question",
    [
        "Our marketing team keeps B2B leads for 4 years and the countdown resets whenever the "
        "data provider refreshes the contact. Is that acceptable?",
        "Chez nous, les contacts pro restent 6 ans en base et le délai repart de zéro à chaque "
        "mise à jour par notre outil d'enrichissement. On peut garder ce fonctionnement ?",
    ],
)
def test_retention_restarted_at_each_update_is_forbidden(question, ask):
    answer = ask(question)
    assert answer.verdict.value == "forbidden"
    assert "3" in answer.summary


def test_a_restart_asked_about_stays_a_question_on_the_period():
    asked = "Does the 3-year retention clock restart each time our tool updates a record?"
    assert _topic(asked) != "retention_excessive"
