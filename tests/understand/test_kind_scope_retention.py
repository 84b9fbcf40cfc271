"""What kind of question it is, and retention (issue 11, class 5), beyond the earlier wordings:

- an e-mail or web address in a question ends no sentence and its words (the recipient's trade:
  "logistique", "compta") are no subject of the question;
- messaging someone ("message her on LinkedIn", "DM this founder") is a contact asked for;
- Bloctel as the subject (what it is, whether it still serves) and the fines asked as "what are
  the fines if…" are general questions;
- marketing tactics (the best time to post), IT how-tos (a mail signature in Outlook), pricing,
  expenses and commissions are outside the field — never the calling hours, the content of a
  message nor a contact to make;
- a growth hack or a phone number left is no data breach;
- keeping someone's data asked as "on a le droit de l'y garder" is a retention question;
- a person whose last active contact is older than the retention period is not saved by a
  generic address nobody mentioned (rules: presumption on ``address``).

The wordings stand for classes; they are not those of the blind batches."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.kind import question_kind
from bot.understand.topics import topic_of

ON = dt.date(2026, 11, 30)


def _topic(question: str) -> str | None:
    return topic_of(question, general=question_kind(question) == "general")


# Addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can we send our payroll software demo to contact@cabinet-comptable-roux.fr? it's their generic mailbox",
        "Je peux envoyer notre catalogue à info@transports-logistique-dumas.com ? c'est l'adresse générale",
        "ok to email hello@fiscalite-conseil.fr about our new training offer?",
        "Can I write to www.entrepots-martin.fr's contact form about our forklifts?",
    ],
)
def test_an_address_does_not_cut_the_question_nor_name_its_subject(question):
    assert question_kind(question) == "case"


@settings(max_examples=60, deadline=None)
@given(
    local=st.sampled_from(["info", "contact", "sales", "hello", "accueil"]),
    trade=st.sampled_from(
        ["logistique", "compta", "comptabilite", "transport", "fiscal", "paie", "meteo", "colis"]
    ),
    name=st.sampled_from(["berard", "roux", "martin-fils", "dupont"]),
    tld=st.sampled_from(["fr", "com", "eu"]),
    verb=st.sampled_from(["can I send our brochure to", "je peux envoyer notre offre à"]),
)
def test_property_a_recipients_trade_in_an_address_never_makes_it_off_field(
    local, trade, name, tld, verb
):
    question = f"{verb} {local}@{trade}-{name}.{tld} ? generic inbox"
    assert question_kind(question) == "case"


# Messaging ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Can I message her on LinkedIn about our payroll tool?",
        "Is it ok to DM this founder about our invoicing app?",
        "could we message these people on Instagram about our accounting course? instagram.com/someone",
    ],
)
def test_messaging_someone_is_a_case(question):
    assert question_kind(question) == "case"
    assert extract(question, ON).channel is not None or "instagram" in question.lower()


# Bloctel and fines as the subject -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "C'est quoi Bloctel ?",
        "cest koi bloctel au juste",
        "Bloctel ça existe encore depuis la réforme ?",
        "Is Bloctel still useful now?",
        "What exactly is Bloctel and does it apply after August 2026?",
    ],
)
def test_bloctel_as_the_subject_is_the_phone_regime(question):
    assert question_kind(question) == "general"
    assert _topic(question) == "phone_reform"


@pytest.mark.parametrize(
    "question",
    [
        "Son numéro est sur Bloctel, je peux l'appeler demain à 11h ?",
        "he's on Bloctel but a customer with an ongoing contract, can I call him about an upgrade?",
    ],
)
def test_a_call_to_someone_on_bloctel_stays_a_case(question):
    assert question_kind(question) == "case"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("c quoi les sanctions si on appelle des particuliers le dimanche ?", "call_fines"),
        ("What are the fines if we text consumers without consent?", "sanctions"),
        (
            "quelles sont les amendes quand on démarche par téléphone sans consentement ?",
            "call_fines",
        ),
    ],
)
def test_fines_asked_of_a_hypothetical_contact_are_general(question, topic):
    assert question_kind(question) == "general"
    assert _topic(question) == topic


def test_fines_asked_are_answered_info(ask):
    assert ask("c koi les sanctions si on appelle des gens après 20h ?").verdict.value == "info"


# Outside the field, and what stays in it ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the best day to publish on Instagram for reach?",
        "meilleur moment pour publier un post LinkedIn ?",
        "comment augmenter notre taux d'engagement sur LinkedIn ?",
        "how do I add a signature in Gmail?",
        "comment on réinitialise son mot de passe outlook ?",
        "comment configurer le VPN sur mon ordi stp ?",
        "Quel prix afficher pour battre la concurrence sur nos pompes à chaleur ?",
        "les notes de frais des commerciaux c'est remboursé sous combien de temps ?",
        "comment calculer les commissions des vendeurs sur un abonnement annuel ?",
    ],
)
def test_tactics_it_pricing_and_pay_are_off_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "quelle est la meilleure heure pour appeler un particulier ?",
        "best time to call consumers?",
        "Can I post a photo of a customer on LinkedIn without asking?",
        "comment ajouter un lien de désinscription dans ma signature outlook ?",
        "Can I put our promo in my email signature when I write to prospects?",
        "what discount should we put in the SMS to customers who opted in?",
        "je peux envoyer un SMS à mes clients avec un code promo pour battre la concurrence ?",
    ],
)
def test_calling_hours_message_content_and_contacts_stay_in_the_field(question):
    assert question_kind(question) != "off_field"


def test_an_it_how_to_is_out_of_scope_without_questions(ask):
    answer = ask("how do I change my email signature in Outlook?")
    assert answer.verdict.value == "out_of_scope"
    assert not answer.missing_facts


# No breach -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Growth hack: we pull emails from LinkedIn profiles with an extension, then cold email them. OK?",
        "A visitor left a phone number on our site asking about our boilers. Can I call him?",
        "she left her phone number at the booth, can we text her our offer?",
    ],
)
def test_a_growth_hack_or_a_number_left_is_no_breach(question):
    assert _topic(question) != "breach"


@pytest.mark.parametrize(
    "question",
    [
        "Someone hacked our CRM last night, what do we do?",
        "The sales rep left his phone on the train with the prospect file on it, what now?",
    ],
)
def test_a_real_breach_still_is(question):
    assert _topic(question) == "breach"


def test_scraping_with_an_extension_is_decided(ask):
    answer = ask(
        "Our head of sales wants to use a browser extension that grabs emails from LinkedIn "
        "profiles of HR managers, then cold email them. He says it's public so fine. Right?"
    )
    assert answer.verdict.value == "forbidden"
    assert answer.facts.get("source") == "scraped"


# Retention -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Une cliente n'a rien acheté depuis 2023, on a le droit de la garder dans le fichier ?",
        "Un prospect ne répond plus depuis 2024. On a le droit de l'y garder, dans la base ?",
        "Are we still allowed to keep him in our prospect database?",
        "est-ce qu'on peut les conserver dans le CRM ces prospects ?",
    ],
)
def test_keeping_asked_as_a_right_is_a_retention_question(question):
    assert question_kind(question) == "general"
    assert (_topic(question) or "").startswith("retention")


def test_a_person_silent_for_more_than_three_years_is_not_saved_by_an_unsaid_generic_address(ask):
    answer = ask(
        "B2B lead, never a customer. Her last reply to us was on 3 February 2023; since then we "
        "mail her every month and she sometimes opens. Can I email her our new offer?"
    )
    assert answer.verdict.value == "forbidden"
    assert "R25" in answer.rule_ids
