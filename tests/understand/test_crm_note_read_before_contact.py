"""A CRM note pasted or quoted before asking to contact the person is the case's context.

"Can I call this lead? … CRM note: 'interested, recontact'" asks about a call (prospecting), not
about writing a comment (R32); the note's words only supply facts. A rep who does not know
whether the person asked for the call-back the note plans leaves the call-back asked (R17c).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Can I call this lead? Met him at a trade fair last month, CRM note: 'interested, recontact'.",
        "The Hubspot note says 'keen, ring back after the holidays'. Could we phone him on Monday?",
        "Note dans le CRM : « intéressé, à recontacter ». Je peux l'appeler jeudi ?",
        "D'après le CRM il voulait une démo. Puis-je le rappeler demain ?",
    ],
)
def test_a_note_read_is_no_comment_written(question: str) -> None:
    facts = extract(question, ON)
    assert facts.action != "crm_comment"
    assert facts.channel == "phone"


@pytest.mark.parametrize(
    "question",
    [
        "CRM note on a consumer prospect says 'call back in December'. I'm not sure whether she "
        "asked for the call-back or the rep planned it. No consent on file. Can I call her this week?",
        "Salesforce note says 'ring back next month'. Private individual, no consent; no idea if he "
        "requested a callback. Could we phone him on Monday?",
        "Note dans le CRM : « rappeler en janvier ». Particulier, je ne sais pas si c'est lui qui a "
        "demandé le rappel, pas de consentement. Je peux l'appeler demain ?",
    ],
)
def test_a_callback_in_doubt_is_asked(question: str) -> None:
    facts = extract(question, ON)
    assert facts.action != "crm_comment"
    found = doubts(question, facts)
    assert "callback" in found
    assert decide(facts, ON, found).verdict.value == "needs_info"


def test_writing_in_the_crm_is_still_a_comment() -> None:
    question = "Je peux mettre dans la fiche CRM : « client pénible, à rappeler » ?"
    assert extract(question, ON).action == "crm_comment"


@pytest.mark.parametrize(
    "question",
    [
        "Lignes collées depuis notre CRM : 'Mme Petit, particulière, non cliente'. Je compte la "
        "rappeler vendredi à 10h, ça passe ?",
        "Fiche exportée de Salesforce : « M. Blanc, DAF, prospect ». On envisage de l'appeler "
        "lundi, c'est bon ?",
        "Record copied from HubSpot: 'Mr Ford, private individual, not a customer'. I'm planning to "
        "ring him on Friday at 10, is that fine?",
        "Notes pasted from our CRM: 'Ms Kay, consumer'. We want to call her next week, ok?",
    ],
)
def test_a_pasted_record_then_the_reps_plan_asks_about_the_contact(question: str) -> None:
    facts = extract(question, ON)
    assert facts.action != "crm_comment"
    assert facts.channel == "phone"


@pytest.mark.parametrize(
    "question",
    [
        "Je veux mettre dans la fiche CRM de ce client : « lourd, radin ». Ok ?",
        "I want to write in the CRM record of this customer: 'annoying and cheap'. OK?",
    ],
)
def test_a_comment_to_write_is_still_a_crm_comment(question: str) -> None:
    assert extract(question, ON).action == "crm_comment"
