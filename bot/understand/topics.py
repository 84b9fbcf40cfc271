"""Questions about a rule rather than a case: "how long may we keep…", "within what delay…".

They get an `info` answer from `rules.inform(topic, on)` with the figures and their legal basis.
A topic is only a general question when the text does not describe a contact to make: "sans
preuve de leur consentement, je peux leur envoyer un SMS ?" is a case, not "proof of consent".
"""

from __future__ import annotations

import re

from bot.understand.kind import spelled_out
from bot.understand.readers.sector import _sector
from bot.understand.text import fold

_RETENTION_CUE = re.compile(
    r"combien de temps|how long|\bduree|jusqu'a quand|until when|\bretention\b|delai de conservation|"
    r"au bout de combien|combien d'annees|how many years|(?:quand|when) (?:faut-il|doit-on|dois-je|"
    r"should|must|do) (?:we |i )?(?:supprimer|effacer|purger|delete|purge|erase)|"
    r"\b(?:gard|conserv|keep|kept|stor|retain)\w* .{0,50}(?:\d+|trois|cinq|deux|quatre|dix) (?:ans|years)|"
    r"(?:peut-on|pouvons-nous|puis-je|can we|can i|may we|ai-je le droit de|a-t-on le droit de|"
    r"(?:on|nous) a(?:vons)? le droit de|j'ai le droit de|est-ce (?:qu'on|que (?:je|nous)) (?:peu[tx]|"
    r"pouvons|a le droit de)|(?:are we|am i) (?:still )?allowed to|is it (?:still )?(?:ok|okay|fine|"
    r"legal|allowed) to) (?:still |encore |toujours )?(?:les y |l'y |y |les |la |le |l'|them |him |"
    r"her |it )?(?:garder|conserver|keep|store|retain)|"
    r"(?:conserv|gard|keep|retain|stor)\w* .{0,40}(?:combien|how long|longtemps|indefiniment|forever|"
    r"indefinitely|a vie)|(?:delai|delais|deadline|quand|when)\w* (?:\w+ ){0,2}?(?:supprimer|effacer|purger|"
    r"delete|erase|purge|anonymi)|"
    # "on peut les garder ?", "le délai de 3 ans il part de quand ?", "purge … after 3 years"
    r"\bon peut (?:\w+ )?(?:garder|conserver)|(?:delai|periode|duree|clock|compteur|period) (?:de |des |of )?"
    r"(?:\d+|trois|three) (?:ans|years)|(?:\d+|trois|three)[- ](?:ans|years?)(?: retention)? (?:clock|compteur)|"
    r"(?:purge|purger|delete|supprimer|effacer|anonymi\w*)\w* .{0,60}(?:au bout de|after|apres|passe) "
    r"(?:\d+|trois|three) (?:ans|years)|"
    # asking the people whether they want to stay in the file: what the end of the period allows
    # whether to delete someone who left is the retention of the opt-out list ("should we just
    # delete them completely?", "faut-il les supprimer de partout ?")
    r"(?:(?:do|must|should|shall) (?:we|i)|(?:doit-on|dois-je|faut-il|devons-nous|on doit|il faut)) (?:\w+ ){0,2}?"
    r"(?:delete|erase|purge|remove|wipe|supprimer|effacer|purger|retirer)\b|"
    r"(?:rester|stay|remain)\w* (?:\w+ ){0,2}?(?:dans|in|on) (?:notre|nos|la|le|les|our|the|your) "
    r"(?:\w+ )?(?:base|fichier|liste|list|database|crm|mailing|newsletter|contacts)"
)
_DATA = re.compile(
    r"donnees|\bdata\b|fichiers?|contacts?|prospects?|clients?|customers?|informations|infos|records|"
    r"\bcv\b|listes?|\blists?\b|adresses|e-?mails|numbers|numeros|leads|crm|base|opposition|desinscri|"
    r"\bconservation\b|\bretention\b|unsubscri\w*|desabonn\w*|opt(?:s|ed)?[- ]?out"
)
#: Staff and applicants' files: retention rules of HR, not prospecting (out of scope).
_HR = re.compile(
    r"\bcvs?\b|candidat|applicant|salarie|employee|personnel (?:de|du)|recrutement|recruit"
)
_BREACH = re.compile(
    r"\bfuites?\b|violations? de (?:donnees|securite)|data breach|piratage|\bpirat\w*|"
    # a breach of the rules ("marketing breaches", "breaching GDPR") is an infringement, no leak
    r"(?<!marketing )(?<!compliance )(?<!regulatory )(?<!legal )(?<!rule )(?<!gdpr )(?<!rgpd )"
    r"(?<!privacy )(?<!consent )(?<!pecr )\bbreach(?:es|ed)?\b(?! (?:of|to) (?:the |our |a |an )?"
    r"(?:gdpr|rgpd|rules?|law|laws|regulations?|pecr|consent|obligations?|requirements?|contract))|"
    # a growth or life "hack" is a trick, a "hackathon" an event: no intrusion
    r"(?<!growth )(?<!life )(?<!marketing )(?<!sales )(?<!productivity )\bhack(?!athon)\w*|\bleak\w*|cyber-?attaque|cyber-?attack|ransomware|rancongiciel|vol de (?:donnees|fichier)|"
    r"stolen (?:data|laptop|file)|incident de securite|security incident|perte de (?:donnees|fichier)|"
    r"(?:laptop|ordinateur|ordi|\bpc\b|telephone|phone|cle usb|usb|disque|export)\w* (?:\w+ ){0,4}?"
    r"(?:vole|volee|stolen|perdu|perdue|lost|oublie|forgotten|left behind)|"
    r"(?:vol|perte|loss|theft) (?:d'un|de l'|of (?:a|the|an)) (?:laptop|ordinateur|ordi|telephone|phone)|"
    r"data loss|compromis|compromised|"
    # a fraud that gives access to the data: phishing, an account taken over, an export by someone
    r"\bphish\w*|hameconn\w*|spear-?phish\w*|(?:compte|account|boite mail|mailbox|password|mot de passe)\w* "
    r"(?:\w+ ){0,3}?(?:pirate|hacked|compromised|taken over|usurpe|vole)\w*|"
    r"(?:someone|somebody|an? (?:attacker|hacker|intruder|thief|third party|ex-employee|former employee)|"
    r"quelqu'un|un (?:pirate|tiers|intrus|attaquant|ancien salarie|ex-salarie)) (?:\w+ ){0,2}?"
    r"(?:exported|downloaded|copied|extracted|stole|exfiltrated|accessed|a (?:exporte|telecharge|copie|"
    r"extrait|vole|aspire|acced\w*))|"
    # the notice owed after a breach, named as what is asked ("notify the CNIL", "notifier la CNIL")
    r"(?:notif\w*|report\w*|declar\w*|signal\w*|prevenir|tell|inform\w*) (?:\w+ ){0,2}?(?:to )?(?:a |aupres de )?"
    r"(?:la |the )?cnil|"
    # a device or a file holding data stolen or lost, in any order and a few words apart ("a
    # laptop with our prospect database was stolen", "on s'est fait voler l'ordi du commercial")
    r"(?:laptop|ordinateur|ordi|\bpc\b|telephone|phone|smartphone|tablette|tablet|cle usb|usb|disque|"
    r"hard drive|serveur|server|export|fichier|database|base de donnees|crm)\w* (?:\w+ ){0,8}?"
    r"(?:vole|volee|voles|volees|stolen|perdu|perdue|perdus|lost|pirate|hacked|leaked|exposed)\b|"
    r"(?:stole|vole|volee|voler|perdu|lost|hacked|pirate)\w* (?:\w+ |l'|d'){0,4}?(?:laptop|ordinateur|ordi|"
    r"\bpc\b|telephone|phone|smartphone|tablette|tablet|cle usb|usb|disque|hard drive|serveur|server|"
    r"export|fichier|database|base de donnees|crm)|\b(?:theft|cambriol\w*|burglar\w*|break-in|"
    r"broke into|broken into|break into|effraction)\b|"
    # "lost a laptop with an export", "on a perdu un ordi"
    # ("left a phone number", "laissé son téléphone" give a number: no device lost)
    r"(?:lost|perdu|oublie|forgot|left) (?:\w+ )?(?:laptop|ordinateur|ordi|\bpc\b|"
    r"(?:telephone|phone)(?! ?(?:numbers?|no\b|#))|cle usb|usb|disque|export|fichier)"
)
_ACCESS = re.compile(
    # the request named by its right first ("an erasure request")
    r"\b(?:access|erasure|deletion|rectification|portability)\s+requests?\b|"
    r"(?:demandes?|droits?|requests?|rights?|exige\w*|reclame\w*|asks? for|asked for|demand(?:s|ed)?)\s+"
    r"(?:la |l'|le |une |the |an? )?(?:d'|of |to |de |d ')?(?:acces|access|rectification|"
    r"effacement|erasure|suppression|deletion|portabilit\w*|oubli|be forgotten)|\bdsars?\b|\bsars?\b|"
    r"(?:veut|veulent|demande|demandent|wants?|asks?|asked|requests?|requested)\w* "
    # the means of the request may come between ("demande par mail d'effacer", "asked by email to")
    r"(?:(?:par|by|via|over|au|in) (?:\w+ )?(?:e-?mail|mail|courrier|letter|telephone|phone|tel|ecrit|writing|"
    r"sms|text|formulaire|form|message|chat)\w* )?(?:me |nous |us |me to |us to |"
    r"de |d'|a |to |that we |qu'on |que l'on |que nous )?(?:supprimer|effacer|rectifier|corriger|delete|"
    r"erase|remove|rectify|correct)\w* (?:all (?:of )?|toutes )?(?:ses|leurs|les|his|her|their|all) (?:donnees|data|informations|"
    r"information|coordonnees|details|fiche|record)|"
    r"subject access|(?:veut|veulent|demande|demandent|wants?|asks?|asked) (?:a |to )?(?:voir|consulter|"
    r"recuperer|connaitre|see|access|get|obtain)\w* (?:a copy of |une copie de )?(?:ses|leurs|les|his|"
    r"her|their) (?:donnees|data|informations|information)|droit d'acces|right of access|"
    r"(?:copy|copie) (?:of |de )?(?:all |toutes )?(?:the |les |ses |his |her |their |my |mes )?(?:personal )?(?:data|donnees)"
    r"|d'ou (?:on|nous|vous) (?:tient|tenons|tenez|a eu|avons eu|vient|viennent)|where (?:we|you) got (?:his|her|their|my)"
    # the article of the right named ("il cite l'article 15", "under Article 15 GDPR")
    r"|(?:\bl'|\bthe |\bcite\w* |\binvoqu\w* |\bunder |\bper |(?:rgpd|gdpr) )art(?:icle|\.)? ?15\b|"
    r"\bart(?:icle|\.)? ?15 (?:du |of the |of )?(?:rgpd|gdpr)"
    # all that is held on the person, asked for ("toutes les données qu'on a sur lui", "everything
    # we hold on her", "all the data you have about me")
    r"|(?:toutes? (?:les |ses )?(?:donnees|informations|infos)(?: personnelles| perso)?|tout ce) (?:qu'on|que (?:nous|vous|l'on)) "
    r"(?:a|avons|avez|detien\w*|possed\w*|conserv\w*|gard\w*) (?:sur|a propos d|concernant)|"
    r"(?:all (?:the |of the )?(?:personal )?(?:data|information|info)|everything) (?:that )?(?:we|you) (?:hold|have|keep|store|"
    r"process)\w* (?:on|about|for|concerning) (?:him|her|them|me|this person)"
    r"|(?:source|provenance|origine) (?:de |of )?(?:ses|leurs|his|her|their|mes|my) (?:donnees|data|numero|coordonnees)"
    # a person's right asked about: "can a prospect see the comments…", "un client peut-il consulter…"
    r"|(?:can|may|could) (?:a|the|an?) (?:prospect|customer|client|person|contact|consumer|lead)s? (?:\w+ )?"
    r"(?:see|access|read|consult|obtain|get a copy)|(?:un|le|une|la) (?:prospect|client|personne|contact)e? "
    r"(?:peut(?:-il|-elle)?|a le droit de) (?:\w+ ){0,2}?(?:voir|consulter|acceder|lire|obtenir)"
)
_TRANSFER = re.compile(
    r"hors (?:de )?(?:l')?(?:ue|u\.e\.|union europeenne|europe|eee)\b|outside (?:the )?(?:eu|e\.u\.|"
    r"european union|europe|eea)\b|etats-?unis|united states|\busa\b|(?:in|to|the|aux|en|us-based) "
    r"u\.?s\.?\b|us-based|\bus (?:servers?|cloud|company|provider)|americain\w*|\bamerican\b|"
    r"\bu\.?s\.?-(?:hosted|based)|\((?:us|u\.s\.?|usa)\)|hosted (?:in|on) (?:the )?(?:us|u\.s\.|usa|america)\b|"
    r"transferts? (?:de donnees|des donnees|hors|vers|international)|data transfers?|"
    r"transfer\w* (?:of )?(?:personal )?data|cloud act|privacy shield|data privacy framework|\bdpf\b|"
    r"clauses contractuelles types|standard contractual|\bsccs?\b|pays tiers|third countr\w*|"
    r"\bchine\b|\bchina\b|\binde\b|\bindia\b|\bmaroc\b|\bmorocco\b|\btunisie\b|\bmadagascar\b|"
    r"royaume-uni|united kingdom|\bcanada\b|adequa\w*|heberg\w* (?:a l'etranger|abroad)|hosted abroad"
)
#: A retention clock restarted by our own update of the record (an enrichment tool, an import, a
#: refresh), not by a contact from the person: judged excessive (KASPR).
_RESTARTED = re.compile(
    r"(?:compteur|clock|delai|timer|period|duree|countdown)\w* (?:\w+ ){0,3}?(?:repart\w*|reset\w*|"
    r"restart\w*|remis\w*|relanc\w*|redemarr\w*|recommenc\w*|reinitialis\w*|start\w* (?:again|over))"
    r"\b.{0,80}?\b(?:mises? a jour|met a jour|updat\w*|enrich\w*|refresh\w*|actualis\w*|import\w*|sync\w*)|"
    r"(?:reset\w*|restart\w*|remet\w*|relanc\w*|reinitialis\w*) (?:the |le |la |our |notre )?(?:\w+ )?"
    r"(?:clock|compteur|timer|delai|countdown|a zero)\b.{0,80}?\b(?:mises? a jour|met a jour|updat\w*|"
    r"enrich\w*|refresh\w*|actualis\w*|import\w*|sync\w*)"
)
_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")


