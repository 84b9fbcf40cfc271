"""Whether the person is our customer and whether a contract is ongoing."""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.lexicon import words
from bot.understand.readers.former_employer import former_employer_customers
from bot.understand.readers.match import _hits, _rx, _yes_no
from bot.understand.text import Clause, negated

_LIST_WORDS = r"(?:fichiers?|listes?|bases?|donnees|contacts|leads|adresses?|numeros|emails?|mails|lists?|database|data|records|files?)"


#: A list named with what it holds, then said bought ("Fichier de 20 000 emails de particuliers
#: « jardiniers » acheté", "a file of 5,000 consumer numbers, bought last month"): our purchase of
#: the list, not one by its people (no relative clause: "des clients qui ont acheté" is theirs).
LIST_BOUGHT = re.compile(
    rf"\b{_LIST_WORDS}\s+(?:de|d'|des|of)\s*[^.;:?!\n]{{0,70}}?[\s\"',»)]"
    r"(?<!\bqui )(?<!\bwho )(?<!\bont )(?<!\ba )(?<!\bavait )(?<!\bavaient )(?<!\bayant )"
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bhaving )(?<!\bthat )(?<!\bwhich )(?<!\bthey )"
    r"(?:achete(?:e|s|es)?|bought|purchased)\b(?! (?:chez nous|from us|with us|at our|sur notre|on our|in our|dans notre|aupres de nous))"
)


_BOUGHT = re.compile(
    r"(?<!\bwe )(?<!\bon a )(?<!\bon )(?<!\bnous )(?<!\bje )(?<!\bj')(?<!\bnous avons )(?<!\bj'ai )(?<!\bi )(?<!\bi have )(?<!\bwe have )"
    # a list bought ("un fichier acheté", "a purchased list"): our purchase, not the person's
    r"(?<!fichier )(?<!fichiers )(?<!liste )(?<!listes )(?<!base )(?<!bases )(?<!list )(?<!lists )"
    r"(?<!file )(?<!files )(?<!database )(?<!leads )(?<!contacts )(?<!donnees )(?<!adresses )"
    # a list named by its kind before the word of purchase: "fichier B2B acheté", "emails pro achetés"
    r"(?<!b2b )(?<!b2c )(?<!\bpro )(?<!prospects )(?<!emails )(?<!e-mails )(?<!mails )(?<!numeros )(?<!numbers )"
    r"(?:\b(?:a|ont|avait|avaient|has|have|had|who|qui|already|deja|recently|recemment)\s+(?:deja\s+)?)?"
    # "signed" a contract, not "signed up" or "signed a form" (a registration, no purchase), nor
    # a bare "signed" beside a form ("ticked it and signed, we scanned the form")
    # (the emphatic past too: "she DID buy boots from us")
    r"\b(?:achete|bought|purchased|did buy|did purchase|did order|commande|ordered|souscrit|subscribed to|"
    r"signed(?!\s*-?\s*up\b|\s+in\b|\s+(?:\w+\s+){0,2}?(?:forms?|petitions?|consents?|boxe?s?)\b))\b"
    rf"(?!\s+(?:\w+\s+){{0,2}}(?:{_LIST_WORDS}|offers?|offres|newsletters?|e-?mails|texts|sms|alerts|"
    rf"mailing|promo\w*|marketing|communications))\s*(?:(?:un|une|des|le|la|les|du|de la|de|d'|a|an|some|the|our|nos|notre|chez nous)\s+)?([a-z']{{4,}})?"
)


#: A stay at our hotel, campsite or holiday home ("a séjourné à l'hôtel", "stayed at our
#: resort"): a service bought and used, like a purchase.
_STAYED = re.compile(
    r"(?:\b(?:a|ont|avait|avaient|has|have|had|who|qui)\s+(?:deja\s+)?sejourne"
    r"|\b(?:(?:has|have|had|who)\s+(?:already\s+)?)?stayed)\s+"
    r"(?:(?:a|au|dans|chez|at|in|with)\s+)?(?:us\b|nous\b|(?:l'|notre\s+|nos\s+|our\s+|the\s+)"
    r"(?:hotel|camping|campsite|gite|resort|residence|b&b|chambres? d'hotes|spa))"
)


_NOT_NEWSLETTER = r"(?! (?:a |au |de |to )?(?:la |notre |nos |our |the )?(?:newsletter|lettre|liste|alertes|mailing))"


