"""Where the contact details come from: scraped, purchased, rented, an event, a form, a directory,
social networks, a referral."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.customer import _LIST_WORDS, LIST_BOUGHT, SOCIAL_FOLLOWERS
from bot.understand.readers.match import _rx

_SCRAPED = words("source", "scraped")
_SCRAPING_TOOL = words("source", "scraping_tool")
_TOOL_AT_WORK = words("source", "tool_at_work")
#: How far from a tool word a collecting word makes it a data-collecting tool (a few words).
_TOOL_REACH = 40
_PICKED_ON_WEB = words("source", "picked_on_web")


_PURCHASED = _rx(
    rf"{_LIST_WORDS}\s+(?:[\w']+\s+){{0,3}}?(?<!who )(?<!qui )(?<!ont )(?<!qui a )(?<!have )(?<!has )"
    r"(?:achete\w*|bought|purchased|acquired|acquis\w*|paye\w*)",
    # a relative clause naming the buyer: "une liste de particuliers qu'on a achetée", "the file
    # of retailers that we bought", "le fichier que la boîte a payé"
    rf"{_LIST_WORDS}\s+(?:[\w',]+\s+){{0,4}}?(?:qu'on|que l'on|que nous|que j'|qu'(?:il|elle|ils|elles)|"
    r"que (?:(?:la|le|notre|mon|ma|leur) )?\w+|(?:that|which) (?:we|i|they|he|she|the \w+|our \w+)|we|i)\s+"
    r"(?:[\w']+\s+){0,2}?(?:achete\w*|bought|purchased|acquired|acquis\w*|paye\w*|paid for)",
    # (not the time of a customer's purchase: "informed at purchase about our emails")
    rf"(?<!\bat )(?<!\bupon )(?<!\bafter )(?<!\bduring )(?:achete\w*|acheter|achat d[e']|bought|buy|buying|purchas\w*|acquired|acquis\w*|paid for)\s+(?:\w+\s+){{0,3}}?{_LIST_WORDS}",
    # (not a broker of a trade, often the writer's own: "home insurance broker", "courtier en crédit",
    # "courtier assurance auto")
    r"\bcourtiers?\b(?! (?:(?:en|d'|de|du) ?)?(?:assurances?|credits?|prets?|immobilier|energie|travaux|"
    r"vins?|bourse|financement|affaires|fret|douane|marchandises|transport))",
    r"(?<!insurance )(?<!mortgage )(?<!estate )(?<!energy )(?<!credit )(?<!loan )(?<!customs )"
    r"(?<!freight )(?<!stock )(?<!business )(?<!travel )(?<!property )(?<!finance )(?<!financial )"
    r"(?<!shipping )(?<!yacht )(?<!commodity )(?<!commodities )\bbrokers?\b",
    r"data (?:vendor|broker|provider|supplier)s?",
    r"fournisseurs? de (?:donnees|fichiers|leads)",
    r"lead (?:vendor|provider)s?",
    # the seller of the list, named by it: "le fournisseur du fichier", "the list's vendor",
    # "our lead-gen vendor"
    r"\b(?:fournisseur|vendeur|revendeur|prestataire|loueur)s? (?:du|de ce|de cette|de la|des|de notre|de nos) "
    r"(?:fichiers?|bases?|listes?|leads|donnees|contacts)\b",
    r"\b(?:list|file|database|data|contact)s?'? (?:vendor|seller|supplier|provider|broker)s?\b",
    r"\blead[- ]?gen(?:eration)? (?:vendor|provider|supplier|agency|agencies|company|companies|firm|broker|"
    r"partner|shop)s?\b",
    # a list sold to us: "the vendor sells us a 50k consumer file", "il nous a vendu une base"
    rf"\b(?:sells?|sold|selling|is selling) (?:us|me) (?:[\w,]+ ){{0,4}}?{_LIST_WORDS}\b",
    rf"\b(?:nous|m'|me) ?(?:vend|vendent|vendait|vendaient|a vendu|ont vendu|avait vendu|propose de vendre) "
    rf"(?:[\w,']+ ){{0,4}}?{_LIST_WORDS}\b",
    # co-registration: another site collects the details for us and its other advertisers, then
    # hands them over (the partner-consent regime of a bought list, R11)
    r"\bco-?(?:registration|registered|reg|enregistrement|inscription)s?\b",
    # handed over by another company: the same regime as a bought list (consent to partners, R11)
    r"(?:got|received|obtained|recupere\w*|obtenu|recu) (?:the |this |that |their |a |le |la |les |ce |cette |"
    r"leur )?(?:list|liste|file|fichier|data|donnees|contacts|leads)s? (?:from|de|d'|aupres d[eu']|par) "
    r"(?:\w+ ){0,2}?(?:site|website|partner|partenaire|company|societe|entreprise|third|tiers)",
)


_RENTED = _rx(
    rf"{_LIST_WORDS}\s+(?:\w+\s+){{0,2}}?(?:loue\w*|rented|leased|en location)",
    rf"\b(?:louer|loue|louons|rent|renting|rented|lease|leasing)\s+(?:\w+\s+){{0,3}}?{_LIST_WORDS}",
    r"location de (?:fichiers?|listes?|bases?)",
    r"\bloueurs? (?:de |d'|du )(?:fichiers?|listes?|bases?|donnees|adresses)",  # "le loueur de fichier"
    r"list rental",
)


_EVENT = words("source", "event")
_FORM = words("source", "form")
_DIRECTORY = words("source", "directory")
_SOCIAL_SRC = words("source", "social_src")


#: The people a referrer knows: friends, family, colleagues, neighbours, godchildren.
_KIN = (
    r"(?:friends?|amis?|amies?|copains?|copines?|proches|relatives?|family|famille|colleagues?|"
    r"collegues?|neighbou?rs?|voisins?|connaissances|acquaintances|filleul\w*|referees|contacts?\b(?= (?:a|pour|to|for)))"
)
_HANDED_OVER = re.compile(
    r"(?:m'a|nous a|m'ont|nous ont) (?:donne|passe|transmis|file|refile|communique|laisse|fourni) (?:le |les |la |son |ses |l')?"
    r"(?:\w+ ){0,2}?(?:numeros?|nums?|0[1-9]|portables?|mobiles?|tels?|telephones?|mails?|e-?mails?|"
    r"adresses?|contacts?|coordonnees)\b (?:\w+ ){0,3}?(?:de |d')"
    r"(?:sa |son |ses |leur |un |une )"
    r"|\bgave (?:me|us) (?:the |her |his |their )?(?:\w+ )?(?:number|e-?mail|contact|details|address) (?:of|for) "
    r"(?:her|his|their|a|an) "
    r"|\b(?:gave|passed|sent|forwarded|handed) (?:me|us) (?:her|his|their|a) \w+'s (?:\w+ )?"
    r"(?:number|e-?mail|contact|details|address|cell|mobile)"
    # a referrer entering the details of the people they know ("the customer types in his friends'
    # emails", "le client saisit les mails de ses amis"): those people gave nothing themselves
    r"|\b(?:types?|typed|typing|enters?|entered|entering|fills? in|filled in|gives?|gave|shares?|shared|"
    r"adds?|added|uploads?|uploaded|imports?|imported|saisi\w*|rentr\w*|entr(?:ent|ait|er)\b|renseign\w*|"
    r"donn\w*|indiqu\w*|partag\w*|ajout\w*|import\w*)(?: in| up)? (?:the |les |des |le |la )?"
    r"(?:(?:e-?mails?|mails?|numbers?|numeros?|addresses|adresses?(?: e-?mail| mail)?|contacts?|coordonnees|details"
    r"|names?|noms?) (?:of |de |d'|des )?)?(?:his|her|their|ses|leurs|son|sa) (?:(?:close|best|proches?|meilleur\w*|bons?|bonnes) )?"
    rf"{_KIN}'?s?'? ?(?:e-?mails?|mails?|numbers?|addresses|contacts?|details)?"
)


_REFERRAL = words("source", "referral")


_FOUND_ON_PROFILE = words("source", "found_on_profile")
_NO_TOOL_BEFORE = words("source", "no_tool_before")


def _scraped(folded: str) -> bool:
    """A scraping word, or a tool word at work collecting data, not denied right before ("no
    tool, no extension", "sans robot ni script")."""
    if any(
        not _NO_TOOL_BEFORE.search(folded[max(0, m.start() - 30) : m.start()])
        for m in _SCRAPED.finditer(folded)
    ):
        return True
    for m in _SCRAPING_TOOL.finditer(folded):
        if _NO_TOOL_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]):
            continue
        around = folded[max(0, m.start() - _TOOL_REACH) : m.end() + _TOOL_REACH]
        if _TOOL_AT_WORK.search(around):
            return True  # "un script qui récupère les adresses", "a Chrome extension"
    return False


