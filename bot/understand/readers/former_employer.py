"""Customers of the firm the writer left ("je viens de quitter l'agence … les clients de
l'agence"): another company's customers, so neither ours (no soft opt-in) nor consenting to us."""

from __future__ import annotations

import re

from bot.understand.lexicon import words

_WRITER_LEFT = words("customer", "writer_left")

#: the English kinds and the French ones said of the same firm ("the firm's clients").
_CUSTOMERS = r"(?:clients?|clientes?|clientele|customers?|abonne\w*|subscribers?|fichier clients?)"


def former_employer_customers(folded: str) -> list[tuple[int, int]]:
    """Spans naming the customers of the firm the writer left or worked for, by its kind: "les
    clients particuliers de l'agence", "the agency's customers", "clients of the firm"."""
    kinds = {next(g for g in m.groups() if g) for m in _WRITER_LEFT.finditer(folded)}
    spans: list[tuple[int, int]] = []
    for kind in kinds:
        k = re.escape(kind)
        pattern = (
            rf"\b{_CUSTOMERS}(?: [\w-]+){{0,2}}? (?:de |d'|du |of |at |from )"
            rf"(?:l'|la |le |the |cette |ce |that |this |mon |ma |my )?(?:ancien\w* |former |old )?{k}\b|"
            rf"\b(?:the|that|this|my) (?:former |old )?{k}'s (?:[\w-]+ ){{0,2}}?{_CUSTOMERS}\b"
        )
        spans += [m.span() for m in re.finditer(pattern, folded)]
    return spans
