"""The kind of a CRM comment: insulting, sensitive data, factual."""

from __future__ import annotations

from bot.understand.lexicon import words
from bot.understand.readers.action import _CRM

_INSULTING = words("comments", "insulting")
_SENSITIVE = words("comments", "sensitive")
_FACTUAL = words("comments", "factual")


def _comment_kind(folded: str) -> str | None:
    if _SENSITIVE.search(folded):
        return "sensitive"
    if _INSULTING.search(folded):
        return "insulting"
    if _FACTUAL.search(_CRM.sub(" ", folded)):
        return "factual"
    return None  # neither clearly factual nor flagged: the rules ask what the note says
