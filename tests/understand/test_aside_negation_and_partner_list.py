"""A negation inside a closed aside in brackets ("un prospect (pas client) est inscrit sur
Bloctel") negates nothing after the bracket: the person stays registered (bloctel=yes) and the
call is forbidden. A partners' list said not shown anywhere ("la liste des partenaires n'était
affichée nulle part") is no partner consent, even after a claim that people accepted partners'
offers (R11)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 7, 16)


def _value(read) -> str | None:
    return None if read is None else read.value


LISTED_AFTER_ASIDE = [
    "Une cliente potentielle (pas encore cliente) est inscrite sur Bloctel. Je peux l'appeler demain à 11h pour nos fenêtres ?",
    "Ce particulier (jamais acheté chez nous) figure sur Bloctel, je peux l'appeler jeudi à 10h ?",
    "A consumer prospect (not a customer) is registered on Bloctel. Can I call him tomorrow at 11am about our windows?",
    "This private individual (never bought from us) is on the Bloctel list, can I phone her Thursday at 10am?",
]


@pytest.mark.parametrize("text", LISTED_AFTER_ASIDE)
def test_negation_in_aside_does_not_reach_bloctel(text: str) -> None:
    facts = extract(text, ON)
    assert _value(facts.bloctel) == "yes"
    assert decide(facts, ON).verdict != "allowed"


NOT_LISTED = [
    "Un prospect particulier n'est pas inscrit sur Bloctel, je peux l'appeler ?",
    "A consumer prospect (checked today) is not on Bloctel, can I call him?",
]


@pytest.mark.parametrize("text", NOT_LISTED)
def test_plain_negation_still_reads_not_listed(text: str) -> None:
    assert _value(extract(text, ON).bloctel) == "no"


PARTNER_LIST_NOT_SHOWN = [
    "Le loueur de fichiers dit que les contacts ont coché « offres des partenaires » mais les noms des partenaires ne figuraient nulle part. On peut leur envoyer un mail ? Ce sont des particuliers.",
    "Le fichier acheté : les gens ont accepté les offres partenaires, par contre la liste des partenaires n'était pas affichée. Email aux particuliers possible ?",
    "The list vendor says these consumers agreed to partner offers, but the partner list wasn't shown anywhere on the form. Can we email them our promos?",
    "Bought list: people opted in to 'offers from our partners', but the names of the partners were never displayed. Can we email these consumers?",
]


@pytest.mark.parametrize("text", PARTNER_LIST_NOT_SHOWN)
def test_partner_list_not_shown_is_no_partner_consent(text: str) -> None:
    facts = extract(text, ON)
    assert _value(facts.partner_consent) == "no"
    assert decide(facts, ON).verdict != "allowed"


def test_partner_list_shown_is_not_read_as_unnamed() -> None:
    text = "Bought list: consumers ticked 'offers from partners', the partner list was shown under the box with our name in it."
    assert _value(extract(text, ON).partner_consent) != "no"
