"""Who is who when the rep works for someone else (batch 25):

* a freelance or an agency prospecting "for a client" / "pour le compte d'un client": that client
  is the rep's, not the person contacted, who is no customer of ours;
* a sole-trader word denied ("des SAS, pas des indépendants", "not sole traders") or said by the
  rep of themselves ("je suis freelance") makes no business of one of the person contacted: a
  company's contact@ mailbox stays generic.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


FOR_A_CLIENT = [
    "Je suis freelance et je démarche pour le compte d'un client pisciniste : je voudrais envoyer "
    "un mail aux adresses perso de particuliers trouvées dans l'annuaire, ils n'ont rien accepté.",
    "I'm a contractor prospecting for a client, a window maker. Can I email private individuals "
    "whose personal addresses I took from a directory? They never agreed to anything.",
    "Agence ici : on veut envoyer par mail les offres de notre client à des particuliers d'un "
    "annuaire, sans leur accord.",
]


@pytest.mark.parametrize("question", FOR_A_CLIENT)
def test_the_reps_client_is_not_the_person_contacted(question: str) -> None:
    assert facts(question).get("customer") != "yes"
    assert verdict(question) == "forbidden"


GENERIC_COMPANY_BOXES = [
    "Je suis freelance, je prospecte pour un éditeur. Je veux écrire aux adresses génériques "
    "(contact@, info@) de chaînes d'hôtels : ce sont des sociétés, pas des indépendants, et "
    "aucune adresse ne désigne une personne. C'est bon ?",
    "I'm a freelancer prospecting for a software client. Can I email the generic mailboxes "
    "(contact@, hello@) of restaurant groups? They are companies, not sole traders, and no "
    "address names a person.",
]


@pytest.mark.parametrize("question", GENERIC_COMPANY_BOXES)
def test_denied_or_own_sole_trader_words_leave_a_generic_box(question: str) -> None:
    got = facts(question)
    assert got.get("address") == "generic"
    assert got.get("audience") == "b2b"
    assert got.get("customer") != "yes"


def test_a_sole_traders_contact_box_stays_hers() -> None:
    got = facts(
        "Potière, auto-entrepreneuse, contact@poterie-lucie.fr : je peux lui envoyer nos "
        "offres de voyages ?"
    )
    assert got.get("address") == "professional"
