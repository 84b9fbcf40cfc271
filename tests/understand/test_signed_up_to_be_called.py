"""Signing up, oneself, to be called is a request for calls, a consent to them (R16): "signed up
(unticked box) on 3 May to be called by us", "s'est inscrite, case décochée, pour être rappelée".
Not when the calls are to come from partners, nor when the sign-up was to avoid calls, nor when
we signed the person up ourselves.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "She registered on our site to be called back about our solar panels. Can I call her "
        "Tuesday at 10am?",
        "A prospect signed up (box unticked by default, logged) on 2 November to be contacted by "
        "phone about our heat pumps. Can we call him?",
        "Il s'est inscrit sur notre site pour être rappelé au sujet de nos fenêtres. Je l'appelle "
        "jeudi ?",
        "Elle s'est inscrite sur notre page, case non cochée par défaut, pour être rappelée par un "
        "conseiller. On peut l'appeler ?",
    ],
)
def test_signed_up_to_be_called_is_consent(text):
    assert extract(text, ON).known().get("consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She signed up, via a comparison site, to be contacted by partners. Can we call her?",
        "Il s'est inscrit sur un comparateur pour être rappelé par des partenaires. On l'appelle ?",
        "He registered on Bloctel so as not to be called. Can I call him?",
        "We signed him up to be called about our offers. Can I call him?",
    ],
)
def test_no_own_request_to_be_called(text):
    assert extract(text, ON).known().get("consent") != "yes"
