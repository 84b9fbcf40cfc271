"""A third party's own words pasted into a question: claims, not facts (issue 11, class 4).

A forwarded e-mail ("TR: Offre fichier — De : commercial@… « Fichier de 10 000 contacts opt-in… »"),
a seller's pitch quoted after its speaker ("le vendeur dit : « tous ont consenti »", "their
brochure: "100% opt-in""), a list offered to us for sale: what they say of consent, of how the
data were collected or of partners is the seller's claim. `claim_spans` marks those words as
`reported` ConText spans (bot.understand.context), so a value that needs a plain statement
(consent yes, a form as the source…) is never read from them, while a restrictive one (no partner
named) still is. `list_offered` says the list is one we would buy (source purchased), and
`header_contacts` the addresses of a forwarded message's headers — the sender's, not the person
prospected. The words are in ``lexicon/hearsay.yaml``.
"""

from __future__ import annotations

import re

from bot.understand.context import Span
from bot.understand.lexicon import words
from bot.understand.text import fold

_FORWARD_START = words("hearsay", "forward_start")
_BLOCK_END = words("hearsay", "block_end")
_SELLER = words("hearsay", "seller")
_LIST_OFFER = words("hearsay", "list_offer")
_LIST_PRICE = words("hearsay", "list_price")
_HEADER_ADDRESS = words("hearsay", "header_address")
_FORWARDED_MAIL = words("hearsay", "forwarded_mail")

_QUOTES = {"«": "»", "“": "”", '"': '"'}
#: Between the speaker and the quote: a few words ("nous a écrit", "says"), a colon, no sentence end.
_TO_QUOTE = re.compile(r"[^.?!;«“\"]{0,40}?[«“\"]")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _quote_end(folded: str, opening: int) -> int:
    """Where the quote opened at ``opening`` closes (the end of the text when it never does)."""
    close = _QUOTES[folded[opening]]
    end = folded.find(close, opening + 1)
    return len(folded) if end < 0 else end + 1


def _forwarded(folded: str) -> list[tuple[int, int]]:
    """The forwarded blocks: from a header to the next separator, or to the end of a quote
    opened right after the header (else to the end of the text)."""
    found: list[tuple[int, int]] = []
    for m in _FORWARD_START.finditer(folded):
        start = m.start()
        if found and start < found[-1][1]:
            continue
        sep = _BLOCK_END.search(folded, m.end())
        end = sep.start() if sep else len(folded)
        quote = _TO_QUOTE.match(folded, m.end())
        if quote and quote.end() - 1 < end:
            end = (
                min(end, _quote_end(folded, quote.end() - 1))
                if sep
                else _quote_end(folded, quote.end() - 1)
            )
        if end > m.end():
            found.append((start, end))
    return found


def _quoted(folded: str) -> list[tuple[int, int]]:
    """Quotes introduced by a seller, its pitch or its message."""
    found: list[tuple[int, int]] = []
    for m in _SELLER.finditer(folded):
        quote = _TO_QUOTE.match(folded, m.end())
        if quote:
            found.append((m.start(), _quote_end(folded, quote.end() - 1)))
    return found


def _offers(folded: str) -> list[tuple[int, int]]:
    """The sentences offering us a list for sale: the seller's description of its list."""
    found: list[tuple[int, int]] = []
    for m in re.finditer(r"[^.!?;]+", folded):
        if _LIST_OFFER.search(m.group(0)):
            found.append((m.start(), m.end()))
    return found


def claim_spans(folded: str) -> list[Span]:
    """The seller's and the forwarded sender's words of ``folded``, as `reported` spans."""
    return [
        Span("reported", start, end, folded[start : min(end, start + 30)])
        for start, end in _forwarded(folded) + _quoted(folded) + _offers(folded)
    ]


def list_offered(folded: str) -> bool:
    """``folded`` shows a list offered to us for sale (a price per contact, "offre fichier")."""
    return bool(_LIST_OFFER.search(folded) or _LIST_PRICE.search(folded))


def header_contacts(question: str) -> set[str]:
    """The e-mail addresses standing in a pasted header ("De : x@y", "From: Name <x@y>"), folded."""
    folded = fold(question)
    if not _FORWARDED_MAIL.search(folded):
        return set()
    return {
        m.group(0)
        for m in _ADDRESS.finditer(folded)
        if _HEADER_ADDRESS.search(folded[max(0, m.start() - 60) : m.start()])
    }
