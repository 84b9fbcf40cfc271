"""The action asked about: sharing our list, writing a CRM comment."""

from __future__ import annotations

import re

_SHARE = re.compile(
    r"(?:louer|loue|louons|vendre|vend|vendons|ceder|cede|partager|partage|transmettre|transmet|donner|"
    r"donne|communiquer|refiler|rent|renting|sell|selling|sold|share|sharing|give|giving|gave|pass|transfer|"
    r"lease|hand over|hand|filer|file|files|passer|fournir|provide|send)\w*\s+(?:\w+\s+){0,5}?(?:fichiers?|listes?|bases?|contacts|donnees|files?|lists?|"
    r"database|data|emails?|adresses|coordonnees|leads)\b.{0,80}?(?:partenaires?|partners?|tiers|"
    r"third[- ]part\w*|autres? (?:societe|entreprise)s?|another company|other compan\w*|affiliates?)"
)


#: Our file sold, rented or handed to another firm named by its kind ("we sold our consumer phone
#: file to a call centre", "on a loué notre fichier à une agence"): a transfer verb (not "send",
#: "provide": e-mailing and serving customers), our data, then the firm receiving it.
_SHARE_TO_FIRM = re.compile(
    r"\b(?:louer|loue|louons|vendre|vend\w*|ceder|cede\w*|partag\w*|transm\w*|donne\w*|refile\w*|"
    r"rent|renting|rented|sell|selling|sold|shar(?:e|ed|ing)|give|giving|gave|given|transfer\w*|lease\w*|"
    r"hand(?:ed)? over|pass(?:ed)? on)\s+(?:\w+\s+){0,5}?(?:fichiers?|listes?|bases?|contacts|donnees|files?|"
    r"lists?|database|data|adresses|addresses|coordonnees|leads|numeros|numbers)\b.{0,60}?"
    r"\b(?:to|a|au|aux|with|avec) (?:a|an|the|another|some|one|un|une|des|le|la|les|l'|cette|ce) ?"
    r"(?:\w+ ){0,2}?(?:call ?cent(?:re|er)s?|cent(?:re|er)s? d'appels?|plateformes? d'appels?|"
    r"telemarket\w+|teleprospect\w+|agenc(?:y|ies|es?)|brokers?|courtiers?|compan(?:y|ies)|societes?|"
    r"entreprises?|firms?|insurers?|assureurs?|banks?|banques?|retailers?|enseignes?|competitors?|"
    r"concurrents?|marketers?|advertisers?|annonceurs?|resellers?|revendeurs?|lead (?:buyers?|brokers?))\b"
)


_SHARE_OWN = re.compile(r"\b(?:notre|nos|our|mes|my)\b")


_CRM = re.compile(
    r"\bcrm\b|\bfiches? (?:client|prospect|contact)s?\b|"
    r"\bfiches? (?:de l'|du |de la |d'un |d'une |de |d')(?:client|prospect|contact|acheteu|interlocut|decideu)\w*|zones? (?:de )?(?:commentaires?|bloc-?notes?|"
    r"texte libre)|free[- ]text (?:field|zone)|\bbloc-?notes?\b|\bsalesforce\b|\bhubspot\b|\bpipedrive\b|"
    r"\bzoho\b|\bsellsy\b|\baxonaut\b|\bnocrm\b|\bzendesk sell\b|\bfreshsales\b|"
    r"\bclose\.com\b|\bmonday sales\b|\bodoo\b|\bdynamics 365\b"
)


