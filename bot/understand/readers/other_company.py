"""Whose consent it is: a consent given to another company than the one writing.

Consent is specific to the company it names (R1b, R11): "il a donné son accord à notre filiale
Assurix", "she opted in with our sister brand", "notre maison mère a recueilli son consentement"
say nothing of a consent to us, the company that asks. Such a consent is not read as ours (the
rules then ask), unless we were named too ("à notre filiale et à nous") or the question is about
that other company acting ("Assurix peut-elle lui écrire ?"). The words are in
``lexicon/other_company.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understand.lexicon import lists
from bot.understand.readers.match import _rx

#: Words after a company word that are no name of it ("notre filiale pour…", "our subsidiary's").
_NOT_A_NAME = frozenset(
    re.split(
        r"\s+",
        "a au aux de des du d pour par et ou qui que qu avec sur dans en le la les l un une son sa "
        "ses leur leurs nous on il elle ils elles for to of and or with by from in on at the an its "
        "their her his who which that s est etait is was has had have a-t-elle a-t-il",
    )
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = lists("other_company")
    entity = "(?:" + "|".join(f"(?:{p})" for p in raw["entity"]) + ")"
    return {
        key: _rx(*(p.replace("{entity}", entity) for p in raw[key]))
        for key in (
            "entity",
            "consent_to",
            "held_by",
            "us_too",
            "acts",
            "not_us",
            "their_own",
            "group_wide",
            "collected_at",
        )
    }


_SENTENCE = re.compile(r"[^.!?;]+[.!?;]?")
#: A bracketed aside that names no company of ours: "(case cochée, preuve ok)".
_ASIDE = re.compile(r"\((?![^)]*\b(?:notre|nos|our|la|le|the)\s)[^()]{0,80}\)")


def _names(sentence: str, start: int, end: int) -> set[str]:
    """The company word of the match and the name right after it ("notre filiale assurix")."""
    found = set()
    for m in _patterns()["entity"].finditer(sentence, start, end):
        found.add(m.group(0))
        after = re.match(r"\s+([a-z][\w-]{2,})", sentence[m.end() :])
        if after and after.group(1) not in _NOT_A_NAME:
            found.add(after.group(1))
    return found


def _other_acts(folded: str, names: set[str], since: int) -> bool:
    """One of ``names`` is the subject of the action asked about, after position ``since``."""
    acts = _patterns()["acts"]
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", folded[since:]):
            if acts.match(folded[since + m.end() : since + m.end() + 25].lstrip(" -,")):
                return True
    return False


def consent_to_another(folded: str) -> bool:
    """``folded`` says the consent went to another company than ours, and not to us too."""
    pats = _patterns()
    # an aside in brackets between the act and the company ("consenti (case cochée, preuve ok)
    # à être appelés par notre client A") is blanked, its length kept
    folded = _ASIDE.sub(lambda m: " " * len(m.group(0)), folded)
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group(0)
        for key in ("consent_to", "held_by"):
            for m in pats[key].finditer(text):
                if pats["us_too"].search(text):
                    return False  # "à notre filiale et à nous": we were named too
                # unless the question is about that company's own message
                names = _names(text, m.start(), m.end())
                return not _other_acts(folded, names, sentence.start() + m.end())
    return False


def consent_not_ours(folded: str, consent: re.Pattern[str]) -> bool:
    """A sentence stating consent (``consent``) says it was given to someone else's own messages
    or not to us ("agreed to the co-host's own emails, not ours", "accepté les offres de
    l'organisateur, pas les nôtres"): consent names its company (R1b), and that one is not us."""
    pats = _patterns()
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group(0)
        if not consent.search(text) or pats["us_too"].search(text):
            continue
        if pats["not_us"].search(text) or pats["their_own"].search(text):
            return True
    return False


def group_wide(folded: str) -> bool:
    """A consent worded for "the group" as a whole ("offers from the group")."""
    return bool(_patterns()["group_wide"].search(folded))


def group_consent_unnamed(folded: str) -> bool:
    """A consent that does not name us while another company of the group is in play: worded for
    "the group" ("offers from the group") with a parent, subsidiary or sister company named, or
    collected on such a company's own site or form when that company is not the one acting
    ("a form on our parent company's website… can we, the subsidiary, email him?"). Consent
    names the company it is given to (R1b, R11): whether we were named is asked, never presumed."""
    pats = _patterns()
    if pats["us_too"].search(folded):
        return False  # "à la maison mère et à nous": we were named
    if pats["group_wide"].search(folded) and pats["entity"].search(folded):
        return True
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group(0)
        if _OURS_NAMED.search(text):
            continue  # "inscrite à notre newsletter via le site de notre filiale": ours named
        for m in pats["collected_at"].finditer(text):
            since = sentence.start() + m.end()
            if not _other_acts(folded, _names(text, m.start(), m.end()), since):
                return True
    return False


#: Our own messages named as what was agreed to ("notre newsletter", "our offers").
_OURS_NAMED = re.compile(
    r"\b(?:notre|nos|our) (?:propres? |own )?(?:newsletters?|offres|offers|promos?|promotions|e-?mails|"
    r"mails|sms|messages|actualites|news|bons plans|deals|alertes|alerts)\b"
)


_ITEM_SEP = re.compile(r"\s*(?:,|/|;|\bet\b|\band\b|\bou\b|\bor\b)\s*")


def named_among_partners(folded: str) -> bool | None:
    """Whether our company, named by the writer ("On est TelcoMax"), is among the partners listed
    at collection ("les offres de nos partenaires : Assur+, VoyagesPlus, TelcoMax"): True when
    it is (a consent to those partners' offers names us), False when partners are listed and we
    are not among them, None when either is not said."""
    raw = lists("other_company")
    ours = {
        m.group("name")
        for p in raw["we_are"]
        for m in re.finditer(p, folded)
        if m.group("name") not in _NOT_A_NAME
    }
    if not ours:
        return None
    listed: list[str] = []
    for p in raw["partner_list"]:
        for m in re.finditer(p, folded):
            listed += [i.strip() for i in _ITEM_SEP.split(m.group("list")) if i.strip()]
    if len(listed) < 2:
        return None  # no enumeration of names
    return any(item == name or item.startswith(name + " ") for item in listed for name in ours)
