"""Edge wordings found in a last probe: English "to mail" a paper item, erasure requests."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import _channel, extract
from bot.understand.text import fold
from bot.understand.topics import topic_of
from rules.facts import YesNo


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Can I mail a paper catalogue to consumers who bought from a partner?", "post"),
        ("We mail printed brochures to households, ok?", "post"),
        ("Can I mail consumers about our catalogue?", "email"),
        ("Je peux envoyer un mail avec notre catalogue papier ?", "email"),
        ("Can I send our newsletter by mail?", "email"),
    ],
)
def test_to_mail_something_on_paper_is_post_and_un_mail_is_email(text: str, channel: str) -> None:
    assert _channel(fold(text)) == channel


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Un prospect me demande de supprimer ses données, j'ai combien de temps ?",
            "access_request",
        ),
        ("A customer asked us to delete his data, how long do we have?", "access_request"),
        ("Combien de temps peut-on garder les données d'un prospect ?", "retention_prospect"),
    ],
)
def test_an_erasure_request_is_about_the_one_month_deadline_not_retention(
    text: str, topic: str
) -> None:
    assert topic_of(text) == topic


def test_can_we_still_keep_is_a_retention_question() -> None:
    text = "A prospect clicked a link in our email 2 years ago, can we still keep his data?"
    assert topic_of(text) == "retention_prospect"


@pytest.mark.parametrize(
    "text",
    [
        "Can I WhatsApp our customers about a new model of the sofa they bought? They were told "
        "at purchase and can opt out.",
        "Je veux envoyer à nos clients la nouvelle version du logiciel qu'ils ont acheté.",
    ],
)
def test_a_newer_model_of_what_they_bought_is_a_related_offer(text: str) -> None:
    assert extract(text, dt.date(2026, 11, 23), None).related_offer == YesNo.yes


@pytest.mark.parametrize(
    "text",
    [
        "Mon manager veut qu'on appelle des particuliers à partir d'une liste Bloctel nettoyée, "
        "c'est bon ?",
        "My boss wants us to call consumers from a cleaned list",
    ],
)
def test_our_manager_wanting_calls_is_not_a_call_back_request(text: str) -> None:
    assert extract(text, dt.date(2026, 11, 23), None).callback is None


def test_the_consumer_asking_to_be_called_back_is_a_call_back() -> None:
    text = "Le client particulier veut qu'on le rappelle demain pour son devis"
    assert extract(text, dt.date(2026, 11, 23), None).callback == YesNo.yes


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Is it OK to call a consumer on Christmas day if she said yes to calls?", "2026-12-25"),
        ("Je peux appeler un particulier un jour férié ?", "2026-12-25"),
        ("Appeler un client le lundi de Pâques à 11h ?", "2027-03-29"),
        ("Can I call on Christmas Eve?", None),
    ],
)
def test_a_named_public_holiday_is_the_next_such_day(text: str, day: str | None) -> None:
    got = extract(text, dt.date(2026, 11, 23), None).date
    assert (got.isoformat() if got else None) == day


def test_a_consented_call_on_christmas_day_is_forbidden(pipeline) -> None:
    answer = pipeline.ask(
        "Is it OK to call a consumer on Christmas day if she said yes to calls?",
        dt.date(2026, 11, 23),
        record=False,
    )
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Je peux appeler un particulier qui a accepté d'être appelé par notre partenaire ?",
        "Can I call a consumer who agreed to be called by our partner company?",
    ],
)
def test_consent_given_to_a_partner_is_not_consent_to_us(text: str) -> None:
    assert extract(text, dt.date(2026, 11, 23), None).consent is None
