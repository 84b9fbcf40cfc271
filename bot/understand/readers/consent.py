"""Whether the person consented, and the conditions that void a consent (pre-ticked, bundled,
silence, conditional)."""

from __future__ import annotations

import re

from bot.understand.readers.channel import _channel
from bot.understand.readers.match import _first, _rx, _yes_no
from bot.understand.text import Clause, negated

_PRE_TICKED = _rx(
    r"pre-? ?coche\w*",
    r"pre-? ?ticked",
    r"pre-? ?checked",
    r"pre-? ?selected",
    r"preselectionn\w*",
    r"(?<!de)(?<!non )(?<!non-)\bcochee?s? (?:par defaut|d'office|automatiquement)",
    r"(?<!un)(?<!non-)(?<!non )\b(?:ticked|checked|selected) by default",
    r"already (?:ticked|checked)",
    r"deja cochee?s?",
    r"case (?:deja )?remplie",
)


_BUNDLED = _rx(
    r"\bcgv\b",
    r"\bcgu\b",
    r"conditions generales",
    r"terms (?:and|&) conditions",
    r"\bt ?& ?cs?\b",
    r"terms of (?:use|service|sale)",
    r"\btos\b",
    r"\bbundled\b",
    r"noye\w* dans",
    r"hidden in",
    r"(?:en|by) accept\w* (?:les|nos|the|our) (?:conditions|terms|cgv|cgu)",
    r"reglement du jeu",
    r"politique de confidentialite",
    r"privacy policy",
    r"mentions legales",
    # the sign-up or the purchase itself "counts as" consent
    r"(?:inscription|creation (?:de|du) (?:votre |son |leur )?compte|achat|commande|account creation|"
    r"signing up|sign-?up|registration|registering|purchase|ordering) (?:vaut|emporte|implique|entraine|"
    r"means|implies|counts as|equals|constitutes) (?:\w+ )?(?:acceptation|consentement|accord|agreement|"
    r"consent|acceptance|opt-?in|inscription)",
)


#: Consent read into silence or inaction (GDPR 4(11): "unambiguous" needs an act): `implied`.
_AGREES = (
    r"(?:accept\w*|consent\w*|d'accord|vaut (?:accord|acceptation|consentement)|considere\w*|repute\w*|"
    r"(?:serez|seront|sera|est|sont|will be|are|is) (?:inscrit|abonne|subscribed|enrolled|opted)\w*|"
    r"recevrez|recevront|recevra|will receive|'ll receive|agree\w*|opt(?:ed|s)? in|deemed|taken as)"
)


