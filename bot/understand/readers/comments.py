"""The kind of a CRM comment: insulting, sensitive data, factual."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.action import _CRM

_INSULTING = words("comments", "insulting")
_SENSITIVE = words("comments", "sensitive")
_FACTUAL = words("comments", "factual")
_BUSINESS_SENSE = words("comments", "business_sense")
_UNDISCLOSED = words("comments", "undisclosed")
#: A content given right after the words naming it: "what he told me: he prefers mornings".
_CONTENT_GIVEN = re.compile(r"\s*(?:[:«\"“]|- |, (?:that|que|qu'|a savoir|namely|i\.e\.))")


def _undisclosed(folded: str) -> bool:
    """The note's content is named without being given ("what the client told me about his
    personal situation", "des infos sur sa vie"): nothing says it is factual."""
    return any(
        not _CONTENT_GIVEN.match(folded, m.end()) and ":" not in folded[m.end() : m.end() + 40]
        for m in _UNDISCLOSED.finditer(folded)
    )


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
    if _undisclosed(folded):
        return None  # what the note would say is not given: the rules ask (factual needs it)
    if _FACTUAL.search(_CRM.sub(" ", folded)):
        return "factual"
    return None  # neither clearly factual nor flagged: the rules ask what the note says