def _source(folded: str, share_list: bool, channel: str | None) -> str | None:
    if _scraped(folded):
        return "scraped"
    if _PICKED_ON_WEB.search(folded) and not _WORK_SOURCE.search(folded):
        return "scraped"
    if not share_list:
        if _RENTED.search(folded):
            return "rented"
        if _PURCHASED.search(folded) or LIST_BOUGHT.search(folded):
            return "purchased"
    if _HANDED_OVER.search(folded):
        # "he gave us his wife's address": someone else passed them on, whatever he signed himself
        return "referral"
    for name, pattern in (
        ("event", _EVENT),
        ("form", _FORM),
        ("directory", _DIRECTORY),
        ("referral", _REFERRAL),
    ):
        if pattern.search(folded):
            return name
    if channel != "social_dm" and _SOCIAL_SRC.search(folded):
        return "social"
    if channel == "social_dm" and (
        _FOUND_ON_PROFILE.search(folded) or SOCIAL_FOLLOWERS.search(folded)
    ):
        return "social"  # "I found her profile myself": picked by hand on the network
    return None


_PROFILES = re.compile(
    r"\bprofils?\b|\bprofiles?\b|comptes? (?:linkedin|facebook|instagram|twitter)|\bmembres\b|"
    r"\bmembers\b|\bpersonnes\b|\bpeople\b|\bindividus\b|\busers?\b|utilisateurs"
)


_DETAILS_OF = words("source", "details_of")


def details_of_people(folded: str) -> bool:
    """Contact details said to be those of people named by their job ("pulled the emails of ~800
    estate agents", "les mails de 500 DRH"): addresses of persons, no company's generic mailbox."""
    from bot.understand.readers.products import job_mentions  # (products.yaml, loaded lazily)

    return any(
        _DETAILS_OF.search(folded[max(0, start - 60) : start])
        for _, start, _ in job_mentions(folded)
    )


_NOT_A_SALE = ("purchased", "rented", "scraped", "directory", "social", "event")


_WORK_SOURCE = words("source", "work_source")
