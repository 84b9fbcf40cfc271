"""Several persons in one message: keep the words about the person the action targets.

"Paul ticked the box… Ines unsubscribed… I only want to email Paul": Ines's objection is not
Paul's, and neither would her consent be. The message is cut into segments (lines, list items,
sentences); a segment that names another person — a first name heading a line or a sentence, or
after "son collègue", "his wife"… — and not the target is left out. The target is the person the
action verb names ("email Paul", "appeler sa collègue Sophie", "send the offer to Marc").

When no person is named by the action, the message is left whole (a restrictive fact about
somebody may still apply: the safe side), and ``others_named`` lets the extractor refuse a
permissive value read only from a named person's segment.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
#: Capitalised words that are no person's first name.
_NOT_NAME_WORDS = """i je j on nous il elle ils elles we they he she you vous tu ok bonjour hello hi salut merci
    the a an le la les un une des ce cet cette ces mon ma mes son sa ses notre nos leur leurs our my
    lui eux moi toi soi celui celle ceux celles him them me myself herself himself
    his her their both tous toutes les deux can could may est is et and mais but ou or si if so
    alors bon dear cher chere monsieur madame mr mrs ms dr m mme
    not no yes oui non in from at to for with by since until after before during dans en depuis
    avant apres après pour avec sans chez sur des au aux du
    bloctel linkedin gmail google facebook instagram whatsapp cnil rgpd gdpr acme crm sms stop
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
    samedi dimanche january february march april may june july august september october november
    december janvier fevrier février mars avril mai juin juillet aout août septembre octobre
    novembre decembre décembre noel noël easter paques pâques
    mon tue tues wed thu thur thurs fri sat sun lun mer jeu ven dim
    feb mar apr jul aug sep sept oct nov dec janv fev fév avr juil
    already also just then yesterday today tomorrow recently finally actually never always once
    still only first last next everyone nobody someone somebody customer client prospect lead
    hier aujourd demain ensuite puis enfin depuis deja déjà toujours jamais souvent seulement
    quelqu personne chacun tout tout-le-monde ca ça cela
    name nom prenom prénom plan note notes source origine provenance statut status phone tel tél
    telephone téléphone mobile portable email mail adresse address consent consentement opt-in
    optin company societe société entreprise contexte context objet subject lead type segment
    tags tag comment commentaire commentaires remarque remarques historique history action todo"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_TITLE = r"(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Monsieur|Madame)\s+)?"
