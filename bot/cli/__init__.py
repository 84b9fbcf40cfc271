"""`gardefou` command line. Each command group lives in its own module and registers itself.

Exit codes (INTERFACE.md): 0 for any verdict, 2 for a usage error with a one-line message,
1 for an internal failure (a message, never a bare traceback unless GARDEFOU_DEBUG=1).
"""

from __future__ import annotations

import os
import sys

import typer
from pydantic import ValidationError

try:  # typer >= 0.20 vendors its own click
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover
    from click import exceptions as click_exc

app = typer.Typer(
    name="gardefou",
    help="Is this prospecting action allowed under French and EU data-protection law?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class UsageError(Exception):
    """Bad input from the user: printed on one line, exit 2."""


def _register_all() -> None:
    # Imported here so that `gardefou --help` stays fast and one broken module names itself.
    from bot.cli import (
        ask,
        chat,
        check,
        eval_cmd,
        ingest_cmd,
        log_cmd,
        optout_cmd,
        rules_cmd,
        search_cmd,
        serve,
        sources_cmd,
    )

    for module in (check, ask, search_cmd, ingest_cmd, serve, chat, log_cmd, optout_cmd, eval_cmd):
        module.register(app)
    rules_cmd.register(app)
    sources_cmd.register(app)


def _setting_problem(exc: ValidationError) -> str:
    """One line naming the setting and what is wrong (never its value: it may be a secret)."""
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ())) or exc.title
    return f"setting {where} is invalid: {first.get('msg', 'bad value')}"


def main(argv: list[str] | None = None) -> None:
    _register_all()
    try:
        code = app(args=argv, standalone_mode=False, prog_name="gardefou")
        # Without standalone mode, click returns a command's typer.Exit code instead of exiting.
        if isinstance(code, int) and code:
            sys.exit(code)
    except UsageError as exc:
        print(f"gardefou: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except click_exc.NoArgsIsHelpError:
        sys.exit(0)
    except click_exc.UsageError as exc:
        print(f"gardefou: error: {exc.format_message()}", file=sys.stderr)
        sys.exit(2)
    except ValidationError as exc:
        if exc.title != "Settings":
            print(f"gardefou: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            sys.exit(1)
        # a bad setting in the environment or .env: a usage error, on one line
        print(f"gardefou: error: {_setting_problem(exc)}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        print("gardefou: aborted", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except BaseException as exc:
        if os.environ.get("GARDEFOU_DEBUG"):
            raise
        print(f"gardefou: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