_CRM_WRITE = re.compile(
    # a verb of writing may introduce what is written ("je voulais mettre : « … »")
    # ("un accord écrit", "par écrit": a consent's form, no writing in the record)
    r"\b(?:(?<!accord )(?<!consentement )(?<!autorisation )(?<!par )(?<!l')ecri\w*|noter|mettre|mets|met|"
    # its past participle with the place written in ("a mis dans la fiche"; not "mis à jour")
    r"mis(?= (?:dans|sur) )|indiquer|indique|marquer|saisir|inscrire|preciser|"
    r"write|writing|put|enter|add|consigner|"
    # "comment" alone is French for "how" ("comment ça a été recueilli"): only its verb
    r"commenter|commentez|commented|commenting|"
    # leaving or pasting a text in a record ("can I leave this in salesforce: '…'", "coller ça")
    r"(?:leave|leaving|paste|pasting|jot|stick|laisser|laisse|coller|colle)\s+(?:this|that|it|ca|cela|"
    r"ceci|the following|(?:un|une|a|an) (?:mot|petit mot|commentaire|message|note|comment|remarque) )?"
    r"\s*(?:down )?(?:in|into|on|dans|sur))\b"
    # a word that is also a field's label in a pasted record ("Note : a cliqué…", "Comments: …") is
    # no writing when a colon follows
    # ("the flag got lost", "le tag a sauté": a field already there, named by its definite
    # article, is no writing; "a note" may be one added)
    r"|(?<!\bthe )(?<!\ble )(?<!\bla )"
    r"\b(?:note|notes|record|mention|type|log|dire|remarques?|commentaires?|comments|"
    # a tag or a segment is written into the CRM as much as a note
    r"tag\w*|label\w*|flag\w*|classer|classe|categori\w*|segment\w*)\b(?!\s*:)"
)


#: A record's notes named as where words go, after a verb of writing in the same sentence ("can I
#: put '…' in the notes of this prospect", "je peux écrire ça dans sa fiche ?", "add to her record
#: that…"): a CRM named by its part. The verb is needed: "his record shows he bought in 2023" or
#: "d'après sa fiche" describe, they write nothing.
_NOTES_PLACE = re.compile(
    r"\b(?:ecrire|noter|mettre|mets|indiquer|marquer|saisir|inscrire|consigner|ajouter|rajouter|"
    r"write|put|enter|add|note down|jot down|type|log)\b[^?!\n]{0,160}?"
    r"\b(?:in|into|to|on|dans|sur|a|en) (?:the|his|her|their|this|that|its|les|la|le|ses|sa|son|leurs?|"
    r"ces|cette|ce|l')\s?(?:\w+ )?(?:notes?|fiche|record|contact record|commentaires?|comments?)\b"
    r"(?! (?:de frais|of (?:the|our) meeting|de reunion))"
    # or the record named first ("dans la fiche de Mme Roy je voudrais mettre : …")
    r"|\b(?:in|into|on|dans|sur) (?:the|his|her|their|this|les|la|ses|sa|son|leurs?|cette) (?:\w+ )?"
    r"(?:notes?|fiche|record)\b[^.?!\n]{0,60}?\b(?:je|j'|on|nous|i|we)\b[^.?!\n]{0,30}?"
    r"\b(?:ecrire|noter|mettre|indiquer|marquer|saisir|inscrire|consigner|ajouter|write|put|enter|add|type)\b"
)


#: "un partenaire veut qu'on lui loue notre fichier": the partner named first, our file after.
_SHARE_BACK = re.compile(
    r"(?:partenaires?|partners?|tiers|third[- ]part\w*|autres? (?:societe|entreprise)s?|another company|"
    r"other compan\w*|affiliates?)\b.{0,60}?\b(?:louer|loue|vendre|ceder|cede|partager|transmettre|"
    r"donner|communiquer|refiler|filer|file|passer|fournir|rent|sell|share|give|pass|transfer|lease|"
    r"hand over|provide)\w*\s+(?:\w+\s+){0,3}?(?:notre|nos|our|mes|my) (?:\w+ ){0,2}?(?:fichiers?|"
    r"listes?|bases?|contacts|donnees|files?|lists?|database|data|leads)\b"
)