#: A day or a month, abbreviations included ("From Tuesday", "Calls Tue-Thu", "In Sept", "Dès
#: Lundi"): the capitalised word before it heads a sentence, it is no surname after a first name.
_CALENDAR = (
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|saturday|"
    r"lun|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"jan|janv|january|janvier|feb|fev|f[ée]v|february|f[ée]vrier|mar|march|mars|apr|avr|april|avril|"
    r"may|mai|jun|june|juin|jul|juil|july|juillet|aug|august|ao[uû]t|sep|sept|september|septembre|"
    r"oct|october|octobre|nov|november|novembre|dec|d[ée]c|december|d[ée]cembre)\b"
)
_LIST_MARK = r"(?:[-*•·–]\s*|\d{1,2}[.)]\s*)?"
#: A first name where a person is named: heading the segment, or after a relative or colleague.
#: (a sentence's first word is capitalised anyway: a first name heads it only before a surname,
#: a comma or colon, or a verb of what the person did)
_HEAD = re.compile(
    # after a date or a place said first ("Le 3 juin, Inès a appelé", "On 2 June, Sam called")
    rf"^\s*(?P<item>{_LIST_MARK})(?:[^,.;!?\n]{{0,30}}?\d[^,.;!?\n]{{0,12}},\s+)?{_TITLE}({_NAME})(?=\s+(?!{_CALENDAR})[A-Z][a-zà-ÿ]+|\s*[,:(]|\s+(?i:a|est|"
    r"etait|était|avait|avaient|nous|m'|m’|s'|s’|n'|n’|ne|y|lui|has|had|is|was|said|told|asked|wants|"
    r"ticked|signed|unsubscribed|consented|agreed|replied|called|phoned|rang|emailed|texted|contacted|"
    r"bought|never|already|deja|déjà)\b)"
)
_RELATIVE = re.compile(
    r"(?i:\b(?:coll[eè]gue|colleague|coworker|co-worker|associ[ée]e?|partner|wife|husband|femme|"
    r"mari|fr[eè]re|s(?:oe|œ)ur|brother|sister|fils|fille|son|daughter|boss|manager|assistante?|"
    r"secr[ée]taire|secretary|voisine?|neighbou?r))\s+" + rf"{_TITLE}({_NAME})\b"
)
#: The action names its person: "email Paul", "appeler sa collègue Sophie", "write to Marc".
_ACTION_VERB = (
    r"(?i:e-?mail(?:er)?|mail(?:er)?|call|ring|phone|text|message|contact|reach|pitch|approach|"
    r"write to|send|add|include|put|ajout\w*|inclu\w*|mettre|appel\w*|rappel\w*|contact\w*|recontact\w*|joindre|[ée]crire\s+[àa]|envoy\w*|"
    r"relanc\w*|text\w*|prospect\w*|d[ée]march\w*|propos\w*)"
)
_TARGET = re.compile(
    rf"\b{_ACTION_VERB}\s+(?:(?i:[\w'’-]+)\s+){{0,2}}?{_TITLE}({_NAME})\b"
    rf"|\b(?i:send|envoy\w*|write|[ée]cri\w*|mail\w*)\b[^.?!\n]{{0,40}}?\s(?i:to|[àa])\s+{_TITLE}({_NAME})\b"
    # the rep says whom the question is about: "asking only about Paul", "seulement pour Paul"
    rf"|\b(?i:only|just|seulement|uniquement|juste)\s+(?i:(?:about|for|regarding|concerning|pour|"
    rf"concernant|sur|de)\s+)?{_TITLE}({_NAME})\b"
    # the question picks one of the persons told of: "Pour Samir, c'était légal ?", "For Sam's
    # call, was it OK?", "What about Sam?", "Et celui de Sam ?"
    rf"|(?:^|(?<=[.!?:\n])\s*|(?<=[.!?]\s))(?i:(?:and\s+|et\s+)?(?:pour|for|about|regarding|concernant|"
    rf"quant\s+[àa]|what\s+about|how\s+about|(?:et\s+)?(?:celui|celle)\s+d[e'’]\s*|et\s+pour))\s+"
    rf"{_TITLE}({_NAME})(?=(?:['’]s)?\b[^.!?\n]{{0,40}}\?)"
)
#: Cut after a sentence end followed by a space (not the dot of an address), after each line,
#: before each person of an inline list ("Paul (buyer), Lea (unsubscribed) and Sam (consent)") and
#: before each item of a list written on one line ("Two contacts: - Paul: … - Ines: …").
_SEGMENTS = re.compile(
    rf"(?<=[.!?])(?<!\bM\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bMs\.)(?<!\bMrs\.)(?=\s)|(?<=\n)|(?<=[,;:] )(?={_NAME}\s*\()|(?<= and )(?={_NAME}\s*\()|"
    rf"(?<= et )(?={_NAME}\s*\()|(?<=\s)(?=[-*•–]\s*{_TITLE}{_NAME}\b)"
)


#: What the action names its person from is a place or a tool, not the person: "contact copié
#: depuis Pipedrive", "lead exported from HubSpot", "found via Kompass".
_FROM_TOOL = re.compile(
    r"(?i:\b(?:depuis|from|via|out of|dans|sur|in|on|extrait(?:e|s)? de|issue?s? de|export\w* de|"
    r"import\w* de|tir[ée]e?s? de))\s+$"
)
#: A person said to have no contact details ("M. Vidal (son mari) — pas de contact", "Rémi | no
#: email"): nobody we could reach, so not the person acted on.
_NO_CONTACT = re.compile(
    r"(?i:\b(?:pas de|aucune?|sans|no|without)\s+(?:contact|coordonn[ée]es|e-?mail|mail|"
    r"adresse(?: mail| e-?mail)?|email address|phone(?: number)?|num[ée]ro|t[ée]l[ée]phone|t[ée]l|"
    r"contact details|details)\b)"
)


def _is_name(word: str | None) -> bool:
    return bool(word) and word.lower() not in _NOT_NAMES  # type: ignore[union-attr]


#: A first name in apposition to a person ("a visitor, Julie, signed up", "une cliente, Julie, a
#: coché", "the customer (Paul) bought"): that person is named as surely as by a relative.
_APPOSED = re.compile(
    r"(?i:\b(?:a|an|the|one|our|un|une|le|la|l['’]|notre)\s+(?:[\w-]+\s+)?(?:visitor|customer|client|"
    r"cliente|prospect|lead|woman|man|lady|gentleman|person|user|subscriber|buyer|guest|visiteur|"
    r"visiteuse|dame|monsieur|personne|utilisatrice|utilisateur|abonn[ée]e?|acheteuse|acheteur|"
    r"participante?|invit[ée]e?))\s*[,(]\s*" + rf"{_TITLE}({_NAME})\s*[,)]"
)


