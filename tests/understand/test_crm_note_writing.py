"""Writing about a person in the CRM (R32), read from the words of writing and the place written to.

* a record's notes named after a verb of writing ("put '…' in the notes of this prospect",
  "l'écrire dans sa fiche") is a CRM named by its part; a record read ("his record shows…",
  "j'ai noté dans sa fiche…, je peux l'appeler ?") writes nothing;
* a verb may introduce the words written with a colon ("je voulais mettre : « … »"), while a
  field's label in a pasted record ("Note : …") is no writing;
* French "comment" is "how" ("comment ça a été recueilli"): describing a CRM column is no comment;
* an animal's name or "time waster" said of a person is an insult, a person's benefits,
  unemployment or debts are sensitive like their health (CNIL, zones bloc-notes).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)


def _facts(question: str) -> dict:
    return extract(question, ON).known()


def _verdict(question: str) -> str:
    return decide(extract(question, ON), ON).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Can I put 'lazy old goat, never buys anything' in the notes of this customer?",
        "Is it ok to write 'useless time waster, rude on the phone' into her record?",
        "Je peux mettre « vieille peau, pénible, rappeler jamais » dans les notes de ce prospect ?",
        "On peut écrire dans sa fiche : « grosse vache radine » ? C'est juste pour l'équipe.",
    ],
)
def test_an_insult_written_in_the_notes_is_forbidden(question):
    facts = _facts(question)
    assert facts["action"] == "crm_comment" and facts["comment_kind"] == "insulting"
    assert _verdict(question) == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Dans la fiche de Mme Roy je voudrais mettre : « au chômage depuis mars, surendettée ».",
        "Je peux noter dans sa fiche : « touche le RSA, fait attention aux prix » ?",
        "Can I add to his record: 'on benefits, unemployed since the summer'?",
        "In the CRM I want to write: 'she's diabetic, on welfare' - ok?",
    ],
)
def test_a_persons_social_hardship_written_in_a_note_is_sensitive(question):
    facts = _facts(question)
    assert facts["action"] == "crm_comment" and facts["comment_kind"] == "sensitive"
    assert _verdict(question) == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Dans le CRM je voulais mettre : « préfère être rappelé le matin, devis en cours ».",
        "In the CRM I'd like to write: 'prefers morning calls, quote sent'.",
    ],
)
def test_a_verb_before_a_colon_introduces_what_is_written(question):
    facts = _facts(question)
    assert facts["action"] == "crm_comment" and facts["comment_kind"] == "factual"


@pytest.mark.parametrize(
    "question",
    [
        "Dans le CRM il y a un champ opt-in rempli par l'ancien commercial, on ne sait pas comment "
        "il a été saisi. Je peux leur envoyer un SMS promo ?",
        "His record shows he bought from us in 2023, can I email him our new range?",
        "J'ai noté dans sa fiche qu'il préfère le matin, je peux l'appeler mardi à 10h ?",
        "Le CRM montre comment le contact a été créé. Je peux l'appeler demain ?",
    ],
)
def test_a_record_described_or_read_is_no_comment(question):
    assert "action" not in _facts(question)


def test_a_label_with_a_colon_in_a_pasted_record_is_no_writing():
    facts = _facts(
        "Fiche CRM | Client : non | Note : a cliqué sur la promo | Je peux lui envoyer un mail ?"
    )
    assert "action" not in facts and facts["channel"] == "email"
