"""Which means the action uses and whom it is about.

- A channel replaced by the action's ("au lieu de lui écrire", "rather than texting") is the one
  not used: the action is the other, and a consent for the replaced means does not cover it.
- An appeal is no call: "appel aux dons", "envoyer notre appel de Noël" (a call is made, not sent).
- Several addresses in one question are one question about each: the least permissive kind
  rules, never the first address alone.
- People who downloaded our content left their details in its form (a consumer context).
- Details in our file since a year, with nothing from the person since: the last contact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Au lieu de lui envoyer un SMS, je peux téléphoner à ce particulier jeudi ?", "phone"),
        ("Plutôt que de les appeler, on peut leur écrire un courrier ?", "post"),
        ("Could we drop them a letter rather than calling them?", "post"),
        ("Is it OK to ring them instead of sending them a text?", "phone"),
    ],
)
def test_replaced_channel_is_not_the_action(text, channel):
    assert extract(text, ON).channel.value == channel


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente particulière a accepté nos offres par SMS seulement. Au lieu du SMS, je "
        "peux lui passer un coup de fil la semaine prochaine ?",
        "A private customer opted in to our offers by text only. Rather than texting her, may I "
        "phone her next week?",
    ],
)
def test_consent_for_the_replaced_channel_does_not_allow_a_call(ask, text):
    answer = ask(text)
    assert answer.facts.get("channel") == "phone"
    assert answer.verdict.value != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Notre fondation prépare son appel aux dons de printemps : on peut l'adresser par mail "
        "à nos anciens donateurs ?",
        "Pour l'association : je voudrais envoyer notre appel de Noël par courriel aux "
        "sympathisants, ça passe ?",
    ],
)
def test_an_appeal_is_no_phone_call(text):
    assert extract(text, ON).channel.value == "email"


def test_a_call_is_still_a_call():
    text = "Je peux passer un appel à ce particulier samedi matin ?"
    assert extract(text, ON).channel.value == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "Je peux écrire à ces adresses pour notre logiciel de paie : info@durand-bat.fr, "
        "lucie.petit@hotmail.fr ?",
        "ok to send our CRM demo to sales@bricoplus.fr and j.weber@yahoo.com?",
    ],
)
def test_several_addresses_take_the_least_permissive_kind(ask, text):
    answer = ask(text)
    assert answer.facts.get("address") == "personal"
    assert answer.facts.get("audience") != "b2b"
    assert answer.verdict.value != "allowed"


def test_one_generic_address_is_still_generic():
    facts = extract("On peut envoyer notre offre de logiciel à info@durand-bat.fr ?", ON)
    assert facts.address.value == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Ceux qui ont téléchargé notre guide gratuit de l'épargne ont laissé leur portable, ils "
        "n'ont jamais donné leur accord. On peut leur envoyer un SMS pour notre livret ?",
        "Visitors who downloaded our free recipe ebook gave their phone number, no opt-in box at "
        "all. Can we send them a text about our meal kits?",
    ],
)
def test_a_download_of_our_content_is_a_form_of_consumers(ask, text):
    answer = ask(text)
    assert answer.facts.get("source") == "form"
    assert answer.facts.get("audience") == "b2c"
    assert answer.verdict.value == "forbidden"


def test_a_file_we_downloaded_is_no_form():
    facts = extract("J'ai téléchargé un fichier PDF de contacts, je peux leur écrire ?", ON)
    assert facts.source is None or facts.source.value != "form"


@pytest.mark.parametrize(
    "text",
    [
        "Des DAF en prospection dans notre base depuis 2019, jamais signé, pas de réponse de leur "
        "part depuis : je les relance par mail ce mois-ci ?",
        "Finance directors in our database since 2021, never customers, nothing from them since. "
        "Can I email them our new offer?",
    ],
)
def test_filed_long_ago_with_nothing_since_is_past_retention(ask, text):
    answer = ask(text)
    assert answer.facts.get("last_contact") is not None
    assert answer.verdict.value == "forbidden"


def test_filed_with_no_word_on_what_followed_gives_no_last_contact():
    text = "Des DAF dans notre CRM depuis 2019, je peux leur écrire par mail ?"
    assert extract(text, ON).last_contact is None