def _named(segment: str) -> set[str]:
    """First names of the persons a segment is about."""
    if _NO_CONTACT.search(segment):
        return set()  # a person without contact details is not one the action may be about
    return _persons_in(segment)


def _persons_in(segment: str) -> set[str]:
    out = {m.group(1) for m in _RELATIVE.finditer(segment)}
    out |= {m.group(1) for m in _APPOSED.finditer(segment)}
    head = _HEAD.match(segment)
    if head:
        out.add(head.group(2))
    return {n for n in out if _is_name(n)}


def target(question: str) -> str | None:
    """The first name the action is about, if the action names one."""
    for m in _TARGET.finditer(question):
        group = next(g for g in (1, 2, 3, 4) if m.group(g))
        if _FROM_TOOL.search(question[max(0, m.start(group) - 20) : m.start(group)]):
            continue  # "contact collée depuis Pipedrive": where it comes from, no person
        if _is_name(m.group(group)):
            return m.group(group)
    return None


def segments(question: str) -> list[str]:
    return [s for s in _SEGMENTS.split(question) if s]


def others_named(question: str) -> bool:
    """At least two persons are named by their first name."""
    names: set[str] = set()
    for seg in segments(question):
        names |= _named(seg)
    return len(names) >= 2


#: A relative, colleague or neighbour of the person, as the subject of what is said.
_KIN = (
    r"(?:femme|[ée]pouse|mari|conjoint|conjointe|compagne|compagnon|wife|husband|spouse|partner|"
    r"fils|fille|son|daughter|p[èe]re|m[èe]re|father|mother|parents|fr[èe]re|s(?:oe|œ)ur|brother|"
    r"sister|enfants?|children|kids|coll[èe]gue|colleague|coworker|co-worker|associ[ée]e?|boss|"
    r"patron|patronne|voisine?|neighbou?r|assistante?|secr[ée]taire|secretary)"
)
#: The rest of a clause, up to a comma, a sentence end or "mais"/"but" (a bracket belongs to it).
_CLAUSE_REST = r"(?:(?!\s(?:mais|but|et|and)\s)[^.;,!?\n(])*(?:\([^)]*\))?"
#: "sa femme est cliente (contrat en cours)", "his wife consented": what is true of that other
#: person, up to the end of the clause (a bracket right after belongs to it).
_KIN_FACT = re.compile(
    rf"(?i)(?:\b(?:c['’]est|it['’]s|it is)\s+)?\b(?:sa|son|ses|his|her|their|leur|leurs)\s+{_KIN}\s+"
    r"(?:(?:qui|who)\s+)?(?P<verb>(?:est|[ée]tait|sont|"
    r"[ée]taient|a [ée]t[ée]|is|was|are|were|has been|have been|a|ont|avait|has|have|had|s'est|"
    r"s’est)\b(?:\s+(?:d[ée]j[àa]|already|aussi|also|bien|depuis longtemps))?)"
    r"(?P<pred>\s+(?:une?\s+|a\s+|an\s+|our\s+|notre\s+|nos\s+|de\s+nos\s+)?"
    # a contract of theirs: "son collègue a une mutuelle en cours chez nous", "his wife has an
    # active policy with us" (not the person's contract)
    r"(?:(?:[\w'’+/&-]+\s+){0,2}(?:contrats?|abonnements?|forfaits?|mutuelles?|assurances?|pr[êe]ts?|"
    r"cr[ée]dits?|mandats?|polices?|contracts?|subscriptions?|polic(?:y|ies)|loans?|mortgages?|"
    rf"insurance|mandates?|leases?|plans?)\b{_CLAUSE_REST}|"
    rf"(?:client|cliente|clients|clientes|customer|customers|abonn[ée]e?s?|subscribers?|members?|"
    r"adh[ée]rente?s?|inscrite?s?|accept[ée]|consenti|coch[ée]|sign[ée]|donn[ée] son accord|agreed|"
    rf"consented|ticked|signed|opted[- ]in|subscribed|bought|achet[ée])\b{_CLAUSE_REST}))"
)
#: Bare consent verbs in the simple past: "his wife consented", "her husband signed up".
_KIN_PAST = re.compile(
    rf"(?i)\b(?:sa|son|ses|his|her|their|leur|leurs)\s+{_KIN}\s+(?P<verb>)(?P<pred>(?:consented|"
    rf"agreed|ticked|signed up|opted[- ]in|subscribed|bought)\b{_CLAUSE_REST})"
)
#: "…, lui non", "but not him", "pas lui", "he isn't": the same is not true of the person.
_NOT_HIM = re.compile(
    r"(?i)\s*[,;]?\s*(?:(?:mais|but|et|and)\s+)?(?:(?:lui|elle|him|her|he|she)\s+(?:non|pas|not|"
    r"isn'?t|is not|doesn'?t|hasn'?t|didn'?t|never|jamais)\b|(?:pas|not)\s+(?:lui|elle|him|her)\b)"
)
#: A relative's or colleague's objection: "her assistant unsubscribed from our mailings",
#: "sa femme s'est désinscrite". Only left out when the person is said not to have done the same
#: ("…, Laura herself did not", "lui non"): the objection may else have been made for them.
_KIN_OBJECTED = re.compile(
    rf"(?i)\b(?:sa|son|ses|his|her|their|leur|leurs)\s+{_KIN}\s+(?P<verb>)(?P<pred>(?:unsubscribed|"
    r"opted[- ]out|objected|asked us to stop|s'est (?:d[ée]sinscrite?|d[ée]sabonn[ée]e?|"
    rf"oppos[ée]e?)|s’est (?:d[ée]sinscrite?|oppos[ée]e?)|a refus[ée])\b{_CLAUSE_REST})"
)
#: "…, Laura herself did not", "Marc lui-même non": the person, by name, not doing the same.
_NAMED_NOT = re.compile(
    rf"\s*[,;]?\s*(?:(?i:mais|but|et|and)\s+)?{_TITLE}(?P<name>{_NAME})(?:\s+(?i:herself|himself|"
    r"lui-m[eê]me|elle-m[eê]me))?\s+(?i:did not|didn'?t|has not|hasn'?t|never did|non|pas|n'a pas|"
    r"ne l'a pas fait)\b(?=\s*(?:$|[.,;!?)]|(?i:and|but|et|mais)\b))"
)
#: The action is about the relative: "envoyer un mail à sa femme", "call his wife".
_KIN_TARGET = re.compile(
    rf"(?i)\b{_ACTION_VERB}\s+(?:[\w'’-]+\s+){{0,3}}?(?:sa|son|ses|his|her|their|leur|leurs)\s+{_KIN}\b"
)


