"""An objection forwarded by our support ("demande qu'on ne le contacte plus", "asks that we no
longer contact her") forbids every channel, post included; loading people into the CRM is a
collection, not a comment; "opt-in vs opt-out" and "Bloctel, c'est le RGPD ?" are general."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.topics import topic_of

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Le support nous transmet : Mme Roy demande qu'on ne la sollicite plus. On lui envoie "
        "quand même notre catalogue papier ?",
        "Support says Mr Hale asks that we no longer contact him. Can I still post him a brochure?",
        "Une cliente a demandé qu'on efface ses coordonnées, je peux lui écrire par courrier ?",
        "He wants his data deleted, can we send one last letter?",
    ],
)
def test_a_request_to_stop_or_to_erase_is_an_objection(question):
    assert extract(question, ON).objected == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Comment supprimer ses données si un prospect le demande ?",
        "How do we delete his data if he asks?",
    ],
)
def test_how_to_erase_is_no_objection_made(question):
    assert extract(question, ON).objected != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Un outil a récupéré des emails sur des sites d'entreprises, je peux les importer dans le "
        "CRM et les relancer ?",
        "Can I load these 300 leads into Salesforce and start emailing them?",
    ],
)
def test_loading_people_into_the_crm_is_no_comment(question):
    assert extract(question, ON).action != "crm_comment"


@pytest.mark.parametrize(
    "question",
    [
        "Je veux mettre dans sa fiche CRM : « radin et pénible ». Ok ?",
        "je peux mettre ces infos dans le CRM : il est malade ?",
    ],
)
def test_words_about_someone_in_the_crm_stay_a_comment(question):
    assert extract(question, ON).action == "crm_comment"


@pytest.mark.parametrize(
    "question",
    [
        "c quoi la diff entre opt in et opt out ?",
        "What's the difference between opt-out and opt-in, really?",
        "Bloctel ça dépend du RGPD ?",
    ],
)
def test_the_two_regimes_compared_are_a_general_topic(question):
    assert topic_of(question, general=True) == "opt_in_or_opt_out"


@pytest.mark.parametrize(
    "question",
    [
        "People who entered our summer giveaway ticked 'send me your offers by email'. Email them?",
        "Les participants à notre tirage au sort ont coché « je veux vos offres par SMS ». On "
        "peut leur envoyer un SMS ?",
    ],
)
def test_a_consent_ticked_when_entering_a_game_is_tied_to_it(question):
    # whether one could play without ticking is asked (R8), never presumed
    facts = extract(question, ON)
    assert facts.consent_for_advantage == "yes"
    assert facts.advantage_without_consent is None


def test_a_game_taken_back_by_a_correction_ties_nothing():
    question = (
        "Emails to people from our contest... wait no, not the contest, it was the newsletter "
        "form: unticked box, they ticked it themselves, proof kept. OK?"
    )
    assert extract(question, ON).consent_for_advantage is None
