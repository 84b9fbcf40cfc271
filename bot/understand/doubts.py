"""Facts a question leaves in doubt: unknown, yet not to be presumed.

The rules presume a few facts that go without saying (the offer is in no banned sector, the person
has not objected) and attach the duty that makes the presumption true. When the question itself
raises the doubt — "des travaux de rénovation" (energy renovation or not?), "je sais pas s'il s'est
désinscrit" — presuming would answer on a guess: those facts are handed to the rules as doubts,
and the rules ask them (`rules.decide(..., doubts)`).
"""

from __future__ import annotations

import datetime as dt

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
