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
_DENIED_BEFORE = words("sector", "denied_before")
_CORRECTION = words("sector", "correction")
_MAINTENANCE = words("sector", "maintenance")
#: An e-mail or web address: its words name whose address it is ("contact@menuiserie-gaudin.fr",
#: "www.isolation-dupont.com"), the recipient's trade, never the offer's sector.
_ADDRESS = re.compile(
    r"[a-z0-9._%+-]+@[a-z0-9.-]+|\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:fr|com|net|org|io|eu|be|ch)\b"
)
#: How far before a sector's word its denial is looked for (a negation and a few small words).
_DENIAL_REACH = 40
#: Where the words a self-correction replaces begin: the end of the clause or sentence before.
_FRAGMENT_START = re.compile(r".*(?:[,;:!?\n(]|\.\.\.|…|\.\s)", re.S)
#: At most this many words before a correction marker are what it corrects.
_CORRECTED_WORDS = 6
_ANY_SECTOR = (_ENERGY, _HOME_ADAPT, _CPF, _OTHER, _AMBIGUOUS)


def _blank(folded: str, start: int, end: int) -> str:
    """``folded`` with ``[start:end]`` replaced by spaces (offsets kept)."""
    return folded[:start] + " " * (end - start) + folded[end:]


def _without_addresses(folded: str) -> str:
    return _ADDRESS.sub(lambda m: " " * len(m.group(0)), folded)


def _corrected(folded: str) -> str:
    """``folded`` without the words a self-correction takes back, when the correction names a
    sector in their place: "vente de fenêtres... non pardon d'assurance emprunteur" is about
    insurance. A correction naming no sector takes nothing back (the words stay read)."""
    for m in reversed(list(_CORRECTION.finditer(folded))):
        sentence_end = re.search(r"[.!?\n](?!\.)", folded[m.end() :])
        after = folded[m.end() : m.end() + sentence_end.start() if sentence_end else len(folded)]
        if not any(p.search(after) for p in _ANY_SECTOR):
            continue
        before = folded[: m.start()]
        head = _FRAGMENT_START.match(before)
        start = head.end() if head else 0
        words_before = list(re.finditer(r"\S+", before[start:]))
        if len(words_before) > _CORRECTED_WORDS:
            start += words_before[-_CORRECTED_WORDS].start()
        folded = _blank(folded, start, m.end())
    return folded


def _undenied(folded: str, pattern: re.Pattern[str]) -> bool:
    """A word of ``pattern`` not denied by the words right before it ("Not CPF", "hors CPF",
    "rien à voir avec la rénovation énergétique"): a denied sector is no sector."""
    return any(
        not _DENIED_BEFORE.search(folded[max(0, m.start() - _DENIAL_REACH) : m.start()])
        for m in pattern.finditer(folded)
    )


#: The person's own business named by a works word ("le gérant d'une petite menuiserie", "the
#: owner of a roofing firm"): the recipient's trade, not the sector of the offer.
_THEIR_BUSINESS = words("sector", "their_business")


def _prepared(folded: str) -> str:
    folded = _corrected(_without_addresses(folded))
    folded = _THEIR_BUSINESS.sub(lambda m: " " * len(m.group(0)), folded)
    # the servicing of equipment in place names no works nor equipment to sell
    return _MAINTENANCE.sub(lambda m: " " * len(m.group(0)), folded)


def works_in_doubt(folded: str) -> bool:
    """Works or training named without saying whether they are of a banned kind."""
    folded = _prepared(folded)
    return _undenied(folded, _AMBIGUOUS) and not _NOT_BANNED.search(folded)


_COMPANY_TRAINING = words("sector", "company_training")
_TRAINING_BUYER = words("sector", "training_buyer")
_SELF_NAMED = words("sector", "self_named")
_TRAINING_WORD = re.compile(r"\bformations?\b|\btrainings?\b")


def _for_company(folded: str, at_work: bool) -> str:
    """``folded`` without the trainings a company buys for its people: those "pour ses équipes",
    in-company or through its skills plan, and, for someone reached at work, any training offered
    to the person who buys training for the firm (a DRH). Not CPF: the CPF is a person's own
    account (C. trav. L.6323-8-1), so such a training is another sector."""
    folded = _COMPANY_TRAINING.sub(lambda m: " " * len(m.group(0)), folded)
    buyer = at_work and any(
        not _SELF_NAMED.search(folded[max(0, m.start() - 30) : m.start()])
        for m in _TRAINING_BUYER.finditer(folded)
    )
    if buyer:
        folded = _TRAINING_WORD.sub(lambda m: " " * len(m.group(0)), folded)
    return folded


def _sector(folded: str, at_work: bool = False) -> str | None:
    """The sector of the offer; ``at_work``: the person is reached as a professional (b2b)."""
    raw, folded = folded, _prepared(folded)
    if _undenied(folded, _CPF):
        return "cpf"
    if _undenied(folded, _HOME_ADAPT):
        return "home_adaptation"
    if _undenied(folded, _ENERGY):
        return "energy_renovation"
    company = _for_company(folded, at_work)
    if company != folded and not works_in_doubt(company):
        return "other"  # a training for the company and no works in doubt
    if works_in_doubt(folded):
        # "travaux de rénovation", "chauffage", "fenêtres", "formation": maybe a banned sector,
        # so never read as another one (sector=other is a permissive value)
        return None
    if _OTHER.search(folded) or _MAINTENANCE.search(_corrected(_without_addresses(raw))):
        return "other"
    return None