#: Partners named in the message: "our partners Acme Travel and Zed Hotels", "partenaires : X, Y".
_PARTNER_NAMES = re.compile(
    r"\b(?:partners?|partenaires?)\b\s*(?::|,|\(|like|such as|comme|tels? que|including|dont)?\s*"
    r"((?:[a-z0-9+&-]+)(?: [a-z0-9+&-]+)?(?:(?:, | and | et | & |, and )[a-z0-9+&-]+(?: [a-z0-9+&-]+)?)*)"
)
_NAME_SPLIT = re.compile(r", and |, | and | et | & ")
_NOT_A_NAME = frozenset(
    [
        "offers",
        "offres",
        "offer",
        "offre",
        "and",
        "et",
        "or",
        "ou",
        "to",
        "a",
        "de",
        "des",
        "du",
        "the",
        "our",
        "nos",
        "notre",
        "their",
        "leurs",
        "who",
        "qui",
        "which",
        "that",
        "can",
        "may",
        "will",
        "would",
        "pour",
        "for",
        "with",
        "avec",
        "about",
        "sur",
    ]
)
#: Handing data over to someone: the verbs of a transfer (not "send", which also means e-mailing).
_HAND_OVER = re.compile(
    r"\b(?:pass|give|share|transfer|hand over|hand|sell|rent|lease|provide|passer|donner|partager|"
    r"transmettre|ceder|vendre|louer|communiquer|fournir|refiler|filer)\w*\s+(?:[\w']+\s+){0,6}?"
    r"(?:fichiers?|listes?|bases?|contacts|donnees|files?|lists?|database|data|emails?|e-mails?|"
    r"adresses|addresses|coordonnees|leads|details|numbers|numeros)\b.{0,60}?\b(?:to|a|au|aux)\s+(.{3,40})"
)


def _to_named_partner(folded: str) -> bool:
    """Our data handed to a company named as a partner ("pass the emails … to Acme Travel")."""
    names: set[str] = set()
    for m in _PARTNER_NAMES.finditer(folded):
        for name in _NAME_SPLIT.split(m.group(1)):
            words = name.split()
            if words and words[0] not in _NOT_A_NAME and len(name) >= 3:
                names.add(name)
    if not names:
        return False
    for m in _HAND_OVER.finditer(folded):
        if any(m.group(1).startswith(name) for name in names):
            return True
    return False


