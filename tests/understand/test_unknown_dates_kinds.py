"""Round 2 classes: a fact asked about or not known is not stated; the action's day is the one asked
about, not a day of something done; a sensitive word used of a business is no sensitive note;
calling hours, a stolen device and logistics as kinds of question."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.kind import question_kind
from bot.understand.readers.comments import _comment_kind
from bot.understand.readers.dates import _date
from bot.understand.text import fold
from bot.understand.topics import topic_of

ON = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    "question",
    [
        "Ancien client, contrat résilié. Il était sur Bloctel ? aucune idée. Je l'appelle demain ?",
        "Ancien client. Bloctel : je sais pas. Je peux l'appeler demain ?",
        "Je sais pas s'il est sur Bloctel, je peux l'appeler pour lui proposer notre offre ?",
        "Was he on Bloctel? No idea. Former customer, can I call him tomorrow?",
        "Not sure whether she's registered on Bloctel; can I phone her tomorrow?",
        "Est-ce qu'il est inscrit sur Bloctel ? jsp. Je l'appelle demain ?",
    ],
)
def test_a_fact_asked_about_or_unknown_is_not_stated(question: str) -> None:
    facts = extract(question, ON)
    assert facts.bloctel is None
    assert facts.channel is not None and facts.channel.value == "phone"  # the action stays


@pytest.mark.parametrize(
    "question",
    [
        "Il est inscrit sur Bloctel. Je peux l'appeler demain ?",
        "He is on Bloctel, no idea why. Can I call him?",
        "Je sais pas si je peux l'appeler, il est sur Bloctel.",
    ],
)
def test_a_fact_stated_beside_an_unknown_stays(question: str) -> None:
    facts = extract(question, ON)
    assert facts.bloctel is not None and facts.bloctel.value == "yes"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (
            "Mr Faure gave us on 2 Oct a specific consent to be phoned. Can I try on Wed 2 Dec at 14:30?",
            dt.date(2026, 12, 2),
        ),
        (
            "Il a coché la case le 3 octobre. Je peux l'appeler le vendredi 4 décembre à 15h ?",
            dt.date(2026, 12, 4),
        ),
        (
            "Je peux l'appeler le vendredi 4 décembre ? il a coché la case le 3 octobre.",
            dt.date(2026, 12, 4),
        ),
        ("Consent given 2 Oct. Can we ring him on 8 Dec?", dt.date(2026, 12, 8)),
        ("consentement du 12 septembre, je l'appelle sam. 5 déc ?", dt.date(2026, 12, 5)),
        ("Client depuis le 2 mai, appel le 7 décembre ?", dt.date(2026, 12, 7)),
        (
            "Il a accepté d'être rappelé le 3 décembre, je le rappelle ce jour-là ?",
            dt.date(2026, 12, 3),
        ),
        ("She agreed to be called on 10 December at 11am. OK?", dt.date(2026, 12, 10)),
    ],
)
def test_the_action_day_is_the_one_asked_about(question: str, day: dt.date) -> None:
    assert _date(fold(question), ON) == day


@given(
    st.sampled_from(
        ["gave us consent on", "signed up on", "a coché la case le", "ticked the box on"]
    ),
    st.integers(1, 28),
    st.sampled_from(["Oct", "octobre", "September", "sept"]),
)
@settings(max_examples=40, deadline=None)
def test_a_day_of_something_done_is_never_the_action_day(cue: str, day: int, month: str) -> None:
    question = f"He {cue} {day} {month}. Can I call him on Thursday 10 December?"
    assert _date(fold(question), ON) == dt.date(2026, 12, 10)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Asked to be called back after their budget vote in January; decision maker is the CFO",
            "factual",
        ),
        ("Rappeler après le vote du budget en janvier, le DAF décide", "factual"),
        ("Il est parti chez un concurrent, rappeler son successeur", "factual"),
        ("politique tarifaire: veut 10% de remise", "factual"),
        ("He votes for the far right, avoid politics", "sensitive"),
        ("membre du parti socialiste", "sensitive"),
        ("sous traitement pour un cancer", "sensitive"),
        ("le CA vote le budget en janvier, il est malade en ce moment", "sensitive"),
    ],
)
def test_a_sensitive_word_of_a_business_is_no_sensitive_note(note: str, kind: str) -> None:
    assert _comment_kind(fold(note)) == kind


def test_a_note_sets_no_contact_facts() -> None:
    facts = extract(
        'can I add this note on a lead in Salesforce: "Asked to be called back after their budget '
        'vote in January"?',
        ON,
    )
    assert facts.callback is None and facts.consent is None and facts.channel is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What are the legal calling hours for consumers in France?", "call_hours"),
        (
            "Quelles sont les plages horaires de démarchage autorisées pour les particuliers ?",
            "call_hours",
        ),
        (
            "A laptop with our prospect database was stolen yesterday. What's the deadline to notify?",
            "breach",
        ),
        (
            "On s'est fait voler l'ordi du commercial avec le fichier clients, on doit prévenir qui ?",
            "breach",
        ),
    ],
)
def test_general_topics(question: str, topic: str) -> None:
    assert question_kind(question) == "general"
    assert topic_of(question, general=True) == topic


@pytest.mark.parametrize(
    "question",
    [
        "Combien de temps pr livrer un client en Belgique avec Chronopost ?",
        "What carrier ships fastest to Germany?",
        "Les frais de douane pour expédier en Suisse ?",
    ],
)
def test_logistics_is_off_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "On livre un client demain, je peux lui envoyer notre catalogue par mail ?",
        "Can I use the delivery addresses of our customers to send them a leaflet?",
        "Données collectées pour la livraison : on peut leur envoyer la newsletter ?",
    ],
)
def test_a_contact_beside_a_delivery_stays_in_the_field(question: str) -> None:
    assert question_kind(question) != "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Was he on Bloctel? yes. Former customer, can I call him tomorrow?",
        "Est-il inscrit sur Bloctel ? Oui. Je l'appelle demain ?",
    ],
)
def test_a_question_answered_yes_is_a_statement(question: str) -> None:
    facts = extract(question, ON)
    assert facts.bloctel is not None and facts.bloctel.value == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Did she unsubscribe? Yes, last week. She had ticked the opt-in box. Can I email her our offer?",
        "He unsubscribed? not sure. He had ticked the box to get our offers by email. Can I email him?",
    ],
)
def test_a_doubt_on_an_objection_never_reads_as_none(question: str) -> None:
    # the rules read an unknown objection as none made: a doubt keeps the restrictive reading
    facts = extract(question, ON)
    assert facts.objected is not None and facts.objected.value == "yes"
