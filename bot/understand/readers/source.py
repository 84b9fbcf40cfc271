"""Where the contact details come from: scraped, purchased, rented, an event, a form, a directory,
social networks, a referral."""

from __future__ import annotations

import re

from bot.understand.readers.customer import _LIST_WORDS
from bot.understand.readers.match import _rx

_SCRAPED = _rx(
    r"scrap\w*",
    # a robot that collects data, not the robot mower or vacuum the rep sells
    r"\brobots?\b(?! d'appel| (?:tondeuse|aspirateur|cuiseur|patissier|menager|de cuisine|laveur|piscine|"
    r"mower|vacuum|cleaner|lawn|kitchen|pool))",
    r"\bbots?\b",
    r"\bextensions?\b",
    r"\bplug-?ins?\b",
    r"\badd-?ons? (?:chrome|navigateur|browser|firefox)",
    r"\bpulls? (?:\w+ ){0,2}?(?:e-?mails|numbers|contacts|data|phone numbers)",
    r"\baspir(?:e|es|ee|ees|er|ons|ez|ateurs? de (?:donnees|mails|e-?mails|emails))\b",
    r"crawl\w*",
    r"harvest\w*",
    r"extract\w*",
    r"moissonn\w*",
    r"outils? d'extraction",
    r"growth ?hack\w*",
    r"\bkaspr\b",
    r"\blusha\b",
    r"phantombuster",
    r"enrichment (?:tool|service|software|platform|api)s?",
    r"outils? d'enrichissement",
    r"enrichi\w* (?:de |du |des )?(?:fichier|base|donnees|contacts)",
    r"waalaxy",
    r"dropcontact",
    r"\bspider\w*",
    # copied or pulled with a script or a program of our own
    r"(?:copi|recuper|extrai|collect|pull|grab|gather|aspir)\w* (?:\w+ ){0,4}?(?:avec|with|via|par|using|"
    r"thanks to|grace a) (?:\w+ ){0,2}?(?:scripts?|programmes?|programs?|macros?)\b",
)


#: Picked up by hand on the web: scraping too, unless it was their own company's site.
_PICKED_ON_WEB = _rx(
    r"(?:recuper|collect|trouv|pris|pique|copi|found|taken|copied|gathered|pulled|grabbed|lifted)\w*"
    r"\s+(?:\w+\s+){0,4}?(?:sur|from|on|off|dans|in)\s+(?:\w+\s+){0,2}?(?:forums?|internet|le web|the web|"
    r"web|google|pages? web|web ?pages?|sites? (?:web|internet)|websites|groupes? facebook|facebook groups?)\b",
)


_PURCHASED = _rx(
    rf"{_LIST_WORDS}\s+(?:[\w']+\s+){{0,3}}?(?<!who )(?<!qui )(?<!ont )(?<!qui a )(?<!have )(?<!has )"
    r"(?:achete\w*|bought|purchased|acquired|acquis\w*|paye\w*)",
    rf"(?:achete\w*|acheter|achat d[e']|bought|buy|buying|purchas\w*|acquired|acquis\w*|paid for)\s+(?:\w+\s+){{0,3}}?{_LIST_WORDS}",
    r"\bcourtiers?\b",
    r"\bbrokers?\b",
    r"data (?:vendor|broker|provider|supplier)s?",
    r"fournisseurs? de (?:donnees|fichiers|leads)",
    r"lead (?:vendor|provider)s?",
    # handed over by another company: the same regime as a bought list (consent to partners, R11)
    r"(?:got|received|obtained|recupere\w*|obtenu|recu) (?:the |this |that |their |a |le |la |les |ce |cette |"
    r"leur )?(?:list|liste|file|fichier|data|donnees|contacts|leads)s? (?:from|de|d'|aupres d[eu']|par) "
    r"(?:\w+ ){0,2}?(?:site|website|partner|partenaire|company|societe|entreprise|third|tiers)",
)


_RENTED = _rx(
    rf"{_LIST_WORDS}\s+(?:\w+\s+){{0,2}}?(?:loue\w*|rented|leased|en location)",
    rf"\b(?:louer|loue|louons|rent|renting|rented|lease|leasing)\s+(?:\w+\s+){{0,3}}?{_LIST_WORDS}",
    r"location de (?:fichiers?|listes?|bases?)",
    r"list rental",
)


