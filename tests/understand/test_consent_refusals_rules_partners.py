"""Consent read from how people speak of it (issue 11):

- a person said to have agreed to or asked for nothing — the spoken negation without its "ne"
  ("qui a rien accepté"), an elided pronoun ("il ne m'a rien demandé"), a quantified subject
  ("none of them asked for it", "aucun d'eux n'a accepté") — gave no consent;
- another company's customer file handed over (a competitor's, a former employer's), or a
  collection that never named us, holds no consent to us;
- the only box accepts the rules or terms, and the consent is written inside them: bundled;
- partners' offers agreed to with an aside in brackets between the consent and the partners is
  still a partner consent; "we weren't named anywhere" is none.

A restrictive value may rest on these words; a permissive one never rests on a negated, asked or
hedged text (the properties at the end).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "je peux envoyer un sms promo a un particulier qui est pas client et qui a rien accepté ?",
        "Je voudrais l'appeler pour lui proposer un placement. Il ne m'a rien demandé.",
        "elle ne nous l'a jamais demandé, je lui envoie un mail promo ?",
        "could we fax them our hearing-aid promo? none of them asked for it",
        "Nobody agreed to receive anything from us. Can we text these consumers?",
        "Aucun d'entre eux n'a accepté de recevoir nos offres. On leur envoie un SMS ?",
        "ils ont jamais consenti, on peut leur envoyer la newsletter ?",
    ],
)
def test_agreed_to_nothing_is_no_consent(text: str) -> None:
    assert facts(text).get("consent") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "none of them asked us to stop, can we email them?",
        "Got ~800 leads from our web form (consumers). Can we send them an SMS?",
    ],
)
def test_nothing_said_of_consent_is_not_no(text: str) -> None:
    # an objection not made, or nothing said at all, says nothing of a consent given
    assert facts(text).get("consent") is None


@pytest.mark.parametrize(
    "text",
    [
        "Un ex-salarié d'un concurrent nous a donné la base clients particuliers de son ancienne "
        "boîte, je veux leur envoyer des SMS promo. Ok ?",
        "A new hire brought his former employer's customer list, can we email those consumers?",
        "On a récupéré le fichier clients d'un concurrent, on peut les appeler ?",
    ],
)
def test_another_companys_customer_file_holds_no_consent_to_us(text: str) -> None:
    assert facts(text).get("consent") == "no"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the giveaway was co-run with BrandX; the entry form only mentioned BrandX, we weren't "
            "named anywhere. Can we mail the consumer emails?",
            {"partner_consent": "no", "consent": "no"},
        ),
        (
            "On a un fichier loué, notre société n'était citée nulle part au moment de la collecte. "
            "On peut leur envoyer un email ?",
            {"partner_consent": "no", "consent": "no"},
        ),
        (
            "We rented a list. Our brand was not mentioned on the collection form. Email them?",
            {"partner_consent": "no"},
        ),
    ],
)
def test_us_not_named_at_collection(text: str, expected: dict) -> None:
    read = facts(text)
    assert {k: read.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "the form only mentioned email offers from partners, and we are named in the partner list",
        "we were named in the partner list shown at collection",
    ],
)
def test_named_us_or_the_means_is_not_unnamed(text: str) -> None:
    assert facts(text).get("partner_consent") != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Pour participer à notre jeu concours, les gens cochent une seule case 'j'accepte le "
        "règlement', et le règlement dit qu'ils acceptent de recevoir nos offres par SMS. On peut "
        "leur envoyer nos promos par sms ?",
        "Our contest had one box: 'I accept the rules'. The rules say entrants agree to receive "
        "our offers by email. Can we email them?",
    ],
)
def test_consent_inside_the_rules_is_bundled(text: str) -> None:
    assert facts(text).get("consent") == "bundled"


@pytest.mark.parametrize(
    "text",
    [
        "On loue un fichier de 50k emails de particuliers chez un loueur. Pour chaque contact il "
        "fournit la preuve du consentement (date, formulaire, texte exact) à recevoir les offres "
        "des partenaires, et notre société est nommément citée dans la liste des partenaires "
        "affichée lors de la collecte. On a vérifié un échantillon. Campagne email OK ?",
    ],
)
def test_an_aside_in_brackets_breaks_no_partner_consent(text: str) -> None:
    assert facts(text).get("partner_consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "On loue un fichier. Ils n'ont pas consenti (ni par formulaire, ni autrement) à recevoir "
        "les offres des partenaires. Campagne email OK ?",
        "On loue un fichier. Le loueur dit qu'ils ont consenti (date, formulaire) à recevoir les "
        "offres des partenaires. Campagne email OK ?",
    ],
)
def test_an_aside_does_not_lift_a_negation_or_a_claim(text: str) -> None:
    assert facts(text).get("partner_consent") != "yes"


_ASIDES = st.sampled_from(
    ["(date, formulaire, texte exact)", "(horodatage, IP)", "(2025)", "(voir annexe)", ""]
)
_DENIALS = st.sampled_from(
    [
        "ils n'ont jamais consenti {a} à recevoir les offres des partenaires",
        "aucun n'a accepté {a} de recevoir les offres des partenaires",
        "none of them agreed {a} to receive offers from our partners",
        "they never consented {a} to receive partners' offers",
    ]
)


@settings(max_examples=25, deadline=None)
@given(_DENIALS, _ASIDES)
def test_property_a_denied_consent_with_an_aside_is_never_yes(sentence: str, aside: str) -> None:
    text = "On loue un fichier de particuliers. " + sentence.format(a=aside) + ". Emailing OK ?"
    read = facts(text)
    assert read.get("partner_consent") != "yes"
    assert read.get("consent") != "yes"


_NOBODY = st.sampled_from(
    [
        "qui a rien accepté",
        "qui n'a rien demandé",
        "none of them asked for it",
        "nobody agreed to it",
        "personne n'a accepté",
    ]
)
_CHANNEL = st.sampled_from(["un SMS", "un email", "a text", "an email"])


@settings(max_examples=25, deadline=None)
@given(_NOBODY, _CHANNEL)
def test_property_agreed_to_nothing_never_reads_yes(nobody: str, channel: str) -> None:
    read = facts(f"Particuliers pas clients, {nobody}. Je peux leur envoyer {channel} promo ?")
    assert read.get("consent") == "no"
