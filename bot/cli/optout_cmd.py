"""`gardefou optout add|remove|check|import`: the company's do-not-contact list.

Contacts are normalised and stored as keyed hashes only (see bot/db/optout.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bot.cli import UsageError

#: Malformed rows printed one by one; beyond that, a count.
MAX_ERRORS_SHOWN = 20


def _parse(contact: str):
    from bot.db.optout import ContactError, normalise_contact

    try:
        return normalise_contact(contact)
    except ContactError as exc:
        raise UsageError(f"{exc}; expected an e-mail address or a phone number") from None


def _import_with_progress(optout, path: Path):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return optout.import_csv(path)
    with Progress(
        TextColumn("importing {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(path.name, total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return optout.import_csv(path, progress=progress)


def register(app: typer.Typer) -> None:
    """Attach `gardefou optout …` to the CLI."""
    optout_app = typer.Typer(
        help="The do-not-contact list (stored as keyed hashes, never in clear).",
        no_args_is_help=True,
    )

    @optout_app.command("add")
    def add(
        contact: Annotated[str, typer.Argument(help="E-mail address or phone number.")],
    ) -> None:
        """Put a contact on the do-not-contact list."""
        from bot.db import get_optout

        parsed = _parse(contact)
        added = get_optout().add(contact)
        state = "added to" if added else "already on"
        typer.echo(f"{parsed.value} ({parsed.kind}): {state} the do-not-contact list")

    @optout_app.command("remove")
    def remove(contact: Annotated[str, typer.Argument()]) -> None:
        """Take a contact off the do-not-contact list."""
        from bot.db import get_optout

        parsed = _parse(contact)
        removed = get_optout().remove(contact)
        state = "removed from" if removed else "was not on"
        typer.echo(f"{parsed.value} ({parsed.kind}): {state} the do-not-contact list")

    @optout_app.command("check")
    def check(
        contact: Annotated[str, typer.Argument()],
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Is this contact on the do-not-contact list? (exit 0 either way)"""
        from bot.db import get_optout

        parsed = _parse(contact)
        listed = get_optout().contains(contact)
        if as_json:
            typer.echo(json.dumps({"contact": parsed.value, "kind": parsed.kind, "listed": listed}))
            return
        if listed:
            typer.echo(
                f"{parsed.value} ({parsed.kind}): ON the do-not-contact list - do not contact "
                "(objection, GDPR art. 21)"
            )
        else:
            typer.echo(f"{parsed.value} ({parsed.kind}): not on the do-not-contact list")

    @optout_app.command("import")
    def import_(
        csv_file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="One contact per row.")],
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Import a CSV file (one contact per row, header optional); bad rows are reported."""
        from bot.db import get_optout

        if not csv_file.is_file():
            raise UsageError(f"{csv_file}: no such file; give a CSV file, one contact per row")
        report = _import_with_progress(get_optout(), csv_file)
        if as_json:
            typer.echo(report.model_dump_json())
            return
        typer.echo(
            f"{csv_file.name}: {report.rows} rows, {report.added} added, "
            f"{report.already_listed} already on the list"
            + (
                f", {report.duplicates_in_file} duplicates in the file"
                if report.duplicates_in_file
                else ""
            )
            + f", {len(report.errors)} malformed ({report.seconds:.1f} s)"
        )
        for error in report.errors[:MAX_ERRORS_SHOWN]:
            typer.echo(f"line {error.line}: {error.reason}")
        if len(report.errors) > MAX_ERRORS_SHOWN:
            typer.echo(f"… and {len(report.errors) - MAX_ERRORS_SHOWN} more malformed rows")

    app.add_typer(optout_app, name="optout")
