"""A channel named as a point of comparison in the question ("c'est interdit comme le démarchage
tel ?", "is it banned like cold calling?", "same as for e-mails?") is not the action's channel:
the channel the action names is read."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Nous posons des pompes à chaleur. On veut envoyer une lettre papier aux proprios du "
            "quartier. C'est interdit comme le démarchage tel ?",
            "post",
        ),
        (
            "We install heat pumps and plan a paper letter to homeowners in town. Is that banned "
            "like cold calling?",
            "post",
        ),
        ("Je veux envoyer un SMS à un client, c'est pareil que pour les mails ?", "sms"),
        ("We want to email our customers a promo: same as with phone calls?", "email"),
    ],
)
def test_compared_channel_is_not_the_action(text, channel):
    assert extract(text, ON).channel.value == channel


def test_homeowners_by_post_informed_is_allowed(ask):
    answer = ask(
        "On fait des panneaux solaires. On veut envoyer un courrier papier aux proprios de maisons "
        "du coin, fichier acheté, les gens ont été informés à la collecte et pouvaient s'opposer. "
        "C'est interdit comme le démarchage téléphonique ?"
    )
    assert answer.verdict.value == "allowed"