_CUSTOMER_YES = _rx(
    # not a client company of a call centre or an agency ("multi-clients", "notre client A, un
    # assureur", "client B and client C"): a company we work for, not the person's purchase
    r"(?<!multi-)(?<!multi)\bclient(?:e|es|s)?\b(?! particulier)"
    r"(?! [a-h](?=\s*[,.;:)(]|\s+(?:et|and|ou|or)\b|$))",
    r"\bclient(?:e|es|s)? particulier(?:e|es|s)?\b",
    r"\bcustomers?\b",
    r"\bclientele\b",
    rf"\babonnes?\b{_NOT_NEWSLETTER}",
    rf"(?<!newsletter )\bsubscribers?\b{_NOT_NEWSLETTER}",
    r"\bacheteurs? de nos\b",
    # the members of our club, gym or association ("our current members", "nos adhérents")
    r"\b(?:our|nos) (?:current |existing |active |paying )?(?:members|adherent(?:e|s|es)?)\b(?! of (?:the |our )?(?:staff|team|board))",
    # a member of our gym or club: "a member of our gym", "adhérent de notre salle", "a gym member"
    # (not one of another's: "member of a competitor's gym", "adhérent d'une autre salle")
    r"\b(?:members?|membres?|adherent(?:e|s|es)?) (?:de|du|of|at|a) (?:notre|nos|our|la|the) "
    r"(?:[\w-]+ )?(?:salles?|gym|club|studio|dojo|piscine|pool|fitness|box|association)\b",
    r"\b(?:gym|club|fitness|studio|climbing|yoga|crossfit) members?\b"
    r"(?! (?:of|at|from|de|du|chez|with) (?!our\b|notre\b|nos\b|us\b))",
    # those written to after their own purchase: "après un achat de vélo sur notre e-shop"
    rf"\b(?:apres|suite a|a la suite d') (?:un|son|leur|chaque|leurs|l') ?achats?\b"
    rf"(?! (?:de |d'|du |des )?(?:\w+ )?{_LIST_WORDS})",
    rf"\bafter (?:a|their|his|her|each|every) (?:\w+ )?purchase\b(?! of (?:a |the )?(?:\w+ )?{_LIST_WORDS})",
    # a service of ours they took and paid for: "a suivi chez nous une formation", "took one of
    # our courses", "payée de sa poche", "paid for it out of her own pocket"
    r"\b(?:a|ont|avait|avaient) suivi (?:chez nous|avec nous|l'une de nos|une de nos|nos|notre)\b",
    r"\b(?:took|attended|followed|completed|did) (?:one of our|our|a|an) (?:[\w-]+ ){0,3}?(?:courses?|trainings?|"
    r"classes?|workshops?|programs?|programmes?)\b(?: \w+){0,4}? (?:with us|from us|at our)\b",
    r"\b(?:took|attended|followed|completed|did) (?:one of our|our) (?:[\w-]+ ){0,3}?(?:courses?|trainings?|"
    r"classes?|workshops?|programs?|programmes?)\b",
    # a contract held with us, running or not ("a (ou avait ?) un contrat de télésurveillance
    # chez nous", "took out the policy with us in 2024"): ended or not, the person is a customer
    r"\b(?:contrats?|abonnements?|polices?|forfaits?|contracts?|polic(?:y|ies)|subscriptions?|plans?)"
    r" (?:[\w'-]+ ){0,3}?(?:chez nous|avec nous|with us)\b",
    r"\bpaye(?:e|s|es)? (?:de sa|de leur) (?:propre )?poche\b",
    r"\bpaid (?:for (?:it|them) )?(?:out of|from) (?:his|her|their) (?:own )?pocket\b",
    # a stay, a booking or an order of theirs, paid (also across a row's "|": "stay 3-5 May | paid"),
    # the verb too: "booked (and paid) a shoot", "ont réservé et payé leur séance"
    r"\b(?:stay|sejour|booking|booked|reservation|reserve(?:e|s|es)?|order|commande)\b[^.?!\n]{0,30}?(?<!not )(?<!un)(?<!im)"
    r"\b(?:paid|payee?s?|regle(?:e|s|es)?|settled)\b",
)


_CUSTOMER_NO = words("customer", "customer_no")
_FORMER = words("customer", "former")
_COMPLETED = words("customer", "completed")
#: Another company's customers or followers ("les abonnés de notre concurrent", "a competitor's
#: customers"): not ours, and their contracts are not with us.
_OTHERS_CUSTOMERS = words("customer", "others_customers")
#: The person's own clients ("ses chantiers clients", "their customers"): whom they sell to.
_THEIR_CLIENTS = words("customer", "their_clients")


#: The followers of a social account ("abonnés Insta", "our YouTube subscribers"): not buyers.
SOCIAL_FOLLOWERS = words("customer", "social_followers")
_SUBSCRIBER_WORD = re.compile(r"\b(?:abonne\w*|subscribers?)\b")


