"""Every ``kind: check`` case of the shared evaluation set passes through ``decide``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rules import decide
from rules.facts import parse_facts

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
CASES = (
    [c for c in map(json.loads, DEV.read_text().splitlines()) if c.get("kind") == "check"]
    if DEV.exists()
    else []
)


@pytest.mark.skipif(not CASES, reason="../shared/eval/dev.jsonl not present")
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_dev_check_case(case: dict) -> None:
    facts = parse_facts(case["facts"])
    day = dt.date.fromisoformat(case["date"]) if case.get("date") else dt.date(2026, 11, 23)
    d = decide(facts, day)
    assert d.verdict.value in case["verdict_any"], d.explanation.en
    if d.verdict.value in ("allowed", "forbidden"):
        assert d.legal_basis
    else:
        assert d.missing_facts
    if case.get("basis_any"):
        refs = [r.ref for r in d.legal_basis]
        assert any(b in r for r in refs for b in case["basis_any"]), refs
