"""The age of a phone consent said relative to today (R17b: from 2026-08-11 a phone consent is
valid at most 12 months; bot/understand/readers/dates.py `_consent_date`, `consent_age_in_doubt`).

* said plainly ("il y a 14 mois", "two years ago", "more than a year ago"): the consent date is
  read, the older reading — over a year is expired;
* said roughly near the year ("il y a à peu près un an", "about a year ago", "last year"): which
  side of the limit is unknown, so the date is asked, never the consent presumed still valid;
* said roughly well within it ("environ 3 mois"): the date is read and the consent valid.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.readers.dates import consent_age_in_doubt
from bot.understand.text import fold

ON = dt.date(2026, 12, 1)
ASK = {"fr": " Je peux l'appeler jeudi 3/12 à 11h ?", "en": " Can I call her on Thu 3 Dec at 11am?"}


def _q(lang: str, age: str) -> str:
    if lang == "fr":
        return (
            f"Mme Caron a donné son accord pour être appelée par nous sur nos offres {age}."
            + ASK[lang]
        )
    return f"Ms Caron gave her consent to be called by us about our offers {age}." + ASK[lang]


EXPIRED = [
    ("fr", "il y a 14 mois"),
    ("fr", "il y a deux ans"),
    ("fr", "il y a plus d'un an"),
    ("fr", "il y a un an ou plus"),
    ("en", "two years ago"),
    ("en", "more than a year ago"),
    ("en", "eighteen months ago"),
    ("en", "well over a year ago"),
]


@pytest.mark.parametrize(("lang", "age"), EXPIRED)
def test_a_consent_said_over_a_year_old_is_expired(ask, lang, age):
    answer = ask(_q(lang, age), ON)
    assert answer.verdict.value == "forbidden"


NEAR = [
    ("fr", "il y a à peu près un an"),
    ("fr", "il y a environ un an"),
    ("fr", "il y a presque un an"),
    ("fr", "l'an dernier"),
    ("en", "about a year ago"),
    ("en", "roughly 11 months ago"),
    ("en", "a year or so ago"),
    ("en", "last year"),
]


@pytest.mark.parametrize(("lang", "age"), NEAR)
def test_a_consent_roughly_a_year_old_asks_its_date(ask, lang, age):
    answer = ask(_q(lang, age), ON)
    assert answer.verdict.value == "needs_info"
    assert "consent_expired" in [m.fact for m in answer.missing_facts]
    assert extract(_q(lang, age), ON).consent_date is None


@pytest.mark.parametrize(
    ("lang", "age"), [("fr", "il y a environ 3 mois"), ("en", "about two months ago")]
)
def test_a_consent_roughly_recent_is_read_and_valid(lang, age):
    facts = extract(_q(lang, age), ON)
    assert facts.consent_date is not None
    assert (ON - facts.consent_date).days < 150


def test_the_age_said_before_the_consent_words_is_doubted_too():
    assert consent_age_in_doubt(
        fold("Il y a environ un an, elle a accepté d'être appelée par nous.")
    )
    assert not consent_age_in_doubt(fold("Elle a donné son accord pour être appelée."))


@settings(max_examples=25, deadline=None)
@given(months=st.integers(min_value=13, max_value=36))
def test_any_plain_age_over_a_year_reads_an_expired_date(months):
    facts = extract(_q("fr", f"il y a {months} mois"), ON)
    assert facts.consent_date is not None
    assert (ON - facts.consent_date).days > 365
