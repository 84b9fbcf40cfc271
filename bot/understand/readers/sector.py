"""The sector of the offer when the law singles it out: energy renovation, home adaptation, CPF
training, other."""

from __future__ import annotations

import re

from bot.understand.lexicon import words

_ENERGY = words("sector", "energy")
_HOME_ADAPT = words("sector", "home_adapt")
_CPF = words("sector", "cpf")
_OTHER = words("sector", "other")
_AMBIGUOUS = words("sector", "ambiguous")
_NOT_BANNED = words("sector", "not_banned")
#: An e-mail or web address: its words name whose address it is ("contact@menuiserie-gaudin.fr",
#: "www.isolation-dupont.com"), the recipient's trade, never the offer's sector.
_ADDRESS = re.compile(
    r"[a-z0-9._%+-]+@[a-z0-9.-]+|\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:fr|com|net|org|io|eu|be|ch)\b"
)


def _without_addresses(folded: str) -> str:
    return _ADDRESS.sub(" ", folded)


def works_in_doubt(folded: str) -> bool:
    """Works or training named without saying whether they are of a banned kind."""
    folded = _without_addresses(folded)
    return bool(_AMBIGUOUS.search(folded)) and not _NOT_BANNED.search(folded)


def _sector(folded: str) -> str | None:
    folded = _without_addresses(folded)
    if _CPF.search(folded):
        return "cpf"
    if _HOME_ADAPT.search(folded):
        return "home_adaptation"
    if _ENERGY.search(folded):
        return "energy_renovation"
    if works_in_doubt(folded):
        # "travaux de rénovation", "chauffage", "fenêtres", "formation": maybe a banned sector,
        # so never read as another one (sector=other is a permissive value)
        return None
    if _OTHER.search(folded):
        return "other"
    return None
