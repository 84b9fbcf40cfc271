"""The shared matching helpers of the readers: a word list joined into one pattern, its matches
clause by clause, and the yes/no reading of a cue with its negation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understand.text import Clause, negated


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _hits(cls: list[Clause], pattern: re.Pattern[str]) -> Iterator[tuple[Clause, re.Match[str]]]:
    for clause in cls:
        for m in pattern.finditer(clause.text):
            yield clause, m


def _aside(text: str, at: int) -> int:
    """Where the bracket still open at ``at`` starts (0 when there is none)."""
    opened = text.rfind("(", 0, at)
    return opened + 1 if opened >= 0 and text.find(")", opened, at) < 0 else 0


def _first(
    cls: list[Clause], pattern: re.Pattern[str], *, negatable: bool = True
) -> tuple[bool, bool]:
    """(found, negated) for the first match of ``pattern``; a plain match beats a negated one."""
    found_negated = False
    for clause, m in _hits(cls, pattern):
        # an aside in brackets is its own statement: "sans réponse (il nous a donné son accord)"
        aside = _aside(clause.text, m.start())
        if negatable and negated(clause.text[aside:], m.start() - aside):
            found_negated = True
            continue
        return True, False
    return found_negated, found_negated


#: A French denial word that agrees with the negation before it, making one negation, not two
#: that cancel out: "on n'a pas leur accord", "sans aucune case", "n'a jamais eu aucun accord".
_CONCORD = re.compile(r"(?:pas|jamais|rien|aucune?|plus|point|personne)\b")
#: The negation word last before such a cue, with at most two words between ("n'avons | pas").
_IN_CONCORD = re.compile(
    r"(?:\b(?:ne|sans|jamais|plus|pas) |(?<![a-z0-9])n')(?:(?!qu'|que\b|si\b)[\w']+ ){0,2}$"
)


def _own_negation(before: str, cue: str) -> str:
    """``before`` with the negation words that agree with the cue's own blanked."""
    if not _CONCORD.match(cue):
        return before
    size = len(before)
    while (m := _IN_CONCORD.search(before)) is not None:  # (a chain: "n'a | jamais eu | aucun")
        before = before[: m.start()].rstrip() + " "
    return before.ljust(size)  # (the cue keeps its offset)


def _yes_no(
    cls: list[Clause], yes: re.Pattern[str], no: re.Pattern[str] | None = None
) -> str | None:
    """'yes' for a plain match of ``yes``, 'no' for a negated one or a match of ``no``."""
    if no is not None:
        for clause, m in _hits(cls, no):
            # an aside in brackets is its own statement: "je peux pas… (aucun consentement)"
            aside = clause.text.rfind("(", 0, m.start()) + 1
            before = _own_negation(clause.text[aside : m.start()], m.group(0))
            if m.group(0).startswith(("ni ", "nor ")) or not negated(before, len(before)):
                return "no"  # "ni"/"nor" carries the negation before it on: no double negation
    found, neg = _first(cls, yes)
    if found:
        return "no" if neg else "yes"
    return None
