"""`gardefou rules [--lang fr|en] [--markdown]` and `gardefou rules show ID [--lang]`: the rulebook a
compliance officer reviews — what Gardefou answers and why, in words (rules/explain.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli import UsageError


def _check_lang(lang: str) -> str:
    if lang not in ("fr", "en"):
        raise UsageError(f"--lang {lang!r}: accepted values: fr, en")
    return lang


def register(app: typer.Typer) -> None:
    """Attach `gardefou rules …` to the CLI."""
    rules_app = typer.Typer(
        help="The rules in words: list them, or explain one (conditions, bases, cases).",
        invoke_without_command=True,
    )

    @rules_app.callback()
    def list_rules(
        ctx: typer.Context,
        lang: Annotated[str, typer.Option("--lang", help="fr or en")] = "fr",
        markdown: Annotated[
            bool, typer.Option("--markdown", help="print the whole rulebook (docs/rulebook.md)")
        ] = False,
    ) -> None:
        """List the rules: id, title, verdict, period, bases, status."""
        if ctx.invoked_subcommand is not None:
            return
        from rules.explain import rule_list_markdown, rulebook_markdown
        from rules.rulebook import PREFACE, load_cases

        lang = _check_lang(lang)
        if markdown:
            print(rulebook_markdown(lang, load_cases(), PREFACE[lang]), end="")
        else:
            print(rule_list_markdown(lang))

    @rules_app.command("show")
    def show(
        rule_id: Annotated[str, typer.Argument(help="a rule id, e.g. R16 or R17.2026")],
        lang: Annotated[str, typer.Option("--lang", help="fr or en")] = "fr",
    ) -> None:
        """Explain one rule in words: conditions, exceptions, obligations, bases, figures, cases."""
        from rules.explain import explain_id
        from rules.rulebook import load_cases
        from rules.table import rule_index

        lang = _check_lang(lang)
        if rule_id not in rule_index():
            raise UsageError(f"unknown rule id {rule_id!r}; `gardefou rules` lists them")
        print(explain_id(rule_id, lang, load_cases()), end="")

    app.add_typer(rules_app, name="rules")
