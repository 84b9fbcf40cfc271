"""The `/rgpd-check` modal: each fact of the vocabulary as a select (or a short input)."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    DatePickerElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.views.labels import fact_name, value_name
from rules.facts import ENUM_FACTS

CHECK_MODAL = "rgpd_check_modal"
#: The facts offered, most decisive first; action/comment_kind are reached through questions.
SELECT_FACTS = [
    "channel",
    "audience",
    "address",
    "customer",
    "ongoing_contract",
    "related_offer",
    "source",
    "consent",
    "partner_consent",
    "informed",
    "objected",
    "bloctel",
    "sector",
    "weekday",
]
DATE_FACTS = ["date", "last_contact"]


def check_modal(private_metadata: str = "") -> View:
    blocks: list[Any] = []
    for key in SELECT_FACTS:
        options = [
            Option(value=m.value, text=value_name(m.value, "fr")[:75]) for m in ENUM_FACTS[key]
        ]
        blocks.append(
            InputBlock(
                block_id=key,
                optional=True,
                label=fact_name(key, "fr").capitalize(),
                element=StaticSelectElement(
                    action_id="value", placeholder="inconnu", options=options
                ),
            )
        )
    blocks.append(
        InputBlock(
            block_id="hour",
            optional=True,
            label="Heure de l'appel (0–23)",
            element=PlainTextInputElement(action_id="value", max_length=2),
        )
    )
    for key in DATE_FACTS:
        blocks.append(
            InputBlock(
                block_id=key,
                optional=True,
                label=fact_name(key, "fr").capitalize(),
                element=DatePickerElement(action_id="value"),
            )
        )
    blocks.append(
        InputBlock(
            block_id="contact",
            optional=True,
            label="Contact (e-mail ou téléphone)",
            hint="Vérifié dans la liste d'opposition ; jamais affiché dans un canal.",
            element=PlainTextInputElement(action_id="value", max_length=320),
        )
    )
    return View(
        type="modal",
        callback_id=CHECK_MODAL,
        title="Vérifier un contact",
        submit="Vérifier",
        close="Annuler",
        private_metadata=private_metadata,
        blocks=blocks,
    )


def submitted_pairs(view: dict[str, Any]) -> dict[str, str]:
    """The state of a submitted modal -> raw KEY=VALUE pairs (unset fields left out)."""
    pairs: dict[str, str] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        state = actions.get("value") or {}
        value = (
            (state.get("selected_option") or {}).get("value")
            or state.get("selected_date")
            or (state.get("value") or "").strip()
        )
        if value:
            pairs[block_id] = value
    return pairs