#: A job title or role naming someone in a company ("le DSI", "the CFO", "la responsable achats").
_ROLE = (
    r"(?:DSI|DAF|DRH|PDG|DG|CEO|CTO|CFO|CIO|COO|CMO|directeur|directrice|director|g[ée]rante?|"
    r"responsable|manager|head|chef|cheffe|acheteur|acheteuse|buyer|comptable|accountant|"
    r"pr[ée]sidente?|president|owner|propri[ée]taire|fondateur|fondatrice|founder)"
)
#: Another person's objection, the person named by kin or role ("sa femme, elle, a résilié… et
#: nous a demandé de ne plus la contacter", "le DSI s'est désinscrit de nos mails"): up to its last
#: objection word (the rest of the clause is kept: "de nos mails" still names the means).
_OTHER_OBJECTS = re.compile(
    rf"(?i)\b(?:sa|son|ses|his|her|their|leur|leurs|le|la|l['’]|the)\s*(?P<who>{_KIN}|{_ROLE})\b"
    r"(?P<pred>[^.;!?\n()]*(?:d[ée]sinscri|d[ée]sabonn|oppos|refus|unsubscrib|opted[- ]out|objected|"
    r"ne plus (?:l[ae']|les|nous|me|m['’]|lui)?\s*(?:contacter|appeler|rappeler|solliciter|[ée]crire)|"
    r"to stop|not to (?:call|contact|e-?mail))[\w'’-]*)"
)
#: The contacted person plainly said not to have objected ("Lui ne s'est jamais opposé", "elle, ne
#: s'est jamais désinscrite", "she herself never unsubscribed").
_SELF_NOT_OBJECTED = re.compile(
    r"(?i)\b(?:lui|elle|il|he|she|him|her|herself|himself|lui-m[eê]me|elle-m[eê]me)\b[,\s]+"
    r"(?:(?:m[eê]me|herself|himself)[,\s]+)?(?:ne\s+s['’](?:y\s+)?est\s+(?:jamais|pas)\s+(?:\w+\s+)?"
    r"(?:oppos|d[ée]sinscri|d[ée]sabonn)|n['’]a\s+(?:jamais|pas)\s+(?:refus|fait opposition|demand)|"
    r"(?:has\s+|had\s+)?never\s+(?:objected|unsubscribed|opted|refused|asked)|"
    r"(?:did\s*n['’]?o?t|has\s*n['’]?o?t)\s+(?:objected?|unsubscribed?|opted?|refused?))"
)


