"""`gardefou ask`: one free-text question, or one per line from standard input (JSONL out)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
import threading
from typing import Annotated

import typer

from bot.cli import UsageError
from bot.cli.output import parse_date, print_answer


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("fr", "en"):
        raise UsageError(f"--lang {lang!r}: accepted values: fr, en")
    return lang


def register(app: typer.Typer) -> None:
    @app.command(
        "ask",
        help="Answer a free-text question (French or English). `ask --json -` reads one question "
        "per line from standard input and writes one JSON answer per line.",
    )
    def ask(
        question: Annotated[
            list[str] | None, typer.Argument(help="the question, or - for stdin")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the JSON answer")] = False,
        date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
        lang: Annotated[
            str | None, typer.Option("--lang", help="fr or en (default: detected)")
        ] = None,
    ) -> None:
        from bot.pipeline import get_pipeline
        from bot.settings import get_settings

        on = parse_date(date)
        lang = _check_lang(lang)
        if not question:
            raise UsageError(
                'no question given; e.g. gardefou ask "Puis-je envoyer un SMS à un client ?"'
            )
        if question == ["-"]:
            _ask_stream(on, lang, as_json)
            return
        # An empty question gets an answer saying so; bytes that are not UTF-8 (the shell passes
        # them through) become U+FFFD, answered as unreadable and logged like any question.
        text = readable(" ".join(question))
        settings = get_settings()
        if settings.dense == "background":
            # One answer and the process ends: an embedder loading behind it would never serve,
            # and only compete with the answer for the CPU (~1 s measured).
            settings = settings.model_copy(update={"dense": "off"})
        from bot.db.log_writer import BackgroundLog

        pipeline = get_pipeline(settings)
        # The answer is shown first; the log entry is written before the process ends (its
        # masking loads the French NER model for any capitalised word: ~5 s).
        with BackgroundLog(pipeline) as log_writer:
            answer = pipeline.ask(text, on, lang=lang, surface="cli", record=False)
            print_answer(answer, as_json)
            log_writer.record(text, answer, surface="cli")


def readable(text: str) -> str:
    """``text`` as valid UTF-8: undecodable argv bytes (surrogate escapes) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def stdin_lines():
    """Lines of standard input as text; undecodable bytes become U+FFFD (answered as unreadable)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream (tests, some embedders)
        yield from sys.stdin
        return
    for raw in buffer:
        yield raw.decode("utf-8", errors="replace")


def _ask_stream(on: dt.date | None, lang: str | None, as_json: bool) -> None:
    """One answer per input line, same order; the models load once for the whole stream."""
    from bot.db.log_writer import BackgroundLog
    from bot.pipeline import get_pipeline

    pipeline = get_pipeline()
    # The index starts loading while the first question is read and understood (the embedder,
    # torch, only at the first search that needs it); lingua loads only for a language the word
    # lists cannot tell; the log is written behind the answers (its French NER model loads
    # there, off the answers' path).
    threading.Thread(target=warm_retrieval, args=(pipeline,), daemon=True).start()
    with BackgroundLog(pipeline) as log_writer:
        _answer_lines(pipeline, log_writer, on, lang, as_json)


def warm_retrieval(pipeline) -> None:
    # A missing index or a down server: the first question meets it and reports it properly.
    # The BM25 index and the database of official-text changes (SQLAlchemy, migrations: ~0.5 s)
    # load here; the embedder loads at the first search (GARDEFOU_DENSE) and only if one is needed.
    with contextlib.suppress(Exception):
        pipeline.retriever.warm()
    with contextlib.suppress(Exception):
        _ = pipeline.source_changes


def _answer_lines(pipeline, log_writer, on: dt.date | None, lang: str | None, as_json: bool):
    for number, line in enumerate(stdin_lines(), start=1):
        question = line.rstrip("\r\n")
        # Every input line gets one output line, so that answers line up with questions.
        if not question.strip():
            _print_error(number, "empty question", as_json)
            continue
        answer = pipeline.ask(question, on, lang=lang, surface="cli", record=False)
        if as_json:
            print(answer.to_json(), flush=True)
        else:
            print(answer.summary, flush=True)
        log_writer.record(question, answer, surface="cli")


def _print_error(number: int, problem: str, as_json: bool) -> None:
    message = f"line {number}: {problem}"
    print(json.dumps({"error": message}) if as_json else f"error: {message}", flush=True)
