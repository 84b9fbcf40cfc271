"""Self-corrections: what the rep takes back is not read for the facts they state again.

"Alors c'est un fichier de notre formulaire... ah non attends, c'est un fichier acheté": the file
is bought, not from our form. The words before a correction marker (their clause, or the clause
before when the marker opens one) are cut from the question; the extraction engine reads
the rest, and gives back from the cut words only what is not stated again and leads towards no
`allowed` (a retracted statement is no plain statement). The markers are data
(lexicon/corrections.yaml); this module only cuts.
"""

from __future__ import annotations

import re

from bot.understand.injection import mirror
from bot.understand.lexicon import words

_MARKERS = words("corrections", "markers")
_INLINE = words("corrections", "inline_markers")


#: At most this many words before "I mean" / "je veux dire" are what it says again.
_INLINE_WORDS = 2
_WORD = re.compile(r"[\w'@.+-]+")


#: The end of a clause: a comma, a semicolon, a colon or a sentence end (not the dots of a
#: hesitation, "formulaire... ah non").
_CLAUSE_END = re.compile(r"[,;:]|(?<!\.)[.!?]+(?!\.)(?=\s)|\n")


def _clause_start(folded: str, at: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, 0, at)]
    return ends[-1] if ends else 0


def self_correction(question: str) -> tuple[str, str, str] | None:
    """(the question without the words taken back, those words, the words said after the marker),
    for the last correction whose taken-back words are not empty; None when nothing is taken
    back."""
    folded = mirror(question)
    found = [(m.start(), m.end(), False) for m in _MARKERS.finditer(folded)]
    found += [(m.start(), m.end(), True) for m in _INLINE.finditer(folded)]
    for start, end, inline in sorted(found, reverse=True):
        if not folded[end:].strip(" \t\n.,;:!?-…"):
            continue  # nothing said again after it
        begin = _clause_start(folded, start)
        if inline:
            # a phrase said again ("SMS, I mean e-mails"): the few words before it only
            last = list(_WORD.finditer(folded, begin, start))[-_INLINE_WORDS:]
            if not last:
                continue
            begin = last[0].start()
            kept = (question[:begin] + question[end:].lstrip(" \t,;:")).strip()
            return kept, question[begin:start], question[end:]
        if not folded[begin:start].strip(" \t\n.,;:!?-…("):
            # the marker opens its clause or sentence: it takes back the clause before
            begin = _clause_start(folded, max(0, begin - 1))
            if not folded[begin:start].strip(" \t\n.,;:!?-…("):
                continue
        kept = (question[:begin] + " " + question[end:].lstrip(" \t,;:")).strip()
        return kept, question[begin:start], question[end:]
    return None
