"""Whether the person consented to partners' offers (the consent a shared or bought list needs)."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.consent import (
    _CONSENT_NO,
    _CONSENT_YES,
    _OWN_ONLY,
    _PARTNERS,
    _PRE_TICKED,
)
from bot.understand.readers.match import _hits
from bot.understand.readers.other_company import named_among_partners
from bot.understand.text import Clause, clauses, negated

_PARTNERS_UNNAMED = words("partners", "partners_unnamed")
#: Our company not named at collection: no partner consent to us (and no consent, readers/consent.py).
US_UNNAMED = words("partners", "us_unnamed")


#: How a box is set up, not whether it was ticked: "non pré-cochée", "not pre-ticked".
_BOX_KIND = re.compile(
    r"(?:\b(?:non|not|pas)[- ])?\bpre-? ?(?:coch|tick|check|select)\w*|"
    r"\b(?:non[- ])?(?:cochee?s?|ticked|checked) (?:par defaut|by default|d'office)"
)


#: A short aside in brackets is no break in the statement around it: "la preuve du consentement
#: (date, formulaire, texte exact) à recevoir les offres des partenaires".
_ASIDE = re.compile(r"\s?\([^()]{0,80}\)")


def _read_partners(cls: list[Clause]) -> str | None:
    for clause, m in _hits(cls, _PARTNERS):
        if negated(clause.text, m.start(), window=60) or _CONSENT_NO.search(clause.text):
            return "no"
        # what the box is ("case non pré-cochée") is no ticking of it: only the act counts
        act = _BOX_KIND.sub(" ", clause.text)
        if _CONSENT_YES.search(act) or re.search(r"accept|coch|agree|opt|consent", act):
            return "yes"
    return None


def _partner_consent(cls: list[Clause], folded: str = "") -> str | None:
    if _OWN_ONLY.search(folded) or _PARTNERS_UNNAMED.search(folded) or US_UNNAMED.search(folded):
        return "no"
    if named_among_partners(folded) is False:
        return "no"  # "partenaires : Assur+, VoyagesPlus… On est TelcoMax": we were not named
    if any(not negated(c.text, m.start(), window=25) for c, m in _hits(cls, _PRE_TICKED)) and (
        _PARTNERS.search(folded)
    ):
        return "no"  # a box ticked in advance is no consent, to partners either
    read = _read_partners(cls)
    if read is None and folded:
        flat = _ASIDE.sub("", folded)
        if flat != folded:
            read = _read_partners(clauses(flat))
    return read
