"""Slash commands: /rgpd QUESTION, /rgpd-check KEY=VALUE… (a modal without argument), /rgpd-log.

Each acks at once (Slack waits 3 s) in the request's thread; the answer is a lazy listener, posted
afterwards from Bolt's executor. Errors and refusals go in the ack, shown to the caller only.
"""

from __future__ import annotations

import json
import logging
import shlex

from slack_bolt import Ack, App, BoltContext, BoltRequest, Respond
from slack_sdk import WebClient

from bot.listeners.log_query import latest_flagged, parse_query
from bot.listeners.replies import answer_and_post
from bot.listeners.services import Services
from bot.views.check_modal import check_modal
from bot.views.labels import fact_name
from bot.views.log import log_blocks, log_text
from rules.facts import FactError, accepted_keys, accepted_values, parse_pairs

log = logging.getLogger(__name__)

WORKING = "Je regarde… ⏳"
NOT_MANAGER = (
    "Désolé, le journal des questions est réservé aux responsables (GARDEFOU_MANAGERS). "
    "Pour une question, utilisez `/rgpd` ; pour un cas délicat, le bouton « Demander au DPO »."
)


REPLAYED = "gardefou_replayed"


def register(app: App, services: Services) -> None:
    def first_delivery(request: BoltRequest, context: BoltContext) -> bool:
        """A signed command sent again within Slack's 5 minutes (a replay) carries the same
        signature: only its first delivery is answered. The ack marks the context, which Bolt
        copies to the lazy listener that answers."""
        signature = (request.headers.get("x-slack-signature") or [""])[0]
        if signature and not services.claim(f"cmd:{signature}"):
            log.info("a slash command was delivered again with the same signature; ignored")
            context[REPLAYED] = True
            return False
        return True

    def ack_rgpd(ack: Ack, command: dict, request: BoltRequest, context: BoltContext) -> None:
        if not first_delivery(request, context):
            ack()
            return
        if (command.get("text") or "").strip():
            ack(text=WORKING)
        else:
            ack(
                text="Usage : `/rgpd VOTRE QUESTION`, par ex. `/rgpd Je peux appeler un "
                "particulier le samedi ?`"
            )

    def rgpd(command: dict, client: WebClient, respond: Respond, context: BoltContext) -> None:
        question = (command.get("text") or "").strip()
        if not question or context.get(REPLAYED):
            return
        channel, user = command["channel_id"], command["user_id"]
        answer_and_post(
            client,
            services,
            lambda: services.pipeline.ask(
                question, surface="slack", user=user, channel=channel, record=False
            ),
            channel=channel,
            user=user,
            question=question,
            respond=respond,
        )

    def ack_rgpd_check(
        ack: Ack, command: dict, client: WebClient, request: BoltRequest, context: BoltContext
    ) -> None:
        if not first_delivery(request, context):
            ack()
            return
        text = (command.get("text") or "").strip()
        if not text:
            ack()
            # Inline, not lazy: the trigger id expires 3 s after the command.
            metadata = json.dumps({"channel": command["channel_id"]})
            client.views_open(trigger_id=command["trigger_id"], view=check_modal(metadata))
            return
        try:
            parse_pairs(_words(text))
        except FactError as exc:
            ack(response_type="ephemeral", text=vocabulary_help(str(exc)))
            return
        ack(text=WORKING)

    def rgpd_check(
        command: dict, client: WebClient, respond: Respond, context: BoltContext
    ) -> None:
        if context.get(REPLAYED):
            return
        text = (command.get("text") or "").strip()
        try:
            facts = parse_pairs(_words(text))
        except FactError:
            return  # already explained in the ack (or the modal was opened)
        channel, user = command["channel_id"], command["user_id"]
        answer_and_post(
            client,
            services,
            lambda: services.pipeline.check(
                facts, surface="slack", user=user, channel=channel, record=False
            ),
            channel=channel,
            user=user,
            question=f"/rgpd-check {text}",
            respond=respond,
        )

    def rgpd_log(ack: Ack, command: dict) -> None:
        user = command["user_id"]
        if not services.is_manager(user):
            ack(response_type="ephemeral", text=NOT_MANAGER)
            return
        query = parse_query(command.get("text"))
        try:
            rows = latest_flagged(services, user, query.filter, query.days)
        except Exception:
            log.exception("could not read the log")
            ack(response_type="ephemeral", text="Le journal est indisponible pour le moment.")
            return
        blocks = [b.to_dict() for b in log_blocks(rows, query.filter)]
        ack(response_type="ephemeral", text=log_text(rows, query.filter), blocks=blocks)

    app.command("/rgpd")(ack=ack_rgpd, lazy=[rgpd])
    app.command("/rgpd-check")(ack=ack_rgpd_check, lazy=[rgpd_check])
    app.command("/rgpd-log")(rgpd_log)


def _words(text: str) -> list[str]:
    """``canal=email contact="06 12 34 56 78"``: quotes keep spaces; Slack's curly quotes too."""
    text = text.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def vocabulary_help(problem: str) -> str:
    lines = [f"⚠️ {problem}", "", "*Clés et valeurs acceptées* (`/rgpd-check clé=valeur …`) :"]
    for key in accepted_keys():
        lines.append(f"• `{key}` ({fact_name(key, 'fr')}) : {', '.join(accepted_values(key))}")
    lines.append("Exemple : `/rgpd-check channel=email audience=b2c consent=no`")
    return "\n".join(lines)
