"""Who is targeted: a consumer (b2c) or a professional (b2b), sole traders and named roles."""

from __future__ import annotations

import re
from typing import Any

from bot.understand.lexicon import lists, words
from bot.understand.readers.match import _hits, _rx
from bot.understand.readers.products import self_intro_spans
from bot.understand.text import Clause, negated

_B2C = words("audience", "b2c")
_B2B_PERSON = words("audience", "b2b_person")
_B2B_ORG = words("audience", "b2b_org")
#: "the owner of a bakery", "la propriétaire d'un salon": a professional, not a homeowner.
_BUSINESS_OWNER = words("audience", "business_owner")


_OWN = re.compile(
    r"(?:\b(?:notre|nos|ma|mon|our|my|sommes|we are|je suis|i am|we're|i work|another|other|autres?|"
    r"partner|partners|partenaires?)\b)\W*(?:\w+\W+)?$"
    # the writer describing their own firm: "we're a small 3-person startup", "nous sommes une
    # petite agence" (an article right after the verb: "we are calling a startup" is an action)
    r"|\b(?:we're|we are|i'm|i am|nous sommes|on est|je suis)\s+(?:an?|une?|the|la|le|l')\s*(?:[\w-]+\s+){0,3}$"
)


#: A company word that names us ("the same company", "la même société") or a firm we work with
#: ("partnered with a cruise company", "en partenariat avec une société"), not the person's employer.
_OURS_OR_ALLY = re.compile(
    r"(?:\b(?:same|meme|this same|cette meme)|"
    r"\b(?:partnered|partnering|partnership|teamed up|working|work|works|deal|contract|agreement) with"
    r"(?: a| an| the| this)?|"
    r"\b(?:en partenariat|partenariat|travaille|travaillons|contrat|accord) avec(?: une| un| la| cette)?)"
    r"(?: \w+)? $"
)


_NAME_OF = re.compile(
    r"\b(?:nom|name|logo|signature|identite|coordonnees|raison sociale) (?:de |of |d')?(?:la |l'|the |"
    r"notre |our )?$"
)


_THEIR_HOME = re.compile(
    r"(?:pour|de|dans|a) (?:sa|son|leur) (?:maison|logement|domicile|appartement|famille|vie privee)|"
    r"chez (?:lui|elle|eux)|for (?:his|her|their) (?:own )?(?:home|house|flat|family|personal)|"
    r"(?:of|about) (?:his|her|their) (?:own )?(?:home|house|flat)\b|"
    r"at (?:his|her|their) (?:own )?home|(?:sa|son|leur) propre (?:maison|logement|appartement)|"
    # works on their home named by the verb: "about insulating her house", "pour isoler sa maison"
    r"\b\w+(?:ing|er|ir|re) (?:his|her|their|sa|son|leur) (?:own |propre )?"
    r"(?:home|house|flat|maison|logement|appartement|domicile)\b|"
    # an offer for a thing of their private life: "pour sa voiture perso", "for her personal car",
    # "for their own private cars", "pour leurs propres véhicules privés", "à titre personnel"
    r"pour (?:sa|son|ses|leur|leurs) (?:propres? )?[\w-]+ (?:perso|personnel(?:le)?s?|privee?s?)\b|"
    r"for (?:his|her|their) (?:own )?(?:personal|private)\b|"
    r"(?:for|pour) (?:(?:his|her|their|son|leur) )?(?:personal|private|perso|personnel|prive) use\b|"
    r"(?:pour|a) (?:son|leur) usage (?:perso|personnel|prive)\b|a titre (?:personnel|prive)\b"
)


#: Their home or private life, not "chez eux" (at their company, for a firm), not where they
#: work from ("bosse de chez lui") nor a family business ("for her family business").
_AT_HOME = (
    rf"(?<!de )(?<!depuis )(?<!from )(?:{_THEIR_HOME.pattern})"
    r"(?!\s+(?:business|company|firm|office|shop|entreprise|societe|boite|bureau|cabinet|atelier)\b)"
)
_PRIVATE_LIFE = re.compile(rf"{_AT_HOME}(?<!chez eux)")
#: For sole traders "chez eux" is their home too (a firm of one has no other premises to mean).
_SOLE_TRADERS_HOME = re.compile(_AT_HOME)


_SOLE_TRADER = re.compile(
    r"artisan|freelance|independant|auto[- ]?entrepreneu|micro[- ]?entrepreneu|sole[- ]trader|self-employed|"
    r"entreprise individuelle|profession liberale|commercant"
)


