"""A customer of another company of the group, and the soft opt-in named (issue 14).

- "a customer of Leasetop, our sister company", "client de Créditop (notre filiale)": the company
  named, then said to be a sister or partner: its customer, not ours; "a group customer", "client
  du groupe" likewise once another company of the group is named.
- "under the soft opt-in", "au titre du soft opt-in", "opt-in passif": the rep names a legal
  ground, the customer exception, which is precisely no consent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "She rents a van from Locapro, our partner company. We're the insurance arm. Can we email "
        "her our van cover under the soft opt-in, as she's a group client?",
        "Ce monsieur est client de Financo (notre filiale de crédit). Nous sommes la branche assurance. "
        "Peut-on lui envoyer notre offre par mail au titre du soft opt-in ? Il est client du groupe.",
        "He is a customer of Medix - our sister company. Can I email him our dental plan? He's a "
        "group customer after all.",
    ],
)
def test_another_group_companys_customer_is_not_ours(text):
    found = facts(text)
    assert found.get("customer") != "yes"
    assert found.get("consent") != "yes"
    assert decide(extract(text, ON), ON).verdict.value != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Can we rely on the soft opt-in to email our customers?",
        "On peut envoyer un mail à nos clients au titre du soft-opt-in ?",
        "C'est de l'opt-in passif, on peut leur écrire ?",
    ],
)
def test_the_soft_opt_in_named_is_no_consent(text):
    assert facts(text).get("consent") != "yes"


def test_a_plain_opt_in_stays_a_consent():
    assert facts("She opted in to our e-mails. Can I email her?").get("consent") == "yes"