#: Someone else asking for our data: "un magazine veut louer les adresses de nos clients", "a partner
#: wants part of our customer file", "an insurer asked for our subscriber list" — a third party (a
#: partner, another firm named by its kind), a wish or a request, then data that is ours.
_THIRD_PARTY = (
    # a firm by its kind, introduced as another one ("a magazine", "une banque", "another company")
    r"(?:\b(?:un|une|a|an|one of our|un de nos|une de nos|another|une autre|un autre|other|autre) "
    r"(?:\w+ ){0,2}?(?:partenaires?|partners?|magazines?|revues?|journal|editeurs?|publishers?|"
    r"societes?|entreprises?|compan(?:y|ies)|firms?|marques?|brands?|agences?|agenc(?:y|ies)|"
    r"assureurs?|insurers?|banques?|banks?|annonceurs?|advertisers?|associations?|charit(?:y|ies)|"
    r"courtiers?|brokers?|enseignes?|retailers?|concurrents?|competitors?|fournisseurs?|suppliers?|"
    r"start-?ups?|operateurs?|operators?|distributeurs?|distributors?)\b"
    # or a partner however introduced ("notre partenaire", "the insurer we work with")
    r"|\b(?:partenaires?|partners?|filiales?|subsidiar(?:y|ies)|affiliates?)\b"
    # the third-party sellers of a marketplace ("les vendeurs tiers", "third-party sellers")
    r"|\b(?:(?:vendeurs?|vendeuses?|marchands?|commer[cs]ants?|boutiques?|revendeurs?) (?:tiers|partenaires|"
    r"independants|externes)|third[- ]party (?:sellers?|merchants?|vendors?|shops?|retailers?)|"
    r"(?:external|independent|marketplace) (?:sellers?|merchants?|vendors?))\b"
    # another legal entity of our group is a third party too ("our sister company", "une société
    # du groupe", "notre maison mère")
    r"|\b(?:sister (?:compan(?:y|ies)|brands?|firms?|entit(?:y|ies))|group compan(?:y|ies)|"
    r"parent compan(?:y|ies)|(?:societes?|entreprises?|marques?|entites?) (?:soeurs?|du groupe)|"
    r"maison[- ]mere|societe[- ]mere)\b)"
)
_WANTS_OUR_DATA = re.compile(
    _THIRD_PARTY
    + r"(?:\s*\([^)]{0,40}\))?[^.?!]{0,30}?\b(?:veut|veulent|voudrai\w*|souhait\w*|demande\w*|aimerai\w*|"
    r"nous demande|propose\w* de|wants?|would like|asks?(?: us)? (?:for|to)|asked(?: us)? (?:for|to)|"
    r"is asking|offers? to|offered to|interested in)\b[^.?!]{0,40}?"
    r"(?:(?:notre|nos|our) (?:[\w'-]+ ){0,3}?(?:fichiers?|listes?|bases?|contacts|donnees|files?|lists?|"
    r"database|data|adresses|addresses|coordonnees|leads|e-?mails|numeros|numbers)\b|"
    r"(?:fichiers?|listes?|bases?|donnees|files?|lists?|database|data|adresses|addresses|coordonnees|"
    r"e-?mails|numeros|numbers)\b(?: \w+){0,2} (?:de|of) (?:nos|our) (?:\w+ )?(?:clients|customers|"
    r"abonnes|subscribers|prospects|contacts|members|adherents|users|utilisateurs)"
    # or the people we serve named as such, a wish to get their details ("récupérer les emails
    # des acheteurs", "get the buyers' emails"): whose data it is, the platform's users
    r"|(?:recuperer|obtenir|avoir|recevoir|acceder|get|obtain|receive|access|collect)\w* (?:a |aux |to )?"
    r"(?:les |des |the )?(?:\w+ )?(?:e-?mails|adresses|addresses|coordonnees|numeros|numbers|contacts|"
    r"donnees|data|details) (?:de nos |des |of (?:the |our )?)(?:acheteurs|buyers|clients|customers|"
    r"utilisateurs|users|membres|members|abonnes|subscribers)\b"
    r"|(?:recuperer|obtenir|get|obtain|receive|access)\w* (?:the |our )?(?:buyers|customers|users|members|"
    r"subscribers)' (?:e-?mails|addresses|contact details|numbers|details|data)\b)"
)


#: Someone else wanting to reach our people itself: "our sister company wants to email our
#: customers", "notre filiale voudrait appeler nos clients" — their use of our file is a sharing of
#: it (R12), whatever the people agreed to hear from us. Not when it asks us to send ("wants us to
#: email our customers", "veut qu'on écrive à nos clients"): then we are the sender.
_WANTS_OUR_PEOPLE = re.compile(
    _THIRD_PARTY
    + r"(?:\s*\([^)]{0,80}\))?[^.?!]{0,40}?\b(?:veut|veulent|voudrai\w*|souhait\w*|aimerai\w*|"
    r"wants?|would like|wishes|plans?|intends?|asks? (?:if it|if they|to)|asked to|is asking to)\b"
    r"(?! (?:us|nous|qu'on|que l'on|que nous|we)\b)[^.?!]{0,30}?"
    # a sending verb too ("wants to send our customers a mailing", "veut envoyer à nos clients")
    r"\b(?:e-?mail\w*|mail\w*|call\w*|phon\w*|text\w*|sms|contact\w*|write to|writing to|reach\w*|"
    r"send|sending|market\w* to|prospect\w*|target\w*|envoyer|adresser|appeler|contacter|demarcher|ecrire|prospecter|"
    r"cibler|solliciter|joindre|texter)\b[^.?!]{0,30}?"
    r"\b(?:nos|our) (?:[\w'-]+ ){0,2}?(?:clients?|clientes?|customers?|abonnes|subscribers|adherents|"
    r"members|users|utilisateurs|prospects|contacts|acheteurs|buyers)\b"
)


