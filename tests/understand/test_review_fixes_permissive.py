"""Two readings from the review of the round's diff. An offer "for" a word repeated in the
question ties to the person's trade only when the word can name a trade: a pronoun or a
determiner ("nouveau pour nous", "for their team") names none (related.py). A doubt that names a
channel drops a consent only when it is about what the consent or its box covered, or puts two
channels as alternatives; a doubt about a message received this month leaves it (doubted.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle la DRH de Transports Martin sur sa ligne pro pour lui présenter notre logiciel "
        "de gestion de flotte ; c'est nouveau pour nous, une première pour nous.",
        "Calling the HR director of Martin Logistics on her work line about our fleet tracking "
        "software; it's new for us and a first for us, for their team too, for their team.",
    ],
)
def test_a_pronoun_after_for_is_no_trade(text):
    assert extract(text, ON).related_offer != "yes"


def test_the_trade_named_twice_still_ties_the_offer():
    text = (
        "J'appelle la directrice de l'hôtel du Port sur sa ligne pro pour notre moteur de "
        "réservation pour hôtels."
    )
    assert extract(text, ON).related_offer == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Une particulière a coché la case pour recevoir nos offres par SMS (preuve conservée). "
        "Je ne sais pas si elle a déjà reçu un SMS ce mois-ci.",
        "A consumer ticked the box to receive our offers by SMS (we keep the proof). Not sure "
        "if she already got a text from us this month.",
    ],
)
def test_a_doubt_about_a_message_received_keeps_the_consent(text):
    assert extract(text, ON).consent == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Elle a coché une case de consentement, je ne sais plus si la case parlait des appels "
        "ou seulement des mails.",
        "She gave her consent on our form but I'm not sure whether it covered calls or only email.",
        "Elle a donné son accord, je ne sais plus si c'était pour les SMS ou pour les appels.",
    ],
)
def test_a_doubt_about_the_channel_consented_to_drops_it(text):
    assert extract(text, ON).consent != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Jean Martin (fitted kitchen, 2024): can I call him on his mobile about a new oven?",
        "Jean Martin (cuisine équipée, 2024) : je peux l'appeler sur son portable pour lui "
        "proposer un nouveau four ?",
    ],
)
def test_a_record_line_in_brackets_is_no_business_of_ours(text):
    assert extract(text, ON).related_offer != "yes"


def test_a_business_with_its_trade_in_brackets_is_still_ours():
    text = (
        "Auto-Ecole du Parc (driving school): can I email our pupils' parents about our new "
        "driving lessons package?"
    )
    assert extract(text, ON).related_offer == "yes"
