"""The contact given and the kind of address: generic, professional, personal."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.audience import _ONE_PERSON_FIRM, _WORKS_ALONE, mask_not_the_person

_GENERIC_LOCAL = re.compile(
    r"^(?:contact|contacts|info|infos|information|sales|hello|bonjour|commercial|support|admin|"
    r"accueil|office|team|marketing|compta|comptabilite|ventes|achats|purchasing|direction|"
    r"secretariat|rh|hr|jobs|recrutement|service-?client|serviceclient|customer-?service|help|"
    r"contactpro|mail|postmaster|webmaster|press|presse|communication|reception|general|enquiries|"
    r"inquiries|billing|facturation|devis|commande|orders|noreply|no-reply)$"
)


_WEBMAIL = re.compile(
    r"@(?:gmail|googlemail|hotmail|yahoo|outlook|live|msn|icloud|me|aol|orange|wanadoo|free|sfr|"
    r"laposte|neuf|bbox|gmx|proton|protonmail)\."
)


_EMAIL_RX = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


#: One person or several, as a question the rep leaves open: "un kiné seul", "plusieurs
#: praticiens", "several employees" (readers/doubted.py: said in doubt, a contact@ is read as a
#: person's work address, not a company's mailbox).
_ALONE_OR_MANY = re.compile(
    r"\bune? \w+ seule?\b|\bseule?s? (?:ou|or)\b|\bplusieurs (?:praticiens|salaries|employes|associes|"
    r"personnes|medecins|avocats|collaborateurs)\b|\b(?:several|many|multiple) (?:practitioners|employees|"
    r"staff|people|partners|doctors|lawyers)\b|\b(?:alone|by (?:himself|herself)|one person)\b"
)

_GENERIC_WORDS = words("address", "generic_words")
_PRO_WORDS = words("address", "pro_words")
_PERSONAL_WORDS = words("address", "personal_words")
_PUBLISHED_FOR_BUSINESS = words("address", "published_for_business")
#: a professional named by trade or role ("self-employed electrician", "la pharmacienne")
_PROFESSIONAL = words("audience", "b2b_person")


def contacts(text: str) -> list[str]:
    """E-mail addresses, then phone numbers (``phonenumbers``, French numbering by default)."""
    found = [m.group(0).strip(".'") for m in _EMAIL_RX.finditer(text)]
    try:
        import phonenumbers

        for match in phonenumbers.PhoneNumberMatcher(text, "FR"):
            found.append(
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            )
    except Exception:  # noqa: BLE001 - a malformed number is no reason to fail the question
        pass
    return found


#: The kinds of address from the most permissive (R5: a company's mailbox) to the least; an
#: unknown kind may be any, so it comes just before the personal one.
_KIND_ORDER = ("generic", "professional", None, "personal")


def address_of_all(folded: str, found: list[str]) -> tuple[str | None, str | None]:
    """The kind of address that holds for every e-mail address given, and the address it is read
    from. Several addresses ("contact@acme.fr, marie.l@gmail.com, p.durand@acme.fr") are one
    question about each: the least permissive kind rules, never the first address alone."""
    contact = found[0] if found else None
    emails = list(dict.fromkeys(c for c in found if "@" in c))
    if len(emails) < 2:
        return _address(folded, contact), contact
    kinds = [(_address(folded, c), c) for c in emails]
    return max(kinds, key=lambda k: _KIND_ORDER.index(k[0]))


def _address(folded: str, contact: str | None) -> str | None:
    generic = _generic_address(folded, contact)
    who = mask_not_the_person(folded)
    if generic and (_WORKS_ALONE.search(who) or _ONE_PERSON_FIRM.search(who)):
        # contact@ of someone who works alone designates that one person: personal data (CNIL)
        return "professional"
    return generic or _other_address(folded, contact)


def _generic_address(folded: str, contact: str | None) -> str | None:
    if contact and "@" in contact and _GENERIC_LOCAL.match(contact.lower().split("@", 1)[0]):
        return "generic"
    if (not contact or "@" not in contact or not _WEBMAIL.search(contact.lower())) and (
        _GENERIC_WORDS.search(folded)
    ):
        return "generic"
    return None


def _other_address(folded: str, contact: str | None) -> str | None:
    if contact and "@" in contact and _WEBMAIL.search(contact.lower()):
        if _PUBLISHED_FOR_BUSINESS.search(folded) and _PROFESSIONAL.search(folded):
            return "professional"  # a webmail the professional publishes as their business's
        return "personal"
    if _PERSONAL_WORDS.search(folded):
        return "personal"
    if _PRO_WORDS.search(folded):
        return "professional"
    if contact and "@" in contact:
        local = contact.lower().split("@", 1)[0]
        if re.match(r"^[a-z]+[._-][a-z]+$", local) or re.match(r"^[a-z]\.?[a-z]{2,}$", local):
            return "professional"  # firstname.lastname@company: a named work address
    return None
