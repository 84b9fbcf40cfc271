"""A check the rep says is still to make ("I need to check whether the box was pre-ticked", "je
dois vérifier si…", "(il suit encore le module, à vérifier)", ", TBC") is a stated doubt like
"je ne sais pas si": what it covers is asked, neither taken as said nor presumed away."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Contest entry form: we still have to verify if the newsletter box was pre-ticked. "
        "Can we email the entrants?",
        "I need to double-check whether the opt-in box was ticked by default. Can I email them?",
        "Formulaire du jeu : je dois vérifier si la case offres était pré-cochée. Je peux leur "
        "envoyer la promo ?",
        "Il faut encore voir si la case était cochée par défaut sur la page. On peut leur écrire ?",
    ],
)
def test_a_check_to_make_on_the_box_leaves_the_consent_asked(question):
    assert extract(question, ON).known().get("consent") is None


@pytest.mark.parametrize(
    "question",
    [
        "Sophie (elle suit encore notre formation Word, à vérifier) : je lui envoie par mail "
        "notre formation Word avancé éligible CPF ?",
        "Marc, stagiaire (il suit toujours notre module compta, à confirmer), SMS pour notre "
        "module compta 2 finançable CPF ?",
        "Tom (still taking our Python course, to be checked): can I text him our advanced "
        "Python course, CPF-funded?",
        "Lisa is still taking our French module, TBC. Can I email her our next module (CPF)?",
    ],
)
def test_a_running_course_flagged_to_check_is_asked(question):
    facts = extract(question, ON)
    assert facts.known().get("ongoing_contract") is None
    assert "ongoing_contract" in doubts(question, facts)


@pytest.mark.parametrize(
    "question",
    [
        "Kevin suit encore notre module Excel niveau 1 : SMS pour notre module niveau 2 ?",
        "She is still taking our Spanish A1 course; can I email her about the A2 course?",
    ],
)
def test_a_course_followed_now_is_a_running_contract(question):
    assert extract(question, ON).known().get("ongoing_contract") == "yes"