def _targets(question: str, who: str) -> bool:
    """The action names this kin or role: "écrire au DSI", "call his wife"."""
    return bool(
        re.search(rf"(?i)\b{_ACTION_VERB}\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(who)}\b", question)
        or re.search(rf"(?i)\b(?:au|aux|to the|à la|a la)\s+{re.escape(who)}\b", question)
    )


def _others_objections(question: str) -> str:
    """``question`` without another person's objection, when the contacted person is plainly said
    not to have objected: their facts are not this person's (a restrictive value stays otherwise,
    the objection may have been made for them)."""
    denied = _SELF_NOT_OBJECTED.search(question)
    if not denied:
        return question
    out, pos = [], 0
    for m in _OTHER_OBJECTS.finditer(question):
        if m.start() <= denied.start() < m.end() or _targets(question, m.group("who")):
            continue  # the denial itself, or the objector is the one the action is about
        out.append(question[pos : m.start()])
        pos = m.end()
    out.append(question[pos:])
    return "".join(out)


def _denied_by_name(question: str, at: int) -> re.Match[str] | None:
    """The person, by first name, not doing the same right at ``at`` ("…, Laura herself did not")."""
    m = _NAMED_NOT.match(question, at)
    return m if m and _is_name(m.group("name")) else None


def without_kin(question: str) -> str:
    """``question`` without what is said of a relative or colleague the action does not target.

    "sa femme est cliente chez nous, lui non": her being a customer is not his; "lui non" makes
    the same words about him, negated ("pas cliente chez nous").
    """
    if _KIN_TARGET.search(question):
        return question
    out, pos = [], 0
    objections = [
        m
        for m in _KIN_OBJECTED.finditer(question)
        if _NOT_HIM.match(question, m.end()) or _denied_by_name(question, m.end())
    ]
    for m in sorted(
        [*_KIN_FACT.finditer(question), *_KIN_PAST.finditer(question), *objections],
        key=lambda m: m.start(),
    ):
        if m.start() < pos:
            continue
        out.append(question[pos : m.start()])
        pos = m.end()
        ellipsis = _NOT_HIM.match(question, pos) or _denied_by_name(question, pos)
        if ellipsis:
            # the same, denied, of the person (an aside in brackets stays the relative's)
            out.append("pas " + re.sub(r"\([^)]*\)", " ", m.group("pred")).strip())
            pos = ellipsis.end()
    if not out:
        return question
    out.append(question[pos:])
    return "".join(out)