_SILENCE = _rx(
    r"\bsilence\b(?! radio)",
    r"qui ne dit mot",
    r"n'(?:a|ont) rien dit",
    r"didn'?t say (?:anything|no)",
    r"\bimplicite?s?\b",
    r"\bimplicit\w*",
    # a contract renewed tacitly is no consent read into silence
    r"\btacite(?:s|ment)?\b(?! (?:reconduc|renouvel))",
    r"\btacit(?:ly)?\b(?! renew)",
    r"\binferred\b",
    r"\bpresume\w*",
    r"\bpresumed\b",
    # an opt-out formula: "faute de retour de votre part, vous acceptez…", "sauf refus…"
    r"(?:sans|faute de|en l'absence de|a defaut de|absence de|non-?) ?(?:reponse|retour|refus|opposition|"
    rf"objection|reaction|desinscription|manifestation)\b.{{0,60}}?\b{_AGREES}",
    # "sauf refus" (not "sauf opposition": the right to object of B2B and postal prospecting)
    r"(?:sauf|a moins d'une?) (?:refus|desinscription|desabonnement)\b",
    r"(?:no|without (?:a |any )?|absent (?:a |any )?|lack of (?:a )?)(?:reply|response|answer|objection|"
    rf"refusal)\b.{{0,40}}?\b(?:means|counts as|=|equals|is taken as|implies|{_AGREES})",
    r"(?:if|unless) (?:they|you|he|she|people|customers|consumers|the person) (?:don'?t|do not|doesn'?t|"
    r"does not|fail to|never) (?:reply|respond|answer|object|refuse|opt[- ]?out|unsubscribe|say no|"
    rf"react)\w*\b.{{0,50}}?\b{_AGREES}",
    r"(?:s'ils|si (?:ils|elles?|la personne|le client|vous|on)|tant qu'(?:ils|elles?|il|on)|tant que vous) "
    r"(?:ne|n') ?(?:vous |se |s')?"
    r"(?:\w+ )?(?:repond|reagi|refus|s'oppos|dit pas non|desinscri|desabonn)\w*\b.{0,50}?"
    rf"\b{_AGREES}",
    r"(?:pas|jamais|never|not|didn'?t|did not|haven'?t|hasn'?t) (?:\w+ ){0,2}?(?:repondu|reagi|refuse|"
    r"objecte|dit non|replied|responded|answered|objected|refused|said no|opted out|unsubscribed)\w*,? "
    r"(?:donc|alors|so|therefore|=|ca veut dire|cela vaut|that means|which means|meaning) (?:\w+ ){0,3}?"
    r"(?:d'accord|ok|okay|oui|yes|accept\w*|consent\w*|agree\w*|opt(?:e|ed)? ?in|inscrit|subscribed|"
    r"partant|on board)",
    r"(?:considere|consider|deem|treat|compte|count|regard)\w* (?:\w+ ){0,3}?(?:comme|as) "
    r"(?:consentants?|d'accord|opt-?in|inscrits?|consenting|having (?:consented|agreed|opted in)|"
    r"agreed|subscribed|accepted|acceptant)",
    r"(?:silence|absence de reponse|non-?reponse|no reply|no response|no answer|not replying|"
    r"not answering) (?:vaut|means|counts|=|equals|is)",
    r"opt-?out (?:par defaut|by default)",
    r"(?:considere|consider|assume|presume|deem|treat|suppose)\w* (?:[\w']+ ){0,3}?(?:d'accord|ok|okay|fine|"
    r"consentants?|interesse\w*|interested|on board|partants?)\b",
    r"(?:suivent|suit|follow|follows|followed|like|likes|liked|aiment|aime|ont like)\b.{0,60}?"
    r"(?:c'est qu'ils|c'est qu'il|that means|which means|so they|donc ils?) (?:\w+ ){0,2}?(?:sont|are|is|est)? ?"
    r"(?:interess|d'accord|ok|fine|consent|agree)",
    r"(?:added|ajout|inscri|abonn|enrol|subscri|signed up|opted in|mis|put)\w*\b.{0,50}?\b(?:automatically|"
    r"automatiquement|by default|par defaut|d'office)",
)


_ADVANTAGE = (
    r"(?:reduction|remise|codes? promo|promo(?:tion(?:al)?)? codes?|bon d'achat|\bjeu\b|concours|cadeau|"
    r"discount|coupon|voucher|\bgame\b|contest|prize|gift|giveaway|sweepstake|tirage au sort|tombola|"
    r"loterie|lottery|raffle|% off|pourcent|percent|-? ?\d+ ?%|\d+ ?(?:euros?|eur|€) (?:offert|de "
    r"reduction|off)|livraison (?:gratuite|offerte)|free (?:shipping|delivery|gift|sample|trial)|"
    r"echantillon|points? (?:de fidelite|bonus)|loyalty points|cashback|\bperks?\b|\brewards?\b|"
    r"recompense|loyalty (?:scheme|program|programme|club|card)|(?:programme|carte|club) (?:de )?"
    r"fidelite|wi-?fi gratuit|free wi-?fi|acces (?:gratuit|au wi-?fi)|free access|ebook|livre blanc|"
    r"white ?paper)"
)


#: Consent asked in exchange for an advantage (R8, GDPR 7(4)): valid only if refusing stays possible.
_CONDITIONAL = re.compile(
    r"(?:en echange|en contrepartie|pour (?:obtenir|beneficier|avoir|participer|gagner|jouer)|"
    r"conditions? (?:de|d'|pour|a)|condition (?:to|for)|in exchange for|in return for|"
    r"to (?:get|enter|participate|take part|play|receive|win|claim|unlock)|required to (?:get|enter)|"
    rf"obligatoire pour)\b.{{0,50}}?{_ADVANTAGE}"
    r"|\b(?:only|seulement|uniquement|que) (?:\w+ ){0,2}?(?:join|rejoindre|enter|participer|obtenir|"
    r"get|access|acceder|benefit|beneficier|play|jouer|download|telecharger|profiter|avoir|win|gagner)"
    r"\w* (?:\w+ ){0,4}?(?:by|en|if|si|s'ils|provided|a condition "
    r"d'|a condition de) (?:\w+ )?(?:agree|accept|consent|opt|sign|subscri|cochant|s'inscrivant|"
    r"s'abonnant)"
    rf"|{_ADVANTAGE}\w*.{{0,60}}?"
    r"(?:en echange|conditionn\w*|condition\w* (?:a|au|de)|only if|seulement si|a condition|in exchange|"
    r"if (?:they|you|people|customers|consumers) (?:accept|agree|consent|opt|sign|subscri)|"
    r"(?:who|qui|ceux qui|those who) (?:accept|agree|consent|opt|sign|subscri|s'inscri|s'abonn)\w*|"
    r"s'ils (?:acceptent|s'inscrivent|s'abonnent|consentent)|si (?:ils|elles?|il|on) (?:accepte|consent|"
    r"s'inscri|s'abonn)|required|requis|obligatoire|had to|have to|must|devaient|devait|doivent|doit|"
    r"fallait|faut)"
)


