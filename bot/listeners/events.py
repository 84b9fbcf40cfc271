"""Mentions and DMs: the question is answered in its thread; a reply in that thread continues the
same case (the facts already given are kept, the new message changes or adds some)."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.listeners.replies import ask_to_wait, post_answer, post_error
from bot.listeners.services import Services
from bot.listeners.slack_text import plain_question
from bot.views.home import home_view
from rules.facts import FactError, Facts, parse_facts

log = logging.getLogger(__name__)

HELP = (
    "Posez-moi une question de prospection, par exemple : « Je peux envoyer un mail à un "
    "particulier qui a rempli notre formulaire ? » — ou `/rgpd-check canal=email cible=b2c …`."
)


def register(app: App, services: Services) -> None:
    def on_mention(event: dict, body: dict, client: WebClient, context: Any) -> None:
        answer_event(services, client, event, body, context.get("bot_user_id"))

    def on_direct_message(event: dict, body: dict, client: WebClient, context: Any) -> None:
        if (
            event.get("subtype")
            or event.get("bot_id")
            or event.get("user") in (None, context.get("bot_user_id"))
        ):
            return  # edits, joins, and our own answers (which arrive as DMs too)
        answer_event(services, client, event, body, context.get("bot_user_id"))

    def on_home_opened(event: dict, client: WebClient) -> None:
        if event.get("tab", "home") == "home":
            publish_home(services, client, event["user"])

    app.event("app_mention")(ack=ack_at_once, lazy=[on_mention])
    app.event("message", matchers=[is_direct_message])(ack=ack_at_once, lazy=[on_direct_message])
    app.event("message")(ack_at_once)  # channel messages we are not asked about
    app.event("app_home_opened")(ack=ack_at_once, lazy=[on_home_opened])


def is_direct_message(event: dict) -> bool:
    return event.get("channel_type") == "im" or str(event.get("channel", "")).startswith("D")


def ack_at_once(ack: Ack) -> None:
    """The ack half of a lazy listener: Slack gets its 200 before any work starts."""
    ack()


def answer_event(
    services: Services, client: WebClient, event: dict, body: dict, bot_user_id: str | None
) -> None:
    channel, ts = event["channel"], event["ts"]
    # One claim per message: Slack's retries resend it (same event id), and a mention in a DM
    # arrives as both app_mention and message.im (two event ids, one message).
    same_message = hashlib.sha1(f"{channel}|{ts}|{event.get('text')}".encode()).hexdigest()[:32]
    with services.answering(f"msg:{same_message}") as ours:
        if ours:
            _answer_message(services, client, event, bot_user_id)


def _answer_message(
    services: Services, client: WebClient, event: dict, bot_user_id: str | None
) -> None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    question = plain_question(event.get("text"), bot_user_id)
    if not question:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=HELP)
        return
    user = event.get("user")
    if wait := services.over_limit(user):
        ask_to_wait(client, channel, user, wait, thread_ts=thread_ts)
        return
    context = thread_context(services, channel, event.get("thread_ts"))
    try:
        answer = services.pipeline.ask(
            question,
            context=context,
            surface="slack",
            user=user,
            channel=channel,
            thread=thread_ts,
            record=False,
        )
    except Exception:
        log.exception("could not answer a Slack question")
        post_error(client, channel, thread_ts)
        return
    post_answer(
        client, services, answer, channel=channel, user=user, thread_ts=thread_ts, question=question
    )


def thread_context(services: Services, channel: str, thread_ts: str | None) -> Facts | None:
    """The facts of the thread's latest answer, so that a follow-up only changes what it says."""
    if not thread_ts:
        return None
    try:
        known = services.journal.thread_facts(channel, thread_ts)
    except Exception:
        log.warning("thread facts unavailable", exc_info=True)
        return None
    if not known:
        return None
    # A contact stored masked is no longer a contact: drop it rather than look up a mask.
    contact = str(known.get("contact") or "")
    kept = {
        k: v
        for k, v in known.items()
        if v is not None and not (k == "contact" and ("*" in contact or "<" in contact))
    }
    try:
        return parse_facts({k: str(v) for k, v in kept.items()})
    except FactError:
        log.warning("thread facts could not be parsed: %s", sorted(kept))
        return None


def publish_home(services: Services, client: WebClient, user: str, filter_: str = "all") -> None:
    entries, changes = None, []
    if services.is_manager(user):
        from bot.listeners.log_query import latest_flagged
        from bot.listeners.sources import pending_changes

        entries = latest_flagged(services, user, filter_)
        changes = pending_changes(services)
    client.views_publish(user_id=user, view=home_view(entries, filter_, changes).to_dict())
