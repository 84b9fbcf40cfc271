"""Whether the person was informed at collection, and whether they objected."""

from __future__ import annotations

import re

from bot.understand.readers.match import _hits, _rx
from bot.understand.text import Clause, negated

_INFORMED = _rx(
    r"\binforme(?:e|s|es)?\b",
    r"\binformed\b",
    r"\bprevenu(?:e|s|es)?\b",
    r"\bnotified\b",
    r"(?:was|were|been|are|is|got) told\b",
    r"\btold (?:at|when|about|that|them|him|her)\b",
    r"\bavert(?:i|ie|is|ies)\b",
    r"mentions? d'information",
    r"mentions? d'info\b",
    r"mentions? (?:de |d')(?:cession|partage|transmission)",
    r"(?:sharing|privacy|information|partner[- ]sharing|data) notice",
    r"opt-?out (?:box|checkbox|check box|option)",
    r"case (?:pour|pr|a|permettant de) (?:refuser|s'y opposer|s'opposer|se desinscrire|decliner)",
    r"box to (?:refuse|opt out|object|decline|say no)",
    r"(?:form|formulaire|page|checkout) (?:\w+ ){0,2}?(?:said|told|stated|explained|indiquait|precisait|"
    r"mentionnait|disait|expliquait) (?:\w+ ){0,8}?(?:offers?|offres?|mailings?|used|utilise|prospection|"
    r"marketing|partners?|partenaires?)",
    r"privacy notice",
    r"(?:got|had|given|offered|received|were given|was given) (?:a |an )?(?:clear |simple |free |easy )?"
    r"(?:opt-?out|unsubscribe|way to (?:opt out|unsubscribe|object|refuse))",
    r"(?:lui|leur) (?:ai|avons|a|ont|avait|avions) (?:dit|explique|indique|precise|annonce) "
    r"(?:qu'(?:il|elle|ils|elles)|que (?:nous|l'on|on)) (?:\w+ )?(?:recevr|enverr|envoy)\w*",
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|pourraient|can|could|able to|pu|"
    r"possibilite de|free to|allowed to) (?:\w+ )?(?:se desinscrire|s'opposer|refuser|unsubscribe|opt[- ]?out|object|"
    r"say no|se desabonner|decliner)",
    r"liens? de desinscription",
    r"unsubscribe links?",
    r"opt-?out links?",
    r"n'(?:a|ont|avait|avaient) pas (?:refuse|objecte|dit non)",
    r"ne (?:s'est|se sont|s'etait) pas oppose",
    r"(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t|never) (?:refuse|object|opt(?:ed)? out)\w*",
)


_NOT_INFORMED = _rx(
    r"(?:pas|jamais|non) (?:ete )?(?:informe|prevenu|averti)\w*",
    r"sans (?:les |l'|etre |avoir ete )?(?:informe|prevenu)\w*",
    r"(?:not|never|nobody|no one) (?:been |was |were )?(?:told|informed|notified)\b(?! (?:us|me)\b)",
    r"without (?:being )?(?:telling|informing|told|informed|notice)",
    r"\buninformed\b",
    # nothing at collection said they could refuse, or spoke of offers at all
    r"(?:\bno|aucune?|pas d[e']|sans) (?:\w+ ){0,2}?(?:option|way|possibilit\w*|moyen|case|box|checkbox|"
    r"lien|link) (?:\w+ ){0,2}?(?:to|de|pour|d') ?(?:refuse|object|opt[- ]?out|say no|decline|"
    r"unsubscribe|s'opposer|refuser|se desinscrire|dire non|decliner)",
    r"\bnothing (?:\w+ ){0,5}?about (?:\w+ ){0,2}?(?:newsletters?|offers?|marketing|promotions?|"
    r"prospecting|mailings?|partners?)",
    r"\brien (?:\w+ ){0,5}?(?:sur|concernant|a propos d\w*) (?:les |la |le |l'|nos |des )?(?:newsletters?|"
    r"offres?|prospection|promotions?|marketing|partenaires?)",
    r"\brien (?:de )?(?:prevu|indique|mentionne|ecrit|dit) (?:\w+ ){0,2}?(?:sur|dans) (?:nos |les |le |la |"
    r"notre )?(?:formulaires?|cgv|conditions|mentions|site|pages?)",
)


