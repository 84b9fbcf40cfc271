"""Words the rep states a doubt about ("je sais pas si…", "not sure whether…", "no idea if…").

A permissive fact resting on a condition the rep says they do not know is no plain statement:
the reader of that fact asks whether a pattern naming the condition lies in the words in doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understand.context import Span, plain_text, spans
from bot.understand.lexicon import words
from bot.understand.readers.address import _ALONE_OR_MANY
from bot.understand.readers.audience import _ONE_PERSON_FIRM, _WORKS_ALONE
from rules.facts import Facts

#: the categories of words the rep holds for possible but does not know
_DOUBTING = frozenset({"uncertain", "unknown"})


def in_doubt(folded: str, condition: re.Pattern[str]) -> bool:
    """Whether ``condition`` is said in words the rep doubts (without the words of the doubt)."""
    for span in spans(folded):
        if span.category in _DOUBTING:
            piece = folded[span.start : span.end].replace(span.trigger, " ", 1)
            if condition.search(piece):
                return True
    return False


#: Our company (or the partners) named at collection: the condition of a partner consent to us.
_US_NAMED = words("partners", "us_named")
#: A channel named in words the rep doubts: what a consent covered.
_CHANNEL_DOUBTED = words("consent", "channel_in_doubt")
#: A box ticked in advance named in words the rep doubts: whether the person ticked it.
_PRE_TICKED = words("consent", "pre_ticked")
#: The kind of an address (personal or work) named in words the rep doubts.
_ADDRESS_KIND = words("address", "kind_in_doubt")


#: The kind of an address in doubt: a kind word with an address or a possessive ("son perso",
#: "her work email"), not the person's kind ("je sais pas si c'est un pro ou un particulier").
ADDRESS_KIND_DOUBTED = re.compile(
    rf"(?=.*(?:{_ADDRESS_KIND.pattern}))(?=.*(?:@|\b(?:e-?mails?|mails?|adresses?|address(?:es)?|numeros?|"
    r"numbers?|lignes?|lines?|portables?|mobiles?|phones?|telephones?|tel|mailbox(?:es)?|inbox(?:es)?)\b|"
    # "sa boîte perso", "boîte mail pro": a mailbox (a bare "sa boîte" is his firm)
    r"\bboites? (?:(?:mail|e-?mail|aux lettres) )?(?:perso|pro|personn?el\w*|professionn?el\w*)\b|\b(?:son|sa|ses|his|her|"
    r"their) (?:perso|pro|personn?el\w*|prive\w*|professionn?el\w*|personal|private|work|business)\b))",
    re.S,
)


def conditions_in_doubt(folded: str, facts: Facts) -> Facts:
    """``facts`` without a permissive value whose condition the rep says they do not know.

    "je sais pas si notre société était citée" leaves the partner consent to us unknown (R11);
    "je sais pas si c'est un kiné seul ou un cabinet" leaves unknown whether contact@ designates
    one person (a sole trader: personal data, R5/R6) or a company (the generic-address
    exception): the address is read as a person's work address, not a company's mailbox."""
    drop: dict[str, str | None] = {}
    if _value(facts.partner_consent) == "yes" and in_doubt(folded, _US_NAMED):
        drop["partner_consent"] = None
    if _value(facts.consent) == "yes" and in_doubt(folded, _CHANNEL_DOUBTED):
        # "je ne sais plus si la case parlait des appels ou seulement des mails": consent is
        # given "par ce moyen" (L.223-1, L.34-5): a channel in doubt leaves it unknown
        drop["consent"] = None
    if _value(facts.consent) in ("yes", "pre_ticked") and in_doubt(folded, _PRE_TICKED):
        # "I don't remember if it was pre-checked or not", "faut que je vérifie si la case était
        # précochée": a real tick or one done in advance (no consent, R7)? unknown, asked
        drop["consent"] = None
    if facts.address is not None and in_doubt(folded, ADDRESS_KIND_DOUBTED):
        # "je sais pas si c'est son adresse perso ou pro", "not sure whether it's her work or
        # personal email": which kind the address is stays asked, neither presumed (R5/R6)
        drop["address"] = None
    elif _value(facts.address) == "generic" and any(
        in_doubt(folded, rx) for rx in (_WORKS_ALONE, _ONE_PERSON_FIRM, _ALONE_OR_MANY)
    ):
        # a company's mailbox, or one person's (a sole trader: R5/R6)? the restrictive reading,
        # as readers/address.py gives when the person is said to work alone: a work address
        # that designates a person (the B2B conditions, information included, are then asked)
        drop["address"] = "professional"
    if facts.audience is not None and trade_or_home_open(folded):
        # "could be for the bakery roof or for his house, I don't know yet": a professional is a
        # consumer only for an offer for their home (R6); which one it is stays asked
        drop["audience"] = None
        if _value(facts.related_offer) == "no":
            drop["related_offer"] = None  # unrelated only if for the home: open as well
    if not drop:
        return facts
    return Facts.model_validate({**facts.model_dump(exclude_none=True), **drop})


_SENTENCE = re.compile(r"[^.!?\n]+")
_HOME_ALTERNATIVE = words("audience", "home_alternative")
_OPEN_DOUBT = words("audience", "open_doubt")


def trade_or_home_open(folded: str) -> bool:
    """A sentence says the offer is for the trade or for the home, and that this is still open."""
    return any(
        _HOME_ALTERNATIVE.search(s) and _OPEN_DOUBT.search(s) for s in _SENTENCE.findall(folded)
    )


def ended_in_doubt(
    folded: str, found: list[Span], facts: Facts, read: Callable[[str], Facts]
) -> Facts:
    """``facts`` without a contract read as ended when the rep doubts whether it runs or ended
    ("je sais pas si son abonnement est encore actif ou s'il a résilié", "not sure whether her
    plan is still running or was cancelled"): the words in doubt are what say it ended, and the
    rest says nothing of it — the contract stays unknown, and is asked (bot/understand/doubts.py).
    """
    if _value(facts.ongoing_contract) != "no":
        return facts
    doubted = [s for s in found if s.category in _DOUBTING]
    if not any(
        read(folded[s.start : s.end].replace(s.trigger, " ", 1)).ongoing_contract is not None
        for s in doubted
    ):
        return facts
    if read(plain_text(folded, found, _DOUBTING)).ongoing_contract is not None:
        return facts  # the rest says it too ("son contrat a pris fin en mars, je crois")
    return facts.with_(ongoing_contract=None)


def _value(value: object) -> str | None:
    return getattr(value, "value", value)  # type: ignore[return-value]
