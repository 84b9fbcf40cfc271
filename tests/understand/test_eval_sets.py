"""The shared dev set and our own cases (tests/eval/cases.jsonl) through the `gardefou eval` logic.

Verdicts, legal bases, mentions and languages come from the real rules and understanding; the
citations from a one-passage stand-in (retrieval quality is judged in tests/ingest). How the
cases were written: tests/eval/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.eval_cmd import load_cases, run_case
from bot.settings import REPO_ROOT

DEV = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
OURS = REPO_ROOT / "tests" / "eval" / "cases.jsonl"


def _cases(path: Path):
    if not path.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{path} not found"))]
    return [pytest.param(c, id=c.id) for c in load_cases(path)]


def test_our_set_covers_both_languages_and_every_rule_family():
    cases = load_cases(OURS)
    assert len(cases) >= 60
    langs = {c.language for c in cases if c.language}
    assert {"fr", "en"} <= langs
    verdicts = {v for c in cases for v in c.verdict_any}
    assert {"allowed", "forbidden", "needs_info", "info", "out_of_scope"} <= verdicts


@pytest.mark.parametrize("case", _cases(DEV))
def test_dev_case(pipeline, case):
    result = run_case(pipeline, case)
    assert result.passed, f"{case.id}: {result.problems}"


@pytest.mark.parametrize("case", _cases(OURS))
def test_our_case(pipeline, case):
    result = run_case(pipeline, case)
    assert result.passed, f"{case.id}: {result.problems}"
