"""/rgpd repeats the rep's question above the answer: in a shared channel, with the personal data
masked by the journal's masker (names, addresses, IBANs, numbers, foreign phones), not only
e-mails; in a DM the rep sees it as typed. Through the wire: the fake Web API records the post."""

from __future__ import annotations

import json

import pytest

QUESTION = (
    "Puis-je relancer Gaspard Ravenel au 8 r. des Lilas, 69003 Lyon, IBAN FR76 3000 6000 0112 "
    "3456 7890 189, NIR 1 85 05 78 006 084 36, tél. (212) 555-0187 ou lucie.aubrac[at]acme.fr ?"
)
SECRETS = [
    "Gaspard",
    "Ravenel",
    "Lilas",
    "69003",
    "3000 6000",
    "006 084",
    "555-0187",
    "lucie.aubrac",
]


def _posted_text(post: dict) -> str:
    return json.dumps(post.get("blocks"), ensure_ascii=False) + (post.get("text") or "")


@pytest.mark.parametrize("command", ["/rgpd"])
def test_the_question_shown_in_a_channel_is_masked(slack, fake_slack, command):
    assert slack.command(command, QUESTION, channel="C1").status_code == 200
    post = fake_slack.wait_for("chat.postMessage", lambda p: p.get("channel") == "C1")
    shown = _posted_text(post)
    assert "Puis-je relancer" in shown  # the question is still there, readable
    leaked = [s for s in SECRETS if s in shown]
    assert leaked == [], shown
    assert "NAME" in shown and "ADDRESS" in shown


def test_the_question_shown_in_a_dm_is_the_reps_own(slack, fake_slack):
    slack.command("/rgpd", QUESTION, channel="D1")
    post = fake_slack.wait_for("chat.postMessage", lambda p: p.get("channel") == "D1")
    assert "Ravenel" in _posted_text(post)
