"""A private-life offer sent to people reached at their work address (round 7).

People told at work, at their professional address, that we would follow up were asked no
consent; offered something for their home or family (an offer whose own target is consumers),
they are consumers without consent: forbidden. Whether the reader first took them for b2b or for
the consumers the offer names, the work address is what says they were reached at work.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Notre cave lance un coffret de vins pour particuliers. J'ai les adresses pro nominatives "
        "de responsables achats croisés sur un salon (informés qu'on les recontacterait). Je "
        "peux leur envoyer un mail pour le coffret, pour chez eux ?",
        "We sell a family streaming plan for consumers. I have the named work emails of IT "
        "managers met at a trade fair, who were told we'd get back to them. Can I email them the "
        "plan for their home?",
        "Offre grand public de box internet : je peux l'envoyer sur les mails pro nominatifs de "
        "comptables rencontrés au salon (informés qu'on les recontacterait), pour leur usage "
        "perso ?",
        "Our spa weekends are for private customers. Named work addresses of CFOs from a "
        "conference, informed we would follow up. Can we email them the spa weekend for personal "
        "use?",
    ],
)
def test_private_offer_at_a_work_address_is_no_consent(text):
    found = extract(text, ON).known()
    # b2c (a consumer offered something of private life) or b2b with an offer unrelated to the
    # job (R4: "the wine club for individuals" names the offer's market): forbidden either way
    assert found.get("audience") == "b2c" or found.get("related_offer") == "no"
    assert found.get("consent") == "no"
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"


def test_a_consent_stated_is_kept():
    text = (
        "Named work emails of IT managers met at a trade fair; they ticked 'I agree to receive "
        "your consumer offers by email'. Can I email them our family streaming plan for home?"
    )
    assert extract(text, ON).known().get("consent") == "yes"
