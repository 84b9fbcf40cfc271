"""What the message carries (L.34-5: the sender, a free opt-out)."""

from __future__ import annotations

import re

#: Words that leave something out of the message: "sans", "ni", "without", "removed"…
_LEFT_OUT = r"(?:\bsans|\bni|\bnor|\bwithout|\bpas de|\baucun\w*|\bomit\w*|\bremov\w*|\benlev\w*|\bretir\w*|\bsupprim\w*)"


_NO_OPT_OUT = re.compile(
    _LEFT_OUT
    + r" (?:\w+ ){0,4}?(?:(?:\W{1,2} ?(?:\w+ )?)?stop\b|liens? (?:de|pour (?:se )?) ?(?:desinscri|desabonn)\w*|"
    r"(?:unsubscribe|opt-?out) (?:links?|buttons?|footers?|options?)|moyen de (?:se desinscrire|s'opposer))"
    r"|\bno (?:unsubscribe|opt-?out) (?:links?|buttons?|footers?)"
)


_NO_SENDER = re.compile(
    _LEFT_OUT
    + r" (?:\w+ ){0,4}?(?:(?:le |notre |the |our )?(?:nom|name) (?:de |of )?(?:la |l'|notre |the |our )?"
    r"(?:boite|societe|entreprise|marque|enseigne|boutique|magasin|company|business|brand|shop|store)|"
    r"(?:company|business|brand|sender|shop|store) (?:name|id)|"
    r"(?:our|notre) (?:nom|name)|expediteur|sender|qui (?:on est|nous sommes)|who we are)\b"
    r"|\b(?:sms|mails?|e-?mails?|messages?|texts?) anonymes?\b|\banonymous (?:sms|e-?mails?|messages?|texts?)\b"
    # "from a short code with no brand name", "no sender ID", "unbranded texts"
    r"|\bno (?:\w+ )?(?:brand|company|business|sender|shop|store) (?:name|id)\b"
    r"|\bunbranded (?:sms|e-?mails?|messages?|texts?|short codes?|senders?)\b"
)


