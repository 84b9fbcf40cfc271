"""Our list exported and sent to another firm is sharing it (`share_list`); nobody asked about
partners is no partner consent; "not some random company" names no audience."""

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    "question",
    [
        "A partner gym wants our members' phone numbers. Can I export the contacts and hand them over?",
        "Un partenaire traiteur voudrait les emails de nos clients pour leur envoyer ses offres. On peut extraire le fichier et le lui transmettre ?",
        "Our partner winery asked for our subscribers' addresses. Can we export the database and send it to them?",
    ],
)
def test_export_then_send_to_a_partner_is_sharing(question: str) -> None:
    assert extract(question, ON).action.value == "share_list"


@pytest.mark.parametrize(
    "question",
    [
        "A partner bakery wants our customers' emails. Customers were never asked anything about partners. Can we send them the file?",
        "Un partenaire veut les emails de nos clients. On ne leur a jamais rien demandé concernant les partenaires. On peut lui transmettre le fichier ?",
    ],
)
def test_nobody_asked_about_partners_is_no_partner_consent(question: str) -> None:
    assert extract(question, ON).partner_consent.value == "no"


def test_a_random_company_named_in_passing_is_no_b2b_audience() -> None:
    q = "Our partner spa wants our guests' emails. It's a partner, not some random company. Can we export the list and send it over?"
    read = extract(q, ON)
    assert read.audience is None or read.audience.value != "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "Can we give our hotel guests' emails to a partner restaurant?",
        "Un partenaire veut les emails des vacanciers de notre camping. On peut lui transmettre le fichier ?",
    ],
)
def test_holiday_guests_are_consumers(question: str) -> None:
    assert extract(question, ON).audience.value == "b2c"
