"""Our first message itself tells where we got the details and offers a refusal that ends the
contact ("if she replies 'no thanks' she won't hear from us again", "s'il répond non, on ne le
recontactera plus"): the person is informed (GDPR 14, indirectly collected B2B data). The
condition and the negation are what is told, not a doubt of the rep's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)

TOLD = [
    "I found the CTO of a startup in the Kompass directory. I'll email her work address about our "
    "cloud-security audit. The email tells her where we got her address and that if she's not "
    "interested we will never contact her again. Fine?",
    "J'ai trouvé le DAF d'une PME sur LinkedIn, à la main. Je veux lui envoyer un message LinkedIn "
    "pour notre logiciel de comptabilité. Dans le message je dis qui je suis, où j'ai trouvé son "
    "profil, et que s'il répond non merci on ne le recontactera plus. OK ?",
    "Found the plant manager of a factory on LinkedIn myself. One message about our maintenance "
    "software, and my message says how I found his profile, and that if he answers 'not interested' he won't "
    "hear from me again. OK?",
]


@pytest.mark.parametrize("question", TOLD)
def test_a_refusal_told_in_the_first_message_informs(question):
    assert extract(question, ON).known().get("informed") == "yes"


NOT_TOLD = [
    # the telling itself in doubt
    "I found the CTO of a startup in Kompass. Not sure the email will say where we got her "
    "address and that if she's not interested we will never contact her again. Fine?",
    # a refusal promised, the source never told
    "I want to email consumers from a list. If they reply no, we won't contact them again. OK?",
    "Je veux écrire à des prospects achetés. S'ils répondent non, on ne les recontactera plus. OK ?",
]


@pytest.mark.parametrize("question", NOT_TOLD)
def test_no_information_without_a_plain_telling(question):
    assert extract(question, ON).known().get("informed") != "yes"