def _restarted_practice(folded: str) -> bool:
    """Our retention practice, its clock restarted at each update, stated before a question put
    on it ("…the clock restarting at each update. Can we do that?"): a case judged, not a
    question on the period (a restart asked about, "does it restart?", stays one)."""
    sentences = [t for t in _SENTENCES.findall(folded) if t.strip()]
    stated = [t for t in sentences if "?" not in t]
    if len(stated) < len(sentences) and any(_RESTARTED.search(t) for t in stated):
        return True
    # or put in the question as what we mean to do, with leave asked to keep the data so ("can
    # we keep them five years, resetting the clock at each update?")
    return any(_KEEP_ASKED.search(t) and _RESTARTED.search(t) for t in sentences if "?" in t)


#: Leave asked to keep data ("can we keep", "peut-on conserver"): with a restart described, our
#: practice is what is judged.
_KEEP_ASKED = re.compile(
    r"\b(?:peut-on|pouvons-nous|puis-je|on peut|je peux|can (?:we|i)|may (?:we|i)|(?:are we|am i) "
    r"allowed to|is it (?:ok|okay|fine|legal|allowed) to|a-t-on le droit de|(?:on|nous) a(?:vons)? le droit de)"
    r" (?:\w+ )?(?:garder|conserver|keep|store|retain)\b"
)