#: ...and the two readings of it: a stated alternative (valid consent) or none (bundled consent).
_NO_ALTERNATIVE = _rx(
    r"no other (?:way|option|means|choice)",
    r"\bno (?:real )?choice\b",
    r"(?:pas|aucun) (?:le |de |d'|vraiment le )?choix",
    r"(?:only|sole|single) way",
    r"(?:seule?|unique) (?:facon|maniere|moyen|option|possibilite|condition)",
    r"(?:pas|aucun\w*|sans) (?:d'|de |d'autres? |autres? )?(?:autres? )?(?:moyen|facon|maniere|option|"
    r"possibilite|alternative|choix)\b(?! (?:de |d')?(?:s'opposer|refuser|se desinscrire))",
    r"obligatoire(?:s|ment)? pour",
    r"(?:c'est|c'etait|etait|est) obligatoire",
    # "il fallait obligatoirement accepter… sinon pas de participation"
    r"\bobligatoirement\b",
    r"\bsinon (?:pas|aucune?|plus) (?:de |d')?(?:participation|inscription|acces|cadeau|lot|jeu)",
    r"\botherwise (?:no|you can'?t|they can'?t) (?:\w+ )?(?:entry|enter|participation|participate|access|"
    r"prize|gift|play)",
    r"(?:mandatory|compulsory|required) (?:to|for|in order)",
    r"(?:can(?:not|'t)|could(?:n'?t| not)|impossible (?:de|to)|no way to) (?:\w+ ){0,3}?(?:enter|"
    r"participer|take part|participate|play|jouer|get|obtenir|benefit|beneficier)\w* (?:\w+ ){0,4}?"
    r"(?:without|sans)",
)


_ALTERNATIVE = _rx(
    r"(?:meme|also|aussi|egalement|as well|too) (?:\w+ ){0,3}?(?:sans|without) "
    r"(?:\w+ ){0,2}?(?:accept|consent|inscri|agree|opt|cocher|ticking|subscri|s'abonn|sign|regist)",
    r"(?:sans|without) (?:\w+ ){0,3}?(?:accept|consent|agree|opt|cocher|ticking|subscri|s'inscri|"
    r"s'abonn|sign|regist|inscri)\w*(?: \w+){0,4} (?:aussi|egalement|also|too|as well|quand meme|"
    r"anyway|all the same)",
    r"(?:ceux|celles|those|people|customers|consumers) qui (?:refusent|n'acceptent pas|disent non)"
    r"(?: \w+){0,5} (?:aussi|egalement|quand meme|autant|la meme|le meme)",
    r"(?:those|people|customers|consumers) who (?:refuse|decline|say no|don'?t (?:agree|accept|opt))"
    r"(?: \w+){0,5} (?:also|too|as well|still|the same)",
    r"(?:facultati\w*|optionn?el\w*|optional|not (?:required|mandatory|compulsory)|"
    r"(?:pas|non) (?:obligatoire|requis|necessaire|une condition))",
    r"(?:another|other|une autre|d'autres?|autre) (?:way|means|option|facon|moyen|possibilite|maniere)"
    r" (?:to|de|d'|pour) (?:\w+ ){0,2}?(?:enter|participate|take part|play|get|participer|jouer|obtenir|"
    r"beneficier|profiter)",
    r"(?:real|genuine|free|vraie?|veritable|libre) (?:alternative|choix|choice)",
)


_PARTICIPATE = re.compile(
    r"participer|participate|participation|take part|\benter\b|\bentry\b|\bjouer\b|\bplay\b|"
    r"\bjoin\b|rejoindre|acceder|\baccess\b|register for|s'inscrire (?:a|au|aux)"
)