def mask_followers(folded: str) -> str:
    """The text with the "abonné"/"subscriber" of a social account's followers made "followers":
    following a page is no purchase and no contract, so the customer readers must not see it."""
    return SOCIAL_FOLLOWERS.sub(lambda m: _SUBSCRIBER_WORD.sub("followers", m.group(0)), folded)


#: Our own client company, who hires us to run the campaign: not the person contacted.
_PRINCIPAL = words("customer", "principal_client")


def _others(folded: str, at: int) -> bool:
    spans = [m.span() for m in _OTHERS_CUSTOMERS.finditer(folded)]
    return any(s <= at < e for s, e in spans + former_employer_customers(folded))


def _theirs(folded: str, at: int) -> bool:
    return any(m.start() <= at < m.end() for m in _THEIR_CLIENTS.finditer(folded))


def _principal(folded: str, at: int) -> bool:
    return any(m.start() <= at < m.end() for m in _PRINCIPAL.finditer(folded))


_ONGOING = _rx(
    r"contrats? (?:en cours|actifs?|valides?|toujours (?:en cours|actif|valide))",
    r"sous contrat",
    r"abonnements? (?:en cours|actifs?)",
    rf"\babonnes?\b{_NOT_NEWSLETTER}",
    r"\bongoing contract",
    r"current contract",
    r"active (?:contract|subscription|customer)",
    # a customer said to hold a running contract: "an ongoing consumer-loan customer"
    r"\b(?:ongoing|active)(?: [\w+/&'-]+){0,2} (?:customers?|clients?)\b",
    r"under contract",
    r"existing contract",
    r"(?:a|ont|avec) (?:un|une) (?:contrat|abonnement)",
    r"(?:has|have|with) an? (?:ongoing |active |current )?(?:contract|subscription)",
    rf"(?<!newsletter )\bsubscribers?\b{_NOT_NEWSLETTER}",
    r"contrat (?:avec nous|chez nous)",
    r"en cours de contrat",
    # qualifier and noun a few words apart: "contrat de maintenance en cours", "active broadband contract"
    r"(?:contrats?|abonnements?|forfaits?|polices?|adhesions?)(?: [\w'-]+){1,3}(?: est| sont)? (?:en cours|actifs?|"
    r"toujours (?:en cours|actifs?))",
    # (a product written with signs: "an active phone+internet contract", "TV/box subscription")
    r"(?:ongoing|active|current|running|existing)(?: [\w+/&-]+){1,3} (?:contract|subscription|policy|plan|"
    r"lease|membership)s?\b",
    r"(?:contract|subscription|policy|plan)s? (?:with us |chez nous )?(?:is |are )?(?:still |currently )?(?:running|active|ongoing|"
    r"in force)\b",
    r"\ben contrat\b",
    # following one of our courses now: "il suit encore notre module Excel", "she is still taking
    # our Spanish course" (a training contract running)
    r"\b(?:suit|suivent) (?:encore |actuellement |en ce moment |toujours )?(?:notre|nos|l'une de nos|"
    r"l'un de nos|un de nos|une de nos) (?:[\w-]+ ){0,3}?(?:formations?|modules?|cours|stages?|cursus|"
    r"programmes?|sessions?)\b",
    r"(?:\b(?:is|are|'s|'re) (?:still |currently |now )?|\bstill )(?:taking|following|doing|attending) "
    r"(?:our|one of our) "
    r"(?:[\w-]+ ){0,3}?(?:courses?|modules?|trainings?|classes?|programmes?|programs?)\b",
    # enrolled in one of our courses: a training contract running
    r"(?:enrolled|registered|inscrite?s?) (?:in|on|for|a|en|dans) (?:our|notre|nos|l'une de nos|one of our) "
    r"(?:[\w-]+ ){0,3}?(?:formations?|trainings?|courses?|cursus|programmes?|programs?)\b",
    r"(?:en ce moment|actuellement|currently|right now) (?:[\w-]+ ){0,5}?(?:formation|training|course|cours|"
    r"contrat|contract|abonnement|subscription)",
    r"(?:formation|training|course|cours)s? (?:\w+ ){0,3}?(?:en cours|ongoing|in progress)",
    r"\bon (?:our|my) (?:[\w-]+ ){0,3}?(?:plan|subscription|contract|policy|tariff)\b",
    # members now, or a contract paid by the month or the year: "our current members", "adhérents
    # actuels", "(monthly contract)", "abonnement mensuel"
    r"\b(?:current|active|existing|paying) (?:gym |club )?members\b",
    # enrolled now at our school: "a current student", "one of our current pupils", "élève
    # actuelle", "actuellement inscrite chez nous" (an enrolment running)
    r"\b(?:current|currently enrolled|enrolled) (?:driving |language |music )?(?:students?|pupils?|"
    r"learners?|trainees?)\b",
    r"\b(?:eleve|etudiant|stagiaire)(?:e|s|es)? (?:actuel|inscrit)(?:le|s|les|e|es)?\b",
    r"\bactuellement inscrite?s? (?:chez nous|a l'ecole|dans notre|a notre|en formation)\b",
    r"\b(?:adherent|membre)(?:e|s|es)? (?:actuel|actif)(?:le|s|les)?\b",
    r"\b(?:monthly|yearly|annual) (?:[\w-]+ )?(?:contract|subscription|membership|plan)\b",
    r"\b(?:contrat|abonnement|forfait|adhesion)s? (?:mensuel|annuel)(?:le|s|les)?\b",
)