#: The opt-out a message carries, named as a thing: the STOP mention, an unsubscribe link or
#: footer, "le lien de désinscription"… (a bare "stop" only when named as a mention or a word).
_OPT_OUT_THING = (
    r"(?:(?:mention|mot|word|keyword|ligne|line|option|reponse|reply|texte?) (?:\W{1,2} ?)?stop\b|"
    # the STOP text quoted ("drop the 'Reply STOP' line", "retirer « Répondez STOP »")
    r"[\"'«“‘] ?(?:\w+ )?stop\b|"
    r"\bstop\W? (?:mention|word|keyword|line|option|message|sms)|\b(?:le|the) stop\b(?! (?:\w+ing|de|d'))|"
    r"\bstop\W? (?:au|a la|at the) (?:bout|fin|end)|"
    r"\b(?:liens?|link|bouton|button|footer|pied de page|mention) (?:\w+ ){0,2}?"
    r"(?:desinscri\w*|desabonn\w*|unsubscri\w*|opt-?out|d'opposition)|"
    r"\b(?:unsubscribe|opt-?out|desinscription|desabonnement) (?:links?|buttons?|footers?|options?|mentions?|lines?)|"
    r"moyen de (?:se desinscrire|s'opposer)|\bway to (?:unsubscribe|opt out))"
)
#: Who sends, named as a thing: our name, the brand, the sender field.
_SENDER_THING = (
    r"(?:(?:le |notre |the |our )?(?:nom|name) (?:de |of )?(?:la |l'|notre |the |our )?"
    r"(?:boite|societe|entreprise|marque|enseigne|boutique|magasin|company|business|brand|shop|store)|"
    r"(?:company|business|brand|sender|shop|store) (?:name|id)|"
    r"\b(?:our|notre|the|la) (?:nom|name|brand|marque|enseigne)\b|\bexpediteur\b|\bsender\b|\bsignature\b)"
)
#: Taking a thing out of the message, after it was named and referred back to by a pronoun
#: ("the STOP mention eats characters so we'll drop it", "le lien, on le retire", "on s'en passe"),
#: or in the passive ("the footer will be cut"), or not putting it in ("on met pas le STOP").
_DROP_EN = (
    r"(?:drop|dropp\w*|skip\w*|remov\w*|omit\w*|cut\w*|ditch\w*|lose|strip\w*|delet\w*|hide|hid\w*|"
    r"get rid of|take|taking|took|leave|leaving|left)"
)
_DROP_BACK = re.compile(
    r"(?<!n't )(?<!not )(?<!never )\b"
    + _DROP_EN
    + r" (?:it|that|this)\b(?: (?:out|off))?(?! (?:in|on|as is))"
    r"|\b(?:be|being|been|gets?|got) (?:\w+ )?(?:dropped|skipped|omitted|cut|ditched|stripped|left out|taken out|"
    r"hidden)\b"
    r"|\b(?:on |nous |je |ils |marketing )?(?:va |vont |veut |voudrait |peut |doit |allons |vais )?(?:le |la |l')"
    r"(?:enlev\w*|retir\w*|supprim\w*|vir(?:e|er|ez|ons|ent)\b|zapp\w*|saut(?:e|er|ez|ons)\b|"
    r"coup(?:e|er|ez|ons)\b|omet\w*|oubli\w*|cach\w*)"
    r"|\b(?:s'en|nous en|se) pass\w*|\bfaire sans\b"
    r"|\b(?:sera|seront|est|sont|etre) (?:\w+ )?(?:enleve|retire|supprime|vire|zappe|saute|coupe|omis|cache)e?s?\b"
)
#: Not putting a thing in: "on met pas le STOP", "we won't include the unsubscribe link".
_NOT_PUT = (
    r"(?:\b(?:met|mets|mettre|mettons|mettez|inclu\w*|ajout\w*|indiqu\w*|affich\w*|apparai\w*|figur\w*) "
    r"(?:pas|plus|jamais)|"
    r"\b(?:pas|plus|jamais|sans) (?:\w+ ){0,2}?(?:mettre|inclure|ajouter|indiquer|afficher|apparaitre|figurer)|"
    r"\b(?:don'?t|do not|won'?t|will not|not|never|no need to|without) (?:\w+ ){0,2}?(?:put\w*|includ\w*|add\w*|show\w*|mention\w*)|"
    r"\b(?:drop\w*|skip\w*|ditch\w*|get rid of|leav\w* out|left out|zapp\w*|vir(?:e|er|ez|ons)|saut(?:e|er|ez|ons)|"
    r"coup(?:e|er|ez|ons)|oubli\w*|cach\w*|hid\w*|hide)) (?:\w+ ){0,4}?"
)
#: What is taken out of a list or a file is a person, not a part of the message.
_FROM_LIST = r"(?! (?:\w+ )?(?:du|de la|de notre|des|de nos|from|of|off) (?:\w+ ){0,2}?(?:fichiers?|listes?|lists?|bases?|crm|database|mailing|contacts|audience|segment))"
_NO_OPT_OUT_BACK = re.compile(
    _OPT_OUT_THING + r"[^.!?\n]{0,90}?(?:" + _DROP_BACK.pattern + ")" + _FROM_LIST
)
_NO_SENDER_BACK = re.compile(
    _SENDER_THING + r"[^.!?\n]{0,90}?(?:" + _DROP_BACK.pattern + ")" + _FROM_LIST
)
_NO_OPT_OUT_PUT = re.compile(_NOT_PUT + _OPT_OUT_THING)
_NO_SENDER_PUT = re.compile(_NOT_PUT + _SENDER_THING)


def _message_content(folded: str) -> str | None:
    """The message described leaves out the free opt-out or the sender (either is forbidden):
    said before the thing ("sans lien de désinscription", "we'll skip the STOP") or after it,
    referred back to ("the STOP mention eats characters so we'll drop it", "le lien, on le vire")."""
    if (
        _NO_OPT_OUT.search(folded)
        or _NO_OPT_OUT_PUT.search(folded)
        or _NO_OPT_OUT_BACK.search(folded)
    ):
        return "no_opt_out"
    if _NO_SENDER.search(folded) or _NO_SENDER_PUT.search(folded) or _NO_SENDER_BACK.search(folded):
        return "no_sender"
    return None


_SEND = re.compile(
    r"\b(?:envoy\w*|envoi|send\w*|ecri\w*|write|prospect\w*|contact(?:er|ez|ons)|"
    r"relanc\w*|demarch\w*|mail\w*|pitch\w*|promo\w*|newsletter|brochure|offres?|offers?)\b"
)
