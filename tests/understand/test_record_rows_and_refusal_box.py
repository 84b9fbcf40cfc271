"""Rows pasted from a CRM, a PMS or a club's software: a "field : non" states a fact about the
person; a box to refuse left unticked is no objection; a paid stay or order makes a customer; a
service of the very establishment where they are customers is a related offer."""

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.kind import question_kind

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Ligne CRM : Durand Paul ; particulier ; consentement appel : non. Je peux l'appeler ?",
        "Row: Jane Roe | consumer | call consent: no | Can I call her tomorrow?",
        "Fiche : Mme Leroy | particulière | consentement téléphonique : non | je l'appelle ?",
    ],
)
def test_a_call_consent_field_set_to_no_is_read(question):
    facts = extract(question, ON)
    assert facts.channel == "phone"
    assert facts.consent == "no"


@pytest.mark.parametrize(
    "question",
    [
        "Row: 'Tom | plan ACTIVE | signup form told him we may text offers, with a box to tick to "
        "refuse — he did not tick it'. Can I text him?",
        "Client: Paul, informed at checkout that we'd email offers, 'I object' box NOT ticked. "
        "Can I email him?",
    ],
)
def test_a_refusal_box_left_unticked_is_no_objection(question):
    assert extract(question, ON).objected != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Guest row: Anna | stay 3–5 May 2026 | paid | can I email her our autumn offer?",
        "Client : séjour du 2 au 4 juin payé. Je lui envoie notre offre par mail ?",
        "Her order last month was paid in full. Can I email her?",
    ],
)
def test_a_paid_stay_or_order_makes_a_customer(question):
    assert extract(question, ON).customer == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Guest row: Anna | stay 3–5 May 2026 | unpaid | can I email her our autumn offer?",
        "Client : séjour du 2 au 4 juin non payé. Je lui envoie notre offre par mail ?",
    ],
)
def test_an_unpaid_stay_makes_no_customer(question):
    assert extract(question, ON).customer != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "He is a member. Can I text him about new yoga classes at the same club?",
        "Elle est cliente. Je peux lui envoyer par SMS une offre massage dans le même institut ?",
        "Client de l'hôtel : je lui envoie par mail un week-end spa dans le même hôtel ?",
    ],
)
def test_a_service_of_the_same_establishment_is_related(question):
    assert extract(question, ON).related_offer == "yes"


def test_a_contact_asked_without_a_channel_stays_a_case():
    assert question_kind("Client : séjour réservé. Je lui envoie une offre spa ?") == "case"
