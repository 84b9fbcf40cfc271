"""Text normalisation for extraction: folded text, clauses, and negation cues.

Extraction works on *folded* text (lower case, no accents, straight apostrophes, one space), so
that "Pré-cochée", "pre-cochee" and "précochée" all look alike, as reps type them in Slack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Longest question we read; the rest is dropped (a warning says so).
MAX_CHARS = 2000


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'").replace("`", "'").replace("\u00a0", " ")
    text = text.replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"\s+", " ", text).strip()


def truncate(text: str, limit: int = MAX_CHARS) -> tuple[str, bool]:
    """Cut a long question at the last sentence end before ``limit`` (else at a space)."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind("\n"))
    if cut < limit // 2:
        cut = head.rfind(" ")
    return head[: cut + 1 if cut > 0 else limit].strip(), True


def looks_binary(text: str) -> bool:
    """Control characters, replacement characters or a NUL: not something a rep typed."""
    if not text:
        return False
    if "\x00" in text:
        return True
    bad = sum(
        1
        for c in text
        if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\n\r\t")
    )
    return bad / len(text) > 0.05


# Clauses ---------------------------------------------------------------------------------------

# A negation reaches forward inside its clause only: "pas client, mais il a donné son accord".
# An intensive pronoun set off by commas ("checked, herself, the box", "a coché, elle-même, la
# case") is part of its clause: its commas split nothing.
_SELF = ("herself", "himself", "themselves", "lui-meme", "elle-meme", "eux-memes", "elles-memes")
_CLAUSE_SPLIT = re.compile(
    # (not the point of an abbreviated title: "le resp. maintenance", "the dir. commercial")
    r"(?:[;!?\n]|(?<!\bresp)(?<!\bdir)\.)+"
    rf"|,(?! ?(?:{'|'.join(_SELF)}),)"
    + "".join(rf"(?<!, {w},)(?<!,{w},)" for w in _SELF)
    + r"|\s(?:mais|but|et|and|alors que|whereas|however|cependant|pourtant|sauf que)\s"
)


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset in the folded question


def clauses(folded: str) -> list[Clause]:
    out: list[Clause] = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(folded):
        if m.start() > pos:
            out.append(Clause(folded[pos : m.start()], pos))
        pos = m.end()
    if pos < len(folded):
        out.append(Clause(folded[pos:], pos))
    return out


_NEG_WORDS = re.compile(
    r"\b(?:ne|n'|pas|jamais|sans|aucun|aucune|non|ni|rien|never|not|no|without|none|nor|"
    # (an elided "n'" stands alone: not the possessive of a name ending in n, "Morin's offers")
    r"nobody|no one|\w+n't|cannot|neither)\b|(?<![a-z0-9])n'|"
    # "zero opt-in proof", "zéro consentement": none of it (not a figure, "zero %")
    r"\bzero\b(?![ -]?(?:%|percent|pour|\d|-rated))"
)


#: Pseudo-negations (ConText's "pseudo" triggers): a "non" that is part of what a box is — "une
#: case non pré-cochée", "not ticked by default" — describes a valid box and negates nothing after.
_PSEUDO_NEG = re.compile(
    r"\b(?:non|not|pas)[- ](?:pre-? ?(?:coch|tick|check|select)\w*|(?:coche|cochee|ticked|checked|"
    r"selected)s? (?:par defaut|by default|d'office))"
)


_CLOSED_ASIDE = re.compile(r"\([^()]*\)")


def negated(clause: str, at: int, window: int = 45) -> bool:
    """A negation cue in the few words before position ``at`` of the clause."""
    start = max(0, at - window)
    while 0 < start < at and clause[start - 1].isalnum():
        start += 1  # never read the tail of a cut word ("telepho|ne") as a negation
    before = _PSEUDO_NEG.sub(lambda m: " " * len(m.group(0)), clause[start:at])
    # a negation's scope ends with the aside it sits in: "un prospect (pas client) est inscrit
    # sur Bloctel", "a consumer (not a customer) is on the DNC list" negate nothing after ")"
    before = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group(0)), before)
    return bool(_NEG_WORDS.search(before))
