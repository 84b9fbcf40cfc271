"""The kind of a CRM comment: insulting, sensitive data, factual."""

from __future__ import annotations

from bot.understand.lexicon import words
from bot.understand.readers.action import _CRM

_INSULTING = words("comments", "insulting")
_SENSITIVE = words("comments", "sensitive")
_FACTUAL = words("comments", "factual")
_BUSINESS_SENSE = words("comments", "business_sense")


def _sensitive(folded: str) -> bool:
    """A sensitive word about the person, not one used of an organisation's business ("budget
    vote", "politique tarifaire", "il est parti chez un concurrent")."""
    business = [(m.start(), m.end()) for m in _BUSINESS_SENSE.finditer(folded)]
    return any(
        not any(lo <= m.start() and m.end() <= hi for lo, hi in business)
        for m in _SENSITIVE.finditer(folded)
    )


def _comment_kind(folded: str) -> str | None:
    if _sensitive(folded):
        return "sensitive"
    if _INSULTING.search(folded):
        return "insulting"
    if _FACTUAL.search(_CRM.sub(" ", folded)):
        return "factual"
    return None  # neither clearly factual nor flagged: the rules ask what the note says