_EVENT = _rx(
    r"\bsalons?\b",
    r"trade ?shows?",
    r"\bfoires?\b",
    r"\bconferences?\b",
    r"webinaires?",
    r"webinars?",
    r"\bevenements?\b",
    r"\bevents?\b",
    r"cartes? de visite",
    r"business cards?",
    r"meetups?",
    r"\bseminaires?\b",
    r"\bseminars?\b",
    r"\bexpos?\b",
    r"\bstand\b",
    r"\bbooth\b",
)


_FORM = _rx(
    r"formulaires?",
    r"\bforms?\b",
    r"\binscri\w+ (?:sur|a|via|en ligne|dans)(?! bloctel| la liste)",
    r"sign(?:ed)?[- ]?up",
    r"\binscription\b",
    r"demandes? de devis",
    r"quote requests?",
    r"landing page",
    r"jeux?[- ]concours",
    r"\bcontests?\b",
    r"\bgiveaways?\b",
)


_DIRECTORY = _rx(
    r"annuaires?",
    r"\bdirector(?:y|ies)\b",
    r"pages jaunes",
    r"yellow pages",
    r"societe\.com",
    r"\bregistres?\b",
    r"infogreffe",
    r"kompass",
    r"pappers",
    r"sites? (?:web |internet )?(?:de|of|d') ?(?:sa|son|leur|la|the|her|his|their|l') ?(?:societe|entreprise|company|boite|employeur)",
    r"(?:company|corporate|their|her|his) websites?",
    r"site de l'entreprise",
)


_SOCIAL_SRC = _rx(
    r"linkedin",
    r"facebook",
    r"instagram",
    r"twitter",
    r"reseaux? sociaux",
    r"social (?:media|network)",
)


_HANDED_OVER = re.compile(
    r"(?:m'a|nous a|m'ont|nous ont) (?:donne|passe|transmis|file|refile|communique) (?:le |les |la |son |ses |l')?"
    r"(?:\w+ ){0,2}?(?:numeros?|mails?|e-?mails?|adresses?|contacts?|coordonnees)\b (?:\w+ ){0,3}?(?:de |d')"
    r"(?:sa |son |ses |leur |un |une )"
    r"|\bgave (?:me|us) (?:the |her |his |their )?(?:\w+ )?(?:number|e-?mail|contact|details|address) (?:of|for) "
    r"(?:her|his|their|a|an) "
)


_REFERRAL = _rx(
    r"recommand(?:e|ee|es|ees|ation|ations)\b",
    r"parrain\w*",
    r"\breferr(?:al|als|ed)\b",
    r"bouche a oreille",
    r"word of mouth",
    r"introduced by",
    r"recommended by",
    r"presente par",
    r"mis en relation",
    # someone else handed us the details of a relative or friend (see _HANDED_OVER)
    r"(?:m'a|nous a|m'ont|nous ont) (?:donne|passe|transmis|file|refile|communique) (?:le |les |la |son |ses |l')?"
    r"(?:\w+ ){0,2}?(?:numeros?|mails?|e-?mails?|adresses?|contacts?|coordonnees)\b (?:\w+ ){0,3}?(?:de |d')"
    r"(?:sa |son |ses |leur |un |une )",
    r"\bgave (?:me|us) (?:the |her |his |their )?(?:\w+ )?(?:number|e-?mail|contact|details|address) (?:of|for) "
    r"(?:her|his|their|a|an) ",
)


def _source(folded: str, share_list: bool, channel: str | None) -> str | None:
    if _SCRAPED.search(folded):
        return "scraped"
    if _PICKED_ON_WEB.search(folded) and not _WORK_SOURCE.search(folded):
        return "scraped"
    if not share_list:
        if _RENTED.search(folded):
            return "rented"
        if _PURCHASED.search(folded):
            return "purchased"
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
    return None


_PROFILES = re.compile(
    r"\bprofils?\b|\bprofiles?\b|comptes? (?:linkedin|facebook|instagram|twitter)|\bmembres\b|"
    r"\bmembers\b|\bpersonnes\b|\bpeople\b|\bindividus\b|\busers?\b|utilisateurs"
)


_NOT_A_SALE = ("purchased", "rented", "scraped", "directory", "social", "event")


_WORK_SOURCE = _rx(
    r"sites? (?:web |internet )?(?:de|of|d') ?(?:sa|son|leur|la|the|her|his|their|l') ?(?:societe|entreprise|company|boite|employeur)",
    r"(?:company|corporate) websites?",
    r"site de l'entreprise",
    r"cartes? de visite",
    r"business cards?",
)
