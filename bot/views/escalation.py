"""The case posted to the DPO's channel when a rep clicks "Ask the DPO"."""

from __future__ import annotations

from typing import Any

from bot.views.answer import Message
from bot.views.masking import mask_payload, mask_text


def escalation_message(
    body: dict[str, Any], entry: Any, user: str, permalink: str | None = None
) -> Message:
    """The original answer (its blocks without buttons) under a header naming who asks and where.

    Masked like any channel post: the DPO's channel is shared too."""
    message = body.get("message") or {}
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
    question = _field(entry, "question")
    entry_id = _field(entry, "id")
    where = f" dans <#{channel}>" if channel and not channel.startswith("D") else " en privé"
    header = f"🧑‍⚖️ *Question pour le DPO* de <@{user}>{where}"
    if entry_id:
        header += f" (journal #{entry_id})"
    if permalink:
        header += f" — <{permalink}|voir le message>"
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    if question:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": f"« {str(question)[:2800]} »"}],
            }
        )
    blocks += [b for b in message.get("blocks", []) if b.get("type") != "actions"][:45]
    text = f"Question pour le DPO de <@{user}> : " + (message.get("text") or str(question or ""))
    return Message(text=mask_text(text[:3000]), blocks=mask_payload(blocks))


def _field(entry: Any, name: str) -> Any:
    if entry is None:
        return None
    return entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)