#: A length of time asked or named: keeping data that long is a retention question, wherever kept.
_HOW_LONG = re.compile(
    r"combien de temps|how long|\bduree|jusqu'a quand|until when|how many (?:years|months)|"
    r"combien d'(?:annees|ans)|combien de mois|\bdelai|\b(?:\d+|deux|trois|cinq|dix|two|three|five|ten) "
    r"(?:ans|annees|mois|years|months)\b|indefiniment|indefinitely|forever|a vie"
)
_SANCTIONS = re.compile(
    r"\bamendes?\b|\bsanctions?\b|\bsanctionn\w*|\bfines\b|\bfined\b|\ba fine\b|\bthe fine\b|"
    r"\bpenalt\w*|que risque|qu'est-ce qu'on risque|what (?:do|could|would|can) (?:we|i|a company) risk|"
    r"risque-t-on|risquons|risque-t-il|risquent|montant maximum|how much (?:can|could) (?:we|i|a company) "
    r"be fined|maximum fine|punish\w*|punir|punition|quels? risques?|what (?:are )?the risks?|"
    r"risques? (?:encourus|juridiques|legaux)|legal risks?|risque quoi|on risque|"
    r"(?:peut|pourrait) nous (?:mettre|coller|infliger) combien|"
    # within one sentence: "…GDPR compliant. fine?" asks for an approval, not for a fine
    r"(?:maximum|max|gdpr|rgpd|cnil|biggest|highest|largest)[^\w.?!;]+(?:\w+[^\w.?!;]+){0,2}?fines?\b"
)
_PHONE_WORDS = re.compile(
    r"appel|telephon|demarchage|\bcall|phone|teleprospect|cold[- ]?call|bloctel|"
    r"(?:par|au|by|over the) (?:tel|tele|fil|bigophone)\b|\btelemarket|\bphoning\b"
)
_PROOF = re.compile(
    r"(?:preuves?|prouv|proof|prove|demontr|demonstrate|justifi|document)\w*\s+"
    r"(?:[\w']+\s+|[ld]'){0,3}?(?:consentement|consent|accord|opt-?in)|(?:consentement|consent)\s+(?:\w+\s+){0,3}?"
    r"(?:preuves?|proof|prouver|prove)|comment (?:recueillir|collecter|obtenir) (?:un |le )?(?:bon )?consentement|"
    # what to keep as proof, the consent named in the sentence ("pour le consentement, on doit
    # garder quoi comme preuve ?", "what should we store as proof of the opt-in?")
    r"(?:consentement|consent|opt-?in)\b[^.?!]{0,80}?\b(?:gard|conserv|keep|kept|stor|retain|record|archiv|"
    r"stock)\w* (?:\w+ ){0,2}?(?:comme|as|en guise de) (?:preuves?|proof|evidence)|"
    r"(?:gard|conserv|keep|kept|stor|retain|record|archiv|stock)\w* (?:\w+ ){0,2}?(?:comme|as|en guise de) "
    r"(?:preuves?|proof|evidence)\b[^.?!]{0,40}?\b(?:consentement|consent|opt-?in)|"
    r"how (?:to|do we|should we) (?:collect|record|get|obtain) (?:valid )?consent"
)
#: What makes a consent valid, asked ("what counts as valid consent?", "qu'est-ce qu'un
#: consentement valable ?", "is an 'I agree' in the T&Cs enough?"): its criteria (R1b, R7).
_VALID_CONSENT = re.compile(
    r"(?:consentements?|consents?|opt-?ins?) (?:\w+ ){0,2}?(?:valables?|valides?|valid|libres?|"
    r"eclaires?|univoques?|conformes?|compliant|lawful|legal)\b|"
    r"\b(?:valid|proper|real|true|lawful|genuine|vrai|bon) (?:\w+ )?(?:consent|consentement|opt-?in)\b|"
    r"(?:counts? as|compte comme|vaut|qualif\w* as|equivaut a) (?:an? |un |une |du )?(?:\w+ )?"
    r"(?:consent|consentement|opt-?in)\b|"
    r"(?:conditions? de validite|criteres?|criteria) (?:\w+ ){0,3}?(?:consent|consentement|opt-?in)\b"
)
#: The same, named in so many words: the subject even when the kind of question is not known
#: (more specific topics — a consent as the price of a discount, B2B — are read first when it is).
_VALID_NAMED = re.compile(r"consentements? valables?|valid consent")
#: How long a proof is kept, asked ("how long must we keep proof…", "combien de temps garder…").
_PROOF_KEPT = re.compile(
    r"combien de temps|how long|\bduree|jusqu'a quand|until when|how many (?:years|months)|"
    r"combien d'(?:annees|ans)|combien de mois"
)
_DOUBLE = re.compile(
    r"double[- ]?opt[- ]?in|double[- ]?optin|double consentement|confirmation par (?:e-?)?mail"
)
_HOURS = re.compile(
    # ("quand même" is "anyway", no "when")
    r"(?:horaires?|heures?|hours|times?|quels? jours?|which days?|quand(?! meme\b))\b.{0,40}(?:appel|appeler|call|"
    r"calling|demarch|telephon|phon|\bring\b|joindre|telemarketing|teleprospect)|(?:appel|appeler|call|calling|demarch|telephon|phone)\w*.{0,50}"
    r"(?:horaires?|quelles? heures?|what (?:hours|times)|quels jours|which days|a quelle heure|what time)|"
    r"combien (?:de fois|d'appels)|how (?:many|often) (?:times|calls)|nombre (?:max\w* )?d'appels|"
    r"max(?:imum)? (?:\w+ )?(?:number of )?calls\b|number of calls\b|"
    # the hours named by the calls: "the legal calling hours", "call windows", "phoning times"
    r"(?:calling|call|phoning|phone|telemarketing|cold[- ]?calling|canvassing) (?:hours|times|windows?|"
    r"time slots?|slots?|days)|(?:horaires?|heures|plages?(?: horaires?)?|creneaux?) (?:\w+ ){0,2}?"
    r"(?:d'appel|de demarchage|de prospection|de teleprospection|pour (?:appeler|demarcher|telephoner))"
)
_REFORM = re.compile(
    r"depuis quand|since when|a partir de quand|from when|(?:quand|when) (?:entre|est entree|rentre|does|did|"
    r"will|is)\b.{0,40}(?:vigueur|force|start|apply|applies|effect|change)|entree en vigueur|"
    r"nouvelle loi|new law|\bloi (?:de )?2025|loi n. ?2025|2025-594|\breforme?\b|\breform\b|"
    r"qu'est-ce qui (?:change|a change)|what (?:(?:actually|really|exactly) )?(?:changes|changed|is changing)|"
    r"ce qui change|"
    r"11 aout|august 11|11 august|a partir du 11|(?:aout|august) 2026"
)
#: Bloctel as the subject: what it is, whether it still serves ("c quoi Bloctel", "does Bloctel
#: still matter", "Bloctel c'est fini ?"): the phone regime before and after the reform.
_BLOCTEL_SUBJECT = re.compile(
    r"(?:c'est quoi|c quoi|c koi|cest quoi|cest koi|qu'est-ce que|qu'est ce que|what(?:'s| is| exactly is)|"
    r"definition (?:de|of)|explain|explique\w*)\W+(?:\w+\W+){0,2}?bloctel\b|"
    r"\bbloctel\b.{0,60}(?:sert encore|sert a quoi|sert toujours|toujours utile|encore utile|utile|"
    r"existe (?:encore|toujours)|still (?:matter|exist|apply|appl|useful|needed|relevant|required|"
    r"mandatory|in force)\w*|(?:matter|apply|applies|useful|relevant)\w* (?:\w+ ){0,3}?(?:still|anymore|"
    r"any more|after|since|now)|anymore|any more|fini|termine|supprime|disparai\w*|obsolete|"
    r"abolished|scrapped|replaced|remplace)"
)
_SINCE = re.compile(
    r"depuis quand|since when|a partir de quand|from when|when did|when does|quand est-ce que"
    r"|(?:depuis|a partir de|since|from|as of) (?:quelle|what|which) (?:date|jour|day)"
)
_PHONE_CONSENT = re.compile(
    r"(?:consentement|consent)\w*.{0,60}(?:valable|valid|duree|dure|expire|renouvel|combien de temps|how long|"
    r"\blasts?\b(?! (?:\d+|few|two|three|four|month|week|year|time|call)))|"
    r"(?:combien de temps|how long|duree)\w*.{0,40}(?:consentement|consent)"
)
_CASE_VERB = re.compile(
    r"\b(?:envoy\w*|send\w*|sent|ecrire (?:a|aux)|appel\w*|call(?:ing)?\b|cold[- ]?call|text(?:ing)?\b|"
    r"prospect(?:er|ons|ez|ing)|demarcher|contacter|contact (?:him|her|them|people|consumers|customers)|"
    r"relancer|email (?:him|her|them|people|consumers|customers)|e-?mailer|proposer|pitch)"
)