#: A quoted text written on a customer's account ("log this on the account: '…'", "je mets ça sur
#: son compte : « … »"): the account is the record. Without a quotation an account also takes a
#: credit or a payment ("add 10 € to his account"), so the words written must be given.
_QUOTE_ON_ACCOUNT = re.compile(
    r"\b(?:ecrire|noter|mettre|mets|indiquer|marquer|saisir|inscrire|consigner|ajouter|rajouter|"
    r"write|put|enter|add|note|jot|type|log|leave|paste|coller|laisser)\b[^?!\n]{0,60}?"
    r"\b(?:in|into|to|on|dans|sur|a) (?:the|his|her|their|this|that|its|le|son|sa|ce|cet|l')\s?"
    r"(?:customer |client |prospect )?(?:account|compte)(?: (?:client|prospect))?\b"
    r"\s*(?::\s*)?(?:['\"«“]|:)"
)


#: Our list exported, then sent or handed over ("export the list and send it over", "extraire
#: le fichier et le transmettre"): sharing it, when another firm is named in the message.
_EXPORT_SEND = re.compile(
    r"\b(?:export\w*|extract\w*|extrai\w*|sort\w* (?:le|la|les|the))\s+(?:[\w'-]+\s+){0,4}?(?:fichiers?|"
    r"listes?|bases?|contacts|donnees|files?|lists?|database|data|e-?mails|adresses|addresses|"
    r"coordonnees|numeros|numbers)\b[^.?!]{0,40}?\b(?:send|sending|envoy\w*|transm\w*|pass\w*|give|"
    r"giving|donne\w*|hand\w*|fourni\w*|file\w*|refile\w*|share|sharing|partag\w*)\b"
)


#: A CRM note read, not written: "CRM note: '…'", "the CRM note says…", "la note du CRM indique",
#: "d'après le CRM". Its words are the case's facts.
_CRM_READ = re.compile(
    r"\b(?:crm|salesforce|hubspot|pipedrive) (?:notes?|comments?|entry|record)\b[^.?!:]{0,70}?(?::|\bsays|\bsaid|\breads|\bshows|\bindicates|\bmentions)|"
    r"\bnotes? (?:(?:in|on|from) (?:the |our )?crm|du crm|dans le crm|crm)\b|"
    r"\b(?:le|the) crm (?:indique|dit|says|shows|montre)|d'apres (?:le|notre) crm|according to (?:the|our) crm|"
    # lines pasted from the record ("notes d'appel copiées du CRM :", "row exported from HubSpot:")
    r"\b(?:copie\w*|colle\w*|extrai\w*|export\w*|copied|pasted|exported|pulled|taken) (?:\w+ )?"
    r"(?:du|de|depuis|dans|from|out of|of) (?:le |la |l'|notre |the |our )?(?:crm|salesforce|hubspot|pipedrive|fiche)\b"
)


#: The rep asks whether to contact the person ("can I call this lead?", "je peux l'appeler ?",
#: "one more try?"): the action is prospecting, whatever a pasted note says.
_CONTACT_ASK = re.compile(
    r"\b(?:can|could|may|should|shall) (?:i|we) (?:still |now |then )?(?:call|phone|ring|e-?mail|text|sms|"
    r"contact|reach|recontact|try|retry|give \w+ a (?:call|ring))\b|"
    r"\b(?:one more|another) (?:try|call|attempt)\b|"
    r"\b(?:puis-je|je peux|j'peux|on peut|peut-on|pouvons-nous|est-ce qu'on peut|est-ce que je peux)"
    r" (?:encore |quand meme )?(?:l'|la |le |les |lui |leur )?(?:appeler|rappeler|contacter|recontacter|"
    r"joindre|relancer|texter|retenter|reessayer|tenter|essayer)\b|"
    r"\b(?:une|un) (?:derniere|dernier|autre|nouvel(?:le)?) (?:tentative|essai|appel|relance)\b|"
    # the rep's own plan, put to judgement ("je prévois de l'appeler demain, c'est ok ?", "I plan
    # to call her Tuesday, fine?"): the contact is the action whatever the pasted note says
    r"\b(?:je|j'|on|nous) (?:prevois|compte|vais|veux|voudrais|souhaite|aimerais|envisage|pensais|pense)"
    r" (?:de |d')?(?:l'|la |le |les |lui |leur )?(?:appeler|rappeler|contacter|recontacter|joindre|relancer|"
    r"texter|ecrire|envoyer)\b|"
    r"\b(?:i|we)(?:'m| am|'re| are)? (?:plan(?:ning)?|want|intend(?:ing)?|going|would like|'d like|will|'ll)"
    r" (?:to )?(?:call|phone|ring|e-?mail|text|contact|reach|recontact)\b"
)


