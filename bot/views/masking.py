"""Contacts (e-mail addresses, phone numbers) masked before a message reaches a shared channel.

A rep may paste a prospect's address into a question; the answer in a channel must not repeat it
to everyone there (GDPR art. 5(1)(c), data minimisation). In a direct message it may be shown.
"""

from __future__ import annotations

import re
from typing import Any

from bot.privacy.patterns import EMAIL, IBAN, LONG_NUMBER, cut

#: Longest string of a message payload that is read (Slack's own limits are smaller).
MAX_CHARS = 40_000


_AT = re.compile(r"\s?(?:@|[\[({]\s?(?:at|arobase|@)\s?[\])}]|\s(?:at|arobase)\s)\s?", re.I)


def mask_email(address: str) -> str:
    """``jean.dupont@acme.fr`` -> ``j***@acme.fr``: the company stays readable, the person not."""
    found = _AT.search(address)
    if not found:
        return "***"
    local, domain = address[: found.start()], address[found.end() :]
    return f"{local[:1]}***@{domain}"


def mask_phone(number: str) -> str:
    """Keeps the first two and the last two digits: ``06 12 34 56 78`` -> ``06******78``."""
    digits = re.sub(r"\D", "", number)
    prefix = "+" if number.strip().startswith("+") else ""
    return f"{prefix}{digits[:2]}{'*' * max(len(digits) - 4, 3)}{digits[-2:]}"


def mask_text(text: str) -> str:
    """The contacts of ``text`` partly hidden, with the patterns of the log masker
    (bot/privacy/patterns.py): e-mails (also "jean [at] acme.fr"), IBANs, phone numbers and other
    long numbers."""
    text = cut(text, MAX_CHARS)
    text = EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    text = IBAN.sub(_mask_iban, text)
    return LONG_NUMBER.sub(lambda m: mask_phone(m.group(0)), text)


def _mask_iban(match: re.Match[str]) -> str:
    compact = re.sub(r"[ .-]", "", match.group())
    if not (15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 10):
        return match.group()
    return f"{compact[:4].upper()}{'*' * (len(compact) - 6)}{compact[-2:]}"


def mask_contact(value: str) -> str:
    return (
        mask_email(value)
        if "@" in value
        else mask_text(value)
        if LONG_NUMBER.search(value)
        else (f"{value[:2]}***" if len(value) > 4 else "***")
    )


def mask_payload(value: Any) -> Any:
    """Masks every string of a Block Kit payload (dicts and lists), URLs included."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, list):
        return [mask_payload(v) for v in value]
    if isinstance(value, dict):
        return {k: mask_payload(v) for k, v in value.items()}
    return value
