"""A consent given again after an objection: "unsubscribed in March… in October he ticked the
unticked box himself". The later, plain act of the person supersedes the earlier objection (GDPR
7(3), 21: a withdrawal ends the old consent, not the person's right to give a new one). Only when
the order is said: a later month, or a word of what came after ("since then", "puis", "later")."""

from __future__ import annotations

import re

from bot.understand.readers.consent import _consent
from bot.understand.readers.dates import _MONTH_NAMES, _MONTHS
from bot.understand.readers.informed import _objected
from bot.understand.text import clauses

#: Where one event of the story ends: a sentence, or a turn to what happened next.
_UNITS = re.compile(r"[^.!?;\n]+")
_NEXT = re.compile(
    r"\b(?:since then|afterwards|later on|later|then|came back|returned|re-?subscribed|"
    r"depuis|ensuite|puis|plus tard|par la suite|est revenue?|sont revenu(?:e?s)?|se reinscri\w*)\b"
)
_MONTH = re.compile(rf"\b({_MONTH_NAMES})\b")


def _month(unit: str) -> int | None:
    m = _MONTH.search(unit)
    # "may" alone is also a verb: only after "in"/"en"
    if m and (m.group(1) != "may" or unit[max(0, m.start() - 3) : m.start()] == "in "):
        return _MONTHS[m.group(1)]
    return None


def consent_renewed(folded: str) -> bool:
    """The person objected, then later consented again, with nothing objected after that."""
    units = [m.group(0) for m in _UNITS.finditer(folded)]
    objected = [i for i, u in enumerate(units) if _objected(clauses(u), u) == "yes"]
    if not objected:
        return False
    last = objected[-1]
    for unit in units[last + 1 :]:
        if _consent(clauses(unit), unit) != "yes":
            continue
        before, after = _month(units[last]), _month(unit)
        if before is not None and after is not None:
            return after > before  # same year unless said otherwise: a later month only
        return bool(_NEXT.search(unit))
    return False
