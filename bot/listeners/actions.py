"""Buttons on an answer: a missing fact (re-answers in place), 👍/👎, "Ask the DPO"; and the
managers' "mark resolved" and filter on App Home."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.listeners.events import ack_at_once, publish_home
from bot.listeners.ownership import may_act, refusal, signer_for
from bot.listeners.replies import SORRY
from bot.listeners.services import Services, is_private
from bot.views.answer import (
    CORRECT_ACTION,
    ESCALATE,
    FACT_ACTION,
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    answer_message,
)
from bot.views.clicks import Case, FactClick, Signer
from bot.views.escalation import escalation_message
from bot.views.home import HOME_FILTER
from bot.views.log import RESOLVE
from rules.facts import FactError, parse_facts

log = logging.getLogger(__name__)

THANKS = {
    "up": "Merci pour votre retour 👍",
    "down": "Merci, c'est noté 👎 : un responsable "
    "relira cette réponse. Pour un cas urgent, utilisez « Demander au DPO ».",
}


def register(app: App, services: Services) -> None:
    signer = signer_for(services.settings)

    def allowed(case: Case | None, body: dict, client: WebClient) -> bool:
        """The clicker asked the question or is a manager; else a polite note, nothing done."""
        user = body["user"]["id"]
        if case is not None and may_act(case, user, services.settings.manager_ids):
            return True
        log.warning(
            "refused a click on an answer: %s",
            "unverifiable value" if case is None else "not the asker's",
        )
        _tell(client, body, refusal(case))
        return False

    def on_fact(action: dict, body: dict, client: WebClient, respond: Respond) -> None:
        click = signer.read(action.get("value"), FactClick)
        if not allowed(click, body, client):
            return
        assert click is not None
        re_answer(click, {**click.f, click.k: click.v}, body, client, respond)

    def on_correct(action: dict, body: dict, client: WebClient, respond: Respond) -> None:
        key = action["action_id"].partition(":")[2]
        selected = (action.get("selected_option") or {}).get("value") or ""
        chosen, _, value = selected.partition("=")
        case = _case_of_message(body, signer)
        if not allowed(case, body, client):
            return
        assert case is not None
        if chosen != key:
            return
        facts = {k: v for k, v in case.f.items() if k != key}
        if value:  # empty: "not sure", the fact is unknown again
            facts[key] = value
        re_answer(case, facts, body, client, respond)

    def re_answer(
        case: Case, known: dict[str, Any], body: dict, client: WebClient, respond: Respond
    ) -> None:
        """The case with the facts clicked, decided again and put in place of the message. The
        facts given in a click win over what was read, and the thread's follow-ups go on from
        them (the new log entry is the thread's latest)."""
        lang = case.l if case.l == "en" else "fr"
        try:
            facts = parse_facts({k: str(v) for k, v in known.items()})
        except (FactError, ValueError):
            log.warning("unreadable fact in a click", exc_info=True)
            return
        owner = case.u or body["user"]["id"]
        channel = _channel(body)
        message = body.get("message") or {}
        ts = message.get("ts") or body.get("container", {}).get("message_ts")
        thread_ts = message.get("thread_ts") or ts
        try:
            answer = services.pipeline.check(
                facts,
                dt.date.fromisoformat(case.d),
                lang=lang,
                surface="slack",
                user=owner,
                channel=channel,
                thread=thread_ts,
                record=False,
            )
        except Exception:
            log.exception("could not re-answer after a click on a fact")
            _tell(client, body, SORRY[lang])
            return
        # Where a fact was read still holds for the facts the click left as they were.
        kept = {k: v for k, v in case.x.items() if answer.facts.get(k) == case.f.get(k)}
        if kept:
            answer = answer.model_copy(update={"facts_evidence": kept})
        entry_id = services.record(None, answer, user=owner, channel=channel, thread=thread_ts)
        if case.e:
            _quietly(services.journal.mark_resolved, case.e)
        ephemeral = bool(body.get("container", {}).get("is_ephemeral")) or not message
        updated = answer_message(
            answer,
            entry_id=entry_id,
            masked=not is_private(channel) and not ephemeral,
            owner=owner,
            signer=signer,
            corrections=not ephemeral,
        )
        try:
            client.chat_update(channel=channel, ts=ts, text=updated.text, blocks=updated.blocks)
        except SlackApiError:  # an ephemeral answer cannot be updated by ts
            respond(replace_original=True, text=updated.text, blocks=updated.blocks)

    def on_feedback(action: dict, body: dict, client: WebClient) -> None:
        value = "up" if action["action_id"] == FEEDBACK_UP else "down"
        case = signer.read(action.get("value"), Case)
        if not allowed(case, body, client):
            return
        assert case is not None
        if case.e:
            _quietly(services.journal.feedback, case.e, value, body["user"]["id"])
        _tell(client, body, THANKS[value])

    def on_escalate(action: dict, body: dict, client: WebClient) -> None:
        user = body["user"]["id"]
        case = signer.read(action.get("value"), Case)
        if not allowed(case, body, client):
            return
        assert case is not None
        entry_id = case.e
        if entry_id:
            _quietly(services.journal.escalate, entry_id, user)
        target = services.settings.escalation_channel
        if not target:
            _tell(
                client,
                body,
                "C'est noté dans le journal pour le DPO (aucun canal DPO n'est "
                "configuré : GARDEFOU_ESCALATION_CHANNEL).",
            )
            return
        entry = _quietly(services.journal.get, entry_id) if entry_id else None
        sent = escalation_message(body, entry, user, _permalink(client, body))
        client.chat_postMessage(
            channel=target, text=sent.text, blocks=sent.blocks, unfurl_links=False
        )
        _tell(client, body, f"Transmis au DPO dans <#{target}>. Merci !")

    def on_resolve(action: dict, body: dict, client: WebClient) -> None:
        user = body["user"]["id"]
        if not services.is_manager(user):
            return
        if entry_id := _entry_id(action):
            _quietly(services.journal.mark_resolved, entry_id)
        if body.get("view", {}).get("type") == "home":
            publish_home(services, client, user, _home_filter(body))

    def on_home_filter(action: dict, body: dict, client: WebClient) -> None:
        user = body["user"]["id"]
        if services.is_manager(user):
            publish_home(services, client, user, action["selected_option"]["value"])

    app.action(re.compile(rf"^{FACT_ACTION}:"))(ack=ack_at_once, lazy=[on_fact])
    app.action(re.compile(rf"^{CORRECT_ACTION}:"))(ack=ack_at_once, lazy=[on_correct])
    app.action(re.compile(rf"^({FEEDBACK_UP}|{FEEDBACK_DOWN})$"))(
        ack=ack_at_once, lazy=[on_feedback]
    )
    app.action(ESCALATE)(ack=ack_at_once, lazy=[on_escalate])
    app.action(RESOLVE)(ack=ack_at_once, lazy=[on_resolve])
    app.action(HOME_FILTER)(ack=ack_at_once, lazy=[on_home_filter])


def _channel(body: dict) -> str:
    return (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")


def _entry_id(action: dict) -> int | None:
    try:
        return int(action.get("value") or 0) or None
    except ValueError:
        return None


def _case_of_message(body: dict, signer: Signer) -> Case | None:
    """The signed case a message carries (in its 👍/👎 buttons): what a correction menu needs."""
    for block in (body.get("message") or {}).get("blocks") or []:
        for element in block.get("elements") or []:
            if element.get("action_id") in (FEEDBACK_UP, FEEDBACK_DOWN, ESCALATE):
                case = signer.read(element.get("value"), Case)
                if case is not None:
                    return case
    return None


def _home_filter(body: dict) -> str:
    state = body.get("view", {}).get("state", {}).get("values", {})
    selected = state.get("home_filters", {}).get(HOME_FILTER, {}).get("selected_option") or {}
    return selected.get("value", "all")


def _permalink(client: WebClient, body: dict) -> str | None:
    ts = (body.get("message") or {}).get("ts")
    if not ts:
        return None
    try:
        return client.chat_getPermalink(channel=_channel(body), message_ts=ts).get("permalink")
    except (SlackApiError, OSError):  # a permalink is a nicety: never fail the escalation on it
        return None


def _tell(client: WebClient, body: dict, text: str) -> None:
    """An ephemeral note to the one who clicked, in the answer's thread."""
    message = body.get("message") or {}
    try:
        client.chat_postEphemeral(
            channel=_channel(body),
            user=body["user"]["id"],
            text=text,
            thread_ts=message.get("thread_ts"),
        )
    except SlackApiError:
        log.warning("could not post an ephemeral note", exc_info=True)


def _quietly(method: Any, *args: Any) -> Any:
    """Journal calls from buttons: a database hiccup must not leave the click unanswered."""
    try:
        return method(*args)
    except Exception:
        log.error("journal call %s failed", getattr(method, "__name__", method), exc_info=True)
        return None
