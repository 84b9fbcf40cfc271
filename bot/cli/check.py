"""`gardefou check`: one concrete case from structured facts (KEY=VALUE…, or JSONL on stdin)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

import typer

from bot.cli import UsageError
from bot.cli.output import parse_date, print_answer
from rules.facts import FactError, parse_facts, parse_pairs


def register(app: typer.Typer) -> None:
    @app.command(
        "check",
        help="Check one contact from facts: check channel=email audience=b2c consent=no … "
        "(`check --json -` reads one JSON object of facts per line).",
    )
    def check(
        facts: Annotated[
            list[str] | None, typer.Argument(help="KEY=VALUE facts, or - for JSONL")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the JSON answer")] = False,
        date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
        lang: Annotated[str, typer.Option("--lang", help="fr or en")] = "fr",
    ) -> None:
        from bot.pipeline import get_pipeline

        on = parse_date(date)
        if lang not in ("fr", "en"):
            raise UsageError(f"--lang {lang!r}: accepted values: fr, en")
        words = facts or []
        if words == ["-"]:
            _check_stream(on, lang, as_json)
            return
        if not words:
            raise UsageError(
                "no facts given; e.g. gardefou check channel=email audience=b2c consent=no"
            )
        try:
            parsed = parse_pairs(words)
        except FactError as exc:
            raise UsageError(str(exc)) from None
        answer = get_pipeline().check(parsed, on, lang=lang, surface="cli")
        print_answer(answer, as_json)


def _check_stream(on: dt.date | None, lang: str, as_json: bool) -> None:
    """JSONL in, JSONL out, same order; a bad line answers with an error object, not a crash."""
    from bot.cli.ask import stdin_lines
    from bot.pipeline import get_pipeline

    pipeline = get_pipeline()
    for number, line in enumerate(stdin_lines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise FactError("each line must be a JSON object of facts")
            facts = parse_facts({k: (None if v is None else str(v)) for k, v in raw.items()})
        except (json.JSONDecodeError, FactError) as exc:
            print(json.dumps({"error": f"line {number}: {exc}"}, ensure_ascii=False), flush=True)
            continue
        answer = pipeline.check(facts, on, lang=lang, surface="cli")
        print(answer.to_json() if as_json else answer.summary, flush=True)
