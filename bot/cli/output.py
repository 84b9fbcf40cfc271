"""Shared printing of an Answer on the terminal (rich) or as JSON, and option parsing."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.markup import escape

from bot.answer import Answer
from bot.citation_labels import authority_word, link_label
from bot.cli import UsageError
from bot.render import verdict_label
from rules.derive import ASK_AT_ONCE

_STYLE = {
    "allowed": "bold green",
    "forbidden": "bold red",
    "needs_info": "bold yellow",
    "info": "bold blue",
    "out_of_scope": "bold magenta",
}


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    from rules.facts import FactError, check_date_range

    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date; expected YYYY-MM-DD") from None
    try:
        check_date_range(day, "--date")
    except FactError as exc:
        raise UsageError(str(exc)) from None
    return day


def print_answer(answer: Answer, as_json: bool) -> None:
    if as_json:
        print(answer.to_json(), flush=True)
        return
    console = Console(highlight=False, soft_wrap=True)
    en = answer.language == "en"
    console.print(
        f"[{_STYLE[answer.verdict.value]}]{verdict_label(answer.verdict, answer.language)}[/] "
        f"({answer.date.isoformat()})"
    )
    console.print(escape(answer.summary))
    if answer.facts:
        console.print("[bold]" + ("Facts understood" if en else "Faits compris") + "[/]")
        for key, value in answer.facts.items():
            span = answer.facts_evidence.get(key)
            console.print(escape(f"  • {key} = {value}" + (f" — « {span} »" if span else "")))
    for title, items in (
        ("To do" if en else "À faire", answer.obligations),
        ("Warnings" if en else "Attention", answer.warnings),
    ):
        if items:
            console.print(f"[bold]{title}[/]")
            for item in items:
                console.print(escape(f"  • {item}"))
    if answer.missing_facts:
        # Ask little: the questions that settle most now; the others after the next answer.
        console.print("[bold]" + ("Tell me" if en else "Précisez") + "[/]")
        for missing in answer.missing_facts[:ASK_AT_ONCE]:
            console.print(escape(f"  • {missing.question} ({' / '.join(missing.options)})"))
        later = [m.fact for m in answer.missing_facts[ASK_AT_ONCE:]]
        if later:
            console.print(escape(("  Then: " if en else "  Ensuite : ") + ", ".join(later)))
    if answer.alternatives:
        console.print(
            "[bold]" + ("What would change it" if en else "Ce qui changerait la réponse") + "[/]"
        )
        for alt in answer.alternatives:
            console.print(escape(f"  • {alt.explanation}"))
    for change in answer.changes_over_time:
        console.print(f"  ⏱ {change.from_.isoformat()}: {change.verdict.value} ({change.rule_id})")
    if answer.legal_basis:
        console.print("[bold]" + ("Legal basis" if en else "Base légale") + "[/]")
        for basis in answer.legal_basis:
            console.print(escape(f"  • {basis.ref} — {basis.url}"))
    if answer.citations:
        console.print("[bold]Sources[/]")
        for c in answer.citations:
            lang = answer.language
            link = f"\n    {link_label(c, lang)} : {c.url}" if c.url else ""
            console.print(
                escape(f"  • {c.title} [{authority_word(c, lang)}]{link}\n    « {c.excerpt} »")
            )
