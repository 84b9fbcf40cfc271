"""Whether the offer is related to what the customer bought (the soft opt-in's similar products)."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.customer import _BOUGHT, _CUSTOMER_YES
from bot.understand.readers.match import _first, _hits
from bot.understand.text import Clause, negated

_RELATED_YES = words("related", "related_yes")
_RELATED_NO = words("related", "related_no")


#: Role of a professional and the offers that relate to it (R3: an offer tied to the job).
_ROLE_OFFERS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        re.compile(r"achat|acheteu|purchas|procurement|buyer"),
        re.compile(
            # a buyer's job is buying what the company needs: any business supply relates to it
            r"procurement|\bachats?\b|sourcing|fournisseurs?|suppliers?|purchas|appels? d'offres|"
            r"fournitures?|supplies|materiels?|equipements?|equipment|consommables|consumables|"
            r"matieres? premieres?|raw materials?|\bpieces\b|\bparts\b|emballages?|packaging|"
            r"logiciels?|software|\bsaas\b|machines?|outillage|tooling|prestations?|\bservices?\b"
        ),
    ),
    (
        re.compile(
            r"\bdaf\b|\bcfo\b|financ|comptab|accountant|tresor|controleur de gestion|finance"
        ),
        re.compile(
            r"comptab|\bcompta\b|accounting|financ|tresorerie|treasury|factur|invoic|\bpaie\b|payroll|expense|"
            r"notes? de frais|bookkeep|audit|\btax\b|fiscal"
        ),
    ),
    (
        re.compile(
            r"\bdrh\b|ressources humaines|\brh\b|\bhr\b|human resources|recrut|talent|people"
        ),
        re.compile(
            r"recrut|recruit|\bpaie\b|payroll|formation|training|sirh|\bhr\b|\brh\b|onboarding|"
            r"ressources humaines|human resources|"
            r"mutuelle|avantages salaries|benefits|\bats\b|hiring"
        ),
    ),
    (
        re.compile(
            r"\bdsi\b|\bcto\b|informati|\bit\b|systems|tech|developpeu|developer|devops|securi|ciso|rssi"
        ),
        re.compile(
            r"logiciel|software|saas|cloud|serveurs?|servers?|cyber|securi|heberg|hosting|reseau|"
            r"network|licen[cs]|\bapi\b|data|informatique|\bit\b|devops|outils? (?:dev|informatique)"
        ),
    ),
    (
        re.compile(
            r"production|usine|plant|factory|manufactur|industri|operations|maintenance|logisti|"
            r"supply chain|atelier"
        ),
        re.compile(
            r"machines?|maintenance|pieces|\bparts\b|equipement|equipment|robot|automati|outillage|"
            r"tooling|capteurs?|sensors?|\blean\b|\berp\b|logisti|emballage|packaging|"
            r"matieres? premieres?|raw materials?|industri|production"
        ),
    ),
    (
        re.compile(r"marketing|commercial|ventes|sales|communication|\bcmo\b"),
        re.compile(
            r"\bcrm\b|marketing|publicit|advertis|\bseo\b|emailing|\bleads?\b|prospection|"
            r"communication|sales (?:tool|software)|outil commercial"
        ),
    ),
    (
        re.compile(
            r"\bceo\b|\bpdg\b|\bdg\b|gerant|dirigeant|chefs? d'entreprise|founder|fondat|owner|"
            r"patron|directeur general|directrice generale|managing director|president|medecin|doctor|"
            r"dentist|avocat|lawyer|notaire|architecte|pharmac|kine|veterinaire|\bvets?\b|plombier|"
            r"plumber|electrici|garagiste|"
            r"artisan|commercant|freelance|independant|auto-?entrepreneur"
        ),
        re.compile(
            r"comptab|\bcompta\b|accounting|logiciel|software|saas|conseil|consulting|assurances? "
            r"(?:pro|professionn?elle|entreprise|rc)|business (?:insurance|software|services?)|"
            r"services? (?:aux entreprises|b2b|pro)|expert-?compta|juridique|legal services|"
            r"\bcrm\b|\berp\b|tresorerie|financement|leasing|\bpaie\b|payroll|recrutement|"
            r"cybersecurit|telephonie (?:pro|d'entreprise)|fournitures de bureau|office supplies|"
            r"formations? (?:pro|professionn?elles?|management)|banque (?:pro|professionn?elle)|"
            # a tradesman's tools and equipment
            r"outillage|outils? (?:pro|professionn?els?)|materiel (?:pro|professionn?el)|pro-grade|"
            r"(?:professional|pro) (?:tools?|equipment)"
        ),
    ),
    (
        # a fleet manager: the company's vehicles
        re.compile(
            r"fleet|\bflottes?\b|parc (?:automobile|auto|de vehicules)|gestionnaire de parc"
        ),
        re.compile(
            r"tyres?|tires?|\bpneus?|vehicul|vehicles?|fleets?|\bflottes?\b|carburant|fuel|telemati|"
            r"leasing|location longue duree|entretien (?:des |de )?(?:vehicules|flotte)"
        ),
    ),
    (
        # facilities, general services: the company's buildings
        re.compile(
            r"services? generaux|facilit(?:y|ies)|building manager|site manager|responsable (?:du |de )?site|"
            r"responsable (?:des |de )?(?:batiments?|locaux|entrepots?)"
        ),
        re.compile(
            r"isolation|insulation|entrepots?|warehouses?|batiments?|buildings?|locaux|premises|chauffage|"
            r"heating|eclairage|lighting|climatisation|air conditioning|nettoyage|cleaning|"
            r"maintenance|energ\w*|factories|usines?"
        ),
    ),
    (
        re.compile(r"ingenieu\w*|engineers?"),
        re.compile(
            r"logiciel|software|saas|cloud|monitoring|observabil|devops|\bapi\b|outils? (?:dev|de test)|"
            r"testing|ci/cd|cao|\bcad\b|simulation"
        ),
    ),
]


_PERSONAL_OFFER = re.compile(
    r"voyages?|vacances|sejours?|croisieres?|holidays?|vacations?|\btrips?\b|cruises?|caraibes|"
    r"caribbean|\bspa\b|bijoux|jewel\w*|\bmontres?\b|watches|parfums?|perfumes?|vetements|clothes|"
    r"chaussures|shoes|\bvins?\b|\bwines?\b|voitures? (?:perso|de luxe)|loisirs|leisure|casino|"
    r"paris sportifs|betting|cosmetiques?|cosmetics|rencontres?|dating|mode\b|fashion|"
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


#: A product and what goes with it (the same company's consumables and accessories).
_PRODUCT_ADD_ONS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        re.compile(r"\bimprimantes?\b|\bprinters?\b"),
        re.compile(
            r"\bencres?\b|\binks?\b|cartouches?|cartridges?|\btoners?\b|\bpapier\b|\bpaper\b"
        ),
    ),
    (
        re.compile(
            r"\bvoitures?\b|\bcars?\b|\bvehicules?\b|\bvehicles?\b|\bmotos?\b|motorbikes?|\bscooters?\b"
        ),
        re.compile(
            r"\bpneus?\b|\btyres?\b|\btires?\b|\brevisions?\b|\bvidanges?\b|\bservicing\b|"
            r"\bentretien\b|essuie-?glaces?|\bwipers?\b|\bbatteries?\b|\bbattery\b|car wash|lavage"
        ),
    ),
    (
        re.compile(r"\btelephones?\b|smartphones?|\bphones?\b|\biphones?\b|\bmobiles?\b"),
        re.compile(
            r"\bcoques?\b|phone cases?|\bchargeurs?\b|\bchargers?\b|ecouteurs|earphones|headphones|"
            r"earbuds|protections? d'ecran|screen protectors?|\bcables?\b|power ?banks?"
        ),
    ),
    (
        re.compile(r"aspirateurs?|vacuum(?: cleaner)?s?|hoovers?"),
        re.compile(r"\bsacs?\b|\bbags?\b|\bfiltres?\b|\bfilters?\b|\bbrosses?\b|\bbrush"),
    ),
    (
        re.compile(
            r"machines? (?:a|a) cafe|cafetieres?|coffee (?:machine|maker)s?|expresso|espresso"
        ),
        re.compile(r"capsules?|dosettes?|\bpods?\b|\bcafes?\b|\bcoffee\b|detartrant|descal\w*"),
    ),
    (
        re.compile(r"rasoirs?|razors?|shavers?|tondeuses? (?:a barbe|electrique)"),
        re.compile(r"\blames?\b|\bblades?\b|tetes? de rasage|shaving heads?"),
    ),
    (
        re.compile(r"\bvelos?\b|\bbikes?\b|bicycles?|trottinettes?"),
        re.compile(
            r"\bcasques?\b|helmets?|antivols?|\blocks?\b|chambres? a air|inner tubes?|\bpneus?\b|"
            r"\btyres?\b|\btires?\b|\bentretien\b|\bservicing\b|\bbatteries?\b|\bbattery\b"
        ),
    ),
    (
        re.compile(r"appareils? photo|\bcameras?\b|\breflex\b"),
        re.compile(r"objectifs?|\blens(?:es)?\b|cartes? memoire|memory cards?|trepieds?|tripods?"),
    ),
    (
        re.compile(r"ordinateurs?|\bcomputers?\b|laptops?|\bpc\b|tablettes?|\btablets?\b"),
        re.compile(
            r"\bsouris\b|\bmouse\b|claviers?|keyboards?|sacoches?|\bsleeves?\b|\becrans?\b|monitors?|"
            r"antivirus|\bchargeurs?\b|\bchargers?\b|docking"
        ),
    ),
    (
        re.compile(r"lave-?(?:linge|vaisselle)|machines? a laver|washing machines?|dishwashers?"),
        re.compile(r"lessives?|detergents?|pastilles|detartrant|descal\w*|tablets"),
    ),
    (
        re.compile(r"\bconsoles?\b|playstation|\bxbox\b|nintendo"),
        re.compile(r"jeux(?: video)?|\bgames?\b|manettes?|controllers?"),
    ),
    (
        re.compile(r"\bpiscines?\b|\bpools?\b|\bspas?\b|jacuzzis?"),
        re.compile(r"\bchlore\b|chlorine|\bfiltres?\b|\bfilters?\b|baches?|\bcovers?\b|robots?"),
    ),
    (
        re.compile(r"matelas|mattress\w*|\blits?\b|\bbeds?\b|sommiers?"),
        re.compile(
            r"oreillers?|pillows?|couettes?|duvets?|\bdraps?\b|sheets|linge de lit|bedding|"
            r"surmatelas|toppers?|protege-?matelas|sommiers?|bed frames?"
        ),
    ),
    (
        re.compile(r"\blunettes\b|\bglasses\b"),
        re.compile(r"\blentilles\b|contact lenses|\betuis?\b|\bverres\b|\blenses\b"),
    ),
]


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


#: The product of a contract held: "contrat de box", "abonnement fibre", "gym subscription".
_HELD = re.compile(
    r"\b(?:contrat|abonnement|forfait|contract|subscription)s?\s+(?:de\s+|d'|du\s+)?([a-z]{3,})\b|"
    r"\b([a-z]{3,})\s+(?:contract|subscription|membership)s?\b"
)


_HELD_NOT_PRODUCT = re.compile(
    r"(?:avec|chez|cours|actif|active|termine|terminee|resilie|fini|with|ended|running|ongoing|current|"
    r"est|was|has|have|and|the|our|notre|son|leur|nous|pour|for|his|her|their|new|old|any|this|that|"
    r"annual|monthly|yearly|former|previous|expired|cancelled|canceled|existing)"
)


def _related(cls: list[Clause], folded: str, audience: str | None) -> str | None:
    if any(not negated(c.text, m.start(), window=15) for c, m in _hits(cls, _GROUP_COMPANY)):
        return "no"
    for clause, m in _hits(cls, _RELATED_NO):
        # "n'a rien à voir": the negation is the words themselves, not a denial of them
        intrinsic = m.group(0).startswith(
            ("rien", "aucun", "pas", "sans", "nothing", "not", "unrel")
        )
        if intrinsic or not negated(clause.text, m.start(), window=15):
            return "no"
    found, neg = _first(cls, _RELATED_YES)
    if found:
        return "no" if neg else "yes"
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
        product = m.group(1) or m.group(2)
        if not _HELD_NOT_PRODUCT.fullmatch(product) and re.search(
            rf"\b(?:offres?|offers?|formules?|versions?|nouvel\w*|new|latest)\s+(?:\w+\s+)?"
            rf"{re.escape(product)}\b",
            folded[m.end() :],
        ):
            return "yes"
    # consumables or accessories of what they bought: a printer and its ink, a car and its tyres
    if _BOUGHT.search(folded) or _CUSTOMER_YES.search(folded):
        if _ADD_ONS.search(folded):
            return "yes"
        for product, add_ons in _PRODUCT_ADD_ONS:
            for m in product.finditer(folded):
                rest = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
                if add_ons.search(rest):
                    return "yes"
    if audience == "b2b":
        if _PERSONAL_OFFER.search(folded):
            return "no"  # a holiday trip to a production director
        for role, offers in _ROLE_OFFERS:
            persons = _person_mentions(folded, role)
            if not persons:
                continue
            masked = folded
            for start, end in persons:
                masked = masked[:start] + " " * (end - start) + masked[end:]
            if offers.search(masked):
                return "yes"
    return None
