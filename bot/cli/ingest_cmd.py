"""`gardefou ingest [PATH…]`: (re)build the knowledge index, incrementally, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.cli import UsageError


class _Bar:
    """ingest.index.Progress drawn with rich on the terminal (stderr)."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            transient=True,
            console=_stderr_console(),
        )
        self._task: int | None = None

    def __enter__(self) -> _Bar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def start(self, stage: str, total: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, visible=False)
        self._task = self._progress.add_task(stage, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def register(app: typer.Typer) -> None:
    @app.command(
        "ingest",
        help="(Re)build the knowledge index from knowledge/, the seed articles (GARDEFOU_SEEDS_DIR) "
        "and any PATH given (remembered for later runs). Incremental: unchanged files cost nothing.",
    )
    def ingest(
        paths: Annotated[
            list[Path] | None, typer.Argument(help="extra files or folders (md, txt, html, pdf)")
        ] = None,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="no progress, no summary")
        ] = False,
    ) -> None:
        from ingest.index import IngestBusy
        from ingest.index import ingest as run

        for path in paths or []:
            if not path.exists():
                raise UsageError(f"no such file or directory: {path}")
        show_bar = not quiet and sys.stderr.isatty()
        try:
            if show_bar:
                with _Bar() as bar:
                    report = run(paths or [], progress=bar)
            else:
                report = run(paths or [])
        except IngestBusy as exc:
            print(f"gardefou: {exc}", file=sys.stderr)
            raise SystemExit(1) from None
        for skipped in report.skipped:
            print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if not quiet:
            print(
                f"files: {report.files} ({report.changed} new or changed, {report.unchanged} "
                f"unchanged, {report.removed} removed), passages: {report.passages}, "
                f"embedded: {report.embedded}, skipped: {len(report.skipped)}, "
                f"seconds: {report.seconds:.2f}"
            )
