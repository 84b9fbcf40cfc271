"""Facts a question leaves in doubt: unknown, yet not to be presumed.

The rules presume a few facts that go without saying (the offer is in no banned sector, the person
has not objected) and attach the duty that makes the presumption true. When the question itself
raises the doubt — "des travaux de rénovation" (energy renovation or not?), "je sais pas s'il s'est
désinscrit" — presuming would answer on a guess: those facts are handed to the rules as doubts,
and the rules ask them (`rules.decide(..., doubts)`).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.context import spans
from bot.understand.extract import _read
from bot.understand.readers.sector import works_in_doubt
from bot.understand.text import fold
from rules.facts import Facts


def doubts(question: str, facts: Facts) -> frozenset[str]:
    """The unknown facts of ``facts`` that ``question`` puts in doubt."""
    folded = fold(question)
    found: set[str] = set()
    if facts.sector is None and works_in_doubt(folded):
        found.add("sector")
    if facts.objected is None and _objection_in_doubt(folded, facts.date or dt.date.today()):
        found.add("objected")
    if facts.last_contact is None and _last_contact_in_doubt(folded):
        # the rules presume the retention period has not run out (retention_expired): not when
        # the rep says they do not know when the contract ended or the person last dealt with us
        found.add("retention_expired")
    return frozenset(found)


def _objection_in_doubt(folded: str, on: dt.date) -> bool:
    """An objection the rep says they do not know about ("not sure if she unsubscribed")."""
    for span in spans(folded):
        if span.category == "unknown":
            # the words in doubt, without the words saying the doubt ("not sure if", "aucune idée")
            piece = folded[span.start : span.end].replace(span.trigger, " ", 1)
            if _read(piece, on).objected is not None:
                return True
    return False


#: saying one does not know WHEN (fr, en), folded: "je ne sais plus quand", "aucune idée de quand",
#: "not sure when", "can't remember when", "no idea what date"
_NOT_KNOWING_WHEN = re.compile(
    r"\b(?:(?:je |j'|on |il |elle )?(?:ne )?(?:sai[st]|sait|savons|savais|connai[st]|rappelle|souviens|souvient)"
    r"(?: (?:plus|pas|meme pas|vraiment pas))+"
    r"|(?:aucune|pas d') ?idee|pas sur|pas certaine?s?|incertaine?s?|oublie"
    r"|(?:i |we |he |she )?(?:don't|dont|do not|doesn't|does not|can't|cannot|can not|couldn't|"
    r"didn't|did not) (?:know|remember|recall|tell)|(?:no|not any) (?:idea|clue|record)"
    r"|not (?:sure|certain)|unsure|forgot|forgotten|unclear|unknown)"
    r"(?: (?:exactly|vraiment|trop|du tout|at all|exactement))?"
    r"(?: (?:de|d'|of|about|on|as to|a))? ?"
    r"(?:quand|depuis quand|a quelle date|a quel moment|en quelle annee|la date|l'annee|when|"
    r"since when|what date|which date|what year|the date|the year)\b"
)

#: an event that dates the last contact: an end of contract, a last purchase, click, reply, visit
_LAST_CONTACT_EVENT = re.compile(
    r"\b(?:termine\w*|fini\w*|fin (?:de |du )?(?:son |leur |sa )?(?:contrat|abonnement|adhesion)|"
    r"arrete\w*|resili\w*|expire\w*|parti|partie|partis|quitte\w*|dernier\w*|derniere?s?|"
    r"achete\w*|(?:a|ont|avait) commande|cliqu\w*|repondu|desabonn\w*|ended|expired|stopped|"
    r"cancel\w*|left|quit|last\w*|bought|purchased|ordered|clicked|replied|responded|lapsed|churned)\b"
)


def _last_contact_in_doubt(folded: str) -> bool:
    """The rep does not know when the contract ended or the person last dealt with us ("je ne
    sais plus quand son contrat s'est terminé", "no idea when she last bought")."""
    for m in _NOT_KNOWING_WHEN.finditer(folded):
        clause = re.split(r"[.;!?\n]", folded[m.end() :], maxsplit=1)[0]
        if _LAST_CONTACT_EVENT.search(clause):
            return True
    return False
