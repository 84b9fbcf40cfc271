"""The kind of a question read from general constructions, not from a trade's vocabulary: a hotel or
a restaurant may be the rep's own trade, people may be asked to *receive* our message, a tool's
how-to stays a how-to, and a figure asked (a date, a number of calls, a deadline) is general."""

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.kind import question_kind
from bot.understand.topics import topic_of

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Je veux appeler le directeur de l'hôtel Bellevue pour lui présenter notre logiciel.",
        "On voudrait envoyer par SMS notre offre brunch aux clients du restaurant, ok ?",
        "I'd like to email a former hotel guest our autumn spa package. Fine?",
        "Can I call the hotel's general manager to pitch our booking engine?",
    ],
)
def test_a_trade_word_does_not_put_a_contact_out_of_the_field(question):
    assert question_kind(question) != "off_field"


@pytest.mark.parametrize(
    "question",
    ["Quel hôtel réserver pour le séminaire de l'équipe ?", "Any good restaurant for lunch?"],
)
def test_everyday_questions_stay_out_of_the_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Nos abonnés inscrits via le formulaire peuvent recevoir notre promo par mail ?",
        "Ces clientes pourraient-elles être contactées par SMS pour les soldes ?",
        "Can these members receive our new offer by text?",
        "Could our trial users be emailed about the premium plan?",
    ],
)
def test_people_receiving_our_message_is_a_case(question):
    assert question_kind(question) == "case"


@pytest.mark.parametrize(
    "question",
    [
        "comment je programme un rappel dans Slack pour relancer mes devis ?",
        "How do I schedule a reminder in Teams to follow up my quotes on Friday?",
    ],
)
def test_a_tool_how_to_stays_out_of_the_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "À partir de quelle date faut-il le consentement pour appeler des particuliers ?",
            "phone_reform",
        ),
        ("Since what date do we need consent to phone consumers?", "phone_reform"),
        ("How long do we have to answer an erasure request from a customer?", "access_request"),
        ("Combien de temps pour répondre à une demande d'effacement ?", "access_request"),
        ("nombre maximum d'appels à un même particulier par mois ?", "call_hours"),
        ("What's the maximum number of calls to one consumer in a month?", "call_hours"),
    ],
)
def test_a_figure_asked_is_a_general_question(question, topic):
    assert question_kind(question) == "general"
    assert topic_of(question, general=True) == topic


@pytest.mark.parametrize(
    ("question", "channel"),
    [
        (
            "Est-il licite d'envoyer des SMS promotionnels à des particuliers sans consentement ?",
            "sms",
        ),
        ("Est-il conforme d'appeler des particuliers qui n'ont rien accepté ?", "phone"),
    ],
)
def test_est_il_licite_asks_the_law_not_a_fact(question, channel):
    facts = extract(question, ON)
    assert facts.channel == channel
    assert facts.audience == "b2c"