def consent_condition(folded: str) -> str | None:
    """How consent tied to an advantage reads (R8): 'free' (a real alternative is stated),
    'forced' (no other way), 'unclear', or None when no consent is tied to an advantage."""
    if not re.search(
        r"consent|accord|accept|opt|coch|tick|case|box|agree|inscri|sign|abonn", folded
    ):
        return None
    if not _CONDITIONAL.search(folded):
        # "must agree… no other way to take part": the condition is said without naming the prize
        if _PARTICIPATE.search(folded) and any(
            not negated(folded, m.start(), window=15) or m.group(0).startswith(("no ", "pas "))
            for m in _NO_ALTERNATIVE.finditer(folded)
        ):
            return "forced"
        return None
    for m in _ALTERNATIVE.finditer(folded):
        intrinsic = m.group(0).startswith(("pas ", "non ", "not "))
        if intrinsic or not negated(folded, m.start(), window=15):  # "no other way…" is none
            return "free"
    if _NO_ALTERNATIVE.search(folded):
        return "forced"
    return "unclear"


_CONSENT_YES = _rx(
    r"(?:donne|accorde|exprime|fourni|recueilli|obtenu|collecte|given|gave|got|obtained|collected|"
    r"recorded|have|has|had|avec)\w*\s+(?:\w+\s+){0,2}?(?:accords?|consentements?|consents?|permission|"
    r"opt-?ins?|autorisations?|agreement)\b",
    r"(?:accord|consentement|consent|permission)\s+(?:\w+\s+){0,2}?(?:donne|obtenu|recueilli|ecrit|"
    r"explicite|expres|prealable|given|obtained|explicit|written|prior)\w*",
    r"\bconsent(?:ed|ing|i|ie|is|ies|ants?|antes?)\b",
    r"\bopt(?:ed|e|es)? ?-?in\b",
    r"\bopted\b(?! out)",
    r"\bopt-?ins?\b",
    r"(?:a|ont|avait|avaient|has|have|had) (?:\w+ ){0,2}?(?:accepte|coche|valide)\b",
    r"(?:accept|coch|valid)\w* (?:lui-meme |elle-meme |eux-memes |elles-memes )?(?:de recevoir|la case|une case|"
    r"pour recevoir|les offres|nos offres)",
    r"coche\w* (?:lui-meme|elle-meme|eux-memes|elles-memes)",
    r"(?:tick|check|select)(?:ed|s)? (?:the |a |an |our )?(?:\w+ )?(?:box|checkbox|opt-?in)",
    r"\bagreed to\b",
    # "ticking (unticked by default) 'I agree that ACME calls me'": the box and its words
    r"(?:ticked|ticking|checked|checking|coche\w*)\W+(?:\w+\W+){0,5}?(?:i agree|i accept|j'accepte|"
    r"je souhaite|j'autorise)\b",
    r"(?:tick|check|coche)\w* (?:it|them|the box|la case|la) ?(?:themselves|himself|herself|eux-memes|"
    r"elles-memes|lui-meme|elle-meme)",
    # "le client nous demande de lui envoyer nos autres offres": the person asks for our offers
    r"(?:nous|m'|me) (?:a |ont |avait )?demande\w* (?:de |d')(?:lui |leur )?(?:envoyer|transmettre|faire "
    r"parvenir) (?:\w+ ){0,4}?(?:nos|vos|les) (?:\w+ )?(?:offres|promos?|catalogues?|propositions)",
    r"(?:asked|asks|requested) (?:us|me) to (?:send|email|e-mail) (?:him |her |them )?(?:\w+ ){0,3}?"
    r"(?:our|your|the) (?:\w+ )?(?:offers|deals|catalogue|catalog|promotions)",
    r"autoris\w* (?:a |de )?(?:les |nous |l'|le |la )?(?:contact|appel|ecrire|envoy|e-?mail|texter|solliciter|"
    r"demarcher|prospecter)",
    r"(?:allowed|permitted|authori[sz]ed) us to (?:contact|call|email|e-mail|text|write|message)",
    r"\bsaid yes\b",
    r"\b(?:told|tell|tells|said to) (?:us|me) (?:yes|ok|okay)\b",
    r"\bdit oui\b",
    r"\b(?:repondu|answered|replied) (?:oui|yes)\b",
    r"(?:asked|signed up|registered) to receive",
    r"(?:a|ont|avait|avaient) demande (?:a |de |d')(?:recevoir|etre (?:rappele|contacte|recontacte))",
    r"(?:asked|requested) (?:us )?(?:to be|for a) (?:called back|contacted|call-?back)",
    r"inscri\w* (?:a|sur|pour) (?:notre|nos|la|les) (?:newsletter|liste|offres|alertes|sms|e-?mails|"
    r"mails|promos?|messages|textos)",
    r"sign(?:ed|s)? up (?:for|to) (?:our |the |receive )?(?:newsletter|offers|sms|alerts|mailing list|"
    r"e-?mails|texts|messages|marketing|promo\w*|deals|updates)",
    r"subscribed to (?:our |the )?(?:newsletter|offers|sms|alerts|mailing list)",
    r"double opt-?in",
    r"\bd'accord pour\b",
    r"\bok pour recevoir\b",
    r"(?:abonnes?|inscrits?) (?:a |de |au )?(?:la |notre |nos )?(?:newsletter|lettre d'information)",
    r"newsletter subscribers?",
    r"subscribers? (?:to|of) (?:our |the )?newsletter",
    r"(?:veut|veulent|souhaite|souhaitent|wants?|would like) (?:a |to )?(?:etre |be )?(?:rappele|recontacte|"
    r"called back|contacted)",
    r"demandes? de rappel",
    r"call-?back request",
    r"asked (?:us )?to call",
    r"\bokay? to receive\b",
    r"\bwants? to receive\b",
    r"\bveut recevoir\b",
    r"\bsouhaite recevoir\b",
)