#: Topics only read once the question is known to be general (their words also fill cases).
_PERSONAL_DATA = re.compile(
    r"(?:c'est quoi|c quoi|qu'est-ce qu\w*|what (?:is|are|counts as|exactly is)|definition|"
    r"est-ce (?:une|un|que c'est une)|is (?:it|that|this|an? [\w@.-]+(?: \w+)?)|counts? as|"
    r"(?:ca|it|that|this) (?:compte|counts?))\b.{0,60}(?:donnees? (?:perso|personnel)|personal data)|"
    r"(?:donnees? (?:perso|personnel)\w*|personal data) ?\?|\b(?:ca|it|that) (?:compte|counts?) ?\?|"
    # what a generic address is: not personal data (R5)
    r"(?:c'est quoi|c quoi|qu'est-ce qu\w*|what(?:'s| is| are| counts as)|definition)\b.{0,40}"
    r"(?:adresses? (?:e-?mail |mail )?generiques?|generic (?:e-?mail )?(?:address|mailbox)\w*)|"
    # a generic address compared with a named one ("différence entre adresse générique et
    # nominative", "generic vs named e-mail address"): the same definition answers it (R5, R3)
    r"(?:difference|differences|compar\w*|\bvs\b|versus)\b.{0,60}\b(?:generiques?|generic)\b.{0,40}"
    r"\b(?:nominatives?|nominales?|personnelles?|individuelles?|named|personal|individual|nominative)\b|"
    r"(?:difference|differences|compar\w*|\bvs\b|versus)\b.{0,60}\b(?:nominatives?|nominales?|named|"
    r"personal|individual|nominative)\b.{0,40}\b(?:generiques?|generic)\b|"
    r"\b(?:generiques?|generic)\b.{0,30}\b(?:vs|versus)\b.{0,20}\b(?:nominatives?|named|personal|individual)\b"
)
_MESSAGE_CONTENT = re.compile(
    r"(?:doi[st]|doivent|must|should|have to|need to|faut|obligatoire\w*|obligee?s?|tenue?s?|required|"
    r"obliged|supposed)[\w-]*(?: d'| de | (?:\w+ ){0,6}?)"
    r"(?:figurer|contenir|comporter|mentionn\w*|say|dire|annoncer|include|indiquer|state|mention|"
    r"mettre|put|contain|show|display|preciser|carry|donner|give|provide|fournir|communiquer)\b|"
    r"(?:mentions?|informations?|details|infos) (?:are |is |sont |est )?(?:mandatory|required|compulsory|"
    r"obligatoires?)|"
    r"mentions? obligatoires?|mandatory (?:mentions?|information|content)|"
    # what has to be in a message: "what has to be in every SMS", "qu'est-ce qui doit être dans"
    r"what (?:has|have|needs?|ought) to (?:be|go|appear) (?:in|on|into)\b|what (?:must|should) (?:be|go|"
    r"appear) (?:in|on|into)\b|qu'est-ce qui doit (?:etre|figurer|apparaitre|se trouver) (?:dans|sur)\b"
)
_INFORM_DUTY = re.compile(
    r"(?:informer|inform|tell|dire|prevenir|notify)\w* (?:\w+ ){0,6}?(?:combien de temps|delai|by when|"
    r"how long|quand|when|within)|(?:combien de temps|how long|how soon|how quickly|how fast|by when|"
    r"quel delai|sous quel delai|dans quel delai)\w* (?:\w+ ){0,6}?"
    r"(?:informer|inform|tell|prevenir)|what do (?:we|i) (?:have|need) to tell|que (?:faut-il|doit-on) "
    r"(?:leur |lui )?dire|d'ou (?:on|nous|vous) (?:tient|tenons|tenez|a eu|avons eu|vient)|"
    r"where (?:we|you) got (?:his|her|their)"
)
_B2B_B2C = re.compile(
    r"difference\w* (?:entre|between) .{0,30}\bb ?2 ?[bc]\b|"
    # the two kinds named in words ("la différence entre prospecter un pro et un particulier")
    r"difference\w* (?:entre|between) .{0,40}\b(?:pros?|professionn?el\w*|entreprises?|business\w*|"
    r"companies)\b.{0,20}\b(?:particuliers?|consommateurs?|consumers?|individuals?|private (?:persons?|"
    r"individuals?))\b|difference\w* (?:entre|between) .{0,40}\b(?:particuliers?|consommateurs?|"
    r"consumers?|individuals?)\b.{0,20}\b(?:pros?|professionn?el\w*|entreprises?|business\w*|companies)\b|"
    r"\bb ?2 ?b\b.{0,12}\b(?:vs|versus|ou|or|et|and)\b"
    r".{0,6}\bb ?2 ?c\b|\bb ?2 ?c\b.{0,12}\b(?:vs|versus|ou|or|et|and)\b.{0,6}\bb ?2 ?b\b|"
    r"en b ?2 ?b on (?:peut|a le droit de) tout faire|anything goes in b ?2 ?b|"
    # consent asked of a kind of contact: "en b2b faut le consentement pour un mail ?"
    r"\b(?:en |in )?b ?2 ?[bc]\b.{0,40}(?:consentement|consent|opt-?in)|(?:consentement|consent|opt-?in)\b.{0,40}\bb ?2 ?[bc]\b"
)
_BUYING = re.compile(
    r"(?:before|avant (?:d'|de )?)\s*(?:buying|renting|purchasing|acheter|louer|achat|location)\b.{0,40}"
    r"(?:lists?|fichiers?|bases?|databases?|leads)|(?:verifier|check|controler)\w* .{0,40}"
    r"(?:acheter|buying|louer|renting|achat|purchase)\w* .{0,30}(?:lists?|fichiers?|bases?)|"
    # using a bought list, and the partners' lists such a file must be
    r"(?:before|avant (?:d'|de )?)\s*(?:\w+ ){0,2}?(?:using|emailing|calling|texting|utiliser|exploiter|"
    r"contacter|appeler|prospecter)\b.{0,40}(?:(?:purchased|bought|rented|achete|loue)\w* (?:lists?|"
    r"fichiers?|bases?|databases?)|(?:fichiers?|listes?|bases?) (?:\w+ )?(?:achete|loue)\w*)|(?:fichiers?|lists?|bases?) (?:\w+ ){0,2}?(?:opt-?in )?partenaires?|"
    r"partners?'? (?:opt-?in )?(?:lists?|files?|databases?)|opt-?in partenaires?"
)