#: A business of one, in so many words; someone who works alone, in any words
#: (``lexicon/audience.yaml``: business_of_one, works_alone).
_BUSINESS_OF_ONE = words("audience", "business_of_one")
_WORKS_ALONE = _rx(*lists("audience")["business_of_one"], *lists("audience")["works_alone"])
#: Where consumers are met: sign-up, newsletter, shop, app, club (weak cues, no B2B word).
_CONSUMER_CONTEXT = words("audience", "consumer_context")
#: A firm that is one person in law (an artisan or a shop may employ others: not these words).
_ONE_PERSON_FIRM = re.compile(
    r"auto-?entrepr(?:eneur|eneuse|ise)|micro-?entrepr(?:eneur|eneuse|ise)|(?:auto|micro) entrepreneu(?:r|se)|"
    r"sole[- ]trader|"
    r"entreprise individuelle|en nom propre|sole proprietor|self-employed|freelance"
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
    r"\b(?:une|la|cette|a) dame\b|\bmonsieur\b|\bmadame\b|\bmrs?\b|\bms\b|\bmme\b|\bmlle\b|\bretraite(?:e|s|es)?\b|\bretired\b|"
    r"\bpensioners?\b|\b\d{2} ans\b|\b\d{2}[- ]years?[- ]old\b|\bparticipants?\b|"
    # who enters a prize draw or a contest does it as a private person
    r"\bjeux?[- ]concours\b|\btirages? au sort\b|\bcontests?\b|\bsweepstakes?\b|\bgiveaways?\b|"
    r"\bprize draws?\b|"
    # the members of a forum, a club, an online group: people as themselves
    r"\b(?:membres?|members?|users?|utilisateurs?) (?:d'un|d'une|du|de la|des|of a|of an|of the|of this|on a|on the) "
    r"(?:(?!linkedin)\w+ )?(?:forums?|clubs?|communautes?|communit(?:y|ies)|groupes?|groups?|discord|reddit|"
    r"subreddits?)\b(?! (?:linkedin|pro\w*|business|d'entreprises?|of (?:professionals|businesses)))"
)


#: A role that asks us to act ("wants me to call", "asked us to email", "veut que je l'appelle",
#: "m'a demandé de"): someone on our side giving the task, not the person contacted.
_ASKS_US = re.compile(
    r"[\w-]*\s+(?:wants|wanted|asked|asks|told|tells|would like|needs) (?:me|us) to\b"
    r"|[\w-]*\s+(?:veut|voulait|voudrait|souhaite|demande) (?:que (?:je|j'|nous|on)|qu'on)"
    r"|[\w-]*\s+(?:m'a|nous a|me|nous) (?:demande|dit) (?:de|d')"
    # the task given as a noun: "Manager wants one more try", "le manager veut une dernière relance"
    r"|[\w-]*\s+(?:wants|wanted|asks for|asked for|would like) (?:one more|another|a last|a final|a new) "
    r"(?:try|call|attempt|go|round)\b"
    r"|[\w-]*\s+(?:veut|voulait|voudrait|souhaite|demande) (?:une |un )?(?:derniere|dernier|autre|nouvelle|nouvel) "
    r"(?:tentative|relance|essai|appel)\b"
)


_SHOP_BUYERS = words("audience", "shop_buyers")


#: A company word naming the desk the writer calls from ("energy supplier call centre", "société
#: de services, plateau d'appels", "telecom company sales team"): who calls, not who is called.
_OUR_DESK = re.compile(
    r"\w*(?:[^\w.?!;:]+\w+){0,2}?[,\s]+(?:call[- ]?cent(?:re|er)s?|cent(?:re|er)s? d'appels?|plateau (?:d'appels?|telephonique)|"
    r"(?:outbound |telesales |sales )(?:team|floor|desk)|telesales)\b"
)
_DESK_OF = re.compile(
    r"\b(?:call[- ]?cent(?:re|er)|cent(?:re|er) d'appels?|plateau (?:d'appels?|telephonique)) "
    r"(?:of an?|for an?|of|for|d'une?|de la|du|de notre|of our) (?:[\w-]+ )?$"
)


#: A consumer word right after "for"/"pour" names whom an offer is made for ("a wine club for
#: individuals", "une gamme pour particuliers"), not the person contacted.
_FOR_MARKET = re.compile(
    r"\b(?:for|pour|aux|dedie\w* aux?|destine\w* aux?|reserve\w* aux?|designed for|made for)"
    r"(?: (?:les|des|the|all|tous les))? $"
)