_CONSENT_NO = _rx(
    r"sans (?:son |leur |aucun |leurs |le |la |de |d')?(?:preuve (?:de |du |d')?(?:leur |son )?)?"
    r"(?:accords?|consentements?|autorisations?|permission|opt-?in)",
    r"without (?:any |their |his |her |the |proof of |prior )*(?:consent|permission|opt-?in|agreement)",
    r"\bno (?:prior |proof of |explicit |\w+ )?(?:consent|opt-?in|permission)\b",
    # the person does not even know we will get in touch
    r"\bne sai(?:t|ent) pas (?:qu'on|que nous|que l'on) (?:va|allons|vas)\b",
    r"\b(?:doesn'?t|don'?t|does not|do not) know (?:that )?(?:we(?:'ll| will| are going to)|i(?:'ll| will| am going to))\b",
    r"(?:pas|aucun|aucune|ni) (?:de |d'|les |leurs? |son |ses )?(?:preuves? (?:de |du |d')?)?(?:consentements?|"
    r"accords?|opt-?ins?)\b",
    r"never (?:gave|given|consented|agreed|opted)",
    # the form said nothing of this means: nobody agreed to it
    r"\b(?:formulaire|form|page|case|box|checkbox)s? (?:ne |n')?(?:parlait|mentionnait|disait|prevoyait|"
    r"parle|mentionne|dit|prevoit) (?:pas|rien|jamais) (?:\w+ )?(?:d'|de |des |du )?(?:appels?|telephone|"
    r"sms|e-?mails?|prospection|demarchage)",
    r"\b(?:form|page|box|checkbox)s? (?:didn'?t|did not|never|doesn'?t|does not) (?:mention|say anything "
    r"about|talk about|cover|refer to) (?:\w+ )?(?:calls?|phone|texts?|sms|e-?mails?|marketing)",
    # a negation shared by both members: "jamais rien acheté ni accepté", "never bought or agreed"
    r"\b(?:ni|nor) (?:\w+ ){0,2}?(?:accepte|consenti|opte|agreed|consented|opted)\b",
    r"\bnever (?:\w+ ){1,3}?or (?:\w+ )?(?:agreed|consented|opted)\b",
    r"hasn'?t (?:consented|agreed|opted)",
    r"n'(?:a|ont) (?:jamais |pas )(?:\w+ ){0,2}?(?:consenti|accepte|donne|coche|opte)",
    r"sans (?:leur |lui )?(?:avoir )?demand\w*",
    # consent never sought: "on ne leur a pas demandé leur avis", "we never asked for permission"
    r"(?:(?:\bn'|\bne )(?:\w+ ){0,2})?(?:jamais|pas|never|not|didn'?t|did not|haven'?t|hasn'?t|n'avons|n'ai) "
    r"(?:\w+ ){0,2}?(?:demande|"
    r"sollicite|recueilli|recolte|obtenu|collecte|pris|ask|request|sought|seek|collect|obtain|get|got|"
    r"gather|record)\w* (?:\w+ |\w'){0,4}?(?:accords?|consentements?|consent|permission|autorisations?|"
    r"opt-?ins?|avis)\b",
    r"without (?:first )?asking",
    r"n'(?:a|ont) rien demande",
    r"(?:never|didn'?t|did not|haven'?t|hasn'?t) ask(?:ed)? for (?:it|anything|them|this)",
    # nothing was ever asked of them or by them: no consent
    r"(?:jamais|rien) (?:rien )?demande",
    r"(?:\bn'|\bne )(?:\w+ ){0,3}(?:jamais|rien) (?:\w+ ){0,2}?(?:demande|coche|signe|accepte)",
    r"(?:rien|pas) coche",
    r"never (?:signed up|subscribed|registered|opted[- ]in|asked|requested|ticked)",
    r"(?:didn'?t|did not|haven'?t|hasn'?t|never) (?:tick|check|sign up for|opt in to) (?:anything|any)",
    r"(?:never|didn'?t|did not|don'?t|do not) (?:\w+ ){0,2}?ask(?:ed)? (?:\w+ ){0,2}?(?:anything|about) "
    r"(?:about )?(?:marketing|offers|prospecting|promotions?)",
    r"\bne (?:nous |me )?connai(?:t|ssent) pas\b",
    r"\b(?:don'?t|doesn'?t|do not|does not) know (?:us|me|who we are)\b",
    r"\bnever opted[- ]in\b",
    r"\b(?:ont|a|avait|avaient) (?:pas|jamais) (?:\w+ ){0,2}?(?:consenti|accepte|donne|coche|opte)\w*",
    r"pas (?:d'|de )?(?:accord|consentement) (?:\w+ ){0,2}?(?:specifique|explicite|expres)",
)


