"""What the message carries (L.34-5: the sender, a free opt-out)."""

from __future__ import annotations

import re

#: Words that leave something out of the message: "sans", "ni", "without", "removed"…
_LEFT_OUT = r"(?:\bsans|\bni|\bnor|\bwithout|\bpas de|\baucun\w*|\bomit\w*|\bremov\w*|\benlev\w*|\bretir\w*|\bsupprim\w*)"


_NO_OPT_OUT = re.compile(
    _LEFT_OUT + r" (?:\w+ ){0,4}?(?:stop\b|liens? (?:de|pour (?:se )?) ?(?:desinscri|desabonn)\w*|"
    r"(?:unsubscribe|opt-?out) (?:links?|buttons?|footers?|options?)|moyen de (?:se desinscrire|s'opposer))"
    r"|\bno (?:unsubscribe|opt-?out) (?:links?|buttons?|footers?)"
)


_NO_SENDER = re.compile(
    _LEFT_OUT
    + r" (?:\w+ ){0,4}?(?:(?:le |notre |the |our )?(?:nom|name) (?:de |of )?(?:la |l'|notre |the |our )?"
    r"(?:boite|societe|entreprise|marque|company|business|brand)|(?:company|business|brand|sender) name|"
    r"(?:our|notre) (?:nom|name)|expediteur|sender|qui (?:on est|nous sommes)|who we are)\b"
    r"|\b(?:sms|mails?|e-?mails?|messages?|texts?) anonymes?\b|\banonymous (?:sms|e-?mails?|messages?|texts?)\b"
)


def _message_content(folded: str) -> str | None:
    """The message described leaves out the free opt-out or the sender (either is forbidden)."""
    if _NO_OPT_OUT.search(folded):
        return "no_opt_out"
    if _NO_SENDER.search(folded):
        return "no_sender"
    return None


_SEND = re.compile(
    r"\b(?:envoy\w*|envoi|send\w*|ecri\w*|write|prospect\w*|contact(?:er|ez|ons)|"
    r"relanc\w*|demarch\w*|mail\w*|pitch\w*|promo\w*|newsletter|brochure|offres?|offers?)\b"
)
