"""The blind batches (tests/eval/blind/*.jsonl, written by people who never saw the code) kept as
regression sets: their pass count may not fall below the recorded figure, and no case may become a
wrong `allowed` — the worst error a rep can get (floor.json holds the figures and the few wrong
`allowed` still to fix). Same logic and retrieval stand-in as test_eval_sets.py."""

from __future__ import annotations

import json

import pytest

from bot.cli.eval_cmd import load_cases, run_case
from bot.settings import REPO_ROOT

BLIND = REPO_ROOT / "tests" / "eval" / "blind"
FLOOR = json.loads((BLIND / "floor.json").read_text(encoding="utf-8"))
BATCHES = sorted(BLIND.glob("*.jsonl"))


def test_every_blind_batch_has_a_recorded_figure():
    assert BATCHES, f"no blind batch in {BLIND}"
    assert {b.name for b in BATCHES} <= set(FLOOR), "record the first run of each new batch"


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.stem)
def test_a_blind_batch_does_not_regress(pipeline, batch):
    floor = FLOOR[batch.name]
    cases = load_cases(batch)
    assert len(cases) == floor["cases"]
    results = [run_case(pipeline, case) for case in cases]
    passed = sum(r.passed for r in results)
    wrong = sorted(r.id for r in results if r.wrong_allowed)
    new_wrong = sorted(set(wrong) - set(floor["wrong_allowed"]))
    assert not new_wrong, f"new wrong 'allowed' in {batch.name}: {new_wrong}"
    failing = [f"{r.id} [{r.verdict}]" for r in results if not r.passed]
    assert passed >= floor["passed"], (
        f"{batch.name}: {passed} passed, below the recorded {floor['passed']}; failing: {failing}"
    )
