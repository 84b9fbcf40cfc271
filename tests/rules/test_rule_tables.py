"""The tables and parameters hang together: dates agree with the dated parameters, exceptions
come before what they beat, every reference points to an official text, every fact that can be
asked has a question."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from rules.calendar import call_limit, call_time, is_public_holiday
from rules.conditions import DOMAINS
from rules.facts import Facts, Weekday
from rules.figures import reform_date
from rules.params import param, parameters
from rules.table import definitions, presumptions, questions, refs, rule_index, rules

OFFICIAL_HOSTS = ("legifrance.gouv.fr", "eur-lex.europa.eu", "cnil.fr", "curia.europa.eu")


def test_phone_rules_switch_on_the_reform_date_of_the_parameters() -> None:
    index = rule_index()
    assert reform_date() == dt.date(2026, 8, 11)
    for rule_id in (
        "R16",
        "R16.consent",
        "R16.contract",
        "R17d",
        "R17.2026",
        "R7.phone",
        "R17c.2026",
    ):
        assert index[rule_id].valid_from == reform_date(), rule_id
    for rule_id in ("R15", "R15.bloctel", "R17", "R17c"):
        assert index[rule_id].valid_to == reform_date() - dt.timedelta(days=1), rule_id


def test_calling_hours_rule_starts_with_the_decree() -> None:
    start = min(parameters()["phone/calling_hours"].values)
    assert start == dt.date(2023, 3, 1)
    assert rule_index()["R17"].valid_from == start
    assert param("phone/calling_hours", dt.date(2023, 2, 28)) is None


def test_call_limit_rule_starts_with_the_decree_and_spans_both_regimes() -> None:
    start = min(parameters()["phone/max_calls"].values)
    assert start == dt.date(2023, 3, 1)
    rule = rule_index()["R17.calls"]
    assert rule.valid_from == start and rule.valid_to is None


def test_call_limit_edges() -> None:
    day = dt.date(2026, 11, 24)
    limit = param("phone/max_calls", day)["calls"]
    assert limit == 4
    assert call_limit(limit - 1, day) == "under"  # the 4th call is still allowed
    assert call_limit(limit, day) == "reached"  # a 5th is not
    assert call_limit(None, day) is None  # unknown: presumed, with the duty to count
    assert call_limit(9, dt.date(2023, 2, 28)) == "under"  # before D.223-9


def test_exceptions_and_overrides_come_before_what_they_beat() -> None:
    order = [r.id for r in rules()]
    for r in rules():
        beaten = set(r.exception_of) | (set(r.overrides) - {"all"})
        for other in beaten:
            assert order.index(r.id) < order.index(other), (r.id, other)
    assert order[0] == "R9"


def test_every_reference_is_an_official_text() -> None:
    for ref in refs().values():
        assert urlparse(ref.url).hostname.endswith(OFFICIAL_HOSTS), ref.url
    labels = " ".join(r.ref for r in refs().values())
    for needle in ("L.34-5", "L.223-1", "D.223-9", "L.6323-8-1"):
        assert needle in labels


def test_every_verdict_rule_has_a_basis_and_bilingual_texts() -> None:
    for r in rules():
        assert r.basis, r.id
        assert r.why.fr and r.why.en and r.title.fr and r.title.en, r.id
        assert r.valid_to is None or r.valid_from is None or r.valid_from <= r.valid_to


def test_every_askable_fact_has_a_question() -> None:
    asked = set(DOMAINS) - {"retention_expired", "weekday"}  # weekday is asked via call_time
    assert asked <= set(questions())
    for fact, q in questions().items():
        # options are values of the fact, or the stated facts a derived one comes from (the day
        # of the action, asked when a period leaves it open, is a stated fact with no domain)
        assert set(q.options) <= DOMAINS.get(fact, frozenset()) | set(Facts.model_fields), fact
    for p in presumptions():
        assert set(p.presumed) <= DOMAINS[p.fact], p.fact


def test_invalid_consent_covers_silence() -> None:
    invalid = definitions()["invalid_consent"]
    for value in ("pre_ticked", "bundled", "implied"):
        assert invalid.eval({"consent": frozenset({value})}) is True, value
    for value in ("yes", "no", "unknown"):
        assert invalid.eval({"consent": frozenset({value})}) is False, value


def test_french_public_holidays_come_from_the_holidays_package() -> None:
    assert is_public_holiday(dt.date(2026, 11, 11))  # Armistice
    assert is_public_holiday(dt.date(2026, 12, 25))
    assert is_public_holiday(dt.date(2026, 5, 25))  # Whit Monday
    assert not is_public_holiday(dt.date(2026, 11, 12))


def test_call_time_edges() -> None:
    day = dt.date(2026, 11, 24)
    assert call_time(Weekday.tuesday, 10, False, day) == "within"
    assert call_time(Weekday.tuesday, 19, False, day) == "within"
    assert call_time(Weekday.tuesday, 20, False, day) == "outside"
    assert call_time(Weekday.tuesday, 13, False, day) == "outside"
    assert call_time(Weekday.sunday, None, None, day) == "outside"
    assert call_time(Weekday.tuesday, 11, None, day) is None  # holiday unknown: presumed
    assert call_time(Weekday.sunday, 9, None, dt.date(2023, 2, 1)) == "within"  # before D.223-9
