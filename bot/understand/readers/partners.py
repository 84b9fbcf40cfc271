"""Whether the person consented to partners' offers (the consent a shared or bought list needs)."""

from __future__ import annotations

import re

from bot.understand.readers.consent import (
    _CONSENT_NO,
    _CONSENT_YES,
    _OWN_ONLY,
    _PARTNERS,
    _PRE_TICKED,
)
from bot.understand.readers.match import _hits, _rx
from bot.understand.text import Clause, negated

#: Partners nobody could identify at collection: no valid partner consent (R11).
_PARTNERS_UNNAMED = _rx(
    r"\baucun partenaire\b",
    r"(?:partners?|partenaires?) (?:\w+ ){0,3}?(?:never|not|\w*n'?t|jamais|pas|ne sont pas|n'est|n'etait|n'ont) "
    r"(?:\w+ ){0,2}?"
    r"(?:named|listed|identified|mentioned|nommes|cites|listes|identifies|mentionnes)",
    r"(?:aucune?|pas de|sans|no|without|neither|nor|any) (?:\w+ ){0,1}?(?:liste|mention|noms?|list|names?|link)"
    r"\w* (?:\w+ ){0,4}?(?:des |of |the |de |d')?(?:partenaires|partners)",
    r"(?:aucune?|pas de|sans) (?:\w+ ){0,1}?mention (?:\w+ ){0,2}?(?:notre|nous) ?(?:boite|societe|entreprise|"
    r"nom|marque)?",
    r"(?:our company|our name|we are|we're|notre (?:boite|societe|entreprise|nom|marque)) (?:is |n'est |n'etait "
    r"|was |were )?(?:\w+ )?(?:not|pas|never|jamais|nowhere|nulle part) (?:\w+ ){0,2}?(?:mentioned|named|listed|"
    r"mentionnee?|citee?|nommee?|anywhere)",
)


#: How a box is set up, not whether it was ticked: "non pré-cochée", "not pre-ticked".
_BOX_KIND = re.compile(
    r"(?:\b(?:non|not|pas)[- ])?\bpre-? ?(?:coch|tick|check|select)\w*|"
    r"\b(?:non[- ])?(?:cochee?s?|ticked|checked) (?:par defaut|by default|d'office)"
)


def _partner_consent(cls: list[Clause], folded: str = "") -> str | None:
    if _OWN_ONLY.search(folded) or _PARTNERS_UNNAMED.search(folded):
        return "no"
    if any(not negated(c.text, m.start(), window=25) for c, m in _hits(cls, _PRE_TICKED)) and (
        _PARTNERS.search(folded)
    ):
        return "no"  # a box ticked in advance is no consent, to partners either
    for clause, m in _hits(cls, _PARTNERS):
        if negated(clause.text, m.start(), window=60) or _CONSENT_NO.search(clause.text):
            return "no"
        # what the box is ("case non pré-cochée") is no ticking of it: only the act counts
        act = _BOX_KIND.sub(" ", clause.text)
        if _CONSENT_YES.search(act) or re.search(r"accept|coch|agree|opt|consent", act):
            return "yes"
    return None
