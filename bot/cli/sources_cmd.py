"""`gardefou sources fetch|status|watch|review`: the official texts the knowledge notes summarise.

fetch and watch download them into the data dir (never the repository) and record any change of
a text we already had; watch also lists the rules to review. Exit 1 when a page failed (each
failure has its own line), 2 for an unknown id, else 0.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from bot.cli import UsageError

_MARK = {
    "new": "new      ",
    "changed": "CHANGED  ",
    "unchanged": "unchanged",
    "not_modified": "unchanged",  # 304: the site says so without sending the page again
    "failed": "FAILED   ",
}

# Module level: typer resolves the annotations of the commands by name.
Delay = Annotated[
    float | None,
    typer.Option("--delay", help="seconds between two requests (GARDEFOU_SOURCES_DELAY_S)"),
]
Timeout = Annotated[
    float | None,
    typer.Option("--timeout", help="seconds before a request is given up"),
]


def _when(value) -> str:  # type: ignore[no-untyped-def]
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def register(app: typer.Typer) -> None:
    sources_app = typer.Typer(
        help="Official texts named by the knowledge notes: fetch, status, watch, review.",
        no_args_is_help=True,
    )

    def _run(ids: list[str] | None, delay: float | None, timeout: float | None, watch: bool) -> int:
        from bot.settings import get_settings
        from ingest.sources.watch import Outcome, UnknownSource, run

        def show(o: Outcome) -> None:
            line = f"{_MARK[o.result]} {o.source_id}  {o.url}"
            if o.result == "failed":
                line += f"  — {o.error}"
            typer.echo(line, err=o.result == "failed")
            if o.result == "changed" and watch:
                typer.echo(
                    f"          change #{o.change_id}: rules to review "
                    f"{', '.join(o.rule_ids) or '(none listed)'}"
                    f" — `gardefou sources review {o.change_id}` once done"
                )

        settings = get_settings()
        try:
            report = run(settings, ids=ids or (), delay_s=delay, timeout_s=timeout, on_outcome=show)
        except UnknownSource as exc:
            raise UsageError(
                f"unknown source id(s): {exc.args[0]} (see `gardefou sources status`)"
            ) from None
        failed = report.having("failed")
        counts = {k: len(report.having(k)) for k in ("new", "changed", "failed")}
        counts["unchanged"] = len(report.having("unchanged", "not_modified"))
        typer.echo(
            f"{len(report.outcomes)} sources: {counts['new']} new, {counts['changed']} changed, "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed"
        )
        if report.text_changed:
            typer.echo("run `gardefou ingest` so that answers cite the new wording")
        return 1 if failed else 0

    @sources_app.command("fetch", help="Download the official texts (all, or the ids given).")
    def fetch(
        ids: Annotated[list[str] | None, typer.Argument(help="source ids (default: all)")] = None,
        delay: Delay = None,
        timeout: Timeout = None,
    ) -> None:
        raise typer.Exit(_run(ids, delay, timeout, watch=False))

    @sources_app.command("watch", help="Refetch every text; flag the rules of those that changed.")
    def watch(
        delay: Delay = None,
        timeout: Timeout = None,
    ) -> None:
        raise typer.Exit(_run(None, delay, timeout, watch=True))

    @sources_app.command("status", help="Per source: last fetched, last changed, hash, review.")
    def status(
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per source")] = False,
    ) -> None:
        from bot.settings import get_settings
        from ingest.sources.changes import Changes
        from ingest.sources.registry import load_registry
        from ingest.sources.store import read_state

        settings = get_settings()
        sources = load_registry(settings.knowledge_dir)
        changes = Changes(settings).pending()
        for source in sources:
            state = read_state(settings.data_dir, source.id)
            pending = [c for c in changes if c.source_id == source.id]
            rules = sorted({r for c in pending for r in c.rule_ids})
            if as_json:
                typer.echo(
                    json.dumps(
                        {
                            "id": source.id,
                            "label": source.label,
                            "url": source.url,
                            "authority": source.authority,
                            "fetched_at": state.fetched_at.isoformat()
                            if state and state.fetched_at
                            else None,
                            "changed_at": state.changed_at.isoformat()
                            if state and state.changed_at
                            else None,
                            "hash": state.hash if state else None,
                            "last_error": state.last_error if state else None,
                            "to_review": [c.id for c in pending],
                            "rules_to_review": rules,
                        },
                        ensure_ascii=False,
                    )
                )
                continue
            if pending:
                review = f"TO REVIEW: change {', '.join(f'#{c.id}' for c in pending)}"
                review += f" — rules {', '.join(rules)}"
            else:
                review = "reviewed" if state and state.hash else "-"
            typer.echo(
                f"{source.id}  [{source.authority}] {source.label}\n"
                f"    fetched {_when(state.fetched_at if state else None)}"
                f"  changed {_when(state.changed_at if state else None)}"
                f"  hash {(state.hash[:12] if state and state.hash else '-')}"
                f"  {review}"
                + (
                    f"\n    last attempt failed: {state.last_error}"
                    if state and state.last_error
                    else ""
                )
            )

    @sources_app.command("review", help="Mark a change reviewed (its number, or a source id).")
    def review(
        target: Annotated[str, typer.Argument(metavar="ID", help="change number or source id")],
        by: Annotated[
            str | None, typer.Option("--by", help="who reviewed (default cli:$USER)")
        ] = None,
    ) -> None:
        from bot.cli.log_cmd import cli_viewer
        from bot.settings import get_settings
        from ingest.sources.changes import Changes

        done = Changes(get_settings()).review(target.strip(), by or cli_viewer())
        if not done:
            raise UsageError(f"no change to review for {target!r} (see `gardefou sources status`)")
        typer.echo(f"reviewed: {', '.join(f'#{i}' for i in done)}")

    app.add_typer(sources_app, name="sources")
