"""Equipment, supplies or software for the business a person works in or runs (round 8).

The workplace named by its kind ("the receptionist of a vet clinic", "une exploitation
agricole", "an independent pharmacy") or the trade of the person (a farmer, a florist, a
pharmacist) runs on families of products.yaml: those relate to the job (R3). A head of a team
hires for it: recruitment relates to any head. A rental is a contract of the thing rented: a
bigger one is the same product (R2). Never for a private-life offer, never for the market an
offer is made for, never for our own shop.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Calling the receptionist of a vet clinic on the clinic's landline to present our online "
        "appointment scheduling software. Work line, B2B.",
        "J'appelle la secrétaire d'un cabinet dentaire sur la ligne du cabinet pour lui présenter "
        "notre logiciel de prise de rendez-vous.",
        "Je voudrais appeler un éleveur (GAEC, 120 vaches) sur son portable pro pour lui proposer "
        "notre salle de traite.",
        "Calling a dairy farmer on his farm's business line to pitch our milking robots.",
        "J'appelle le gérant d'une auto-école sur la ligne de l'école pour notre logiciel de "
        "réservation de leçons pour auto-écoles.",
        "We'd like to send pharmacists at their pharmacy's work email our new shop fittings range.",
        "On veut faxer aux pharmaciens, sur le fax pro de leur officine, nos présentoirs de comptoir.",
        "Our customer is a florist with a shop; can we email her work address our new floral "
        "wrapping range?",
        "Cliente fleuriste (adresse pro), je peux lui envoyer nos nouveaux rubans ?",
        "Calling the CFO of a retailer on his direct work line to offer our executive search "
        "services.",
        "J'appelle la directrice marketing d'une PME sur sa ligne pro pour lui proposer nos "
        "services de recrutement.",
    ],
)
def test_an_offer_for_their_workplace_is_related(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # a private-life offer to the same people
        "Calling a dairy farmer on his farm's business line to pitch a holiday cruise.",
        "J'appelle la secrétaire d'un cabinet dentaire pour lui proposer un voyage aux Caraïbes.",
        "Emailing pharmacists at their pharmacy address about our wine box for their home.",
        # the trade qualifies the offer: who the person is stays unknown
        "Can I call this prospect to sell our booking software for driving schools?",
        # our own shop is no workplace of theirs
        "Une cliente de notre magasin, je peux lui proposer nos présentoirs ?",
    ],
)
def test_no_workplace_tie_without_their_business(text):
    assert extract(text, ON).known().get("related_offer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Ancien client (location de garde-meuble, fini en mars), informé à la signature : je lui "
        "envoie par mail notre offre de garde-meuble climatisé ?",
        "Former customer (van rental ended in May), told at signing he could opt out. Can I email "
        "him our new van offers?",
    ],
)
def test_a_rental_then_the_same_thing_is_related(text):
    assert extract(text, ON).known().get("related_offer") == "yes"


def test_the_source_told_after_who_we_are_informs():
    text = (
        "Calling an electrician on his work line. I'll tell who I am, that it's a sales call, "
        "where I found his number, and that he can object."
    )
    assert extract(text, ON).known().get("informed") == "yes"
