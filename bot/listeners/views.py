"""The `/rgpd-check` modal submitted: facts checked, the answer posted where the command was run."""

from __future__ import annotations

import json
import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.listeners.replies import answer_and_post
from bot.listeners.services import Services
from bot.views.check_modal import CHECK_MODAL, submitted_pairs
from rules.facts import FactError, canonical_key, parse_facts

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    def ack_submit(ack: Ack, view: dict) -> None:
        pairs = submitted_pairs(view)
        try:
            parse_facts(pairs)
        except FactError as exc:  # the modal stays open with the error under the field
            ack(response_action="errors", errors={_block_of(str(exc), pairs): str(exc)[:150]})
            return
        ack()

    def on_submit(body: dict, view: dict, client: WebClient) -> None:
        pairs = submitted_pairs(view)
        try:
            facts = parse_facts(pairs)
        except FactError:
            return
        user = body["user"]["id"]
        channel = json.loads(view.get("private_metadata") or "{}").get("channel") or user
        question = "/rgpd-check " + " ".join(f"{k}={v}" for k, v in pairs.items())
        answer_and_post(
            client,
            services,
            lambda: services.pipeline.check(
                facts, surface="slack", user=user, channel=channel, record=False
            ),
            channel=channel,
            user=user,
            question=question,
        )

    app.view(CHECK_MODAL)(ack=ack_submit, lazy=[on_submit])


def _block_of(message: str, pairs: dict[str, str]) -> str:
    """The input the error is about (its block id is the fact's key)."""
    for raw in pairs:
        if message.startswith(f"{canonical_key(raw)}=") or f"'{raw}'" in message:
            return raw
    return "hour" if "hour" in message else next(iter(pairs), "channel")