#: Another company than ours: a sister or group company, a subsidiary, a partner.
_OTHER_FIRM = (
    r"(?:(?:sister|partner|parent|group|affiliated|other|another|third[- ]party)\s+(?:company|companies|"
    r"firm|firms|brand|brands|entity|entities|business|businesses)|subsidiar(?:y|ies)|filiales?|"
    r"soci[ée]t[ée]s?\s+(?:s(?:oe|œ)urs?|partenaires?|m[èe]res?|du groupe|tierces?)|maisons? m[èe]res?|"
    r"entreprises?\s+(?:partenaires?|s(?:oe|œ)urs?|du groupe)|autres?\s+(?:soci[ée]t[ée]|marque|entit[ée]|"
    r"entreprise)s?|partenaires?|partners?)"
)
_RELATION = (
    r"(?:customers?|clients?|clientes?|clientele|contracts?|contrats?|abonn[ée]e?s?|subscribers?|"
    r"members?|adh[ée]rente?s?|memberships?|abonnements?)"
)
#: "a customer of our sister company", "client de notre filiale", "contrat avec une société partenaire"
_THEIRS_OF = re.compile(
    rf"(?i)\b{_RELATION}\b(?:\s+[\w-]+){{0,2}}?\s+(?:of|with|at|de|du|des|chez|avec|aupr[èe]s de)\s+"
    # the company by its name, then said to be a sister or partner: "of Finalto, our sister company"
    r"(?:[\w&+-]+\s*(?:,|\(|-|–)\s*)?"
    rf"(?:(?:our|notre|nos|la|le|les|une?|an?|the|leur|leurs|their|l')\s*)?{_OTHER_FIRM}\b"
)
#: "a group customer", "client du groupe": the group's, once another company of it is named.
_GROUP_RELATION = re.compile(
    rf"(?i)\b(?:group|groupe)\s+(?={_RELATION}\b)|\b(?={_RELATION}\s+(?:du|of the|of our|de notre)\s+(?:group|groupe)\b)"
)
#: "our sister company has an ongoing contract with her", "notre filiale a un contrat avec lui"
_FIRM_HAS = re.compile(
    rf"(?i)\b{_OTHER_FIRM}\b(?:\s*\([^)]*\))?(?:\s+[\w-]+){{0,3}}?\s+(?P<verb>has|have|had|holds?|ont|avait|"
    rf"d[ée]tient|a(?=\s+(?:un|une|des|de|d'|le|la|les|plein|beaucoup|toujours|d[ée]j[àa])\b))\b(?=(?:\s+[\w-]+){{0,4}}?\s+{_RELATION}\b)"
)
#: "their customers", "leurs clients": another company's, once one is named.
_THEIR_RELATION = re.compile(
    r"(?i)\b(?:their|its|leurs|ses)\s+(?=(?:customers|clients|clientes|subscribers|abonn[ée]e?s|members|"
    r"adh[ée]rente?s)\b)"
)
_OURS_BEFORE = re.compile(r"(?i)\b(?:our|notre|nos|my|mes|mon|ma)\s+$")


def not_ours(question: str) -> str:
    """Another company's customers or contracts are not ours: said so, negated, for the readers.

    "a customer of our sister company", "notre filiale a un contrat en cours avec elle", "their
    customers" (once a sister or partner company is named): being its customer makes no one ours
    (the soft opt-in and the contract exception are the company's own, R2/R16).
    """
    if not re.search(rf"(?i)\b{_OTHER_FIRM}\b", question):
        return question
    marks: list[int] = []
    for m in _THEIRS_OF.finditer(question):
        if not _OURS_BEFORE.search(question[max(0, m.start() - 8) : m.start()]):
            marks.append(m.start())
    marks += [m.end("verb") + 1 for m in _FIRM_HAS.finditer(question)]
    marks += [m.end() for m in _THEIR_RELATION.finditer(question)]
    marks += [m.end() for m in _GROUP_RELATION.finditer(question)]
    for at in sorted(set(marks), reverse=True):
        question = question[:at] + "not " + question[at:]
    return question


#: A person named by a title and a surname ("Mme Bernard", "M. Bernard", "Mr Smith"): the title
#: is part of who it is (a couple shares a surname: "Mme Bernard" is not "M. Bernard").
_TITLED = re.compile(
    rf"(?<![\w.])(?P<title>M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame)\s+(?P<name>{_NAME})\b"
)
_FEMALE_TITLES = ("mme", "mlle", "madame", "mrs", "ms", "miss")


def _titled_key(title: str, name: str) -> str:
    gender = "f" if title.lower().rstrip(".").strip() in _FEMALE_TITLES else "m"
    return f"{gender}:{name}"


def _titled(segment: str) -> set[str]:
    """The persons a segment names by a title and a surname, as "f:Bernard" / "m:Bernard"."""
    return {
        _titled_key(m.group("title"), m.group("name"))
        for m in _TITLED.finditer(segment)
        if _is_name(m.group("name"))
    }


def _target_titled(question: str, name: str) -> str | None:
    """The target as a titled person, when the action names it with a title ("à M. Bernard")."""
    for m in _TARGET.finditer(question):
        group = next((g for g in (1, 2, 3, 4) if m.group(g) == name), None)
        if group is None:
            continue
        t = _TITLED.search(question, max(0, m.start(group) - 12), m.end(group))
        if t and t.group("name") == name and t.end("name") == m.end(group):
            return _titled_key(t.group("title"), name)
    return None


