"""ConText for Gardefou: which words of a question are not a plain statement about this case.

After medspaCy's ConText (Harkema et al., 2009). The *targets* are the words the extractor reads a
fact value from; the *modifiers* are trigger phrases kept as data (``lexicon/modifiers.*.yaml``),
each with a category (negated, possible, hypothetical, mechanism, message, reported, uncertain, historical,
others, removed, question), a direction and a scope that ends at a terminator ("mais", "but", "par
contre"…) or at the end of the clause or sentence. ``plain_text`` cuts the modified spans away,
so the extractor, run again on what is left, can only find the values stated plainly.

The engine knows nothing of facts; ``lexicon/evidence.yaml`` says which values need a plain
statement (bot.understand.extract applies it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

LEXICON = Path(__file__).with_name("lexicon")
LANGUAGES = ("fr", "en")

Direction = Literal["forward", "backward", "both", "self"]
Scope = Literal["clause", "sentence"]

#: What ends every scope: the end of a sentence.
_SENTENCE_END = r"[.!?;\n]+"
#: What also ends a clause-wide scope.
_CLAUSE_END = r",|:|\(|\)|\s[\u2013\u2014]\s|\s(?:et|and|ou|or)\s"
#: How far before a trigger its ``not_after`` words are looked for.
_NOT_AFTER_CHARS = 60


@dataclass(frozen=True)
class Modifier:
    category: str
    pattern: re.Pattern[str]
    direction: Direction
    scope: Scope
    max_words: int | None = None
    not_after: re.Pattern[str] | None = None
    not_in_question: re.Pattern[str] | None = None
    until: re.Pattern[str] | None = None
    across_insertion: int | None = None
    across_alternative: bool = False


@dataclass(frozen=True)
class Span:
    """Words of the folded question covered by a modifier."""

    category: str
    start: int
    end: int
    trigger: str


@dataclass(frozen=True)
class Lexicon:
    modifiers: tuple[Modifier, ...]
    sentence_end: re.Pattern[str]
    clause_end: re.Pattern[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    modifiers: list[Modifier] = []
    terminators: list[str] = []
    for lang in LANGUAGES:
        raw = yaml.safe_load((LEXICON / f"modifiers.{lang}.yaml").read_text(encoding="utf-8"))
        terminators += [re.escape(t) for t in raw.get("terminators", [])]
        for entry in raw["modifiers"]:
            not_after = entry.get("not_after")
            asks = entry.get("not_in_question")
            until = entry.get("until")
            for pattern in entry["patterns"]:
                modifiers.append(
                    Modifier(
                        category=entry["category"],
                        pattern=re.compile(pattern),
                        direction=entry.get("direction", "forward"),
                        scope=entry.get("scope", "clause"),
                        max_words=entry.get("max_words"),
                        not_after=re.compile(not_after) if not_after else None,
                        not_in_question=re.compile(asks) if asks else None,
                        until=re.compile(until) if until else None,
                        across_insertion=entry.get("across_insertion"),
                        across_alternative=entry.get("across_alternative", False),
                    )
                )
    words = r"\s(?:" + "|".join(sorted(terminators, key=len, reverse=True)) + r")\b"
    sentence = re.compile(rf"{_SENTENCE_END}|{words}")
    return Lexicon(tuple(modifiers), sentence, re.compile(rf"{sentence.pattern}|{_CLAUSE_END}"))


def _bounds(folded: str, at: int, end: int, scope: re.Pattern[str]) -> tuple[int, int]:
    """Start and end of the clause or sentence around ``folded[at:end]``."""
    start = 0
    for m in scope.finditer(folded, 0, at):
        start = m.end()
    stop = scope.search(folded, end)
    return start, (stop.start() if stop else len(folded))


def _cap(text: str, start: int, end: int, words: int | None, backward: bool) -> tuple[int, int]:
    if words is None:
        return start, end
    found = list(re.finditer(r"\S+", text[start:end]))
    if len(found) <= words:
        return start, end
    if backward:
        return start + found[-words].start(), end
    return start, start + found[words - 1].end()


#: An insertion opens with a comma, a bracket or a dash and closes with the same mark (or a comma).
_INSERTION_OPEN = re.compile(r"\s*(?:(,)|(\()|\s?([\u2013\u2014])\s)")
_INSERTION_CLOSE = {",": r",", "(": r"\)", "\u2013": r"\s[\u2013,]|,", "\u2014": r"\s[\u2014,]|,"}


#: The negation waits for its verb only after an auxiliary ("n'a pas, …, donné", "has not, …, agreed",
#: "hasn't, …"), never after a verb already said ("qui ne répond pas, sur son adresse pro, …").
_AUXILIARY_BEFORE = re.compile(
    r"(?:\b(?:a|ai|as|avons|avez|ont|avait|avaient|avions|aviez|aura|auront|est|sont|etait|etaient|suis|"
    r"sommes|etes|has|have|had|did|does|do|is|are|was|were|will|would)\s+(?:\w+\s+)?\S+|"
    r"\b(?:hasn't|haven't|hadn't|didn't|doesn't|don't|isn't|aren't|wasn't|weren't|won't|wouldn't)|"
    r"(?:\bne |\bn')(?:m'|t'|l'|s'|nous |vous |lui |leur |les |en |y ){0,2}\w+|"
    # an adverb of negation standing before its verb ("he never, at any point, agreed")
    r"\bnever)$"
)


#: The second term of an alternative ("… ou seulement des emails", "… or only by email"), or a
#: doubt carried on to a further fact ("…, ni s'il a été informé", "…, nor whether she was told",
#: "…, or whether he objected").
_ALTERNATIVE = re.compile(
    r"\s(?:ou|or)\s|,?\s?(?:ni|nor)\s|,\s?(?:ou|or)\s(?=(?:si|s'|whether|if)\b)"
)


def _insertion_end(folded: str, at: int, words: int) -> int | None:
    """End of a parenthetical insertion opening at ``folded[at:]`` ("has not, at any point, agreed")."""
    opened = _INSERTION_OPEN.match(folded, at)
    if not opened:
        return None
    mark = next(g for g in opened.groups() if g)
    close = re.compile(_INSERTION_CLOSE[mark])
    stop = close.search(folded, opened.end())
    if not stop:
        return None
    inside = folded[opened.end() : stop.start()]
    if re.search(_SENTENCE_END, inside) or not 0 < len(inside.split()) <= words:
        return None
    return stop.end()


def insertions_opened(folded: str) -> str:
    """``folded`` with the marks of an insertion right after a negation dropped, so that a reader
    finds the denied verb beside its negation ("il ne m'a, à aucun moment, donné son accord" ->
    "il ne m'a à aucun moment donné son accord"); the words themselves are kept."""
    cuts: set[int] = set()
    for mod in lexicon().modifiers:
        if not mod.across_insertion:
            continue
        for m in mod.pattern.finditer(folded):
            if not _AUXILIARY_BEFORE.search(folded, max(0, m.end() - 40), m.end()):
                continue
            opened = _INSERTION_OPEN.match(folded, m.end())
            skip = _insertion_end(folded, m.end(), mod.across_insertion)
            if opened and skip:
                close = folded.rfind(",", opened.end(), skip)
                close = max(close, folded.rfind(")", opened.end(), skip))
                for mark in ("\u2013", "\u2014"):
                    close = max(close, folded.rfind(mark, opened.end(), skip))
                cuts |= {i for i in range(m.end(), opened.end()) if not folded[i].isspace()}
                cuts.add(close)
    if not cuts:
        return folded
    return re.sub(r"\s+", " ", "".join(c for i, c in enumerate(folded) if i not in cuts))


def _asked(folded: str, at: int, end: int, asks: re.Pattern[str]) -> bool:
    """The trigger sits in the rep's own question ("can I call him if he consented?")."""
    lo, hi = _bounds(folded, at, end, lexicon().sentence_end)
    return folded[hi : hi + 1] == "?" and bool(asks.search(folded[lo:hi].strip()))


