"""A passage: a verbatim stretch of one source, with what an answer needs to cite it.

`text` is an exact substring of the source text (the Markdown body after its front matter, or the
whole file for plain text), so that an excerpt can always be checked against the source.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field, model_validator

Authority = Literal["law", "cnil", "internal", "article"]
#: note: our own words on an official text; official: that text, fetched (`gardefou sources`);
#: article: a published third-party article (seed).
Kind = Literal["note", "official", "article"]
AUTHORITIES: tuple[str, ...] = ("law", "cnil", "internal", "article")  # highest first

ELLIPSIS = "…"
MIN_EXCERPT = 40
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…:;])\s+|\n+)(?=\S)")


def base_rule_id(rule_id: str) -> str:
    """`R16.contract` -> `R16`: finer variants keep the brief id as prefix (CONTRACTS.md)."""
    return rule_id.split(".", 1)[0].strip().upper()


class Passage(BaseModel):
    id: str = ""
    source_id: str
    title: str
    url: str = ""
    authority: Authority
    kind: Kind | None = None  # None (indexes written before kinds existed): from the authority
    text: str
    section: str = ""
    score: float = 0.0
    rule_ids: list[str] = Field(default_factory=list)
    contradicts: list[str] = Field(default_factory=list)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    lang: str = "fr"
    start: int = 0  # offset of `text` in the source text

    @model_validator(mode="after")
    def _default_kind(self) -> Passage:
        if self.kind is None:
            self.kind = "article" if self.authority == "article" else "note"
        return self

    def in_force(self, on: dt.date) -> bool:
        """False when the passage describes a rule not (or no longer) in force on that day."""
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_to and on > self.valid_to)

    def about(self, rule_ids: set[str]) -> bool:
        """Does the passage support, or contradict, one of these brief rule ids (by prefix)?"""
        mine = {base_rule_id(r) for r in (*self.rule_ids, *self.contradicts)}
        return bool(mine & {base_rule_id(r) for r in rule_ids})

    def excerpt(self, max_chars: int = 320, query: str | None = None) -> str:
        """A verbatim cut of `text`, `…` where cut; centred on the sentence closest to `query`."""
        if max_chars < MIN_EXCERPT + 20:
            raise ValueError(f"max_chars must be at least {MIN_EXCERPT + 20}")
        text = self.text
        if len(text) <= max_chars:
            return text
        budget = max_chars - 2  # room for the ellipses
        start = _best_sentence_start(text, query) if query else 0
        # Keep the window full when the best sentence sits near the end.
        start = min(start, max(0, len(text) - budget))
        end = min(len(text), start + budget)
        if end < len(text):  # cut at a word boundary, never mid-word
            space = text.rfind(" ", start + MIN_EXCERPT, end)
            if space > start:
                end = space
        if start > 0 and not text[start - 1].isspace():
            space = text.find(" ", start, end - MIN_EXCERPT)
            if space != -1:
                start = space + 1
        body = text[start:end].strip()
        lead = ELLIPSIS if start > 0 else ""
        tail = ELLIPSIS if end < len(text) else ""
        return f"{lead}{body}{tail}"


def _best_sentence_start(text: str, query: str) -> int:
    """Offset of the sentence sharing the most words (4+ letters, accent-blind prefix) with query."""
    from ingest.sparse import fold  # local: keeps the model light to import

    wanted = {fold(w)[:5] for w in _WORD.findall(query) if len(w) >= 4}
    if not wanted:
        return 0
    starts = sorted({m.end() for m in _SENTENCE_START.finditer(text)} | {0})
    best, best_hits = 0, 0
    for i, begin in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        words = {fold(w)[:5] for w in _WORD.findall(text[begin:end]) if len(w) >= 4}
        hits = len(words & wanted)
        if hits > best_hits:
            best, best_hits = begin, hits
    return best
