"""A document of ours the person asked for ("can you send me the pricing deck", "elle nous a
demandé la plaquette"): sending it answers their request."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.text import negated

_ASKED_QUOTED = words("related", "asked_for_it_quoted")
_ASKED = words("related", "asked_for_it")


def _quoted(folded: str, at: int) -> bool:
    """Whether ``at`` sits inside a quotation ("…", « … », “…”): the person's own words."""
    before = folded[:at]
    straight = before.count('"')
    curly = len(re.findall(r"[«“]", before)) - len(re.findall(r"[»”]", before))
    return straight % 2 == 1 or curly > 0


def asked_for_it(folded: str) -> bool:
    """The person asked us for a document of ours, in their own quoted words or said of them."""
    for m in _ASKED_QUOTED.finditer(folded):
        if _quoted(folded, m.start()) and not negated(folded, m.start(), window=20):
            return True
    return any(not negated(folded, m.start(), window=20) for m in _ASKED.finditer(folded))
