"""A channel ruled out is not the action's channel: "pas de mail, pas de SMS", "ni mail ni
SMS", "no email or text", "not by phone", "sans appel" set those aside, and the channel named
beside them ("que du courrier", "only by post", "par La Poste") is the one asked about. A channel
only ever named under a denial stays what the message is about (nothing else to read). A phone
number right after "text" makes the verb an SMS. Wordings of our own, real rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "channel"),
    [
        # French: a list sharing one denial, a repeated denial, "ni … ni", "sans", "plutôt que"
        ("Ni mail ni SMS : on leur écrit par courrier. On peut ?", "post"),
        ("Pas de mail, pas de SMS, juste une lettre à nos clients. C'est bon ?", "post"),
        ("Pas d'appel ni de mail pour cette opération, uniquement par La Poste. Ok ?", "post"),
        ("Sans appel cette fois : un SMS à nos clients, ça passe ?", "sms"),
        ("Plutôt que par téléphone, je peux lui écrire un mail ?", "email"),
        ("Pas de téléphone, juste un mail à ce client, ok ?", "email"),
        # English: "no … or …", "not by", "rather than", "instead of"
        ("No email or SMS for this one, only by post. Fine to send our catalogue?", "post"),
        ("We will not call them; a letter by post to each household, fine?", "post"),
        ("Rather than calling, can we text our customers?", "sms"),
        ("Instead of an email, can I phone him tomorrow?", "phone"),
        ("No calls, no texts: we'd send a printed brochure to these people. Allowed?", "post"),
    ],
)
def test_the_channel_named_beside_the_denied_ones_is_the_action(question, channel):
    assert extract(question, ON).channel == channel


@pytest.mark.parametrize(
    ("question", "channel"),
    [
        # the only channel named: still what the message is about
        ("Pas de SMS le dimanche ?", "sms"),
        ("No email after 8pm?", "email"),
        # a denial that is not of the channel ("pas de souci", "pas de consentement") denies none
        ("Pas de souci pour envoyer un SMS à nos clients ?", "sms"),
        ("Pas de réponse par mail, je peux le relancer par mail ?", "email"),
    ],
)
def test_a_channel_denied_alone_or_not_denied_stays_read(question, channel):
    assert extract(question, ON).channel == channel


_DENIED = ("mail", "SMS", "appel", "e-mail", "texto")


@settings(max_examples=25, deadline=None)
@given(
    denied=st.lists(st.sampled_from(_DENIED), min_size=1, max_size=3, unique=True),
    joint=st.sampled_from([", pas de ", " ni de ", ", ni "]),
)
def test_any_french_denied_list_leaves_the_post(denied, joint):
    listed = "pas de " + joint.join(d.lower() for d in denied)
    question = f"On envoie une lettre à nos clients ({listed}). C'est bon ?"
    assert extract(question, ON).channel == "post", question


@pytest.mark.parametrize(
    "question",
    [
        "can i text +33 6 11 22 33 44 about our open day?",
        "Ok to text 06 11 22 33 44 tomorrow about the sale?",
    ],
)
def test_text_before_a_number_is_an_sms(question):
    facts = extract(question, ON)
    assert facts.channel == "sms"
    assert facts.contact


def test_a_number_to_text_is_no_off_topic_question(ask):
    answer = ask("can i text +33 6 11 22 33 44 about our cheese night? got it from the guestbook")
    assert answer.verdict.value in ("needs_info", "forbidden"), answer.summary
    assert answer.facts.get("channel") == "sms"
