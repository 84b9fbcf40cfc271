"""Every rule and every legal reference says whether it rests on a text read (confirmed) or a
reported one (to_confirm); an answer resting on a to_confirm point says so in one warning line;
legal bases are cited in the wording in force on the day of the action."""

from __future__ import annotations

import datetime as dt
import itertools

from bot.render import render
from rules import decide, inform
from rules.facts import parse_facts
from rules.params import parameters
from rules.table import ref_on, references, rules


def _decide(facts: dict, day: str):
    return decide(parse_facts({**facts, "date": day}), dt.date.fromisoformat(day))


def test_every_rule_and_reference_has_a_status() -> None:
    for rule in rules():
        assert rule.status in ("confirmed", "to_confirm"), rule.id
        assert (rule.to_confirm is not None) == (rule.status == "to_confirm"), rule.id
    for ref in references().values():
        for version in ref.versions:
            if version.status == "confirmed":
                assert version.version and version.checked, ref.id
            else:
                assert version.note, ref.id
    for param in parameters().values():
        for value in param.values.values():
            assert value.status in ("confirmed", "to_confirm"), param.name


def test_versions_of_a_reference_do_not_overlap() -> None:
    for ref in references().values():
        dated = [v for v in ref.versions if v.valid_from and v.valid_to]
        for a, b in itertools.pairwise(dated):
            assert a.valid_to < b.valid_from, ref.id


def test_an_answer_on_a_reported_point_carries_one_warning_line() -> None:
    d = _decide({"channel": "phone", "audience": "b2c", "consent": "yes", "hour": 11}, "2026-11-24")
    assert d.verdict.value == "allowed"
    answer = render(d, [], "fr")
    lines = [w for w in answer.warnings if w.startswith("Point à confirmer")]
    assert len(lines) == 1
    assert "2026-662" in lines[0] and "L.221-16" in lines[0]
    english = render(d, [], "en")
    assert any(w.startswith("To be confirmed") for w in english.warnings)


def test_an_answer_on_texts_read_carries_no_such_line() -> None:
    d = _decide({"channel": "email", "audience": "b2c", "consent": "no"}, "2026-11-23")
    assert d.verdict.value == "forbidden" and d.to_confirm == []
    assert not [w for w in render(d, [], "fr").warnings if w.startswith("Point à confirmer")]


def test_info_answers_name_their_unconfirmed_sources_too() -> None:
    d = inform("retention_prospect", dt.date(2026, 11, 23))
    assert any("2021-131" in t.fr for t in d.to_confirm)


def test_l223_1_is_cited_in_the_wording_of_the_day() -> None:
    assert ref_on("conso_l223_1", dt.date(2019, 5, 14)).url.endswith("LEGIARTI000032226761")
    assert ref_on("conso_l223_1", dt.date(2026, 8, 10)).url.endswith("LEGIARTI000042155931")
    assert ref_on("conso_l223_1", dt.date(2026, 8, 11)).url.endswith("LEGIARTI000051830285")
    b2b = {"channel": "phone", "audience": "b2b", "related_offer": "yes", "informed": "yes"}
    before = _decide({**b2b, "hour": 11}, "2026-03-10")
    after = _decide({**b2b, "hour": 11}, "2026-11-24")
    assert any(r.url.endswith("LEGIARTI000042155931") for r in before.legal_basis)
    assert any(r.url.endswith("LEGIARTI000051830285") for r in after.legal_basis)
