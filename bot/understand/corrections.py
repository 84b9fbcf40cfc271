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
_BELIEFS = words("corrections", "beliefs")
_RESTART = words("corrections", "restart_words")
_RELATIVES = words("corrections", "relatives")
_FILLERS = words("corrections", "fillers")
_STATUS_HEADS = words("corrections", "status_heads")
_DENIALS = words("corrections", "denials")

#: A denial that is only wondered about: "not sure if that's wrong", "je sais pas si c'est faux".
_WONDERED = re.compile(r"\b(?:if|whether|unless|si|sauf si)\W+(?:\w+\W+){0,2}$")


#: At most this many words before "I mean" / "je veux dire" are what it says again.
_INLINE_WORDS = 2
_WORD = re.compile(r"[\w'@.+-]+")


#: The end of a clause: a comma, a semicolon, a colon or a sentence end (not the dots of a
#: hesitation, "formulaire... ah non").
_CLAUSE_END = re.compile(r"[,;:]|(?<!\.)[.!?]+(?!\.)(?=\s)|\n")


def _clause_start(folded: str, at: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, 0, at)]
    return ends[-1] if ends else 0


#: The end of a sentence (not the dots of a hesitation), of a line, or a colon (what a belief
#: before it heads: "so I guess we're fine: agency calls…").
_SENTENCE_END = re.compile(r"(?<!\.)[.!?](?!\.)(?=\s)|[\n:;]")


def _taken_back_start(folded: str, begin: int, start: int, end: int) -> int:
    """Where the words taken back start, the clause before the marker starting at ``begin``.

    Words said again from a preposition ("about our solar... no, about our car insurance") take
    back the phrase from the same word only; a belief said earlier in the sentence ("I thought he
    was a private individual, so… actually no") is taken back from the belief on; else a relative
    clause ("à une personne qui n'est pas cliente... ah non") is what is corrected."""
    said = re.match(r"[\s,;:.…!-]*", folded[end:]).end() + end
    while filler := _FILLERS.match(folded, said):
        said = re.match(r"[\s,;:.…!-]*", folded[filler.end() :]).end() + filler.end()
    again = re.match(r"([\w']+)", folded[said:])
    if again and _RESTART.fullmatch(again.group(1)):
        same = list(re.finditer(rf"\b{re.escape(again.group(1))}\b", folded[begin:start]))
        if same:
            return begin + same[-1].start()
    sentence = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    belief = _BELIEFS.search(folded, sentence, start)
    if belief is not None:
        return min(begin, belief.start())
    relative = list(_RELATIVES.finditer(folded, begin, start))
    if relative and not _STATUS_HEADS.search(folded[begin : relative[-1].start()]):
        return relative[-1].start()
    return begin


def _sentence_before(folded: str, start: int) -> int:
    """Where the sentence a denial at ``start`` speaks of begins: its own sentence, or the one
    before when the denial opens a sentence ("Le CRM dit « ancien client ». C'est faux : …")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, 0, start) if m.group(0) not in ":;"]
    begin = ends[-1] if ends else 0
    if not folded[begin:start].strip(" \t\n.,;:!?-—–…('\"«»") and len(ends) > 1:
        begin = ends[-2]
    return begin


def retracted_belief(taken_back: str) -> bool:
    """The words taken back are a belief the rep says was wrong ("I thought he was a private
    individual… actually no"): they state nothing, not even a restrictive value."""
    return bool(_BELIEFS.match(mirror(taken_back).lstrip()))


def self_correction(question: str) -> tuple[str, str, str] | None:
    """(the question without the words taken back, those words, the words said after the marker),
    for the last correction whose taken-back words are not empty; None when nothing is taken
    back."""
    folded = mirror(question)
    found = [(m.start(), m.end(), False) for m in _MARKERS.finditer(folded)]
    found += [(m.start(), m.end(), True) for m in _INLINE.finditer(folded)]
    denials = [
        (m.start(), m.end())
        for m in _DENIALS.finditer(folded)
        if not _WONDERED.search(folded, max(0, m.start() - 30), m.start())
    ]
    found += [(start, end, False) for start, end in denials]
    for start, end, inline in sorted(found, reverse=True):
        if not folded[end:].strip(" \t\n.,;:!?-…"):
            continue  # nothing said again after it
        if (start, end) in denials:
            # "the note says 'contract ended' — that's wrong, …": the sentence reported is denied
            begin = _sentence_before(folded, start)
            if not folded[begin:start].strip(" \t\n.,;:!?-—–…('\"«»"):
                continue
            kept = (question[:begin] + " " + question[end:].lstrip(" \t,;:")).strip()
            return kept, question[begin:start], question[end:]
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
        begin = _taken_back_start(folded, begin, start, end)
        kept = (question[:begin] + " " + question[end:].lstrip(" \t,;:")).strip()
        return kept, question[begin:start], question[end:]
    return None
