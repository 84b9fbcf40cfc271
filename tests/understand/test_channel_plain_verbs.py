"""Plain English verbs name the channel: "can I text this prospect", "ring these shoppers",
"post them our catalogue" — not the noun "the text of the box" nor a post on a network."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "channel"),
    [
        ("Can I text this prospect about our offer?", "sms"),
        ("We could text my contacts from the fair, right?", "sms"),
        ("Can we ring these shoppers about the new range?", "phone"),
        ("Is it fine to ring our former customers next week?", "phone"),
        ("Can we post them our winter catalogue?", "post"),
        ("I'd like to post him a brochure, ok?", "post"),
    ],
)
def test_a_plain_verb_names_the_channel(question, channel):
    assert extract(question, ON).channel == channel


@pytest.mark.parametrize(
    "question",
    [
        "What should the text of our consent box say?",
        "Can I post it on LinkedIn for our followers?",
    ],
)
def test_the_noun_text_and_a_network_post_are_no_sms_or_letter(question):
    assert extract(question, ON).channel not in ("sms", "post")


@pytest.mark.parametrize(
    "question",
    [
        "Can I text this guy? Met him at the Cheese Fair, he's a cheese shop owner.",
        "Je peux texter ce caviste rencontré au Salon des Vins ? il tient une boutique.",
    ],
)
def test_the_event_where_we_met_and_the_persons_shop_are_no_offer(question):
    # no offer is named: whether it relates to the job is asked, never read as "no"
    assert extract(question, ON).related_offer is None
