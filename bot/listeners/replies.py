"""Posting answers: in the thread, masked outside DMs, with the question when Slack hides it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answer import Answer
from bot.listeners.ownership import signer_for
from bot.listeners.services import Services, is_private
from bot.listeners.slack_text import escape
from bot.privacy.masking import mask_text
from bot.views.answer import answer_message

log = logging.getLogger(__name__)

SORRY = {
    "fr": "Désolé, je n'ai pas pu répondre à cette question (erreur interne). Réessayez ou "
    "demandez au DPO.",
    "en": "Sorry, I could not answer this question (internal error). Try again or ask the DPO.",
}


def post_answer(
    client: WebClient,
    services: Services,
    answer: Answer,
    *,
    channel: str,
    user: str | None,
    thread_ts: str | None = None,
    question: str | None = None,
    show_question: bool = False,
    respond: Any = None,
) -> dict[str, Any] | None:
    """Record the answer, then post it. Falls back to the command's ephemeral `respond` when the
    bot cannot post in that channel (a private channel it was not invited to)."""
    entry_id = services.record(question, answer, user=user, channel=channel, thread=thread_ts)
    message = answer_message(
        answer,
        entry_id=entry_id,
        masked=not is_private(channel),
        asked_by=user if show_question else None,
        # In a channel everyone reads the question: the log's masker (names, addresses, IBANs…,
        # not only contacts) runs on it before it is repeated there. Its rules only: loading
        # spaCy's model would hold up the first answer for seconds.
        question=escape(question if is_private(channel) else mask_text(question, ner=False))
        if show_question and question
        else None,
        owner=user,
        signer=signer_for(services.settings),
    )
    services.pacer.wait(channel)  # a burst of answers to one channel is spread out
    try:
        return client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        ).data  # type: ignore[return-value]
    except SlackApiError as exc:
        if respond is None:
            raise
        log.info("chat.postMessage refused (%s); answering ephemerally", exc.response.get("error"))
        # Only the rep sees an ephemeral answer: the contact may stay unmasked.
        private = answer_message(
            answer,
            entry_id=entry_id,
            masked=False,
            owner=user,
            signer=signer_for(services.settings),
            corrections=False,  # Slack sends no message back with a click on an ephemeral one
        )
        respond(text=private.text, blocks=private.blocks, response_type="ephemeral")
        return None


SLOW_DOWN = (
    "Vous avez posé beaucoup de questions en peu de temps : réessayez dans {s} s, pour laisser "
    "passer celles de vos collègues. _(Many questions in a short time: please try again in {s} s.)_"
)


def ask_to_wait(
    client: WebClient,
    channel: str,
    user: str,
    seconds: float,
    *,
    thread_ts: str | None = None,
    respond: Any = None,
) -> None:
    """The per-user limit's polite reply, seen by that user only."""
    text = SLOW_DOWN.format(s=max(1, round(seconds)))
    try:
        if respond is not None:
            respond(text=text, response_type="ephemeral", replace_original=False)
        else:
            client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)
    except SlackApiError:
        log.info("could not tell a user to slow down", exc_info=True)


def post_error(client: WebClient, channel: str, thread_ts: str | None, lang: str = "fr") -> None:
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=SORRY[lang])
    except SlackApiError:
        log.error("could not post the error message", exc_info=True)


def answer_and_post(
    client: WebClient,
    services: Services,
    compute: Callable[[], Answer],
    *,
    channel: str,
    user: str,
    question: str,
    respond: Any = None,
) -> None:
    """Answer a slash command or the check modal and post it with the question shown.

    A failure to answer gets the 'sorry' message; a channel the bot may not post in gets the
    answer ephemerally (`respond`) or, without it, in the rep's DM with the app."""
    if wait := services.over_limit(user):
        ask_to_wait(client, channel, user, wait, respond=respond)
        return
    try:
        answer = compute()
    except Exception:
        log.exception("could not answer %s", question.split(" ", 1)[0])
        post_error(client, channel, None)
        return
    try:
        post_answer(
            client,
            services,
            answer,
            channel=channel,
            user=user,
            question=question,
            show_question=True,
            respond=respond,
        )
    except SlackApiError:
        post_answer(
            client, services, answer, channel=user, user=user, question=question, show_question=True
        )
