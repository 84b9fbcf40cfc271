"""The people who used a means to object ("une case pour s'opposer", "a box to refuse") taken out
of the list ("on a retiré tous ceux qui l'ont cochée", "we'd exclude everyone who ticked it"):
those contacted are the rest, who did not object."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)

REMOVED = [
    "Courrier papier : on veut envoyer le catalogue par la poste à nos prospects particuliers. "
    "Sur le formulaire il y avait une case pour s'opposer aux envois commerciaux ; on a retiré "
    "tous ceux qui l'ont cochée. Ok pour le routage ?",
    "On envoie un catalogue papier à nos clients particuliers. A la commande, une case "
    "permettait de refuser la prospection ; nous avons enlevé ceux qui l'avaient cochée. C'est bon ?",
    "Catalogue par courrier à nos prospects particuliers du jeu concours : le bulletin avait une "
    "case à cocher si on ne voulait pas recevoir nos offres, on a exclu tous ceux qui l'ont "
    "cochée. On peut ?",
    "We want to post our catalogue to consumer prospects from our summer contest. The entry form "
    "had a box to object to marketing mail; we removed everyone who ticked it. OK to send?",
    "Paper catalogue to our consumer customers. The checkout form had an opt-out box for postal "
    "offers; we excluded all those who checked it. Fine?",
    "A partner catalogue company wants to send paper catalogues to our customers. Our privacy "
    "notice had a box to refuse. We'd exclude everyone who ticked it and everyone on our "
    "do-not-contact list. Can we hand over the postal file?",
]


@pytest.mark.parametrize("question", REMOVED)
def test_the_ones_who_ticked_the_objection_box_taken_out_leave_no_objection(question):
    assert extract(question, ON).known().get("objected") == "no"


@pytest.mark.parametrize(
    "question",
    [
        # not taken out: they did object
        "Catalogue papier à nos prospects particuliers. Le formulaire avait une case pour "
        "s'opposer aux envois ; on n'a pas retiré ceux qui l'ont cochée. On peut envoyer ?",
        # this person ticked it
        "Paper catalogue to a consumer prospect. The form had a box to object to marketing mail "
        "and she ticked it. Can we send?",
    ],
)
def test_an_objection_box_ticked_and_kept_is_an_objection(question):
    assert extract(question, ON).known().get("objected") == "yes"


def test_the_ones_who_ticked_a_box_to_agree_taken_out_say_nothing_of_objection():
    known = extract(
        "Catalogue papier à nos prospects particuliers. Le formulaire avait une case à cocher "
        "pour recevoir nos offres ; on a retiré ceux qui l'ont cochée. On peut envoyer ?",
        ON,
    ).known()
    assert known.get("objected") is None