#: The rep names the contact asked about by its address or the address's local part: "my
#: question is only about j.morel", "seulement pour a.martin@acme.fr".
_ASKED_ADDRESS = re.compile(
    r"(?i)\b(?:only|just|solely|seulement|uniquement|juste)\s+(?:about|for|regarding|concerning|"
    r"pour|concernant|sur|de)\s+([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)"
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _by_address(question: str) -> str:
    """``question`` without the segments (lines, list items) of the other addresses, when the rep
    says which address the question is only about: another line's facts are not this one's."""
    asked = _ASKED_ADDRESS.search(question)
    if asked is None:
        return question
    ident = asked.group(1).rstrip(".").lower()
    addresses = {a.lower() for a in _ADDRESS.findall(question)}
    mine = {a for a in addresses if ident in (a, a.split("@")[0])}
    if not mine or not addresses - mine:
        return question
    return "".join(
        seg for seg in segments(question) if not {a.lower() for a in _ADDRESS.findall(seg)} - mine
    )


#: The rep names the contact asked about by its number in a numbered list: "question is about #2
#: only", "seulement pour le n°3", "only number 2".
_ASKED_NUMBER = re.compile(
    r"(?i)\b(?:only|just|solely|seulement|uniquement|juste)\b[^.?!\n]{0,25}?"
    r"(?:#|n°\s?|\bno\.\s?|\bnumber\s|\bnumero\s|\bnuméro\s)(\d{1,2})\b"
    r"|(?:#|n°\s?|\bnumber\s|\bnumero\s|\bnuméro\s)(\d{1,2})\b\s*(?:only|seulement|uniquement)\b"
)
_NUMBERED_LINE = re.compile(r"(?m)^\s*(?:#|n°\s?)?(\d{1,2})\s*[.)\-:]\s")


def _by_number(question: str) -> str:
    """``question`` without the other items of a numbered list, when the rep says which item the
    question is only about: another item's facts are not this one's."""
    asked = _ASKED_NUMBER.search(question)
    if asked is None:
        return question
    number = asked.group(1) or asked.group(2)
    lines = question.splitlines(keepends=True)
    numbered = [_NUMBERED_LINE.match(line) for line in lines]
    if sum(m is not None for m in numbered) < 2 or not any(
        m and m.group(1) == number for m in numbered
    ):
        return question
    return "".join(
        line for line, m in zip(lines, numbered, strict=True) if m is None or m.group(1) == number
    )


def focus(question: str) -> str:
    """``question`` without the segments about a person the action does not target."""
    question = not_ours(without_kin(_others_objections(_by_address(_by_number(question)))))
    name = target(question)
    if name is None:
        return others_consent(_without_unreachable(question))
    titled_target = _target_titled(question, name)
    kept: list[str] = []
    dropped = False
    for seg in segments(question):
        titled = _titled(seg)
        if titled_target and titled and titled_target not in titled:
            dropped = True  # "l'accord de Mme Bernard" when the action is about M. Bernard
            continue
        named = _named(seg)
        if named and name not in named and not re.search(rf"\b{re.escape(name)}\b", seg):
            dropped = True
            apposed = _APPOSED.search(seg)
            if apposed and _is_name(apposed.group(1)):
                # the scene before the other person is everyone's ("At the fair, a
                # visitor, Julie, signed up…"): that person and what follows are hers only
                kept.append(seg[: apposed.start()].rstrip(" ,(") + ". ")
            continue
        kept.append(seg)
    out = "".join(kept) if dropped else question
    return _other_gender_consents(out, _gender(question, name, titled_target)) if dropped else out


#: Kin and titles that tell a person's gender ("her husband Marc", "sa femme Julie", "M. Bernard").
_MALE_KIN = r"(?:husband|mari|son|fils|brother|fr[eè]re|father|p[eè]re|boyfriend|compagnon)"
_FEMALE_KIN = (
    r"(?:wife|femme|[ée]pouse|daughter|fille|sister|s(?:oe|œ)ur|mother|m[eè]re|girlfriend|compagne)"
)
#: A consent said of "she"/"he" ("since she consented", "puisqu'elle a donné son accord"): when
#: the person acted on is of the other gender, it is the other person's, not theirs.
_PRONOUN_CONSENTS = {
    gender: re.compile(
        rf"(?i)\b{pronoun}\s+(?:[\w'’-]+\s+){{0,4}}?(?:consent\w*|agreed|accept\w*|signed|opted|"
        r"ticked|checked|subscribed|registered|coch\w*|inscrit\w*|abonn\w*|donn[ée] son accord|"
        r"d['’]accord|dit oui|said yes)\b[^.,;!?\n]*"
    )
    for gender, pronoun in (("m", r"(?:she|elle)"), ("f", r"(?:he|il)"))
}


def _gender(question: str, name: str, titled_target: str | None) -> str | None:
    """The gender of the person acted on, when a kin word or a title says it."""
    if titled_target:
        return titled_target[0]
    n = re.escape(name)
    if re.search(rf"(?i:\b{_MALE_KIN})\s+{n}\b", question):
        return "m"
    if re.search(rf"(?i:\b{_FEMALE_KIN})\s+{n}\b", question):
        return "f"
    return None


def _other_gender_consents(text: str, gender: str | None) -> str:
    """``text`` without a consent said of a pronoun of the other gender than the person's."""
    if gender is None:
        return text
    return _PRONOUN_CONSENTS[gender].sub(" ", text)


def _without_unreachable(question: str) -> str:
    """``question`` without the lines about a person said to have no contact details, when
    another person is named: "M. Vidal (son mari) — pas de contact", "Rémi | no email" say
    nothing of the person we write to ("no email" is no fact of hers)."""
    parts = segments(question)
    unreachable = [i for i, seg in enumerate(parts) if _NO_CONTACT.search(seg) and _persons_in(seg)]
    if not unreachable or not any(_named(seg) for seg in parts):
        return question
    return "".join(seg for i, seg in enumerate(parts) if i not in unreachable)


def unnamed(question: str) -> str:
    """``question`` without any segment that names a person."""
    return "".join(seg for seg in segments(question) if not _named(seg))


#: The person acted on named by an object pronoun or a relative: "add her to the campaign",
#: "email him", "la rajouter à la liste", "le rappeler", "écrire à sa femme", "call her husband".
_OBJECT_AFTER = (
    r"(?=\s*(?:$|[.,;:!?)])|\s+(?i:to|in|into|on|onto|about|with|for|at|too|again|now|tomorrow|"
    r"today|next|this|our|the|a|an|some|back|up|directly|by|via|as|please|instead|from|when|if|"
    r"or|and|then|only|anyway|also)\b)"
)
_FR_INFINITIVE = (
    r"(?:r?ajouter|contacter|recontacter|appeler|rappeler|inclure|mettre|inscrire|relancer|"
    r"solliciter|prospecter|d[ée]marcher|joindre|texter|mailer|cibler)\b"
)
_GENDERED_TARGET = {
    gender: re.compile(
        rf"(?i)\b{_ACTION_VERB}\s+{pronoun}{_OBJECT_AFTER}"
        rf"|\b{fr_pronoun}\s+{_FR_INFINITIVE}"
        rf"|\b{_ACTION_VERB}\s+(?:[\w'’-]+\s+){{0,3}}?(?:sa|son|ses|his|her|their|leur)\s+{kin}\b"
    )
    for gender, pronoun, fr_pronoun, kin in (
        ("f", "her", "la", _FEMALE_KIN),
        ("m", "him", "le", _MALE_KIN),
    )
}
#: A consent act said of a person by title ("Mr Paul Girard signed up", "M. Morel a coché").
_TITLED_CONSENTS = {
    gender: re.compile(
        rf"(?<![\w.])(?:{titles})\s+{_NAME}(?:\s+{_NAME})?\s+(?:[\w'’-]+\s+){{0,4}}?"
        r"(?:consent\w*|agreed|accept\w*|signed|opted|ticked|checked|subscribed|registered|"
        rf"coch\w*|inscrit\w*|abonn\w*|donn[ée] son accord|d['’]accord|dit oui|said yes)\b{_CLAUSE_REST}"
    )
    for gender, titles in (
        ("m", r"M\.|Mr\.?|Monsieur"),
        ("f", r"Mme|Mlle|Mrs\.?|Ms\.?|Miss|Madame"),
    )
}


def _acted_on_gender(question: str) -> str | None:
    """The gender of the person acted on, when an object pronoun or a relative says it (and only
    one gender is said)."""
    found = {g for g, rx in _GENDERED_TARGET.items() if rx.search(question)}
    return found.pop() if len(found) == 1 else None


def others_consent(question: str) -> str:
    """``question`` without a consent said of a person of the other gender than the one acted on.

    "Mr Girard signed up with consent… he gave us his wife's address… can I add her?": the
    consent is his, the action is about her (a consent is the person's own, R1)."""
    gender = _acted_on_gender(question)
    if gender is None:
        return question
    other = "f" if gender == "m" else "m"
    question = _TITLED_CONSENTS[other].sub(" ", question)
    return _PRONOUN_CONSENTS[gender].sub(" ", question)
