"""A request for all the personal data held, or a person's right to see what we wrote, is the
access-request topic in both languages."""

from __future__ import annotations

import pytest

from bot.understand.topics import topic_of


@pytest.mark.parametrize(
    "question",
    [
        "A customer asked for all the personal data we hold on him: what is the deadline?",
        "He wants a copy of my personal data, he wrote. How long do we have?",
        "Une cliente exige toutes les donnees personnelles qu'on a sur elle, quel delai ?",
        "Un client peut-il exiger de consulter ce que les commerciaux ont note sur lui ?",
    ],
)
def test_access_request_topic(question: str) -> None:
    assert topic_of(question, general=True) == "access_request"
