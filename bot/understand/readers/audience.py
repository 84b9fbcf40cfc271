"""Who is targeted: a consumer (b2c) or a professional (b2b), sole traders and named roles."""

from __future__ import annotations

import re

from bot.understand.readers.match import _hits, _rx
from bot.understand.text import Clause, negated

_B2C = _rx(
    r"\bparticuliers?\b",
    r"\b(?:une |la |cette |des |les )(?:prospecte|cliente|personne|dame|femme|prospect|client)s? particuliere?s?\b",
    r"consommat(?:eur|eurs|rice|rices)\b",
    r"\bconsumers?\b",
    r"\bb ?(?:2|to) ?c\b",
    r"grand public",
    r"\bindividuals?\b",
    r"private (?:person|persons|individuals?|customers?|people)",
    r"\bmenages?\b",
    r"\bfoyers?\b",
    r"\bhouseholds?\b",
    r"\bhomeowners?\b",
    r"\bproprietaires?\b",
    r"\bretraites?\b",
    r"\bseniors?\b",
    r"personnes? agees",
    r"elderly",
    r"personnes? physiques?",
    r"\bretail customers?\b",
    r"\bgeneral public\b",
    r"\bpatients?\b",
    r"\blocataires?\b",
    r"\btenants?\b",
    r"\betudiants?\b",
    r"\bstudents?\b",
    r"\bparents\b",
    r"\bfamilles?\b",
)


_B2B_PERSON = _rx(
    r"\bdirect(?:eur|eurs|rice|rices|or|ors)\b",
    r"\bdaf\b",
    r"\bdrh\b",
    r"\bdsi\b",
    r"\bcfo\b",
    r"\bceo\b",
    r"\bcto\b",
    r"\bcoo\b",
    r"\bcmo\b",
    r"\bpdg\b",
    r"\bdg\b",
    r"\bgerant\w*",
    r"\bdirigeant\w*",
    r"\bacheteu(?:r|rs|se|ses)\b",
    r"\bbuyers?\b",
    r"\bhead of\b",
    r"\bresponsables? (?:des |de |du |d')?\w+",
    r"\bmanagers?\b",
    r"chefs? d'entreprises?",
    r"\bprofessionn?el\w*",
    r"\bpros?\b",
    r"decision[- ]makers?",
    r"\bdecideurs?\b",
    r"\bexecutives?\b",
    r"\bfounders?\b",
    r"\bfondat(?:eur|eurs|rice)\b",
    r"\bcomptables?\b",
    r"\baccountants?\b",
    r"\bvp\b",
    r"vice[- ]president",
    r"\bpatrons?\b",
    r"\bcommercants?\b",
    r"\bartisans?\b",
    r"\bfreelances?\b",
    r"\bindependants?\b",
    r"auto-?entrepreneurs?",
    r"sole[- ]traders?",
    r"self-employed",
    r"\bmedecins?\b",
    r"\bavocats?\b",
    r"\blawyers?\b",
    r"\bnotaires?\b",
    r"\bpharmaciens?\b",
    r"business owners?",
    r"\bprofessionals?\b",
    r"\bdoctors?\b",
    r"\bdentist\w*",
    r"\bpharmacists?\b",
    r"\barchitect\w*",
    r"\bveterinar\w*",
    r"\bvets?\b",
    r"\bnotar\w*",
    r"\bkines?\b",
    r"\bplombiers?\b",
    r"\belectriciens?\b",
    r"\bplumbers?\b",
    r"\belectricians?\b",
    r"\bgaragistes?\b",
    r"\bpresident\w*\b",
    r"\bassistante? de direction\b",
    r"\bofficers?\b",
    r"\bpurchasing\b",
    r"\bprocurement (?:manager|lead|team|officer)",
    r"\bingenieurs?\b",
    r"\bengineers?\b",
    r"\bcadres?\b",
    r"\bdecideurs?\b",
    r"\bdirectors?\b",
)


_B2B_ORG = _rx(
    r"\bentreprises?\b",
    r"\bsocietes?\b",
    r"\bcompany\b",
    r"\bcompanies\b",
    r"\bbusiness(?:es)?\b",
    r"\bfirms?\b",
    r"\bpme\b",
    r"\btpe\b",
    r"\beti\b",
    r"\bstart-?ups?\b",
    r"\bmanufactur\w*",
    r"\busines?\b",
    r"\bindustriels?\b",
    r"\bcabinets?\b",
    r"\bb ?(?:2|to) ?b\b",
    r"\bcorporate\b",
    r"\borgani[sz]ations?\b",
    r"\bcollectivites?\b",
    r"\bmairies?\b",
    r"\bboites?\b(?! aux)",
    r"\bfactory\b",
    r"\bplants?\b",
    r"\bsuppliers?\b",
    r"\bfournisseurs?\b",
    r"\bemployers?\b",
)


_OWN = re.compile(
    r"(?:\b(?:notre|nos|ma|mon|our|my|sommes|we are|je suis|i am|we're|i work|another|other|autres?|"
    r"partner|partners|partenaires?)\b)\W*(?:\w+\W+)?$"
)


