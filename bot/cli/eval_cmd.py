"""`gardefou eval FILE.jsonl`: run an evaluation set (format of ../shared/eval/README.md).

Prints one line per case and the score (``eval: N passed, M failed (T cases)``), with the count of
wrong `allowed` and, when cases carry `expected_facts`, the per-fact precision/recall report of
`bot.cli.eval_facts`. The exit code is 0 whatever the score: the score is the output; a bad file
is a usage error (exit 2).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.answer import Answer
from bot.cli import UsageError
from bot.cli.eval_facts import FactReport, Mark, mark_case, report, unlabelled_permissive
from rules.facts import FactError, parse_facts


class Case(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    kind: str = Field(pattern="^(ask|check)$")
    question: str | None = None
    facts: dict[str, Any] | None = None
    date: dt.date | None = None
    verdict_any: list[str]
    basis_any: list[str] = []
    mentions_any: list[str] = []
    language: str | None = None
    expected_facts: dict[str, Any] | None = None

    @property
    def labelled_facts(self) -> dict[str, Any] | None:
        """The facts a careful reader gets from an ask case: ``expected_facts``, or ``facts`` (which
        an ask case has no other use for; blind batches label them there)."""
        if self.kind != "ask":
            return None
        return self.expected_facts if self.expected_facts is not None else self.facts


class Result(BaseModel):
    id: str
    passed: bool
    verdict: str
    problems: list[str] = []
    wrong_allowed: bool = False
    facts: dict[str, Any] = {}
    facts_evidence: dict[str, Any] = {}


def load_cases(path: Path) -> list[Case]:
    if not path.is_file():
        raise UsageError(f"{path}: no such file; expected a JSONL evaluation set")
    cases: list[Case] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{path}: not a UTF-8 text file (byte {exc.start}); expected a JSONL evaluation set"
        ) from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = Case.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise UsageError(f"{path}:{number}: not an evaluation case ({first})") from None
        if case.kind == "ask" and not case.question:
            raise UsageError(f"{path}:{number}: an 'ask' case needs a 'question'")
        if case.kind == "check" and case.facts is None:
            raise UsageError(f"{path}:{number}: a 'check' case needs 'facts'")
        cases.append(case)
    return cases


def judge(case: Case, answer: Answer) -> list[str]:
    """What is wrong with ``answer`` for ``case`` (empty: the case passes)."""
    problems: list[str] = []
    verdict = answer.verdict.value
    if verdict not in case.verdict_any:
        worst = " (an 'allowed' where it is not expected)" if verdict == "allowed" else ""
        problems.append(f"verdict {verdict} not in {case.verdict_any}{worst}")
    if case.basis_any and not any(
        needle in basis.ref for basis in answer.legal_basis for needle in case.basis_any
    ):
        problems.append(
            f"no legal basis among {case.basis_any} (got {[b.ref for b in answer.legal_basis]})"
        )
    if case.mentions_any:
        text = " ".join([answer.summary, *answer.obligations]).lower()
        if not any(m.lower() in text for m in case.mentions_any):
            problems.append(f"summary/obligations mention none of {case.mentions_any}")
    if case.language and answer.language != case.language:
        problems.append(f"language {answer.language}, expected {case.language}")
    if verdict in ("allowed", "forbidden", "info"):
        if not answer.legal_basis:
            problems.append("no legal basis")
        if not answer.citations:
            problems.append("no citation")
    if verdict == "needs_info" and not answer.missing_facts:
        problems.append("needs_info without a missing fact")
    return problems


def run_case(pipeline: Any, case: Case) -> Result:
    try:
        if case.kind == "ask":
            answer = pipeline.ask(case.question or "", case.date, surface="eval", record=False)
        else:
            facts = parse_facts(
                {k: None if v is None else str(v) for k, v in (case.facts or {}).items()}
            )
            answer = pipeline.check(facts, case.date, surface="eval", record=False)
    except FactError as exc:
        return Result(id=case.id, passed=False, verdict="error", problems=[f"bad facts: {exc}"])
    except Exception as exc:  # noqa: BLE001 - one broken case is reported, the run goes on
        return Result(
            id=case.id, passed=False, verdict="error", problems=[f"{type(exc).__name__}: {exc}"]
        )
    problems = judge(case, answer)
    verdict = answer.verdict.value
    return Result(
        id=case.id,
        passed=not problems,
        verdict=verdict,
        problems=problems,
        wrong_allowed=verdict == "allowed" and "allowed" not in case.verdict_any,
        facts=dict(answer.facts),
        # the span each fact was read from, once the answer carries it
        facts_evidence=dict(getattr(answer, "facts_evidence", None) or {}),
    )


def run_file(path: Path, pipeline: Any | None = None) -> tuple[list[Case], list[Result]]:
    from bot.pipeline import get_pipeline

    pipeline = pipeline or get_pipeline()
    cases = load_cases(path)
    return cases, [run_case(pipeline, case) for case in cases]


def score_line(results: list[Result]) -> str:
    passed = sum(r.passed for r in results)
    return f"eval: {passed} passed, {len(results) - passed} failed ({len(results)} cases)"


def fact_report(cases: list[Case], results: list[Result]) -> FactReport | None:
    """Precision/recall of the facts read, over the ask cases that label them (None: no such case)."""
    marks: list[Mark] = []
    unlabelled: list[Mark] = []
    labelled = 0
    for case, result in zip(cases, results, strict=True):
        expected = case.labelled_facts
        if expected is None or result.verdict == "error":
            continue
        labelled += 1
        marks += mark_case(case.id, expected, result.facts, result.facts_evidence)
        unlabelled += unlabelled_permissive(case.id, expected, result.facts, result.facts_evidence)
    return report(marks, unlabelled, labelled) if labelled else None


def register(app: typer.Typer) -> None:
    @app.command("eval", help="Run an evaluation set (JSONL) and print the score.")
    def eval_(
        file: Annotated[
            Path, typer.Argument(help="JSONL cases, format of ../shared/eval/README.md")
        ],
        as_json: Annotated[bool, typer.Option("--json", help="print a JSON report")] = False,
    ) -> None:
        cases, results = run_file(file)
        facts = fact_report(cases, results)
        wrong_allowed = sum(r.wrong_allowed for r in results)
        if as_json:
            passed = sum(r.passed for r in results)
            print(
                json.dumps(
                    {
                        "passed": passed,
                        "failed": len(results) - passed,
                        "total": len(results),
                        "wrong_allowed": wrong_allowed,
                        "cases": [r.model_dump() for r in results],
                        "facts": None if facts is None else facts.as_dict(),
                    },
                    ensure_ascii=False,
                )
            )
            return
        for r in results:
            mark = "PASS" if r.passed else "FAIL"
            detail = "" if r.passed else " — " + "; ".join(r.problems)
            print(f"{mark} {r.id} [{r.verdict}]{detail}")
        if facts is not None:
            for line in facts.lines():
                print(line)
        print(f"wrong allowed: {wrong_allowed}")
        print(score_line(results))
