"""Where each fact was read: the clause of the question that states it (``Answer.facts_evidence``).

A stand-in until the extraction engine keeps its own spans (see the contract on ``bot.answer.Answer``):
the question is cut, as typed, into phrases, then clauses, then sentences, and each piece is read
alone; a fact's evidence is the first, smallest piece that gives the fact the value the whole
question gave it (a piece cut away from its negation reads otherwise, so it is not taken). A fact
no piece gives alone (one inferred from several of them) has no evidence.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.extract import extract
from rules.facts import Facts

#: Sentence ends: a stop followed by a space (not the dot of an address or a number), a new line.
_SENTENCE = r"[.;!?]+(?=\s|$)|\n+|\s\|\s"  # " | ": the fields of a pasted record
#: Clause ends, on the question as typed (the extractor's own cut, without folding).
_CLAUSE = _SENTENCE + (
    r"|,(?=\s)|\s(?:mais|but|et|and|alors que|whereas|however|cependant|pourtant|sauf que)\s"
)
#: Phrase ends: before the words that open a complement ("… un mail | à un particulier | qui …").
_PHRASE = _CLAUSE + r"|\s(?=(?:qui|who|à|au|aux|pour|for|about|sur|avec|with|dont|whose)\s)"
_PASSES = tuple(re.compile(p, re.IGNORECASE) for p in (_PHRASE, _CLAUSE, _SENTENCE))
#: Pieces read per pass at most: a long message keeps its cost bounded.
_MAX_PIECES = 12
#: Longest span shown; a longer one is cut with "…".
MAX_SPAN = 160


def _pieces(question: str, ends: re.Pattern[str]) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in [*ends.finditer(question), None]:
        piece = question[pos : m.start() if m else len(question)].strip(" \t\"'«»“”()-–—:")
        if m and m.group(0).startswith("?") and piece:
            piece += " ?"  # a question stays one: "s'il a consenti ?" poses the case asked about
        if re.search(r"\w", piece):
            out.append(piece)
        if m:
            pos = m.end()
    return out


def _span(piece: str) -> str:
    return piece if len(piece) <= MAX_SPAN else piece[: MAX_SPAN - 1].rstrip() + "…"


def evidence_of(
    question: str, on: dt.date, context: Facts | None = None, *, facts: Facts | None = None
) -> dict[str, str]:
    """Fact name -> the span of ``question`` it came from (verbatim, cut at ``MAX_SPAN``)."""
    wanted = (facts if facts is not None else extract(question, on, context)).known()
    found: dict[str, str] = {}
    tried: set[str] = set()
    for ends in _PASSES:
        for piece in _pieces(question, ends)[:_MAX_PIECES]:
            if len(found) == len(wanted):
                return found
            if piece in tried:
                continue
            tried.add(piece)
            for key, value in extract(piece, on, context).known().items():
                if key not in found and wanted.get(key) == value:
                    found[key] = _span(piece)
    return found
