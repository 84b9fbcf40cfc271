"""A stated ignorance of the person's job ("je connais pas son poste", "I don't know her role")
leaves whether a B2B offer relates to it unknown (R3/R4: the rules ask), unless the offer is one
of private life, related to no job. Travel for work ("voyages d'affaires", "business trips") is no
leisure offer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "On veut proposer par mail notre offre de déplacements professionnels à un contact d'une "
        "société cliente, sur son mail pro. Je ne sais pas quel est son poste.",
        "Envoyer notre logiciel de paie par mail à une salariée d'un client, adresse pro. Je ne "
        "connais pas sa fonction.",
        "I'd like to email our business travel booking tool to a contact at a client company, on "
        "his work email. I don't know his job title though.",
        "Emailing our payroll software to an employee of a client firm at her work address; no "
        "idea what she does there.",
    ],
)
def test_job_unknown_leaves_relation_unknown(text):
    assert extract(text, ON).known().get("related_offer") is None


@pytest.mark.parametrize(
    "text",
    [
        "Envoyer une offre de croisière aux Caraïbes par mail à un salarié d'un client, sur son "
        "adresse pro. Je ne connais pas son poste.",
        "Emailing a spa weekend offer to an employee of a client company at his work address. I "
        "don't know his role.",
    ],
)
def test_private_life_offer_relates_to_no_job(text):
    assert extract(text, ON).known().get("related_offer") == "no"
