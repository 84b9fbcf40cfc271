"""A dated past event ("was 15 June 2022", "a cliqué le", "dernier achat le", "last replied on")
is never the day of the action; an active contact dated so and said to be the last (a click, a
reply, a purchase — not an open) is the last contact, from which the retention period runs (R25)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)

LAST_CONTACTS = [
    (
        "Prospect (never a customer, B2C), consented in 2021. Last time she clicked anything "
        "from us was 15 June 2022; she still opens our emails. Can we keep emailing her?",
        "2022-06-15",
    ),
    (
        "Prospecte particulière, jamais cliente, avait accepté nos mails en 2021. La dernière "
        "fois qu'elle a cliqué sur un de nos mails, c'était le 15 juin 2022 ; elle ouvre encore "
        "nos newsletters. On peut continuer à lui écrire ?",
        "2022-06-15",
    ),
    (
        "Prospect particulier. Dernier clic le 3 mars 2022, il ouvre toujours nos mails. Je "
        "continue les envois email ?",
        "2022-03-03",
    ),
    (
        "Consumer prospect who opted in to our emails in 2020; his last reply was on 2 February "
        "2023 and he only opens our mails since. Can I keep sending him offers by email?",
        "2023-02-02",
    ),
    (
        "B2C prospect, opted in to emails in 2021, last replied on March 3, 2022. Still opens "
        "our newsletters. OK to keep emailing?",
        "2022-03-03",
    ),
    (
        "Prospect particulier qui a coché la case pour nos offres en 2020 ; il a répondu à un "
        "mail le 12/05/2022, rien depuis à part des ouvertures. On peut lui envoyer nos offres ?",
        "2022-05-12",
    ),
    (
        "Prospect particulière inscrite à la newsletter en 2019 ; dernier achat le 10 janvier "
        "2022, elle ouvre nos mails. Je peux lui envoyer nos promos par mail ?",
        "2022-01-10",
    ),
]


@pytest.mark.parametrize(("question", "last"), LAST_CONTACTS)
def test_a_dated_last_active_contact_is_the_last_contact_not_the_action_day(question, last):
    known = extract(question, ON).known()
    assert known.get("last_contact") == last
    assert known.get("date") is None


def test_a_dated_click_not_said_to_be_the_last_is_no_last_contact():
    known = extract(
        "Consumer prospect, opted in to our emails; she clicked a link on 15 June 2022 in our "
        "newsletter. Can we email her our offers?",
        ON,
    ).known()
    assert known.get("last_contact") is None
    assert known.get("date") is None


def test_the_day_planned_for_the_action_stays_the_action_day():
    assert (
        extract(
            "Appel prévu le 20 mai 2026 : prospect particulier, pas client, inscrit sur Bloctel. "
            "On tente ?",
            ON,
        )
        .known()
        .get("date")
        == "2026-05-20"
    )
    assert (
        extract("The call was moved to 3 December 2026. Can I call this consumer then?", ON)
        .known()
        .get("date")
        == "2026-12-03"
    )


@settings(max_examples=25, deadline=None)
@given(
    day=st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2025, 12, 31)),
    verb=st.sampled_from(["clicked", "replied", "last bought from us"]),
)
def test_a_past_dated_activity_never_becomes_the_action_day(day, verb):
    text = f"Her last contact: she {verb} on {day.day} {day.strftime('%B')} {day.year}. Can I email her?"
    known = extract(text, ON).known()
    assert known.get("date") is None
    assert known.get("last_contact") == day.isoformat()


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (
            "Le rendez-vous était prévu le 5 décembre 2026, je peux appeler ce particulier ?",
            "2026-12-05",
        ),
        ("The call was scheduled on 4 December, can I call this consumer?", "2026-12-04"),
    ],
)
def test_a_day_said_planned_in_the_past_tense_is_the_action_day(question, day):
    assert extract(question, ON).known().get("date") == day
