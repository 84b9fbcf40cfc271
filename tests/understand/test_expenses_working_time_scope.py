"""The rep's own expenses and working time are employment matters, outside the field, even when a
prospect is named as the guest of the lunch; a channel, personal data or a prospecting action named
keeps the question in the field."""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Le dej d'affaires avec un client mardi, je peux le passer en note de frais sans la facture ?",
        "Mon diner avec deux prospects, il est rembourse si j'ai perdu le justificatif ?",
        "Can I expense a business dinner with a prospect if I only kept the card slip?",
        "Is the taxi to a client meeting reimbursed on the expense report?",
        "Combien de jours de RTT pour un commercial cadre au forfait jours ?",
        "Les conges payes d'un commercial itinerant se calculent comment ?",
        "How many PTO days do account executives get per year?",
        "Is overtime paid for sales reps who work late at trade fairs?",
    ],
)
def test_expenses_and_working_time_are_off_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Peut-on appeler des prospects pendant un jour de RTT du commercial ?",
        "Can I email prospects from my phone while on paid leave?",
        "On peut mettre les depenses de la campagne SMS aux prospects en note de frais ?",
    ],
)
def test_a_channel_named_keeps_it_in_the_field(question: str) -> None:
    assert question_kind(question) != "off_field"
