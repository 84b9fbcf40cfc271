"""Contacts (e-mail addresses, phone numbers) masked before a message reaches a shared channel.

A rep may paste a prospect's address into a question; the answer in a channel must not repeat it
to everyone there (GDPR art. 5(1)(c), data minimisation). In a direct message it may be shown.
"""

from __future__ import annotations

import re
from typing import Any

_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
# French numbers (0X XX XX XX XX, +33 X …) and international ones written with a leading +.
_PHONE = re.compile(
    r"(?<![\w/=+])(?:(?:\+|00)\d{2,3}[\s.-]?\(?0?\)?[\s.-]?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)"
    r"|(?<![\w/=+])\+\d(?:[\s.-]?\d){7,14}(?!\d)"
)


def mask_email(address: str) -> str:
    """``jean.dupont@acme.fr`` -> ``j***@acme.fr``: the company stays readable, the person not."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_phone(number: str) -> str:
    """Keeps the first two and the last two digits: ``06 12 34 56 78`` -> ``06******78``."""
    digits = re.sub(r"\D", "", number)
    prefix = "+" if number.strip().startswith("+") else ""
    return f"{prefix}{digits[:2]}{'*' * max(len(digits) - 4, 3)}{digits[-2:]}"


def mask_text(text: str) -> str:
    text = _EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)


def mask_contact(value: str) -> str:
    return (
        mask_email(value)
        if "@" in value
        else mask_text(value)
        if _PHONE.search(value)
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