_FREE_ACCOUNT = re.compile(
    r"comptes? gratuits?|inscription gratuite|free (?:account|sign-?up|trial|plan|tier)s?|freemium"
)
#: The two regimes compared ("la diff entre opt-in et opt-out"), or Bloctel set against the GDPR.
_OPT_IN_OUT = re.compile(
    r"\bopt[- ]?in\b.{0,40}\bopt[- ]?out\b|\bopt[- ]?out\b.{0,40}\bopt[- ]?in\b|"
    r"\bbloctel\b.{0,30}\b(?:rgpd|gdpr)\b|\b(?:rgpd|gdpr)\b.{0,30}\bbloctel\b"
)
_SOFT_OPT_IN = re.compile(
    r"soft[- ]?opt[- ]?in|exception (?:client|des clients|du client|clients)|customer exception|"
    r"produits? (?:ou services? )?analogues|(?:similar|analogous) (?:products|goods|services)"
)
_CONDITIONAL = re.compile(
    r"(?:jeux?|jeu-concours|concours|tirage au sort|remises?|reductions?|code promo|bons? de reduction|"
    r"cadeaux?|giveaways?|contests?|sweepstakes?|prize draws?|discounts?|coupons?|vouchers?)\b.{0,80}"
    r"(?:consent\w*|opt-?in|inscri\w*|sign(?:s|ed|ing)? up|newsletter)|(?:consent\w*|opt-?in)\b.{0,60}"
    r"(?:en echange|in exchange|contre (?:une|un)|condition|jeux?|concours|remises?|discounts?|"
    r"giveaways?|contests?)"
)
_SOLE_TRADER = re.compile(
    r"(?:auto|micro)-?entrepreneu(?:r|se)s?|entrepreneu(?:r|se)s? individuel(?:le)?s?|entreprises? individuelles?|"
    r"sole (?:traders?|proprietors?)|self-employed|freelances?|travailleurs? independants?|\bartisans?\b|"
    r"professions? liberales?|\bei\b|\beirl\b"
)
_CRM_COMMENTS = re.compile(
    r"(?:commentaires?|comments?|notes?|bloc-notes?|zones? (?:libres?|de (?:texte|commentaire))|"
    r"free[- ]text)\b.{0,60}\bcrm\b|\bcrm\b.{0,60}(?:commentaires?|comments?|notes?|bloc-notes?|"
    r"zones? (?:libres?|de (?:texte|commentaire))|free[- ]text)"
)