_NEWSLETTER_SUBS = re.compile(
    r"newsletter subscri|subscri\w* (?:to|of) (?:our |the )?newsletter|abonnes? (?:a |de |au )?(?:la |"
    r"notre |nos )?(?:newsletter|lettre d'information)|inscrits? (?:a|sur) (?:la |notre )?newsletter"
)


_BARE_SUBSCRIBERS = re.compile(r"\b(?:abonnes?|subscribers?)\b(?! (?:a|au|de|to|of) )")


#: A form named right after a bare "signed": the form is what was signed, no contract.
_FORM_AFTER = re.compile(
    r"\s*(?:[,;]|and\b|then\b|et\b)[^.?!]{0,40}?\b(?:forms?|formulaires?|coupons?|bulletins?)\b"
)


def _customer(cls: list[Clause], folded: str) -> str | None:
    if _FORMER.search(folded):
        return "yes"
    if _CUSTOMER_NO.search(folded):
        return "no"
    if (_OTHERS_CUSTOMERS.search(folded) or former_employer_customers(folded)) and not any(
        not _others(folded, m.start()) for m in _CUSTOMER_YES.finditer(folded)
    ):
        return "no"  # only another company's customers are named (a firm the writer left too)
    for clause, m in _hits(cls, _CUSTOMER_YES):
        if _principal(folded, clause.start + m.start()):
            continue  # our client company, who hires us: not the person contacted
        if _theirs(folded, clause.start + m.start()):
            continue  # the person's own customers say nothing of a purchase from us
        if negated(clause.text, m.start(), window=20):
            return "no"
        return "yes"
    list_bought = [(b.end() - 12, b.end()) for b in LIST_BOUGHT.finditer(folded)]
    for clause, m in _hits(cls, _BOUGHT):
        if any(a <= clause.start + m.start() < z for a, z in list_bought):
            continue  # the list was bought, by us: nobody on it bought anything
        if _principal(folded, clause.start + m.start()):
            continue  # "signed a client": we won a business, nobody contacted bought
        if m.group(0).rstrip().endswith("signed") and _FORM_AFTER.match(
            folded, clause.start + m.end()
        ):
            continue  # a bare "signed" beside a form: "ticked it and signed, we scanned the form"
        if not negated(clause.text, m.start(), window=20):
            return "yes"
    for clause, m in _hits(cls, _STAYED):
        if not negated(clause.text, m.start(), window=20):
            return "yes"
    if re.search(r"\bprospects?\b", folded):
        return "no"  # a prospect is, by the word, not yet a customer
    return None


#: A contract said to run until a date: "a maintenance contract that runs until 2027",
#: "contrat qui court jusqu'en mars 2027", "abonnement valable jusqu'à fin 2027". In the present
#: tense only ("ran until", "courait" are past); the date must not be past (see ``_ongoing``).
_RUNS_UNTIL = re.compile(
    r"\b(?:contrats?|abonnements?|forfaits?|polices?|adhesions?|contracts?|subscriptions?|"
    r"polic(?:y|ies)|memberships?|leases?|leasings?|engagements?)\b(?: [\w'-]+){0,5}? "
    r"(?:(?:that|which|qui) )?(?:(?:still |toujours )?(?:runs?|is valid|is in force|lasts?|goes|"
    r"expires?|ends?|court|courent|est valable|sont valables|valable|valid|en vigueur|dure|"
    r"expire|se termine|prend fin|s'arrete|en cours|ongoing|running|active|actif|active))"
    r"(?: (?:encore|still))?(?: (?:chez nous|avec nous|with us|chez \w+|with \w+))? "
    r"(?:until|till|through|to|in|jusqu'(?:a|au|en|a la)|fin|en|le|on)"
    r"(?: (?:fin|end of|la fin de|mid|mi-|debut|the end of))?(?: [a-z]+)? ?"
    r"(?:(?P<year>20\d\d)\b|(?P<next>next year|l'an prochain|l'annee prochaine)\b)"
)