#: Consent the company cannot prove is no consent (GDPR art. 7(1)): "on n'a aucune preuve".
_NO_PROOF = _rx(
    r"(?:pas|aucune?|sans|no|without|lack|manque) (?:de |d'|of |any )?(?:preuves?|proofs?|justificatifs?|trace)",
    r"(?:ne peut|ne peuvent|ne pouvons|can'?t|cannot|unable to) (?:pas )?(?:le |la |les )?(?:prouver|prove|demontrer)",
)


_PARTNERS = _rx(
    r"(?:offres?|propositions?|messages?|sollicitations?|communications?) (?:commerciales? )?(?:de |des |d')?"
    r"(?:nos |ses |leurs )?partenaires",
    r"partners?'? (?:offers?|messages?|marketing)",
    r"offers? from (?:our |their |selected |third[- ]party |the |these )?partners",
    r"(?:contacted|contactes?|called|appeles?|sollicites?) (?:by|par) (?:our |nos |their |ses |the |les |des |leurs )?"
    r"(?:partners|partenaires)",
    r"(?:passed|transmitted|shared|transferred|given|sold|transmis|communiques?|cedes?)\w* (?:on )?(?:to|a|aux) "
    r"(?:\w+ ){1,3}?(?:for|pour) (?:their|its|ses|leurs) (?:own |propres )?(?:offers|offres)",
    r"(?:partners?|partenaires) (?:\w+ ){0,2}?(?:listed|named|identified|nommes|cites|listes|identifies|"
    r"ci-dessous|below)",
    r"(?:list|liste) (?:naming|of|des|nommant) (?:each |the |every |chaque |les )?(?:partners|partenaires)",
    r"(?:following|these|selected) partners|partenaires (?:suivants|ci-dessous|selectionnes)",
    r"(?:de |des )?tiers",
    r"third[- ]part(?:y|ies)",
    r"partenaires (?:commerciaux )?(?:nommes|identifies|listes|cites)",
    r"named partners",
)


#: "at no point, in any of the forms, did he agree…": a negation over the whole sentence.
_AT_NO_POINT = re.compile(
    r"(?:at no (?:point|time|stage)|a aucun moment)\b[^.?!]{0,90}?\b(?:agree|consent|opt|accept|tick|coch)\w*"
)


