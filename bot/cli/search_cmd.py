"""`gardefou search QUERY`: retrieval only — the passages an answer could cite, with their score."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated

import typer

from bot.cli import UsageError

MAX_K = 50


def register(app: typer.Typer) -> None:
    @app.command(
        "search",
        help="Show the knowledge passages that best match QUERY (source, authority, score).",
    )
    def search(
        query: Annotated[list[str], typer.Argument(help="what to look for, in French or English")],
        as_json: Annotated[bool, typer.Option("--json", help="print a JSON array")] = False,
        k: Annotated[int, typer.Option("-k", "--top", help=f"how many passages, 1-{MAX_K}")] = 5,
        date: Annotated[
            str | None, typer.Option("--date", help="YYYY-MM-DD: demote what is not in force then")
        ] = None,
        rule: Annotated[
            list[str] | None,
            typer.Option("--rule", help="favour passages about this rule id, e.g. R16"),
        ] = None,
    ) -> None:
        from ingest.retrieve import IndexMissing, get_retriever

        text = " ".join(query).strip()
        if not text:
            raise UsageError('empty query; e.g. gardefou search "durée de conservation prospects"')
        if not 1 <= k <= MAX_K:
            raise UsageError(f"-k {k}: accepted values: 1 to {MAX_K}")
        on = _parse_date(date)
        try:
            retriever = get_retriever()
            # One search, to inspect retrieval: rank as the warmed-up bot does (unless "off").
            retriever.warm(dense=True)
            passages = retriever.search(text, k=k, on=on, rule_ids=rule or ())
        except IndexMissing as exc:
            print(f"gardefou: {exc}", file=sys.stderr)
            raise SystemExit(1) from None
        rows = [
            {
                "source_id": p.source_id,
                "title": p.title,
                "url": p.url,
                "authority": p.authority,
                "kind": p.kind,
                "section": p.section,
                "excerpt": p.excerpt(query=text),
                "score": p.score,
                "rule_ids": p.rule_ids,
                "contradicts": p.contradicts,
                "in_force": None if on is None else p.in_force(on),
            }
            for p in passages
        ]
        if as_json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        _print(rows)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date; expected YYYY-MM-DD") from None


def _print(rows: list[dict]) -> None:  # type: ignore[type-arg]
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    if not rows:
        console.print("no passage found")
    for n, row in enumerate(rows, start=1):
        flags = (
            f"  [red]contradicts {', '.join(row['contradicts'])}[/]" if row["contradicts"] else ""
        )
        stale = "  [yellow]not in force at that date[/]" if row["in_force"] is False else ""
        console.print(
            f"[bold]{n}. {escape(row['title'])}[/]  [dim]{row['source_id']} · {row['kind']} · {row['authority']} · "
            f"score {row['score']:.3f}[/]{flags}{stale}"
        )
        if row["section"]:
            console.print(f"   § {escape(row['section'])}")
        if row["url"]:
            console.print(f"   {row['url']}")
        console.print(f"   « {escape(row['excerpt'])} »")
