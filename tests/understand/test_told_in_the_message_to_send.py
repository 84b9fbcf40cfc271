"""Information promised in the message we are about to send is information at first contact
(GDPR 14, B2B prospecting): "I'll tell him where I got his number and that he can refuse",
"je lui dirai d'où vient son numéro et s'il refuse on arrête". The rep's own future telling is
no hearsay. A telling put off to a later, unnamed time ("plus tard", "one day") is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Je veux appeler le gérant d'une PME sur sa ligne pro. Je lui dirai où j'ai trouvé son "
        "numéro et qu'il peut refuser d'être rappelé.",
        "J'appelle la standardiste d'un cabinet : on lui dira d'où vient le numéro et si elle "
        "refuse, on arrête.",
        "Cold email to a plant manager: we'll tell him where we found his work address and that he "
        "can opt out.",
        "On the call I will say who I am, where I got her number, and that she can refuse further "
        "calls.",
    ],
)
def test_told_in_the_contact_being_made(text):
    assert extract(text, ON).known().get("informed") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Je lui dirai plus tard où j'ai trouvé son numéro et qu'il peut refuser.",
        "On l'informera un jour de la provenance de son adresse et qu'il peut s'opposer.",
        "We'll tell her later where we found her email and that she can unsubscribe.",
        "At some point we will say where we got his number and that he can object.",
        "The broker will say where they got her number and that she can refuse.",
    ],
)
def test_told_later_or_by_others_is_not_informed(text):
    assert extract(text, ON).known().get("informed") != "yes"
