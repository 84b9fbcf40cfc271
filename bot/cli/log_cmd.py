"""`gardefou log list|show|export|purge|audit`: the managers' log, read from the command line.

Every read is recorded in the access audit as viewer ``cli:$USER``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
from pathlib import Path
from typing import Annotated

import typer

from bot.cli import UsageError

_RELATIVE = re.compile(r"^(\d+)\s*([dhw])$")
#: Largest id a database integer column holds (SQLite and PostgreSQL BIGINT).
MAX_ID = 2**63 - 1


def cli_viewer() -> str:
    try:
        user = os.environ.get("USER") or getpass.getuser()
    except (OSError, KeyError):  # no login name in a container
        user = "unknown"
    return f"cli:{user}"


def parse_since(value: str | None, now: dt.datetime | None = None) -> dt.datetime | None:
    """`YYYY-MM-DD`, an ISO date-time, or a span back from now: `7d`, `12h`, `2w`."""
    if value is None:
        return None
    text = value.strip().lower()
    if match := _RELATIVE.match(text):
        amount, unit = int(match.group(1)), match.group(2)
        span = {"d": dt.timedelta(days=1), "h": dt.timedelta(hours=1), "w": dt.timedelta(weeks=1)}
        return (now or dt.datetime.now(dt.UTC)) - amount * span[unit]
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"--since {value!r} is not understood; accepted: YYYY-MM-DD, an ISO date-time, "
            "or 7d / 12h / 2w"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _create_owner_only(path: Path) -> None:
    """The export holds the log (masked, but still about people): mode 0600, even over an old
    file of another mode."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        path.chmod(0o600)
    except OSError as exc:
        raise UsageError(f"--csv {path}: {exc.strerror}") from None


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _line(record) -> str:
    flag = "FLAG" if record.flagged else "    "
    marks = "".join(
        [
            "E" if record.escalated else "",
            {"up": "+", "down": "-"}.get(record.feedback or "", ""),
            "R" if record.resolved else "",
        ]
    )
    return (
        f"#{record.id:<5} {record.created_at:%Y-%m-%d %H:%M}  {record.surface:<5} "
        f"{_short(record.user or '-', 14):<14} {record.verdict:<12} {flag} {marks:<3} "
        f"{_short(','.join(record.rule_ids) or '-', 18):<18} "
        f"{_short(record.question or record.summary, 60)}"
    )


def register(app: typer.Typer) -> None:
    """Attach `gardefou log …` to the CLI."""
    log_app = typer.Typer(
        help="The managers' log: flagged questions, feedback, escalations (personal data masked).",
        no_args_is_help=True,
    )

    @log_app.command("list")
    def list_(
        flagged: Annotated[bool, typer.Option("--flagged", help="Only flagged entries.")] = False,
        since: Annotated[
            str | None, typer.Option("--since", help="YYYY-MM-DD, ISO date-time, or 7d/12h/2w.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="One JSON array.")] = False,
        limit: Annotated[
            int, typer.Option("--limit", min=1, max=100_000, help="At most N entries.")
        ] = 50,
    ) -> None:
        """List log entries, newest first (flagged: forbidden, needs_info unresolved,
        escalated, 👎)."""
        from bot.db import get_journal

        records = get_journal().list(
            flagged_only=flagged, since=parse_since(since), limit=limit, viewer=cli_viewer()
        )
        if as_json:
            typer.echo(json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False))
            return
        if not records:
            typer.echo("no log entries" + (" flagged" if flagged else ""))
            return
        for record in records:
            typer.echo(_line(record))

    @log_app.command("show")
    def show(
        entry_id: Annotated[int, typer.Argument(metavar="ID", help="Entry id (from log list).")],
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Show one log entry in full."""
        from bot.db import get_journal

        if not 1 <= entry_id <= MAX_ID:
            raise UsageError(f"no log entry with id {entry_id}; see `gardefou log list`")
        record = get_journal().get(entry_id, viewer=cli_viewer())
        if record is None:
            raise UsageError(f"no log entry with id {entry_id}; see `gardefou log list`")
        if as_json:
            typer.echo(record.model_dump_json())
            return
        for key, value in record.model_dump(mode="json").items():
            if isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False)
            typer.echo(f"{key:<13} {value if value is not None else '-'}")

    @log_app.command("export")
    def export(
        csv_file: Annotated[Path, typer.Option("--csv", help="CSV file to write.")],
        flagged: Annotated[bool, typer.Option("--flagged")] = False,
        since: Annotated[str | None, typer.Option("--since")] = None,
    ) -> None:
        """Export the log (as stored, masked) to a CSV file."""
        from bot.db import get_journal

        if csv_file.parent and not csv_file.parent.exists():
            raise UsageError(f"--csv {csv_file}: directory {csv_file.parent} does not exist")
        if csv_file.is_dir():
            raise UsageError(f"--csv {csv_file} is a directory; name the CSV file to write")
        _create_owner_only(csv_file)
        count = get_journal().export_csv(
            csv_file, flagged_only=flagged, since=parse_since(since), viewer=cli_viewer()
        )
        typer.echo(f"exported {count} log entries to {csv_file}")

    @log_app.command("purge")
    def purge(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Delete entries older than GARDEFOU_LOG_RETENTION_DAYS (default 365)."""
        from bot.db import get_journal

        result = get_journal().purge(viewer=cli_viewer())
        if as_json:
            typer.echo(result.model_dump_json())
            return
        typer.echo(
            f"purged {result.entries} log entries older than {result.cutoff:%Y-%m-%d %H:%M} UTC "
            f"(retention {result.retention_days} days)"
        )

    @log_app.command("audit")
    def audit(
        limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Who read the log, and when (newest first)."""
        from bot.db import get_journal

        accesses = get_journal().accesses(limit=limit)
        if as_json:
            typer.echo(json.dumps([a.model_dump(mode="json") for a in accesses]))
            return
        for access in accesses:
            typer.echo(
                f"{access.at:%Y-%m-%d %H:%M:%S}  {access.viewer:<24} {access.action:<7} "
                f"{json.dumps(access.detail)[:80]}"
            )

    app.add_typer(log_app, name="log")
