"""The audience from a job title or a group of people (R1, R3, R11): a C-level title ("the CIO
of a bank", "la RSSI", "chief data officer") names a professional; people grouped by a pastime or
a taste ("music fans", "amateurs de vin", "festivaliers") are private persons. A group named by
its trade ("retail professionals", "professionnels de l'hôtellerie") relates to an offer named
by the same trade ("our retail events", "le salon de l'hôtellerie").
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Met the CIO of a regional insurer at a trade fair. Can I send her an InMail?",
        "I'd like to email the chief data officer of a retail chain about our data platform.",
        "J'ai croisé le RSSI d'une mutuelle sur un salon, je peux lui écrire sur LinkedIn ?",
    ],
)
def test_c_level_title_is_b2b(text):
    assert extract(text, ON).known().get("audience") == "b2b"


@pytest.mark.parametrize(
    "text",
    [
        "We bought a list of 5,000 mobile numbers of jazz fans. Can we text them?",
        "On a acheté un fichier d'amateurs de vin, on peut leur envoyer un SMS ?",
        "Une liste de passionnés de jardinage louée à un courtier : on peut leur écrire ?",
        "Can we email last year's festival-goers about this summer's line-up?",
    ],
)
def test_group_by_pastime_is_b2c(text):
    assert extract(text, ON).known().get("audience") == "b2c"


@pytest.mark.parametrize(
    "text",
    [
        "They're all retail professionals who signed up at our stand; can I email them the "
        "programme of our retail conferences?",
        "Ce sont des professionnels de l'hôtellerie : on veut leur envoyer par mail les "
        "invitations au salon de l'hôtellerie.",
    ],
)
def test_offer_named_by_their_trade_relates(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "They're all retail professionals; can I email them our holiday offers?",
        "Ce sont des professionnels de l'hôtellerie : on veut leur proposer un crédit conso.",
    ],
)
def test_private_offer_to_a_trade_group_is_unrelated(text):
    assert extract(text, ON).known().get("related_offer") != "yes"