_OBJECTED = _rx(
    r"desinscri\w*",
    r"desabonn\w*",
    r"unsubscrib\w*",
    r"opted[- ]?out",
    r"opt[- ]?out (?:request|from)",
    r"(?:s'est|se sont|s'etait|s'etaient|s'est deja) (?:oppose|opposee|opposes|opposees)",
    r"\bobject(?:ed|s)\b",
    r"(?:a|ont|avait|avaient) refuse",
    r"\brefused\b",
    r"\brefusee?s?\b",
    r"\bsaid no\b",
    r"\ba dit non\b",
    r"(?:repondu|replied|texted|sent|envoye|answered)\W+(?:\w+\W+){0,2}?stop\b",
    r"\bstop\b(?! sending| contacting| calling)",
    r"do[- ]not[- ]contact",
    r"ne (?:plus|pas|jamais plus) (?:etre )?(?:contacte|recevoir|appele|sollicite|demarche|rappele)",
    r"not to be (?:contacted|called|emailed)",
    r"(?:asked|told) us to stop",
    r"take (?:me|us|him|her|them) off (?:your|the|our) (?:\w+ )?list",
    r"(?:retirez|enlevez|supprimez|rayez)-(?:moi|nous) de",
    r"(?:asked|told) us not to",
    r"stop (?:contacting|sending|calling|emailing)",
    r"liste (?:d'opposition|de desinscrits|repoussoir|noire)",
    r"suppression list",
    r"blacklist\w*",
    r"(?:a|ont) demande (?:qu'on arrete|d'arreter|a ne plus|de ne plus)",
    r"demande (?:de suppression|d'effacement|a etre supprime)",
    r"(?:asked|requested) (?:us )?to (?:delete|erase|remove)",
    r"(?:demande|demandait|a demande) (?:de |a )?(?:supprimer|effacer) ses donnees",
    r"no longer wants?",
    r"ne veut plus",
    r"ne (?:me|nous) (?:\w+ )?(?:re)?(?:rappelez|appelez|contactez|ecrivez|envoyez|sollicitez|relancez)\w* "
    r"plus",
    r"arret(?:ez|e|er|ons) (?:de |d')(?:m'|nous |me |lui |les )?(?:envoyer|appeler|contacter|ecrire|solliciter|"
    r"demarcher)",
    r"demande\w* (?:qu'on|que l'on|que nous|de) (?:\w+ )?(?:efface|supprime|retire)\w*",
    r"(?:ca|cela|ce) ne (?:m'|l'|nous |les |leur )?interess\w* pas",
    r"(?:\bm'|\bl'|\bnous |\bles )?interesse(?:nt)? pas",
    r"\bnot interested\b",
    r"(?:ne |n')?(?:veux|voulons|veulent) plus (?:etre |recevoir|qu'on|que vous|de )",
    r"(?:don'?t|do not|never) (?:call|contact|email|e-mail|text|message) (?:me|us) (?:again|anymore|any more)",
    r"ne souhaite plus",
    r"plus (?:etre )?(?:contacte|sollicite)",
    r"ne plus (?:l'|les |nous |la |le )?(?:appeler|contacter|solliciter|rappeler|ecrire|envoyer|demarcher)",
    r"(?:asked|told) us (?:to )?never",
    r"(?:stop|ne plus) (?:l'|les )?(?:appeler|contacter)",
)


_CAN = re.compile(
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|can|could|able to|possibilite de|free to|"
    r"allowed to|lien|link|moyen|way to|option|bouton|button|permettre de|pour|to let them)\W+(?:\w+\W+){0,2}$"
)


def _informed(cls: list[Clause]) -> str | None:
    if any(_NOT_INFORMED.search(c.text) for c in cls):
        return "no"
    for clause, m in _hits(cls, _INFORMED):
        if m.group(0).startswith(("n'", "ne ", "did", "has", "have", "never")):
            return "yes"
        if _UNSURE.search(clause.text[max(0, m.start() - 30) : m.start()]):
            return None  # "not sure what we told him": a doubt, not a denial
        return "no" if negated(clause.text, m.start(), window=25) else "yes"
    return None


#: A negation word that only says the rep does not know ("pas sûr", "not sure", "je ne sais pas").
_UNSURE = re.compile(
    r"\b(?:not|pas|never|jamais) (?:\w+ )?(?:sure|certain|certaine|sur|sure)\b|\bunsure\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not) (?:really )?(?:know|remember|recall)\b|"
    r"\bne (?:sai[st]|me souvien\w*|me rappelle) (?:\w+ )?pas\b|\bsais pas\b"
)


#: "was told he could opt out and never did": informed, and no objection.
_NEVER_DID = re.compile(
    r"(?:opt\w*[- ]?out|unsubscrib\w*|object|refus\w*|s'opposer|se desinscrire|se desabonner|"
    r"dire non|say no|decline)\b.{0,50}?\b(?:(?:and|but|et|mais) )?(?:he |she |they |il |elle |ils )?"
    r"(?:never did|never has|never have|didn'?t|did not|hasn'?t|has not|haven'?t|have not|"
    r"ne l'(?:a|ont) (?:jamais|pas) fait|l'(?:a|ont) jamais fait|(?:ne |n')?(?:l'|en )?(?:a|ont) "
    r"(?:jamais|rien|pas) fait|never used it|never took it)"
)


_DID_OBJECT = re.compile(
    r"(?:could|can|pouvait|peut) (?:\w+ )?(?:opt[- ]?out|unsubscribe|object|se desinscrire|se desabonner|"
    r"s'opposer)\b.{0,30}?\b(?:and|et) (?:he |she |they |il |elle |ils )?(?:did|has|l'(?:a|ont) fait)\b"
)


def _objected(cls: list[Clause], folded: str = "") -> str | None:
    if _NEVER_DID.search(folded):
        return "no"
    if _DID_OBJECT.search(folded):
        return "yes"
    found_no = False
    for clause, m in _hits(cls, _OBJECTED):
        head = clause.text[max(0, m.start() - 40) : m.start()]
        if _CAN.search(head):
            continue  # "can unsubscribe": informed, not an objection
        pattern_negates = m.group(0).startswith(("ne ", "not to", "asked us not"))
        if not pattern_negates and negated(clause.text, m.start(), window=25):
            found_no = True
            continue
        return "yes"
    return "no" if found_no else None
