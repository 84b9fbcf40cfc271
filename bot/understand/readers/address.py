"""The contact given and the kind of address: generic, professional, personal."""

from __future__ import annotations

import re

from bot.understand.readers.audience import _WORKS_ALONE
from bot.understand.readers.match import _rx

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


_GENERIC_WORDS = _rx(
    r"(?:generic|standard|general|main|switchboard) (?:fax |phone |telephone )?(?:line|number)",
    r"standard (?:de l'entreprise|de la societe|telephonique)",
    r"(?:fax|ligne|numero) generique",
    r"adresses? (?:e-?mail |mail )?generiques?",
    r"generic (?:e-?mail )?(?:address|mailbox|inbox)",
    r"boites? (?:mail )?generiques?",
    r"\b(?:contact|info|sales|hello|commercial|support)@(?!\w)",
    r"\b(?:contact|info|sales)@\.{0,3}",
)


_PRO_WORDS = _rx(
    r"adresses? (?:e-?mail |mail |de messagerie )?(?:pro|professionn?elles?)\b",
    r"(?:work|business|professional|office|corporate|company) (?:e-?mail )?(?:address|e-?mail|line|"
    r"number|phone|inbox|mailbox|mobile|cell)",
    # "his email is his business one"
    r"(?:e-?mail|address|number|mobile|phone) is (?:his|her|their) (?:work|business|professional|"
    r"company|office) one",
    r"lignes? (?:pro|professionn?elle|directe)\b",
    r"numeros? (?:pro|professionn?el)\b",
    r"(?:mails?|e-?mails?|tel|telephones?|portables?|mobiles?|adresses?|numeros?) "
    r"(?:pro|pros|professionn?el\w*)\b",
    r"\bnominati(?:f|fs|ve|ves)\b",
    r"\bnamed (?:work |business )?(?:e-?mail|address)",
    r"prenom\.nom",
    r"firstname\.lastname",
    r"\bau bureau\b",
    r"\bat (?:her|his|their) office\b",
    r"\bdirect line\b",
    r"\bwork (?:mail|number|phone)\b",
    r"(?:clinic|office|practice|shop|store|company) (?:e-?mail )?address",
    r"adresses? (?:du|de son|de la) "
    r"(?:cabinet|boutique|magasin|societe|entreprise|bureau)",
)


_PERSONAL_WORDS = _rx(
    r"adresses? (?:e-?mail |mail )?(?:perso|personn?elles?|privees?)\b",
    r"(?:personal|private|home) (?:e-?mail|address|phone|number|mobile|line|inbox)",
    r"(?:portable|mobile|numero|mail|e-?mail|adresse|telephone) (?:perso|personn?el|prive)\b",
    r"\bgmail\b",
    r"\bhotmail\b",
    r"\byahoo\b",
    r"\bdomicile\b",
    r"\bat home\b",
)


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


def _address(folded: str, contact: str | None) -> str | None:
    generic = _generic_address(folded, contact)
    if generic and (_WORKS_ALONE.search(folded) or _ONE_PERSON_FIRM.search(folded)):
        # contact@ of someone who works alone designates that one person: personal data (CNIL)
        return "professional"
    return generic or _other_address(folded, contact)


#: A firm that is one person in law (an artisan or a shop may employ others: not these words).
_ONE_PERSON_FIRM = re.compile(
    r"auto-?entrepr(?:eneur|eneuse|ise)|micro-?entrepr(?:eneur|eneuse|ise)|sole[- ]trader|"
    r"entreprise individuelle|en nom propre|sole proprietor|self-employed|freelance"
)


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
