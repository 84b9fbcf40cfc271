"""An offer said to be for the business the person runs, or for what they manage (round 7).

"notre standard pro pour son entreprise" to a sole trader, "for her shop" to a shop owner, "for
the buildings they manage" to property managers: a plain statement that the offer serves their
trade (related_offer=yes, b2b). Said of an employee's company, it says nothing of their own job;
said of something for their home, it stays a private-life offer. A meeting ("rencontré au salon")
is no dating offer.
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
        "Electricienne auto-entrepreneuse, adresse pro contact@elec-durand.fr, rencontrée au salon, "
        "informée qu'on la recontacterait et qu'elle peut refuser. Je lui envoie par mail notre "
        "logiciel de devis pour son entreprise ?",
        "A sole trader baker, work address, met at a trade fair and told we'd follow up and could "
        "opt out. Can I email him our card-payment terminal for his shop?",
        "Gestionnaires de copropriété en cabinet (mails pro nominatifs), informés au salon qu'on les "
        "recontacterait. On peut leur écrire par mail pour l'entretien des ascenseurs des immeubles "
        "qu'ils gèrent ?",
        "Site managers at logistics firms, named work emails, told at the event we'd follow up. "
        "Can we email them a cleaning contract for the warehouses they run?",
    ],
)
def test_an_offer_for_their_business_is_related(text):
    found = extract(text, ON).known()
    assert found.get("related_offer") == "yes"
    assert found.get("audience") == "b2b"
    assert decide(extract(text, ON), ON).verdict.value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # an employee: the company is their employer's, not their trade
        "Mail pro nominatif d'une responsable qualité dans une banque, informée au salon. Je lui "
        "envoie notre logiciel de paie pour son entreprise ?",
        # for their home, not their business
        "Plombier auto-entrepreneur, mail pro, informé au salon. Je peux lui envoyer notre offre de "
        "voyage pour ses vacances en famille ?",
    ],
)
def test_no_business_tie_is_read_otherwise(text):
    assert extract(text, ON).known().get("related_offer") != "yes"


@pytest.mark.parametrize(
    "text",
    ["Rencontré au salon des artisans.", "We met her at a trade show (rencontre client)."],
)
def test_a_meeting_is_no_dating_offer(text):
    assert extract(text, ON).known().get("related_offer") != "no"
