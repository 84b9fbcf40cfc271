"""Whether the person was informed at collection, and whether they objected."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.match import _hits
from bot.understand.text import Clause, negated

_INFORMED = words("informed", "informed")
_NOT_INFORMED = words("informed", "not_informed")
_OBJECTED = words("informed", "objected")


_CAN = re.compile(
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|can|could|able to|possibilite de|free to|"
    r"allowed to|lien|link|moyen|way to|option|bouton|button|permettre de|pour|to let them)\W+(?:\w+\W+){0,2}$"
)


def _informed(cls: list[Clause]) -> str | None:
    if any(_NOT_INFORMED.search(c.text) for c in cls):
        return "no"
    for clause, m in _hits(cls, _INFORMED):
        if m.group(0).startswith(("n'", "ne ", "did", "has", "have", "never")):
            return "yes"
        if _UNSURE.search(clause.text[max(0, m.start() - 30) : m.start()]):
            return None  # "not sure what we told him": a doubt, not a denial
        return "no" if negated(clause.text, m.start(), window=25) else "yes"
    return None


#: A negation word that only says the rep does not know ("pas sûr", "not sure", "je ne sais pas").
_UNSURE = re.compile(
    r"\b(?:not|pas|never|jamais) (?:\w+ )?(?:sure|certain|certaine|sur|sure)\b|\bunsure\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not) (?:really )?(?:know|remember|recall)\b|"
    r"\bne (?:sai[st]|me souvien\w*|me rappelle) (?:\w+ )?pas\b|\bsais pas\b"
)


#: "was told he could opt out and never did": informed, and no objection.
_NEVER_DID = re.compile(
    r"(?:opt\w*[- ]?out|unsubscrib\w*|object|refus\w*|s'opposer|se desinscrire|se desabonner|"
    r"dire non|say no|decline)\b.{0,50}?\b(?:(?:and|but|et|mais) )?(?:he |she |they |il |elle |ils )?"
    r"(?:never did|never has|never have|didn'?t|did not|hasn'?t|has not|haven'?t|have not|"
    r"ne l'(?:a|ont) (?:jamais|pas) fait|l'(?:a|ont) jamais fait|(?:ne |n')?(?:l'|en )?(?:a|ont) "
    r"(?:jamais|rien|pas) fait|never used it|never took it)"
)


_DID_OBJECT = re.compile(
    r"(?:could|can|pouvait|peut) (?:\w+ )?(?:opt[- ]?out|unsubscribe|object|se desinscrire|se desabonner|"
    r"s'opposer)\b.{0,30}?\b(?:and|et) (?:he |she |they |il |elle |ils )?(?:did|has|l'(?:a|ont) fait)\b"
)


def _objected(cls: list[Clause], folded: str = "") -> str | None:
    if _NEVER_DID.search(folded):
        return "no"
    if _DID_OBJECT.search(folded):
        return "yes"
    found_no = False
    for clause, m in _hits(cls, _OBJECTED):
        head = clause.text[max(0, m.start() - 40) : m.start()]
        if _CAN.search(head):
            continue  # "can unsubscribe": informed, not an objection
        pattern_negates = m.group(0).startswith(("ne ", "not to", "asked us not"))
        if not pattern_negates and negated(clause.text, m.start(), window=25):
            found_no = True
            continue
        return "yes"
    return "no" if found_no else None