#: People or their data loaded into the CRM ("je peux les mettre dans le CRM", "import these
#: leads into HubSpot"): a collection to judge, not a comment written about someone. The object is
#: people or contact data (a French pronoun "les" before the verb, or a noun after it); "mettre
#: ces infos : …" stays a comment.
_CRM_PLACE = r"(?:dans|in|into|to|sur|on)\s+(?:le |la |l'|notre |our |the |my |mon )?(?:crm|salesforce|hubspot|pipedrive)\b"
_PEOPLE = (
    r"(?:contacts?|leads?|e-?mails|adresses|addresses|numeros|numbers|prospects|profils|profiles|"
    r"fichiers?|files?|listes?|lists?)"
)
_LOAD_INTO_CRM = re.compile(
    r"\bles\s+(?:mettre|ajouter|importer|charger|integrer|rentrer|verser|injecter)\s+"
    + _CRM_PLACE
    + r"|\b(?:mettre|mets|met|ajouter|ajoute|importer|importe|charger|charge|integrer|integre|rentrer|"
    r"rentre|verser|injecter|put|add|import|load|upload|push)\w*\s+(?:them|all of them|these|those|all|"
    r"(?:(?:les|ces|nos|tous (?:les|ces)|the|these|those|our|all (?:the|these|those)?)\s+)?(?:\d+\s+|[\w-]+\s+)?"
    + _PEOPLE
    + r")\s+"
    + _CRM_PLACE
)


def _loads_people(folded: str) -> bool:
    """The CRM is where people's data go, not where words about someone are written."""
    return bool(_LOAD_INTO_CRM.search(folded))


def _action(folded: str) -> str | None:
    m = _SHARE.search(folded) or _SHARE_BACK.search(folded) or _SHARE_TO_FIRM.search(folded)
    if (
        (m and _SHARE_OWN.search(m.group(0)))
        or _to_named_partner(folded)
        or _WANTS_OUR_DATA.search(folded)
        or _WANTS_OUR_PEOPLE.search(folded)
        or (_EXPORT_SEND.search(folded) and re.search(_THIRD_PARTY, folded))
    ):
        return "share_list"
    if _CONTACT_ASK.search(folded) and _CRM_READ.search(folded) and not _NOTES_PLACE.search(folded):
        return None  # a note read as the case's context; the action asked is the contact
    if _loads_people(folded):
        return None  # "je peux les mettre dans le CRM et lancer des séquences ?": a collection
    if (
        (_CRM.search(folded) and _CRM_WRITE.search(folded))
        or _NOTES_PLACE.search(folded)
        or _QUOTE_ON_ACCOUNT.search(folded)
    ):
        if re.search(
            # "outside" alone is no place ("nobody outside sees it"): only outside the EU
            r"heberg|hosted|hors (?:de l')?(?:ue|europe)|outside (?:the )?(?:eu|eea|europe|e\.u)\b|"
            r"etats-unis|\busa\b|cloud|transf",
            folded,
        ):
            return None  # a question about where the CRM lives (transfers), not a comment
        return "crm_comment"
    return None
