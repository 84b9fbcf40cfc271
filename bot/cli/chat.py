"""`gardefou chat`: a terminal chat on the Slack pipeline, keeping the facts of the conversation
like a Slack thread ("et si c'est un client ?" changes one fact of the previous case).

With standard input not a terminal, it answers each line and exits at end of input, so that
`echo QUESTION | make run` works.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from bot.cli.output import parse_date, print_answer
from rules.decision import Verdict
from rules.facts import FactError, Facts, parse_facts

_CASE_VERDICTS = (Verdict.allowed, Verdict.forbidden, Verdict.needs_info)
_QUIT = {"quit", "exit", "q", ":q", "bye", "au revoir", "quitter"}


def thread_facts(answer: Any, previous: Facts | None) -> Facts | None:
    """The facts a follow-up builds on: those of the last case answered (else the previous)."""
    if answer.verdict not in _CASE_VERDICTS or not answer.facts:
        return previous
    try:
        return parse_facts({k: str(v) for k, v in answer.facts.items()})
    except FactError:
        return previous


def register(app: typer.Typer) -> None:
    @app.command("chat", help="Chat in the terminal, on the same pipeline as Slack.")
    def chat(
        date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
        lang: Annotated[
            str | None, typer.Option("--lang", help="fr or en (default: detected)")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print JSON answers")] = False,
    ) -> None:
        from bot.cli.ask import _check_lang

        run_chat(parse_date(date), _check_lang(lang), as_json)


def run_chat(on: Any, lang: str | None, as_json: bool) -> None:
    from rich.console import Console

    from bot.pipeline import get_pipeline

    pipeline = get_pipeline()
    # The index (and the official-changes database) load while the user types the first question.
    import threading

    from bot.cli.ask import warm_retrieval

    threading.Thread(target=warm_retrieval, args=(pipeline,), daemon=True).start()
    interactive = sys.stdin.isatty()
    console = Console(highlight=False)
    if interactive:
        console.print(
            "[bold]Gardefou[/] — posez votre question de prospection (FR/EN). "
            "« nouveau » repart de zéro, « quit » pour sortir."
        )
    from bot.cli.ask import stdin_lines

    context: Facts | None = None
    thread = "chat"
    piped = None if interactive else stdin_lines()
    while True:
        try:
            line = console.input("[bold cyan]> [/]") if piped is None else next(piped, "")
        except (EOFError, KeyboardInterrupt):
            break
        if not interactive and line == "":
            break  # end of input
        question = line.strip()
        if not question:
            continue
        if question.lower() in _QUIT:
            break
        if question.lower() in ("nouveau", "new", "reset", "/new"):
            context = None
            if interactive:
                console.print("(nouvelle conversation)")
            continue
        answer = pipeline.ask(
            question, on, lang=lang, context=context, surface="chat", thread=thread
        )
        context = thread_facts(answer, context)
        print_answer(answer, as_json)
        if not as_json:
            print(flush=True)
