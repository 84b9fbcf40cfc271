"""Whether the offer is related to what the customer bought (the soft opt-in's similar products)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understand.lexicon import table, words
from bot.understand.readers.audience import one_person
from bot.understand.readers.customer import _BOUGHT, _CUSTOMER_YES, _ONGOING, _ONGOING_PRODUCT
from bot.understand.readers.match import _first, _hits
from bot.understand.readers.products import (
    for_private_life,
    job_mentions,
    knowledge,
    market_fit,
    market_spans,
    relation,
    workplace_mentions,
)
from bot.understand.readers.requested import asked_for_it
from bot.understand.text import Clause, negated

_RELATED_YES = words("related", "related_yes")
_RELATED_NO = words("related", "related_no")
_ASIDE_BEFORE = words("related", "aside_before")
_ASIDE_AFTER = words("related", "aside_after")
_FOR_THEIR_BUSINESS = words("related", "for_their_business")
_BUSINESS_USE = words("related", "business_use")
_JOB_UNKNOWN = words("related", "job_unknown")
_TRADE_GROUP = words("related", "trade_group")
_TRADE_OFFER = words("related", "trade_offer_nouns")
_OUR_OFFER = words("related", "our_offer")


_ROLE_OFFERS = table("related", "role_offers", "role", "offers")  # (role, its offers) pairs


_PERSONAL_OFFER = re.compile(
    r"voyages?|vacances|sejours?|croisieres?|holidays?|vacations?|\btrips?\b|cruises?|caraibes|"
    r"caribbean|\bspa\b|bijoux|jewel\w*|\bmontres?\b|watches|parfums?|perfumes?|vetements|clothes|"
    r"chaussures|shoes|\bvins?\b|\bwines?\b|voitures? (?:perso|de luxe)|loisirs|leisure|casino|"
    r"paris sportifs|betting|cosmetiques?|cosmetics|dating|mode\b|fashion|"
    # dating, not a meeting ("rencontré au salon", "une rencontre client")
    r"(?:sites?|applis?|apps?|agences?|soirees?) de rencontres?|rencontres? (?:amoureuses?|en ligne)|"
    r"assurances? (?:vie|habitation|auto|sante)|life[- ]insurance|home[- ]insurance|credit conso|"
    r"for (?:his|her|their) (?:own )?(?:home|house|flat|family)\b|"
    r"\bpersonal (?:[\w-]+ ){0,2}?(?:deals?|offers?|loans?|leasing|leases?|plans?)\b|"
    r"immobilier perso|private real estate|cuisine equipee|piscines?|pools?|jacuzzi|"
    # what the person would use in private life, not in their job
    r"usage (?:perso|personn?el|prive)|personal use|a titre (?:perso|personn?el|prive)|"
    r"for (?:his|her|their) (?:private|personal) (?:life|use)|vie (?:privee|perso)|"
    r"salles? de (?:sport|gym)|\bgym\b|fitness|abonnements? (?:de |a la )?(?:sport|musculation)|"
    r"\bsport\b|restaurants?|spectacles?|concerts?|cinema|streaming|jeux video|video games"
)


#: A saving or investment product for the person's own money ("tax-free investment products",
#: "nos placements défiscalisés", "un PER"): private life, unless the person's job is the
#: company's finances (a CFO offered treasury placements).
_PERSONAL_FINANCE = re.compile(
    r"\b(?:investment|savings?|retirement) (?:products?|plans?|schemes?|accounts?|funds?|offers?)\b|"
    r"\b(?:tax-free|tax-exempt|tax-advantaged|tax-efficient) \w+|\bisas?\b|"
    r"\bplacements?\b(?! (?:de )?(?:tresorerie|produits?|publicitaires?|en magasin))|"
    r"\bdefiscalis\w*|\bproduits? (?:d'|de )?(?:epargne|placement|investissement)\b|"
    r"\bepargne (?:retraite|perso\w*|individuelle)\b|\bplans? d'epargne retraite\b|\bpea\b|"
    r"\bassurances?[- ]vie\b"
)
_FINANCE_ROLE = re.compile(
    r"\b(?:daf|cfo|tresorier\w*|treasurers?|finance|financier\w*|comptables?|accountants?|"
    r"gestionnaires? de patrimoine|wealth managers?|conseillers? financiers?|financial advisers?)\b"
)


#: A leisure word naming the person's own business, not an offer: "a restaurant owner", "the
#: restaurant's landline", "owner of a gym", "gérante d'un spa", "son restaurant".
_TRADE_AFTER = re.compile(
    r"(?:'s)?\s+(?:owners?|managers?|shops?|stores?|merchants?|dealers?|retailers?|sellers?|operators?|landlines?|lines?|premises|staff|business\w*|chains?|"
    r"trade|sector|industry|kitchens?|tills?|customers?|clients?|patrons?|gerante?s?|proprietaires?)\b"
)
_TRADE_BEFORE = re.compile(
    r"(?:\b(?:owners?|manager|managers|runs?|running|operates|proprietaire|gerante?|patron(?:ne)?|"
    r"tient|gere|exploite)\s+(?:of\s+|de\s+|d')?(?:an?\s+|the\s+|un\s+|une\s+|le\s+|la\s+|l'|"
    r"(?:his|her|their|son|sa|leur)\s+)?(?:\w+\s+)?|\b(?:his|her|their|son|sa|leur|ses|leurs|du|"
    r"of the|the)\s+(?:own\s+|propres?\s+|small\s+|petite?s?\s+)?)$"
)


#: Someone of the writer's own circle ("my brother-in-law runs a holiday rental", "mon ami tient
#: un restaurant"): the business named after them is theirs, the offer made for them, not the
#: trade of the person contacted.
_OUR_CIRCLE_RUNS = re.compile(
    r"\b(?:my|mon|ma|mes|our|notre|nos)\s+(?:[\w-]+\s+)?(?:brother|sister|cousin|uncle|aunt|"
    r"friend|father|mother|dad|mum|mom|son|daughter|wife|husband|partner|[\w-]+-in-law|beau-frere|"
    r"belle-soeur|beau-pere|belle-mere|frere|soeur|cousine?|oncle|tante|amie?|pote|copain|copine|"
    r"pere|mere|fils|fille|femme|mari|neveu|niece|nephew)s?\s+(?:\w+\s+){0,2}?"
    r"(?:runs?|owns?|operates|manages|has|tient|gere|exploite|possede|a)\s"
)


def _is_trade(folded: str, m: re.Match[str]) -> bool:
    """The leisure word names the person's business (their trade), not something offered."""
    before = folded[max(0, m.start() - 40) : m.start()]
    if _OUR_CIRCLE_RUNS.search(before) and not _TRADE_AFTER.match(folded, m.end()):
        return False  # a relative's or friend's business: what they ask us to offer
    return bool(_TRADE_AFTER.match(folded, m.end()) or _TRADE_BEFORE.search(before))


