"""A record pasted from a CRM or a spreadsheet: "Label: value" fields separated by "|" or new
lines state facts about the person as plainly as sentences — a bare yes/no only, never a value
in doubt, and a consent field for another means is no consent for this one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.readers.records import record_facts
from bot.understand.text import fold

ON = dt.date(2026, 11, 30)

LEAD = (
    "Lead from the CRM:\nName: Sophie Marchal | Phone: +33 6 22 81 47 90 | Source: home & garden "
    "show 2026 | Bloctel: NO (checked today) | Customer: no | Phone consent: no\nPlan: cold call "
    "her Tuesday afternoon to pitch our wine club subscription. Fine?"
)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def test_a_pasted_lead_gives_its_fields():
    got = facts(LEAD)
    assert got["customer"] == "no"
    assert got["consent"] == "no"
    assert got["source"] == "event"
    assert got["bloctel"] == "no"
    assert got["channel"] == "phone"


def test_fields_one_a_line_in_french():
    text = (
        "Fiche prospect :\nNom : Karim B.\nClient : non\nBloctel : inscrit\nConsentement tél : non\n"
        "-> je peux l'appeler jeudi ?"
    )
    got = facts(text)
    assert got["customer"] == "no"
    assert got["bloctel"] == "yes"
    assert got["consent"] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Customer: yes? | Bloctel: unknown | Phone consent: yes (to check)\nCan I call him?",
        "Client : à vérifier | Bloctel : pas sûr | Consentement tel : oui (je crois)\nJe l'appelle ?",
        "potential customer: yes | phone consent: maybe\nCan I call her?",
    ],
)
def test_a_field_in_doubt_gives_no_permissive_value(text):
    got = facts(text)
    assert got.get("customer") != "yes"
    assert got.get("consent") != "yes"
    assert got.get("bloctel") != "no"


def test_a_consent_field_for_another_means_is_none_for_this_one():
    assert record_facts(fold("Email consent: yes | Customer: no"), "phone")["consent"] == "no"
    assert "consent" not in record_facts(fold("SMS consent: no"), "email")
    assert record_facts(fold("Consentement SMS : oui"), "sms")["consent"] == "yes"


def test_a_consent_naming_no_means_is_never_one_to_be_phoned():
    assert "consent" not in record_facts(fold("Opt-in: yes | Client: non"), "phone")


def test_a_restrictive_field_beats_the_sentences():
    text = "Customer: no\nShe's one of our customers I think. Can I email her our promo?"
    assert facts(text).get("customer") != "yes"


def test_free_text_after_a_label_is_no_field():
    assert record_facts(fold("Is she a customer: no idea. Bloctel: no clue"), "phone") == {}


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["Customer", "Client", "Phone consent", "Consentement tel", "Bloctel"]),
    value=st.sampled_from(["yes", "oui", "no", "non", "NO", "Oui"]),
    doubt=st.sampled_from(["?", " (to check)", " (à vérifier)", " (not sure)", " (je crois)"]),
    sep=st.sampled_from([" | ", "\n", " ; "]),
)
def test_a_doubted_field_never_reads(label, value, doubt, sep):
    text = f"Nom : X{sep}{label}: {value}{doubt}{sep}Tel : 06 12 34 56 78"
    assert record_facts(fold(text), "phone") == {}


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["Customer", "Client", "Phone consent", "Consentement tél"]),
    yes=st.sampled_from(["yes", "oui", "Yes", "OUI", "x"]),
    sep=st.sampled_from([" | ", "\n", " ; "]),
)
def test_a_plain_yes_field_reads_yes_for_a_call(label, yes, sep):
    text = f"Nom : X{sep}{label}: {yes}{sep}Tel : 06 12 34 56 78"
    got = record_facts(fold(text), "phone")
    key = "customer" if label in ("Customer", "Client") else "consent"
    assert got == {key: "yes"}