def _consent(cls: list[Clause], folded: str) -> str | None:
    found, neg = _first(cls, _PRE_TICKED)
    if found and not neg:
        return "pre_ticked"
    if _BUNDLED.search(folded) and re.search(
        r"consent|accord|accept|opt|coch|tick|case|box|agree", folded
    ):
        return "bundled"
    if _SILENCE.search(folded):
        return "implied"  # "no answer means yes": never a consent (R7)
    condition = consent_condition(folded)
    if condition == "forced":
        return "bundled"  # consent was the price of the advantage (R7, GDPR 7(4))
    stated = _yes_no(cls, _CONSENT_YES, _CONSENT_NO)
    if stated is None and _AT_NO_POINT.search(folded):
        stated = "no"
    if condition == "unclear" and stated != "no":
        return None  # R8: valid only if refusing was a real option -> the rules ask about consent
    if stated == "yes" and _CONSENT_TO_OTHERS.search(folded):
        return None  # agreed to be contacted by a partner, not by us: our consent is still unknown
    return stated


#: "a accepté d'être appelé par notre partenaire": a consent that names another company.
_CONSENT_TO_OTHERS = re.compile(
    r"(?:accept|consent|agree|d'accord|dit oui|said yes|opt)\w*\b.{0,60}?\b(?:par|by|from|de|des|du|of) "
    r"(?:notre |nos |un |une |a |an |our |the |le |la |l'|des )?(?:partenaires?|partners?|filiales?|"
    r"subsidiar\w+|autres? (?:societes?|entreprises?)|another company|other companies|"
    r"(?:sister|partner) compan\w+)"
)


#: Consent limited to the collector itself: no consent to partners' offers (R11, R12).
_SELF = (
    r"\b(?:own|propres?|loueur|vendeur|editeur|fournisseur|courtier|renter|seller|lessor|vendor|broker|"
    r"provider|list owner|collector|la marque|the brand|a nous|ours|nos (?:propres )?offres|"
    r"our (?:own )?offers)\b"
)


_OWN_ONLY = _rx(
    r"(?:consent|accept|agree|opt|sign|subscri|inscri|abonn|d'accord|ok pour)\w*\b.{0,60}?"
    rf"\b(?:only|just|solely|exclusively|seulement|uniquement|exclusivement)\b.{{0,40}}?{_SELF}",
    rf"(?:consent|accept|agree|opt|sign|subscri|inscri|abonn|d'accord)\w*\b.{{0,60}}?{_SELF}"
    r"(?: \w+){0,3} (?:only|seulement|uniquement|exclusivement)\b",
    r"\b(?:only|just|solely|seulement|uniquement) (?:\w+ ){0,2}?(?:consent|accept|agree|opt|sign|subscri|"
    rf"inscri|abonn)\w*\b.{{0,60}}?{_SELF}",
    r"n'(?:a|ont|avait|avaient) (?:\w+ ){0,3}?(?:consenti|accepte|opte|souscrit)\w* "
    r"(?:\w+ ){0,4}?qu'(?:a|aux|au|pour)",
    r"(?:pas|not|never|jamais) (?:\w+ ){0,2}?(?:celles?|ceux|those|ones|to|a|aux|pour) "
    r"(?:\w+ ){0,2}?(?:partenaires|partners|tiers|third parties)",
)


_ELECTRONIC = {"email", "sms", "social_dm", "fax"}


def _consent_elsewhere(cls: list[Clause], channel: str) -> bool:
    """Every clause stating consent names another means than the one asked about."""
    means = [
        _channel(c.text) or (_channel(c.text + " " + n.text) if n else None)
        for c, n, m in (
            (c, cls[i + 1] if i + 1 < len(cls) else None, m)
            for i, c in enumerate(cls)
            for m in _CONSENT_YES.finditer(c.text)
        )
    ]
    return bool(means) and all(m is not None and m != channel for m in means)


#: "Cold" contact: nobody asked for it and there is no relationship (no consent, not a customer).
_COLD = _rx(
    r"cold[- ]?(?:call\w*|e-?mail\w*|outreach|prospect\w*|texts?|sms|messages?|canvass\w*|pitch\w*|"
    r"approach\w*|contact\w*|leads?)",
    # people picked at random: no relationship and nobody asked for anything
    r"\brandom (?:people|persons|consumers|strangers|users|individuals|numbers)\b|\bstrangers\b|"
    r"\bdes inconnus\b|\bau hasard\b",
    r"(?:appels?|appeler|demarch\w*|prospect\w*|contact\w*|e-?mails?|mails?|sms|messages?) a froid",
    r"\ba froid\b",
)