def spans(folded: str) -> list[Span]:
    """Every span of ``folded`` (a question as `text.fold` gives it) a modifier covers."""
    lex = lexicon()
    out: list[Span] = []
    for mod in lex.modifiers:
        scope = lex.sentence_end if mod.scope == "sentence" else lex.clause_end
        for m in mod.pattern.finditer(folded):
            before = folded[max(0, m.start() - _NOT_AFTER_CHARS) : m.start()]
            if mod.not_after and mod.not_after.search(before):
                continue
            if mod.not_in_question and _asked(folded, m.start(), m.end(), mod.not_in_question):
                continue
            lo, hi = _bounds(folded, m.start(), m.end(), scope)
            start, end = m.start(), m.end()
            if mod.direction in ("forward", "both"):
                while mod.across_alternative and (alt := _ALTERNATIVE.match(folded, hi)):
                    # "je ne sais plus si A ou B", "not sure whether A or B": both are in doubt
                    hi = _bounds(folded, alt.end(), alt.end(), scope)[1]
                if mod.until and (stop := mod.until.search(folded, m.end(), hi)):
                    # "…and STOP, and he replied STOP": a new subject, a new statement
                    hi = stop.start()
                after = m.end()
                if (
                    mod.across_insertion
                    and not folded[m.end() : hi].strip()
                    and _AUXILIARY_BEFORE.search(folded, max(0, m.end() - 40), m.end())
                    and (skip := _insertion_end(folded, hi, mod.across_insertion))
                ):
                    # "il ne m'a, à aucun moment, donné", "has not, at any point, agreed": the verb the
                    # negation waits for comes after an insertion
                    after = skip
                    hi = _bounds(folded, skip, skip, scope)[1]
                end = max(end, _cap(folded, after, hi, mod.max_words, False)[1])
            if mod.direction in ("backward", "both"):
                start = min(start, _cap(folded, lo, m.start(), mod.max_words, True)[0])
            out.append(Span(mod.category, start, end, m.group(0)))
    return out


def plain_text(folded: str, found: list[Span], categories: frozenset[str]) -> str:
    """``folded`` with the spans of ``categories`` cut away (a cut ends no scope)."""
    cuts = sorted((s.start, s.end) for s in found if s.category in categories)
    if not cuts:
        return folded
    parts: list[str] = []
    pos = 0
    for start, end in cuts:
        if start > pos:
            parts.append(folded[pos:start])
        pos = max(pos, end)
    parts.append(folded[pos:])
    return " - ".join(p.strip() for p in parts if p.strip())
