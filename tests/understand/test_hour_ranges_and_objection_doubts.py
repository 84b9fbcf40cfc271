"""A range of calling hours, and an objection the rep is unsure of.

- "de 12h à 14h", "13:00-14:00", "between 8 and 10pm", "pendant la pause déjeuner": calls that
  fill a range are allowed only when the whole range lies within the calling hours; the hour read
  is the first one the hours exclude, else the range's start (readers/hours.py).
- "maybe he unsubscribed", "il a peut-être demandé à ne plus être contacté", "she may have opted
  out", a CRM opt-out record that may be a namesake's: whether the person objected is asked
  (needs_info), never dropped (allowed) (doubts.py, readers/informed.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("On appellera des particuliers consentants vendredi 4 décembre de 12h à 14h.", 13),
        ("Sessions d'appels le vendredi 4 décembre, créneau 12h-14h.", 13),
        ("We'll phone consenting consumers on Friday 4 December, slot 12:30-14:00.", 13),
        ("We'd call consumers Friday 4 December from 7pm to 9pm.", 20),
        ("Appels aux particuliers vendredi 4 décembre entre 18h30 et 20h30.", 20),
        ("On les appelle vendredi 4 décembre pendant la pause déjeuner.", 13),
        ("Calls to consumers on Friday 4 December during the lunch break.", 13),
        # a range inside the hours: its start
        ("Appels vendredi 4 décembre de 15h à 17h.", 15),
        ("Calls on Friday 4 December, 10:00-12:00.", 10),
    ],
)
def test_a_range_of_hours_gives_its_first_excluded_hour(text: str, hour: int) -> None:
    assert extract(text, ON).hour == hour


def test_two_times_joined_by_and_are_no_range() -> None:
    assert extract("Je l'appelle vendredi 4 décembre à 11h et 15h.", ON).hour == 11


@pytest.mark.parametrize(
    "question",
    [
        "Particuliers qui ont accepté nos appels : on veut les appeler mardi 1er décembre 2026 de "
        "12h30 à 13h30. OK ?",
        "Consumers who agreed to our calls: can we ring them on Tuesday 1 December 2026 over the "
        "lunch hour, 1pm-2pm?",
        "Consumers who agreed to our calls: we'd call them on Tuesday 1 December 2026 between 7 "
        "and 9 pm.",
    ],
)
def test_calls_across_excluded_hours_are_forbidden(ask, question: str) -> None:
    assert ask(question).verdict.value == "forbidden"


def test_calls_within_the_hours_are_allowed(ask) -> None:
    answer = ask(
        "Consumers who agreed to our calls: can we ring them on Tuesday 1 December 2026 "
        "from 3pm to 5pm?"
    )
    assert answer.verdict.value == "allowed"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("On les appelle mardi 1er décembre avant 10h.", 9),
        ("We'd ring them on Tuesday 1 December before 10am.", 9),
        ("Call them Tuesday 1 December before 9:00.", 8),
        # minutes or no 'before': the time said
        ("On les appelle mardi 1er décembre avant 10h30.", 10),
        ("We'd ring them on Tuesday 1 December at 10am.", 10),
    ],
)
def test_a_call_before_an_hour_stands_for_the_hour_before(text: str, hour: int) -> None:
    assert extract(text, ON).hour == hour


@pytest.mark.parametrize(
    "question",
    [
        "Particuliers qui ont accepté nos appels (case non pré-cochée, preuve gardée) : je peux "
        "les appeler mardi 1er décembre 2026 avant 10h ?",
        "Consumers who agreed to our calls (unticked box, proof kept): can I ring them on Tuesday "
        "1 December 2026 before 10am?",
    ],
)
def test_calls_before_the_morning_slot_are_forbidden(ask, question: str) -> None:
    assert ask(question).verdict.value == "forbidden"


B2B_EN = (
    "Work email of a plant's purchasing director, told at the trade fair we'd send offers and "
    "that she could opt out; the offer is our purchasing software. "
)
B2B_FR = (
    "Adresse pro de la directrice achats d'une usine, informée au salon qu'on lui enverrait nos "
    "offres et qu'elle pouvait refuser ; l'offre : notre logiciel achats. "
)


@pytest.mark.parametrize(
    "doubt",
    [
        B2B_EN + "Maybe she unsubscribed last month. Can I email her?",
        B2B_EN + "She may have opted out, I'm not sure. Can I email her?",
        B2B_EN + "A colleague thinks she asked us to stop. Can I email her?",
        B2B_EN + "There is a record 'Roux - opt-out', possibly a namesake. Email ok?",
        B2B_FR + "Elle a peut-être demandé à ne plus être contactée. Je lui écris ?",
        B2B_FR + "Je pense qu'elle s'est désabonnée, sans certitude. Je lui écris ?",
        B2B_FR + "Il y a un profil « Roux - opt-out » dans la base, sans doute un homonyme. "
        "Je lui écris par mail ?",
    ],
)
def test_an_objection_in_doubt_is_asked(ask, doubt: str) -> None:
    answer = ask(doubt)
    assert answer.verdict.value == "needs_info"
    assert "objected" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "plain",
    [
        B2B_EN + "She is flagged opt-out. Can I email her?",
        B2B_FR + "Elle est marquée opt-out. Je lui écris par mail ?",
    ],
)
def test_an_opt_out_flag_on_the_person_is_an_objection(ask, plain: str) -> None:
    assert ask(plain).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "means",
    [
        B2B_EN + "She can tell us to stop at any time. Can I email her?",
        B2B_FR + "Elle pourra se désinscrire à tout moment. Je lui écris ?",
    ],
)
def test_a_means_to_object_is_no_doubt(ask, means: str) -> None:
    assert ask(means).verdict.value == "allowed"
