"""Slack's message markup -> the plain question a rep typed (mentions, links, entities)."""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def plain_question(text: str | None, bot_user_id: str | None = None) -> str:
    """``<@BOT> mail à <mailto:a@b.fr|a@b.fr> ?`` -> ``mail à a@b.fr ?``."""

    def unwrap(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return "" if target[1:] == bot_user_id else (label or target)
        if target.startswith("#"):
            return f"#{label}" if label else target
        if target.startswith("!"):
            return ""
        for scheme in ("mailto:", "tel:"):
            if target.startswith(scheme):
                return label or target[len(scheme) :]
        return label or target

    plain = _LINK.sub(unwrap, text or "")
    return re.sub(r"\s+", " ", html.unescape(plain)).strip()


def escape(text: str) -> str:
    """Text a user typed, shown back in mrkdwn without becoming markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
