"""Consent and partner consent, round 6 (blind batches 1, 7, 9, 10, 11):

* the person's act and the opt-in's own words read across the clause breaks of one sentence
  ("signed up on our website — checkbox unticked by default, wording 'I'd like to receive…'");
* a consent given by word of mouth is asked unless a recording or written confirmation is named,
  and the phone it was said over is no means consented to;
* a proof of consent asked for and withheld ("he said it's confidential") makes it not provable;
* a consent to partners' offers is no consent of ours, unless we are among the partners listed
  ("partenaires : Assur+, TelcoMax… On est TelcoMax"); listed without us, no partner consent;
* a consent made part of the terms leaves no way to refuse at collection (no soft opt-in);
* a social network's lead form is filled in by the person: no consent is presumed absent;
* objectors filtered out ("we filter out anyone who replied STOP") leave people who did not object;
* a capitalised word before a day or a month ("From Tuesday", "Calls Tue-Thu") names nobody;
* a broker of a trade ("home insurance broker") sells no list.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.persons import others_named
from rules import decide

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=30, deadline=None)


def facts(text: str, on: dt.date = ON) -> dict:
    return extract(text, on).known()


def verdict(text: str, on: dt.date = ON) -> str:
    return decide(extract(text, on), on).verdict.value


# --- the act and the box's words, one sentence ------------------------------------------------

ACROSS = [
    "we text people who signed up on our website — checkbox unticked by default, wording 'I'd "
    "like to receive FitOne offers by SMS', we log IP and date. can we text them?",
    "des clients inscrits sur notre site, case non cochée par défaut, libellé « j'accepte de "
    "recevoir les offres FitOne par SMS », on garde l'IP. on peut leur envoyer un SMS ?",
]


@pytest.mark.parametrize("text", ACROSS)
def test_act_and_box_words_across_clauses_are_consent(text: str) -> None:
    assert facts(text).get("consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # a negation between the act and the words: nothing read as consent
        "people who signed up on our website — there was no checkbox, wording 'I'd like to "
        "receive FitOne offers by SMS'. can we text them?",
        # the box's words name another means: no consent to this one
        "people who signed up on our website — checkbox unticked by default, wording 'I'd like "
        "to receive FitOne offers by email', we log IP. can we text them?",
        # how the form works, not what these people did
        "registered users see a checkbox, wording 'I agree to receive offers by SMS'. can we "
        "text them?",
        "when signing up, people see a box unticked, wording 'I agree to receive offers by SMS'. "
        "can we text them?",
        # someone else's act, the words of the box being only described
        "our website has a checkbox unticked by default, wording 'I'd like to receive FitOne "
        "offers by SMS'. can we text our contacts?",
    ],
)
def test_across_clauses_never_yes_when_denied_or_elsewhere(text: str) -> None:
    assert facts(text).get("consent") != "yes"


# --- spoken consent ---------------------------------------------------------------------------


def test_spoken_consent_is_asked_not_forbidden() -> None:
    text = (
        "si un prospect particulier nous donne son accord à l'oral au téléphone, on peut ensuite "
        "lui envoyer des SMS promo ?"
    )
    assert facts(text).get("consent") is None
    assert verdict(text) == "needs_info"


def test_spoken_consent_with_a_recording_is_consent_to_the_means_named() -> None:
    text = (
        "il m'a donné son accord au téléphone pour recevoir nos SMS, l'appel est enregistré. "
        "je lui envoie un SMS ?"
    )
    assert facts(text).get("consent") == "yes"


# --- a proof withheld -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we got 8k mobile numbers of private individuals from a lead broker. broker swears "
        "they're 'opt-in' but when I asked for the proof or the partner list shown at collection "
        "he said it's confidential. planning an SMS blast monday",
        "On a acheté 5000 numéros de particuliers, le vendeur dit qu'ils sont opt-in mais quand "
        "on a demandé les preuves il a refusé. On peut envoyer des SMS ?",
    ],
)
def test_proof_withheld_is_no_provable_consent(text: str) -> None:
    assert facts(text).get("consent") == "unknown"
    assert verdict(text) == "forbidden"


# --- partners ---------------------------------------------------------------------------------


def test_partners_consent_is_not_ours_nor_to_be_phoned() -> None:
    text = (
        "After the August reform: we bought a consumer list where everyone consented to 'receive "
        "partners' offers by email', partners named, proof ok. Since they consented to partners, "
        "can our call centre phone them?"
    )
    got = facts(text)
    assert got.get("partner_consent") == "yes"
    assert got.get("consent") != "yes"
    assert verdict(text) == "forbidden"


US_LISTED = (
    "Fichier clients B2C : ils ont coché \"j'accepte de recevoir les offres de nos partenaires : "
    'Assur+, VoyagesPlus, {us}" (case vide par défaut), preuves horodatées. On est TelcoMax, on a '
    "reçu le fichier. On leur envoie un mail ?"
)


def test_we_among_the_named_partners() -> None:
    text = US_LISTED.format(us="TelcoMax")
    assert facts(text).get("partner_consent") == "yes"
    assert verdict(text) == "allowed"


def test_we_not_among_the_named_partners() -> None:
    text = US_LISTED.format(us="MegaPhone")
    assert facts(text).get("partner_consent") == "no"
    assert verdict(text) != "allowed"


@FAST
@given(st.sampled_from(["BlueTel", "Optimo", "ZenAssur", "Kappa", "NetVox"]))
def test_property_only_a_listed_name_gives_our_consent(name: str) -> None:
    listed = US_LISTED.replace("On est TelcoMax", f"On est {name}").format(us=name)
    absent = US_LISTED.replace("On est TelcoMax", f"On est {name}").format(us="Autre")
    assert facts(listed).get("partner_consent") == "yes"
    assert facts(absent).get("partner_consent") != "yes"
    assert verdict(absent) != "allowed"


# --- terms, lead forms, objectors removed -------------------------------------------------------


def test_consent_in_the_terms_is_bundled_and_no_soft_opt_in() -> None:
    text = (
        "Dans nos CGU il y a une ligne « en acceptant les présentes conditions vous acceptez de "
        "recevoir nos offres par SMS ». Les clients qui ont validé les CGU, je peux leur envoyer "
        "nos promos SMS ?"
    )
    got = facts(text)
    assert got.get("consent") == "bundled"
    assert got.get("informed") == "no"
    assert verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Got ~800 leads from our Facebook lead ad campaign (consumers). Can we send them an SMS "
        "with this week's promo?",
        "On a 300 contacts de particuliers via un formulaire Facebook (lead ads). On peut leur "
        "envoyer un SMS promo ?",
    ],
)
def test_lead_form_is_asked_not_refused(text: str) -> None:
    assert facts(text).get("consent") is None
    assert verdict(text) == "needs_info"


def test_scraped_social_profiles_still_have_no_consent() -> None:
    text = "J'ai récupéré des numéros de particuliers sur leurs profils Facebook. Je leur envoie un SMS ?"
    assert facts(text).get("consent") == "no"


@pytest.mark.parametrize(
    "removal",
    [
        "we filter out anyone who replied STOP",
        "we exclude anyone who replied STOP",
        "we always remove everyone who replied STOP",
    ],
)
def test_objectors_filtered_out_did_not_object(removal: str) -> None:
    text = (
        "we're running an SMS campaign for our gym to people who signed up on our website — "
        "checkbox unticked by default, wording 'I'd like to receive FitOne offers by SMS', we log "
        f"IP, date and form version. every text has our name and STOP. {removal}. allowed?"
    )
    got = facts(text)
    assert got.get("objected") == "no"
    assert got.get("consent") == "yes"


def test_fr_objectors_removed_from_the_list() -> None:
    text = (
        "Inscrits à notre newsletter SMS via case non cochée. On retire de la liste tous ceux qui "
        "ont répondu STOP. On peut envoyer la promo ?"
    )
    assert facts(text).get("objected") == "no"


# --- persons and trades -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From Tuesday Dec 1st I'd like to call consumers. Calls Tue-Thu between 10:00 and 12:30.",
        "In September 2026 this guy ticked an empty box. Not called him yet. Planning to call.",
        "Dès Lundi on appelle. Appels Mar-Jeu entre 10h et 12h.",
    ],
)
def test_words_before_a_day_or_month_name_nobody(text: str) -> None:
    assert not others_named(text)


def test_two_people_still_named() -> None:
    assert others_named("Paul Martin ticked the box. Ines Durand unsubscribed. Can I email Paul?")


def test_a_trade_broker_is_no_list_seller() -> None:
    text = (
        "Home insurance broker. In September 2026 this guy ticked an empty box on our site saying "
        "'I agree to be called by AssurPlus about home insurance offers', we have the timestamp "
        "and the wording version. Planning to call Tuesday 1 Dec at 11am. OK?"
    )
    got = facts(text, dt.date(2026, 12, 1))
    assert got.get("source") != "purchased"
    assert got.get("consent") == "yes"
    assert (
        facts("We bought 5k consumer emails from a data broker. Can we email them?").get("source")
        == "purchased"
    )


def test_partners_box_by_email_is_no_consent_to_be_phoned() -> None:
    text = (
        "We rented a consumer file from LeadMax; every person ticked 'I agree to receive offers "
        "from LeadMax's partners by email', and we're named in the partner list. Can our call "
        "centre phone them in December instead?"
    )
    got = facts(text)
    assert got.get("partner_consent") == "yes"
    assert got.get("consent") != "yes"
    assert verdict(text) == "forbidden"