def _personal_offer(folded: str) -> bool:
    """A leisure or private-life offer is named, other than the person's own trade (once a
    word names their trade, "restaurant owner", its other mentions do too: "restaurant margins")."""
    folded = _BUSINESS_USE.sub(lambda m: "_" * len(m.group(0)), folded)  # a business trip
    found = list(_PERSONAL_OFFER.finditer(folded))
    trades = {m.group(0).rstrip("s") for m in found if _is_trade(folded, m)}
    if any(m.group(0).rstrip("s") not in trades for m in found):
        return True
    return bool(_PERSONAL_FINANCE.search(folded)) and not _FINANCE_ROLE.search(folded)


def private_life_offer(folded: str) -> bool:
    """The offer is for the person's private life: a leisure offer or one said for their home,
    family or own use."""
    return _personal_offer(folded) or for_private_life(folded)


#: A role word used as the person ("au comptable", "the head of purchasing"), not as what is
#: offered ("logiciel comptable", "our procurement software"): the role is read off the person
#: mentions, and those are masked before looking for an offer tied to the role.
_PERSON_NOUN = re.compile(
    r"comptables?|accountants?|acheteu\w+|buyers?|daf|cfo|drh|dsi|cto|ceo|cmo|coo|ciso|rssi|"
    r"tresoriers?|treasurers?|controllers?|developpeu\w+|developers?|devops|ingenieurs?|engineers?|"
    r"recruteu\w+|recruiters?|gerant\w*|dirigeant\w*|pdg|dg|founders?|fondat\w+|owners?|patrons?|"
    r"medecins?|doctors?|dentist\w*|avocats?|lawyers?|notaires?|architectes?|pharmac\w+|kines?|"
    r"veterinaires?|vets?|plombiers?|plumbers?|electrici\w+|garagistes?|artisans?|commercants?|"
    r"freelances?|independants?|auto-?entrepreneurs?|presidents?|presidentes?|commerciaux|"
    r"marketeu\w+|marketers?|acheteuses?"
)


