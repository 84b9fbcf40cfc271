"""Shapes of a general question and tasks outside the field.

- "what has to be in every SMS we send", "what hours are we allowed to call", "what actually
  changed": the words after what/which are what is asked, no permission for a contact; the answer
  is `info` with its figure.
- How long a proof of phone consent is kept is the phone consent rule (its 3 years); an erasure
  asked "by e-mail" is still an erasure request (its 1 month).
- A quoted text written "on the account" is a CRM comment.
- Laying out a fair stand, a spreadsheet formula, a phone plan for oneself are off the field, but
  a contact to make or a compliance word keeps the question in it.
Wordings of our own, fr and en. Real rules, one-passage retrieval stand-in."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.kind import question_kind

ON = dt.date(2026, 11, 30)


def _said(answer) -> str:
    return " ".join([answer.summary, *(str(o) for o in answer.obligations or [])])


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What needs to be in each marketing email we send to our subscribers?", "STOP"),
        ("What must go in the texts we send to customers for the sales?", "STOP"),
        ("Qu'est-ce qui doit être dans chaque SMS promo qu'on envoie à nos clients ?", "STOP"),
        ("Which hours are we allowed to phone consumers who said yes to calls?", "10:00"),
        (
            "Quels jours on peut appeler les particuliers qui ont accepté ? Le samedi ça passe ?",
            "10",
        ),
        ("What really changed in August 2026 for phoning consumers?", "consent"),
        (
            "Qu'est-ce qui a concrètement changé pour le démarchage téléphonique en août 2026 ?",
            "consent",
        ),
        (
            "How long do we have to keep the proof of a consumer's consent to sales calls?",
            "3 years",
        ),
        ("Combien de temps garder la preuve du consentement au démarchage téléphonique ?", "3 ans"),
        ("A customer asked by email to erase all his data. How long do we have?", "1 month"),
        ("Une cliente demande par courrier de supprimer ses données, on a quel délai ?", "1 mois"),
    ],
)
def test_a_rule_asked_in_these_shapes_is_info_with_its_figure(ask, question, figure):
    answer = ask(question)
    assert answer.verdict.value == "info", (answer.verdict, answer.summary)
    assert figure in _said(answer), answer.summary


@pytest.mark.parametrize(
    "question",
    [
        "Can I call this consumer on Saturday at 11am? She agreed to be called.",
        "Je peux appeler ce particulier samedi à 11h ? Il a donné son accord.",
        "We send the promo SMS to customers tomorrow, ok?",
    ],
)
def test_a_contact_asked_for_stays_a_case(ask, question):
    assert ask(question).verdict.value != "info"


@pytest.mark.parametrize(
    "question",
    [
        "Can I put this on her account: 'nasty and stupid, never call again'?",
        "Je peux mettre sur son compte client : « radin et désagréable » ?",
    ],
)
def test_a_quoted_remark_on_the_account_is_a_crm_comment(ask, question):
    facts = extract(question, ON)
    assert facts.action is not None and facts.action.value == "crm_comment"
    assert ask(question).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    ["Can I add a 20 euro credit to his account?", "Je peux mettre un avoir sur son compte ?"],
)
def test_an_account_without_a_quoted_text_is_no_comment(question):
    assert extract(question, ON).action is None


@pytest.mark.parametrize(
    "question",
    [
        "Could you help me design our 6m² stand for the Paris franchise show? We need a counter.",
        "Comment aménager notre stand de 12 m² pour le salon de l'habitat ?",
        "Google Sheets formula to count duplicate email addresses in column D?",
        "Quelle formule Excel pour supprimer les doublons de numéros de téléphone colonne A ?",
        "Which phone plan would you recommend for my personal phone? I need 50 GB",
        "Tu me conseilles quel smartphone pour moi ? budget 400 €",
    ],
)
def test_these_tasks_are_off_field(ask, question):
    assert question_kind(question) == "off_field"
    assert ask(question).verdict.value == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        "Can we call the visitors who left their number at our booth at the trade fair?",
        "Des visiteurs ont laissé leur numéro sur notre stand au salon, on peut les appeler ?",
        "Excel formula to flag the prospects who withdrew their consent?",
        "Quelle formule Excel pour repérer les numéros inscrits sur Bloctel ?",
        "Quel forfait mobile proposer à nos clients par SMS ?",
    ],
)
def test_a_contact_or_a_compliance_word_keeps_them_in_the_field(ask, question):
    assert question_kind(question) != "off_field"
    assert ask(question).verdict.value != "out_of_scope"