_NAME_OF = re.compile(
    r"\b(?:nom|name|logo|signature|identite|coordonnees|raison sociale) (?:de |of |d')?(?:la |l'|the |"
    r"notre |our )?$"
)


_THEIR_HOME = re.compile(
    r"(?:pour|de|dans|a) (?:sa|son|leur) (?:maison|logement|domicile|appartement|famille|vie privee)|"
    r"chez (?:lui|elle|eux)|for (?:his|her|their) (?:own )?(?:home|house|flat|family|personal)|"
    r"(?:of|about) (?:his|her|their) (?:own )?(?:home|house|flat)\b|"
    r"at (?:his|her|their) (?:own )?home|(?:sa|son|leur) propre (?:maison|logement|appartement)"
)


_SOLE_TRADER = re.compile(
    r"artisan|freelance|independant|auto-?entrepreneur|micro-?entrepreneur|sole[- ]trader|self-employed|"
    r"entreprise individuelle|profession liberale|commercant"
)


_WORKS_ALONE = re.compile(
    r"a son compte|a leur compte|tout seul|toute seule|seul dans (?:sa|son) (?:boite|entreprise|societe)|"
    r"works alone|on (?:his|her|their) own|one-(?:man|woman|person) (?:\w+ )?(?:business|company|shop|band|"
    r"practice|firm|office|outfit|operation)|"
    r"freelancer?s?\b|self-employed|sole proprietor"
)


def _named_role(cls: list[Clause]) -> bool:
    return any(
        not negated(c.text, m.start(), window=12)
        for c, m in _hits(cls, _B2B_PERSON)
        if not m.group(0).startswith(("pro", "professionn"))
    )


_CUSTOMERISH = re.compile(
    r"\bclient(?:e|es|s)?\b|\bcustomers?\b|\bprospects?\b|\babonnes?\b|\bsubscribers?\b|\bleads?\b|"
    r"\busers?\b|\butilisat(?:eur|rice)s?\b|"
    # a person named by civility or age, with no sign of a business
    r"\b(?:une|la|cette|a) dame\b|\bmonsieur\b|\bmadame\b|\bmrs?\b|\bmme\b|\bmlle\b|\bretraite(?:e|s|es)?\b|\bretired\b|"
    r"\bpensioners?\b|\b\d{2} ans\b|\b\d{2}[- ]years?[- ]old\b|\bparticipants?\b|"
    # who enters a prize draw or a contest does it as a private person
    r"\bjeux?[- ]concours\b|\btirages? au sort\b|\bcontests?\b|\bsweepstakes?\b|\bgiveaways?\b|"
    r"\bprize draws?\b"
)


def _audience(cls: list[Clause], folded: str) -> str | None:
    if _SOLE_TRADER.search(folded) and _THEIR_HOME.search(folded):
        return "b2c"  # a sole trader approached about their home is a consumer (R6)
    for clause, m in _hits(cls, _B2C):
        if negated(clause.text, m.start(), window=12):
            continue
        before = clause.text[max(0, m.start() - 4) : m.start()]
        if m.group(0).startswith("particulier") and before.endswith("en "):
            continue  # "en particulier"
        return "b2c"
    for pattern in (_B2B_PERSON, _B2B_ORG):
        for clause, m in _hits(cls, pattern):
            if negated(clause.text, m.start(), window=12):
                continue
            if pattern is _B2B_PERSON and re.search(
                r"\b(?:my|mon|ma|mes|our|notre|nos)(?: \w+)? $",
                clause.text[max(0, m.start() - 20) : m.start()],
            ):
                continue  # "my manager wants us to call…": someone on our side, not the audience
            if pattern is _B2B_ORG and _OWN.search(clause.text[max(0, m.start() - 25) : m.start()]):
                continue  # "notre entreprise", "our company": the rep's own
            if pattern is _B2B_ORG and (
                _NAME_OF.search(clause.text[max(0, m.start() - 30) : m.start()])
                or re.match(r"\w*\s+(?:name|logo|signature)\b", clause.text[m.start() :])
            ):
                continue  # "le nom de la boîte", "the company name": the sender's identity
            if pattern is _B2B_ORG and re.match(
                r"\w*\s+(?:partenaires?|partners?|tierces?|amies?)\b", clause.text[m.start() :]
            ):
                continue  # "une société partenaire": who we would give data to, not the audience
            if pattern is _B2B_ORG and (
                re.match(r"\w*'s\b", clause.text[m.start() :])
                or re.match(
                    r"\w*\s+(?:named|nommee?|citee?|mentioned|mentionnee?|identified)\b",
                    clause.text[m.start() :],
                )
                or re.search(
                    r"(?:parent|mother|sister|group|affiliated|maison mere|du groupe) $",
                    clause.text[max(0, m.start() - 16) : m.start()],
                )
            ):
                continue  # "the parent company's insurance arm": who makes the offer, not the audience
            return "b2b"
    if _CUSTOMERISH.search(folded):
        # A customer or prospect with no sign of a business is presumed a consumer: the stricter
        # regime, so that the guess can only ever make the answer more cautious.
        return "b2c"
    return None
