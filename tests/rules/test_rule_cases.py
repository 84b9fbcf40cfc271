"""Runs the lawyer-readable cases of tests/rules/cases/*.yaml through ``decide`` and ``inform``.

A case: ``name`` (a sentence), ``date`` (the day of the action, stated as ``facts.date``; with
``date_is_default: true`` it is only the day of the question; ``null`` means an undated action
checked on 2026-11-23), ``facts``, the expected ``verdict`` and ``rule_ids`` that must be among
the deciding rules; optional ``missing`` facts asked (and ``not_asked``), ``basis_contains`` and
``basis_excludes`` (searched in the labels and URLs of the legal bases: a pre-reform answer must not
cite the 2026 text), ``obligations_contain`` and ``obligations_exclude``, ``warnings_contain``,
``to_confirm_contain`` (the points of the answer that rest on an unconfirmed text),
``alternatives_include`` and ``changes_over_time``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rules import INFO_TOPICS, decide, inform
from rules.facts import parse_facts
from rules.table import load_yaml, rule_index

CASES_DIR = Path(__file__).parent / "cases"
DEFAULT_DAY = dt.date(2026, 11, 23)


def _load(kind: str) -> list[dict]:
    found = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in load_yaml(path):
            if ("topic" in case) == (kind == "info"):
                found.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return found


CHECK_CASES = _load("check")
INFO_CASES = _load("info")


def _run(case: dict):
    facts = dict(case["facts"])
    day = case.get("date")
    if day is not None and not case.get("date_is_default"):
        facts["date"] = day
    return decide(parse_facts(facts), day or DEFAULT_DAY)


@pytest.mark.parametrize("case", CHECK_CASES)
def test_check_case(case: dict) -> None:
    d = _run(case)
    assert d.verdict.value == case["verdict"], (d.explanation.en, d.rule_ids)
    for rule_id in case.get("rule_ids", []):
        assert rule_id in d.rule_ids, d.rule_ids
    asked = [m.fact for m in d.missing_facts]
    for fact in case.get("missing", []):
        assert fact in asked, asked
    for fact in case.get("not_asked", []):
        assert fact not in asked, f"{fact} cannot flip the verdict, yet it is asked: {asked}"
    refs = " | ".join(f"{r.ref} <{r.url}>" for r in d.legal_basis)
    for needle in case.get("basis_contains", []):
        assert needle in refs, refs
    for needle in case.get("basis_excludes", []):
        assert needle not in refs, refs
    obligations = " | ".join(o.fr for o in d.obligations)
    for needle in case.get("obligations_contain", []):
        assert needle in obligations, obligations
    for needle in case.get("obligations_exclude", []):
        assert needle not in obligations, obligations
    unconfirmed = " | ".join(t.fr for t in d.to_confirm)
    for needle in case.get("to_confirm_contain", []):
        assert needle in unconfirmed, unconfirmed
    warnings = " | ".join(w.en for w in d.warnings)
    for needle in case.get("warnings_contain", []):
        assert needle in warnings
    changes = [a.change for a in d.alternatives]
    for wanted in case.get("alternatives_include", []):
        wanted = {k: str(v) for k, v in wanted.items()}
        assert wanted in changes, changes
    timeline = [(c.from_, c.verdict.value, c.rule_id) for c in d.changes_over_time]
    for wanted in case.get("changes_over_time", []):
        assert (wanted["from"], wanted["verdict"], wanted["rule_id"]) in timeline, timeline


@pytest.mark.parametrize("case", INFO_CASES)
def test_info_case(case: dict) -> None:
    d = inform(case["topic"], DEFAULT_DAY)
    assert d.verdict.value == "info"
    assert d.legal_basis
    for rule_id in case["rule_ids"]:
        assert rule_id in d.rule_ids
    for lang, needles in case["explanation_contains"].items():
        for needle in needles:
            assert needle in getattr(d.explanation, lang), getattr(d.explanation, lang)


def test_every_rule_of_the_tables_has_a_case() -> None:
    cited = {rid for p in CHECK_CASES for rid in p.values[0].get("rule_ids", [])}
    deciding = {r.id for r in rule_index().values() if r.verdict != "duty"}
    assert deciding - cited == set()


def test_every_situation_of_the_brief_is_covered() -> None:
    brief = {f"R{i}" for i in range(1, 34)} | {"R1b", "R2b", "R17b", "R17c", "R17d"}
    covered = {
        rid.split(".")[0]
        for p in CHECK_CASES + INFO_CASES
        for rid in p.values[0].get("rule_ids", [])
    }
    covered |= {r.id.split(".")[0] for r in rule_index().values() if r.verdict == "duty"}
    for topic in INFO_TOPICS:
        covered |= {rid.split(".")[0] for rid in inform(topic, DEFAULT_DAY).rule_ids}
    assert brief - covered == set()


def test_unknown_info_topic_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="retention_prospect"):
        inform("weather", DEFAULT_DAY)