_ANOTHER_COMPANY = re.compile(
    r"\b(?:concurren\w*|competitors?|rivals?|autres? (?:societe|entreprise|boite|fournisseur)s?|"
    r"another (?:company|firm|provider|supplier)|other (?:company|firm|provider|supplier))\b"
)


def runs_until_future(folded: str, on: dt.date | None) -> list[tuple[int, int]]:
    """Where a contract of ours is said to run until a date still to come ("contrat en cours
    chez nous jusqu'en mars 2027"): such an "until" ends nothing (no `historical` span)."""
    found = []
    for m in _RUNS_UNTIL.finditer(folded):
        if negated(folded, m.start(), window=15) or _ANOTHER_COMPANY.search(
            folded, max(0, m.start() - 40), m.end()
        ):
            continue  # "le contrat de notre concurrent court jusqu'en 2028": not ours
        if m.group("next") or (on is not None and int(m.group("year")) > on.year):
            found.append((m.start(), m.end()))
    return found


def _runs_until_future(folded: str, on: dt.date | None) -> bool:
    return bool(runs_until_future(folded, on))


_ONGOING_PRODUCT = words("customer", "ongoing_product")
_HELD_WITH_US = words("customer", "held_with_us")
_HOLDER_BEFORE = words("customer", "holder_before")
_HELD_ELSEWHERE = words("customer", "held_elsewhere")


_PENDING = words("customer", "pending")


def _elsewhere(clause: Clause, m: re.Match[str]) -> bool:
    """The contract matched is said held with another company ("chez Cofidis", "with another
    insurer") or not running yet ("en cours de signature"): no contract running with us."""
    return _near(_HELD_ELSEWHERE, clause.text, m.start() - 30, m.end() + 40) or _near(
        _PENDING, clause.text, m.start(), m.end() + 40
    )


def _near(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A match of ``pattern`` starting between ``start`` and ``end`` (its words may run past
    ``end``: "chez nous" read whole, not "chez" cut before "nous")."""
    return any(start <= w.start() < end for w in pattern.finditer(text))


def _held_with_us(clause: Clause, m: re.Match[str]) -> bool:
    """A word next to the contract says it is ours: "chez nous", "notre prêt", "J'ai un
    mandat…"."""
    return (
        _near(_HELD_WITH_US, clause.text, m.start() - 12, m.end() + 25)
        or bool(_HOLDER_BEFORE.search(clause.text[max(0, m.start() - 20) : m.start()]))
        or m.group(0).startswith(("notre ", "nos "))
    )


def _product_held(cls: list[Clause]) -> str | None:
    """A contract named by its product ("une mutuelle en cours chez nous", "an active loan with
    us"): running with us only when said ours; a negated one ("n'a plus de prêt en cours") is
    none (towards `forbidden`, it needs no word of ours)."""
    for clause, m in _hits(cls, _ONGOING_PRODUCT):
        if negated(clause.text, m.start()):
            return "no"
        if _held_with_us(clause, m) and not _elsewhere(clause, m):
            return "yes"
    return None


def _ongoing(cls: list[Clause], folded: str, on: dt.date | None = None) -> str | None:
    if _FORMER.search(folded):
        return "no"
    ongoing = _yes_no(cls, _ONGOING)
    if ongoing == "yes" and all(
        _elsewhere(c, m) for c, m in _hits(cls, _ONGOING) if not negated(c.text, m.start())
    ):
        ongoing = None  # "un contrat en cours chez un concurrent": none with us
    if ongoing == "yes" and all(_others(folded, m.start()) for m in _ONGOING.finditer(folded)):
        ongoing = None  # the subscribers of a competitor hold no contract with us
    if ongoing is None:
        ongoing = _product_held(cls)
    if ongoing is None and not _OTHERS_CUSTOMERS.search(folded) and _runs_until_future(folded, on):
        ongoing = "yes"  # the end of the contract is still to come
    if ongoing is None and (_BOUGHT.search(folded) or _STAYED.search(folded)):
        # "acheté un canapé en 2025 (livré, payé, terminé)": a sale carried out, nothing running
        # read on the whole text: "(livré, payé, terminé)" runs over the clause breaks
        for m in _COMPLETED.finditer(folded):
            if not negated(folded, m.start(), window=20):
                return "no"
    return ongoing
