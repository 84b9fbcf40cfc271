"""App Home tab: for managers, the latest flagged questions with a filter; for reps, how to ask."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import (
    ActionsBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.views.log import FILTERS, LogRow, log_blocks

HOME_FILTER = "home_filter"

USAGE = (
    "*Comment me demander ?*\n"
    "• Mentionnez-moi dans un canal ou écrivez-moi en message privé : « Je peux appeler un "
    "particulier trouvé dans l'annuaire ? »\n"
    "• `/rgpd QUESTION` — même réponse, depuis n'importe quel canal\n"
    "• `/rgpd-check canal=email cible=b2c consentement=non` — un contact précis "
    "(sans argument : un formulaire)\n"
    "• Répondez dans le fil pour préciser : « et si c'est un client ? »"
)


def home_view(rows: Sequence[LogRow] | None, filter_: str = "all") -> View:
    """``rows`` is None for someone who is not a manager: the log is then not shown at all."""
    blocks = [
        HeaderBlock(text="Gardefou — prospection et RGPD"),
        SectionBlock(text=MarkdownTextObject(text=USAGE)),
    ]
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
