"""A doubt carried on to a further fact, and a mailbox whose kind is in doubt.

- "je sais pas si c'est son adresse perso ou pro, ni s'il a été informé", "not sure whether…, nor
  whether she was told": the doubt goes on to the second fact (context.py ``_ALTERNATIVE``).
- "sa boîte perso ou celle de son activité": a mailbox whose kind is in doubt (readers/doubted.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Consultant indépendant, j'ai son mail. Je sais pas si c'est son adresse perso ou pro, "
        "ni s'il a été informé de la prospection. Je peux lui écrire pour notre CRM ?",
        "Freelance designer, I have her email. Not sure whether it's her personal or work "
        "address, nor whether she was told about our offers. Can I email her about our design tool?",
        "Plombier à son compte, une adresse en @orange.fr : je sais pas si c'est sa boîte perso "
        "ou celle de son entreprise, ni s'il a été prévenu. Je lui envoie notre logiciel ?",
    ],
)
def test_a_doubt_goes_on_to_the_next_fact(text: str) -> None:
    facts = extract(text, ON)
    assert facts.informed is None
    assert facts.address is None
    assert decide(facts, ON, doubts(text, facts)).verdict.value == "needs_info"