def _audience(cls: list[Clause], folded: str) -> str | None:
    if _SHOP_BUYERS.search(folded) and not _B2B_ORG.search(folded):
        return "b2c"  # a marketplace's buyers: its shoppers (no business named beside them)
    if _SOLE_TRADER.search(folded) and _SOLE_TRADERS_HOME.search(folded):
        return "b2c"  # a sole trader approached about their home is a consumer (R6)
    owners = [
        (c, m) for c, m in _hits(cls, _BUSINESS_OWNER) if not negated(c.text, m.start(), window=12)
    ]
    for clause, m in _hits(cls, _B2C):
        if any(c is clause and o.start() <= m.start() < o.end() for c, o in owners):
            continue  # "propriétaire d'une boulangerie": the owner of a business

        if negated(clause.text, m.start(), window=12):
            continue
        before = clause.text[max(0, m.start() - 4) : m.start()]
        if m.group(0).startswith("particulier") and before.endswith("en "):
            continue  # "en particulier"
        if _FOR_MARKET.search(clause.text[max(0, m.start() - 25) : m.start()]) and _named_role(cls):
            continue  # "the HR director… our wine club for individuals": the offer's market
        return "b2c"
    if owners:
        return "b2b"
    intro = self_intro_spans(folded)  # "Plombier, petite boîte.": the writer's own trade
    for pattern in (_B2B_PERSON, _B2B_ORG):
        for clause, m in _hits(cls, pattern):
            if negated(clause.text, m.start(), window=12):
                continue
            if any(s <= clause.start + m.start() < e for s, e in intro):
                continue  # "Traiteur, petite boîte.", "I'm a wedding photographer": the writer
            if pattern is _B2B_PERSON and re.search(
                r"\b(?:my|mon|ma|mes|our|notre|nos)(?: \w+)? $",
                clause.text[max(0, m.start() - 20) : m.start()],
            ):
                continue  # "my manager wants us to call…": someone on our side, not the audience
            if pattern is _B2B_PERSON and _ASKS_US.match(clause.text[m.end() :]):
                continue  # "Manager wants me to call her": who gives us the task, not the person
            if pattern is _B2B_PERSON and (
                re.match(r"[\w-]*\s*(?:here|ici)\b", clause.text[m.end() :])
                or re.search(
                    r"\b(?:i'm|i am|je suis|as an?|en tant que)(?: \w+){0,2} $",
                    clause.text[max(0, m.start() - 24) : m.start()],
                )
            ):
                continue  # "Gym manager here", "je suis responsable…": the writer introducing themselves
            if pattern is _B2B_ORG and _OWN.search(clause.text[max(0, m.start() - 25) : m.start()]):
                continue  # "notre entreprise", "our company": the rep's own
            if pattern is _B2B_ORG and re.match(
                r"\w*\s+(?:here|ici)\s*(?:[-:—–]|$)", clause.text[m.start() :]
            ):
                continue  # "Gas supplier here.", "PME ici :": the writer introducing their firm
            if pattern is _B2B_ORG and _OURS_OR_ALLY.search(
                clause.text[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "in the same company", "partnered with a cruise company": us or an ally
            if pattern is _B2B_ORG and (
                _NAME_OF.search(clause.text[max(0, m.start() - 30) : m.start()])
                or re.match(r"\w*\s+(?:name|logo|signature)\b", clause.text[m.start() :])
            ):
                continue  # "le nom de la boîte", "the company name": the sender's identity
            if pattern is _B2B_ORG and (
                re.search(
                    r"\b(?:random|any old|n'importe quel\w*)\s(?:\w+\s)?$",
                    clause.text[max(0, m.start() - 25) : m.start()],
                )
                or re.match(r"\w*\s+(?:quelconques?|au hasard)\b", clause.text[m.start() :])
            ):
                continue  # "not some random company": a firm imagined, not the audience
            if pattern is _B2B_ORG and re.match(
                r"\w*\s+(?:partenaires?|partners?|tierces?|amies?)\b", clause.text[m.start() :]
            ):
                continue  # "une société partenaire": who we would give data to, not the audience
            if pattern is _B2B_ORG and (
                _OUR_DESK.match(clause.text[m.start() :])
                or _DESK_OF.search(clause.text[max(0, m.start() - 40) : m.start()])
            ):
                continue  # "Energy supplier call centre: this customer…": the writer's own trade
            if pattern is _B2B_ORG and (
                re.match(r"\w*'s\b", clause.text[m.start() :])
                or re.match(
                    r"\w*\s+(?:named|nommee?|citee?|mentioned|mentionnee?|identified)\b",
                    clause.text[m.start() :],
                )
                or re.search(
                    r"(?:parent|mother|sister|group|affiliated|maison mere|du groupe|separate|"
                    r"distinct) $",
                    clause.text[max(0, m.start() - 16) : m.start()],
                )
                or re.match(
                    r"\w*\s+(?:juridiques?\s+)?(?:distinctes?|separees?|du groupe)\b",
                    clause.text[m.start() :],
                )
            ):
                continue  # "the parent company's insurance arm": who makes the offer, not the audience
            return "b2b"
    if _BUSINESS_OF_ONE.search(folded) or _ONE_PERSON_FIRM.search(folded):
        return "b2b"  # "a one-man practice", "à son compte": a business of one
    if _CUSTOMERISH.search(folded):
        # A customer or prospect with no sign of a business is presumed a consumer: the stricter
        # regime, so that the guess can only ever make the answer more cautious.
        return "b2c"
    return None


_CONSENT_READ = ("yes", "pre_ticked", "bundled", "implied")


def _plain(cls: list[Clause], pattern: re.Pattern[str]) -> bool:
    """A match of ``pattern`` not under a negation ("pas chez lui", "no sign-up")."""
    return any(not negated(c.text, m.start(), window=12) for c, m in _hits(cls, pattern))


#: A sole-trader word that is not said of the person contacted: denied ("ce sont des SAS, pas des
#: indépendants", "not sole traders") or said by the rep of themselves ("je suis freelance", "I'm a
#: freelancer", "en tant qu'indépendant"). Blanked before the one-person tests.
_NOT_THE_PERSON = re.compile(
    r"\b(?:(?:ne sont |n'est |ce ne sont )?pas (?:des |un |une |de |d')?|not (?:a |an )?|ni |no |aucun\w* )"
    r"(?:(?:\w+ )?(?=" + _SOLE_TRADER.pattern + r"))"
    r"|\b(?:je suis|j'suis|je bosse en|je travaille en|en tant qu'?e?|i'?m|i am|as an?|i work as an?) (?:un |une |an? )?"
    r"(?=" + _SOLE_TRADER.pattern + r")"
    # a sentence that is only the rep introducing themselves, without an article: "Dev freelance.",
    # "Freelance designer here." ("Un artisan." names someone else)
    r"|(?:^|[.!?\n]\s*)(?:(?!(?:un|une|le|la|les|l|a|an|the|ce|cette|this|that|mon|ma|notre|our|my|"
    r"his|her|son|sa|leur|their|one|appel\w*|call\w*|mail\w*|email\w*|contact\w*)\b)[\w-]+ ){0,2}?"
    r"(?=(?:" + _SOLE_TRADER.pattern + r")\w*(?: [\w-]+)?(?: ici| here)?\s*(?:[.!?\n]|$))"
)


def mask_not_the_person(folded: str) -> str:
    """The text with the sole-trader words not said of the person contacted blanked (same
    length): a denial or the rep's own description of themselves makes no business of one."""
    out = folded
    for m in _NOT_THE_PERSON.finditer(folded):
        w = re.compile(r"\w+").match(folded, m.end())
        if w:
            out = out[: w.start()] + " " * (w.end() - w.start()) + out[w.end() :]
    return out


def one_person(folded: str) -> bool:
    """The person is a business of one: a sole trader, or someone who works alone."""
    folded = mask_not_the_person(folded)
    return bool(
        _SOLE_TRADER.search(folded)
        or _WORKS_ALONE.search(folded)
        or _ONE_PERSON_FIRM.search(folded)
    )


def settled_audience(values: dict[str, Any], cls: list[Clause], folded: str) -> str | None:
    """The audience once the other facts are read: who the person is *for this action*.

    - A professional approached outside their trade is a consumer (R6, specialist corrections):
      about their home or private life, on a personal line or address, or — for a business of
      one — offered something unrelated to their trade. (An employee at their work address
      offered something personal stays b2b: the rules treat b2b + unrelated offer as consumer.)
    - Nothing says B2B, but the people were met where consumers are: a marketing consent or a
      box on a form, a sign-up or newsletter, a shop, an app, a club (weak cues, stricter side).
    """
    audience = values.get("audience")
    if audience == "b2b":
        if values.get("address") == "generic":
            return audience  # a company's own mailbox
        if values.get("address") == "personal" or _plain(cls, _PRIVATE_LIFE):
            return "b2c"
        if values.get("related_offer") == "no" and one_person(folded):
            return "b2c"
        return audience
    if audience is None and (
        values.get("consent") in _CONSENT_READ
        or values.get("partner_consent") == "yes"
        or values.get("source") == "form"
        or _plain(cls, _CONSUMER_CONTEXT)
    ):
        return "b2c"
    return audience
