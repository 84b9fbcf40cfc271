"""A consent nobody can trace is no plain statement (GDPR art. 7(1): the controller proves it).

"Opt-in SMS : oui… personne ne sait d'où ça vient", "nobody knows how it was collected",
"provenance inconnue": the consent, read from a field or a sentence, is left unknown and the rules
ask; it never leads to `allowed` (lexicon consent.yaml, origin_unknown).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=25, deadline=None)

BASES = [
    ("Particulier. Opt-in SMS : oui. {doubt} Je peux lui envoyer un SMS promo ?", "sms"),
    ("Consumer. Email consent: yes. {doubt} Can I email her our offer?", "email"),
    ("Elle a donné son accord pour recevoir nos mails. {doubt} Je peux lui écrire ?", "email"),
    ("She agreed to receive our marketing emails. {doubt} Can I email her?", "email"),
]
DOUBTS = [
    "Personne ne sait d'où ça vient.",
    "Mais on sait pas comment ça a été recueilli.",
    "Provenance inconnue.",
    "Nobody knows where it came from.",
    "But we don't know how it was collected.",
    "The source is unknown.",
]


@pytest.mark.parametrize(("base", "channel"), BASES)
def test_the_consent_stated_plainly_is_read(base, channel):
    facts = extract(base.format(doubt=""), ON).known()
    assert facts.get("consent") == "yes" and facts["channel"] == channel


@FAST
@given(st.sampled_from(BASES), st.sampled_from(DOUBTS))
def test_a_consent_of_unknown_origin_is_asked_never_allowed(base, doubt):
    question = base[0].format(doubt=doubt)
    facts = extract(question, ON)
    assert facts.known().get("consent") is None
    assert decide(facts, ON).verdict.value != "allowed"
