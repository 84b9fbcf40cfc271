"""App Home tab: for managers, the latest flagged questions with a filter; for reps, how to ask."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.views.log import FILTERS, LogRow, log_blocks

if TYPE_CHECKING:
    from ingest.sources.changes import ChangeRecord

HOME_FILTER = "home_filter"
SOURCE_REVIEWED = "source_reviewed"  # button value: the change's number
_DIFF_LINES = 6
_DIFF_CHARS = 600

USAGE = (
    "*Comment me demander ?*\n"
    "• Mentionnez-moi dans un canal ou écrivez-moi en message privé : « Je peux appeler un "
    "particulier trouvé dans l'annuaire ? »\n"
    "• `/rgpd QUESTION` — même réponse, depuis n'importe quel canal\n"
    "• `/rgpd-check canal=email cible=b2c consentement=non` — un contact précis "
    "(sans argument : un formulaire)\n"
    "• Répondez dans le fil pour préciser : « et si c'est un client ? »"
)


def home_view(
    rows: Sequence[LogRow] | None,
    filter_: str = "all",
    changes: Sequence[ChangeRecord] = (),
) -> View:
    """``rows`` is None for someone who is not a manager: the log is then not shown at all, nor
    the official texts that changed (``changes``, each with a "mark reviewed" button)."""
    blocks: list[Block] = [
        HeaderBlock(text="Gardefou — prospection et RGPD"),
        SectionBlock(text=MarkdownTextObject(text=USAGE)),
    ]
    if rows is not None and changes:
        blocks += changed_texts_blocks(changes)
    if rows is not None:
        options = [Option(value=key, text=label) for key, label in FILTERS.items()]
        selected = next((o for o in options if o.value == filter_), options[0])
        blocks += [
            DividerBlock(),
            HeaderBlock(text="Questions signalées"),
            ActionsBlock(
                block_id="home_filters",
                elements=[
                    StaticSelectElement(
                        action_id=HOME_FILTER,
                        placeholder="Filtrer",
                        options=options,
                        initial_option=selected,
                    )
                ],
            ),
            *log_blocks(rows, filter_),
        ]
    return View(type="home", blocks=blocks[:100])


def changed_texts_blocks(changes: Sequence[ChangeRecord]) -> list[Block]:
    """The law watch: each official text that changed, the rules to review, what changed."""
    blocks: list[Block] = [DividerBlock(), HeaderBlock(text="Textes officiels modifiés — à revoir")]
    for change in changes[:15]:  # 100 blocks at most in a Home tab
        rules = ", ".join(change.rule_ids) or "aucune règle listée"
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=f"*<{change.url}|{change.label}>* a changé le "
                    f"{change.detected_at.date().isoformat()} (changement n° {change.id})\n"
                    f"Règles à revoir : {rules}"
                ),
                accessory=ButtonElement(
                    action_id=SOURCE_REVIEWED,
                    text="Marquer comme revu",
                    value=str(change.id),
                    style="primary",
                ),
            )
        )
        shown = _diff_excerpt(change.diff)
        if shown:
            blocks.append(ContextBlock(elements=[MarkdownTextObject(text=f"```{shown}```")]))
    return blocks


def _diff_excerpt(diff: str) -> str:
    """The first removed and added lines of the diff: enough to see what moved."""
    lines = [
        line
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ][:_DIFF_LINES]
    text = "\n".join(lines)
    return text if len(text) <= _DIFF_CHARS else text[: _DIFF_CHARS - 1] + "…"
