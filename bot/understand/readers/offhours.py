"""Whether the consumer expressly agreed beforehand to be called outside the D.223-9 days and
hours (the fact ``offhours_consent``; a consent to marketing alone is not this one)."""

from __future__ import annotations

from bot.understand.lexicon import words
from bot.understand.text import Clause, negated

_AGREED = words("consent", "offhours_agreed")
_CALLED = words("consent", "offhours_called")
_TIME = words("consent", "offhours_time")


def _offhours_consent(cls: list[Clause]) -> str | None:
    """'yes' when one clause says the person agreed to be called at a time outside the slots
    (agreement, then the call, then the time, in that order); 'no' when that agreement is
    negated. Anything else stays unknown: the rules ask."""
    for clause in cls:
        text = clause.text
        for agreed in _AGREED.finditer(text):
            called = _CALLED.search(text, agreed.end(), agreed.end() + 60)
            if not called:
                continue
            if not _TIME.search(text, called.end(), called.end() + 50):
                continue
            return "no" if negated(text, agreed.start()) else "yes"
    return None