def topic_of(question: str, general: bool = False) -> str | None:
    """The id of the general topic asked about (INFO_TOPICS of `rules`), or None for a case.

    With ``general`` (the question is known to ask about a rule, `bot.understand.kind`), words of
    an action ("prospecting", "send") no longer make it a case."""
    folded = spelled_out(fold(question))
    case_like = not general and bool(_CASE_VERB.search(folded))
    if _BREACH.search(folded):
        return "breach"
    if _ACCESS.search(folded) and not case_like:
        return "access_request"
    if _TRANSFER.search(folded) and not case_like and not _HOW_LONG.search(folded):
        # "may we store prospect data in a CRM hosted in the US?": where, not how long
        return "transfer"
    if _RETENTION_CUE.search(folded) and _DATA.search(folded) and not _HR.search(folded):
        if _restarted_practice(folded):
            return "retention_excessive"
        if re.search(
            r"opposition|desinscri|unsubscri|opt-?out|suppression list|repoussoir|"
            r"do-not-contact|ne plus|stop",
            folded,
        ):
            return "retention_optout"
        if re.search(
            r"\bb ?(?:2|to) ?b\b|professionn?el|entreprises?\b|business|companies", folded
        ):
            return "retention_b2b"
        if re.search(
            r"\bprospects?\b|jamais (?:ete )?client|never (?:been )?(?:a )?customer", folded
        ):
            return "retention_prospect"
        if re.search(r"\bclients?\b|\bcustomers?\b", folded):
            return "retention_customer"
        return "retention_prospect"
    if _TRANSFER.search(folded) and not case_like:
        return "transfer"
    if _SANCTIONS.search(folded):
        return "call_fines" if _PHONE_WORDS.search(folded) else "sanctions"
    if _DOUBLE.search(folded):
        return "double_opt_in"
    if _PROOF.search(folded) and not case_like:
        # how long the proof of a consent to phone canvassing is kept: the phone consent rule
        # (R17b) holds that figure
        if _PHONE_WORDS.search(folded) and _PROOF_KEPT.search(folded):
            return "phone_consent"
        return "proof_of_consent"
    if _PHONE_CONSENT.search(folded) and _PHONE_WORDS.search(folded):
        return "phone_consent"
    if not general and not case_like and _VALID_NAMED.search(folded):
        return "valid_consent"
    if _PHONE_WORDS.search(folded) and (
        _SINCE.search(folded) or (_REFORM.search(folded) and not case_like)
    ):
        return "phone_reform"
    if general:
        for pattern, topic in (
            (_OPT_IN_OUT, "opt_in_or_opt_out"),
            (_BLOCTEL_SUBJECT, "phone_reform"),
            (_PERSONAL_DATA, "personal_data"),
            (_BUYING, "buying_lists"),
            (_INFORM_DUTY, "information_duty"),
            (_SOLE_TRADER, "sole_trader"),
            (_FREE_ACCOUNT, "free_account"),
            (_CONDITIONAL, "conditional_consent"),
            (_B2B_B2C, "b2b_or_b2c"),
            (_VALID_CONSENT, "valid_consent"),
            (_MESSAGE_CONTENT, "message_content"),
            (_SOFT_OPT_IN, "soft_opt_in"),
            (_CRM_COMMENTS, "crm_comments"),
        ):
            if pattern.search(folded):
                return topic
    if _HOURS.search(folded):
        return "call_hours"
    if general and _BANNED.search(folded):
        # a sector the law singles out, its bans asked about in general ("pour la réno
        # énergétique, quels canaux sont interdits ?"), not its prices or its subsidies
        return _SECTOR_TOPICS.get(_sector(folded) or "")
    return None


#: What is banned or allowed, or by which channels, asked.
_BANNED = re.compile(
    r"\b(?:interdi\w*|forbid\w*|bann(?:ed|ing)?|ban|prohibit\w*|proscrit\w*|autoris\w*|allowed|permi[st]"
    r"\w*|canaux|channels?|legal\w*|illegal\w*|lawful)\b"
)
_SECTOR_TOPICS = {
    "cpf": "sector_cpf",
    "energy_renovation": "sector_energy_renovation",
    "home_adaptation": "sector_home_adaptation",
}

#: When `rules` has no topic of that id, the nearest one it may have.
FALLBACK = {
    "retention_optout": "retention_prospect",
    "retention_b2b": "retention_prospect",
    "retention_customer": "retention_prospect",
    "call_fines": "sanctions",
    "double_opt_in": "proof_of_consent",
    "valid_consent": "proof_of_consent",
    "phone_reform": "call_hours",
}