_PRODUCT_BEFORE = re.compile(
    r"\b(?:logiciels?|software|solutions?|outils?|tools?|services?|offres?|offers?|cabinets?|conseil|"
    r"gestion|formations?|training|suites?|modules?|apps?|applications?|plateformes?|platforms?|"
    r"audits?|prestations?|expertise|programmes?|programs?|systemes?|systems?)\W*$"
)


_ROLE_HEAD_BEFORE = re.compile(
    r"\b(?:directeur|directrice|directeurs|directrices|responsables?|head|heads|chief|vp|"
    r"vice[- ]president|service|services|direction|departement|department|equipe|team|chef|chefs|"
    r"manager|managers|director|directors|officer|lead)(?: (?:de la|des|du|de|d'|of the|of|en))? ?$"
)


_ROLE_HEAD_AFTER = re.compile(
    r"^\W*(?:managers?|directors?|leads?|heads?|officers?|team|teams|department|executives?|"
    r"buyers?|specialists?)\b"
)


def _person_mentions(folded: str, role: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    for m in role.finditer(folded):
        start, end = _word_start(folded, m.start()), _word_end(folded, m.end())
        before, after = folded[max(0, start - 40) : start], folded[end : end + 25]
        headed = bool(_ROLE_HEAD_BEFORE.search(before) or _ROLE_HEAD_AFTER.match(after))
        noun = _PERSON_NOUN.fullmatch(folded[start:end]) and not _PRODUCT_BEFORE.search(before)
        if headed or noun:
            spans.append((start, end))
    return spans


_ADD_ONS = words("related", "add_ons")


_PRODUCT_ADD_ONS = table("related", "product_add_ons", "product", "add_ons")  # (product, add-ons)
_MEMBER = words("related", "member")


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


_NEWER_OF_BOUGHT = re.compile(
    r"(?:new|newer|latest|nouveaux?|nouvelles?|dernier|derniere)\s+(?:models?|versions?|modeles?|"
    r"gammes?|collections?|editions?|generations?)\s+(?:of|de|du|des|d')\s*(?:the |our |notre |nos |"
    r"la |le |leur |leurs |their |his |her )?[\w-]+\s+(?:(?:that|qu'|que )\s*)?(?:they|he|she|il|elle|"
    r"ils|elles)\s+(?:have |has |had |a |ont |avait |avaient )?(?:bought|purchased|achete\w*|acquired)"
)


_GROUP_COMPANY = words("related", "group_company")


def bought_from_group(cls: list[Clause], folded: str) -> bool:
    """A purchase said made from another company of our group ("client de notre filiale, il a
    acheté chez eux"): the soft opt-in story, told of another company."""
    return any(
        not negated(c.text, m.start(), window=15) for c, m in _hits(cls, _GROUP_COMPANY)
    ) and any(not negated(c.text, m.start(), window=20) for c, m in _hits(cls, _BOUGHT))


#: The product of a contract held: "contrat de box", "abonnement fibre", "gym subscription".
_HELD = re.compile(
    r"\b(?:contrat|abonnement|forfait|contract|subscription)s?\s+(?:de\s+|d'|du\s+)?([a-z]{3,})\b|"
    r"\b([a-z]{3,})\s+(?:contract|subscription|membership|rental|lease)s?\b|"
    # a rental is a contract of the thing rented: "location de box", "rental of a van"
    r"\blocations?\s+(?:de\s+|d'|du\s+)(?:la\s+|le\s+|l')?([a-z]{3,})\b|"
    r"\brentals?\s+of\s+(?:an?\s+|the\s+)?([a-z]{3,})\b"
)


_HELD_NOT_PRODUCT = re.compile(
    r"(?:avec|chez|cours|actif|active|termine|terminee|resilie|fini|with|ended|running|ongoing|current|"
    r"est|was|has|have|and|the|our|notre|son|leur|nous|pour|for|his|her|their|new|old|any|this|that|"
    r"annual|monthly|yearly|former|previous|expired|cancelled|canceled|existing)"
)


#: A higher tier of a product, said right after its name: "la box premium", "the gym plus plan".
_TIER = r"(?:premium|superieure?|haut de gamme|gold|platinum|deluxe|plus|pro|max|xl|\+)(?!\w)"


#: An offer made for a trade ("un outil dédié aux boulangeries", "our booking engine for hotels"),
#: a product made for one ("logiciel pour crèches"), words naming no trade: lexicon/related.yaml.
_FOR_TRADE = words("related", "for_trade")
_PRODUCT_FOR_TRADE = words("related", "product_for_trade")
_ANY_BUSINESS = words("related", "any_business")
_NO_TRADE = words("related", "no_trade")
_ANY_TRADE = words("related", "any_trade")


def _trades_offered_for(
    folded: str, pattern: re.Pattern[str], skip: re.Pattern[str]
) -> Iterator[tuple[re.Match[str], str, str]]:
    """The trades an offer is made for (``pattern``'s word, its stem without a plural), other than
    words for any business or person and the ``skip`` ones."""
    for m in pattern.finditer(folded):
        word = m.group(1)
        if _ANY_BUSINESS.match(word) or skip.fullmatch(word):
            continue
        yield m, word, word[:-1] if word.endswith(("s", "x")) else word


def _offer_for_another_named_trade(folded: str) -> bool:
    """A product is made for a trade, and no other word of the question names the person's
    business by that trade ("la gérante d'une auto-école … notre logiciel pour crèches")."""
    for m, word, stem in _trades_offered_for(folded, _PRODUCT_FOR_TRADE, _ANY_TRADE):
        rest = folded[: m.start(1)] + " " * len(word) + folded[m.end(1) :]
        if not re.search(rf"\b{re.escape(stem)}", rest):
            return True
    return False


def _for_their_trade(folded: str) -> bool:
    """The offer is made for a trade, and the same trade's word names the person's business
    elsewhere in the question ("directrice de l'hôtel du Port … notre outil pour hôtels")."""
    for m, _, stem in _trades_offered_for(folded, _FOR_TRADE, _NO_TRADE):
        rest = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
        if re.search(rf"\b{re.escape(stem)}(?:s|x)?\b", rest):
            return True
    return _for_their_kind_of_workplace(folded) or _for_their_trade_group(folded)


def _for_their_trade_group(folded: str) -> bool:
    """The people are a group named by their trade ("retail professionals", "professionnels de
    l'hôtellerie") and an offer is named by the same trade ("our retail events", "le salon de
    l'hôtellerie")."""
    nouns = _TRADE_OFFER.pattern
    for m in _TRADE_GROUP.finditer(folded):
        trade = next(g for g in m.groups() if g)
        if _ANY_BUSINESS.match(trade):
            continue
        stem = re.escape(trade)
        rest = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
        if re.search(
            rf"\b{stem}(?: [\w-]+)? (?:{nouns})\b|\b(?:{nouns}) (?:du |de la |de l'|des |de )?{stem}\b",
            rest,
        ):
            return True
    return False


def _for_their_kind_of_workplace(folded: str) -> bool:
    """The offer is made for a kind of business ("software for driving schools") and the person
    works in or runs one of that kind, in other words ("runs Auto-École Haddad")."""
    markets = market_spans(folded)
    if not markets:
        return False
    theirs = {place.name for place, _, _ in workplace_mentions(folded)}
    return any(
        place.name in theirs
        for place in knowledge().workplaces
        for m in place.pattern.finditer(folded)
        if m.span() in markets
    )


def _for_their_business(cls: list[Clause], folded: str) -> bool:
    """The offer is said to be for the business the person runs or the things they manage: a
    plain tie to their trade, read only when they run it (a sole trader, an owner or head) or it
    says what they manage ("the buildings they manage"); an employee's company is not their job."""
    hits = [m for c, m in _hits(cls, _FOR_THEIR_BUSINESS) if not negated(c.text, m.start(), 15)]
    if not hits:
        return False
    managed = any(
        re.search(
            r"gere|exploite|administre|dirige|charge|gestion|manage|run|operate|look", m.group(0)
        )
        for m in hits
    )
    return managed or one_person(folded) or any(j.manages for j, _, _ in job_mentions(folded))


def _related(cls: list[Clause], folded: str, audience: str | None) -> str | None:
    # another company of a group: the soft opt-in's "same company" fails (B2C); to a professional
    # the offer relates to their job, whoever's subsidiary employs them
    if audience != "b2b" and any(
        not negated(c.text, m.start(), window=15) for c, m in _hits(cls, _GROUP_COMPANY)
    ):
        return "no"
    for clause, m in _hits(cls, _RELATED_NO):
        if _ASIDE_BEFORE.search(clause.text[max(0, m.start() - 25) : m.start()]) or (
            _ASIDE_AFTER.match(clause.text[m.end() :])
        ):
            continue  # "autre question sans rapport": another topic, not the offer
        # "n'a rien à voir": the negation is the words themselves, not a denial of them
        intrinsic = m.group(0).startswith(
            ("rien", "aucun", "pas", "sans", "nothing", "not", "unrel")
        )
        if intrinsic or not negated(clause.text, m.start(), window=15):
            return "no"
    found, neg = _first(cls, _RELATED_YES)
    if found:
        return "no" if neg else "yes"
    if audience == "b2b" and asked_for_it(folded):
        return "yes"  # "can you send me the pricing deck": what they asked us for at work
    # "a new model of the sofa they bought": a newer version of what they bought
    if _NEWER_OF_BOUGHT.search(folded):
        return "yes"
    # "a acheté des chaussures … nos nouvelles chaussures": the same product again
    for m in _BOUGHT.finditer(folded):
        product = m.group(1)
        if product and product not in ("chez", "from", "with", "dans", "une", "des"):
            stem = product[: max(4, min(len(product) - 1, 6))]
            if re.search(rf"\b{re.escape(stem)}", folded[m.end() :]):
                return "yes"
    # "contrat de box … notre nouvelle offre box": an offer of the very product of their contract
    for m in _HELD.finditer(folded):
        product = next(g for g in m.groups() if g)
        if not _HELD_NOT_PRODUCT.fullmatch(product) and re.search(
            rf"\b(?:offres?|offers?|formules?|versions?|nouvel\w*|new|latest)\s+(?:\w+\s+)?"
            rf"{re.escape(product)}\b|\b{re.escape(product)}\s+{_TIER}",
            folded[m.end() :],
        ):
            return "yes"  # "abonnement box beauté … la box premium": a higher tier of it
    # consumables or accessories of what they bought: a printer and its ink, a car and its tyres
    # (a contract held is bought too: "un mandat de vente en cours", "an active gas contract")
    bought = bool(
        _BOUGHT.search(folded)
        or _CUSTOMER_YES.search(folded)
        or _ONGOING.search(folded)
        or _ONGOING_PRODUCT.search(folded)
    )
    if bought and _ADD_ONS.search(folded):
        return "yes"
    # a member holds the membership the table names ("adhérente de notre salle … nos cours")
    if bought or _MEMBER.search(folded):
        for product, add_ons in _PRODUCT_ADD_ONS:
            for m in product.finditer(folded):
                rest = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
                if add_ons.search(rest):
                    return "yes"
    # product families and jobs (lexicon/products.yaml): a sofa and armchairs, a CFO and bank
    # reconciliation software relate; a mattress and travel insurance, or a professional
    # offered something for their home, do not
    if audience == "b2b" and _JOB_UNKNOWN.search(folded):
        # "je connais pas son poste": only a private-life offer relates to no job at all
        return "no" if _personal_offer(folded) else None
    # an offer made for a kind of business is related only to that kind's people: it wins over
    # a generic tie (a manager and software), "logiciel pour pharmacies" to a driving school
    fit = market_fit(folded) if audience == "b2b" else None
    if fit == "other":
        return "no"
    if fit == "unknown" or (
        fit is None and audience == "b2b" and _offer_for_another_named_trade(folded)
    ):
        return "no" if _personal_offer(folded) else None
    by_family = relation(
        folded, professional=audience == "b2b", ours_offered=bool(_OUR_OFFER.search(folded))
    )
    if by_family == "yes" or (
        by_family == "no" and (audience != "b2b" or for_private_life(folded))
    ):
        return by_family
    if audience == "b2b":
        if _personal_offer(folded):
            return "no"  # a holiday trip to a production director
        if _for_their_trade(folded):
            return "yes"  # "our booking engine for hotels" to the manager of a hotel
        if _for_their_business(cls, folded):
            return "yes"  # "notre standard pro pour son entreprise" to a sole trader
        for role, offers in _ROLE_OFFERS:
            persons = _person_mentions(folded, role)
            if not persons:
                continue
            masked = folded
            for start, end in persons:
                masked = masked[:start] + " " * (end - start) + masked[end:]
            if offers.search(masked):
                return "yes"
    return by_family
