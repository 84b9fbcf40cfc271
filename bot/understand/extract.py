"""Deterministic extraction of the `Facts` of a case from a French or English question.

Each fact family has its own small function over the *folded* question (see `text.fold`): word
patterns for each value, looked for clause by clause, with a negation cue just before a match
turning "a donné son accord" into its opposite ("ne m'a jamais donné son accord"). Nothing is
guessed beyond the words: a fact that is not stated stays unknown and the rules ask for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from bot.understand.context import Span, plain_text, spans
from bot.understand.evidence_rules import ignored, is_permissive, needs_plain
from bot.understand.persons import focus, others_named, target, unnamed
from bot.understand.text import Clause, clauses, fold, negated
from rules.facts import Facts

# Helpers ----------------------------------------------------------------------------------------


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _hits(cls: list[Clause], pattern: re.Pattern[str]) -> Iterator[tuple[Clause, re.Match[str]]]:
    for clause in cls:
        for m in pattern.finditer(clause.text):
            yield clause, m


def _first(
    cls: list[Clause], pattern: re.Pattern[str], *, negatable: bool = True
) -> tuple[bool, bool]:
    """(found, negated) for the first match of ``pattern``; a plain match beats a negated one."""
    found_negated = False
    for clause, m in _hits(cls, pattern):
        if negatable and negated(clause.text, m.start()):
            found_negated = True
            continue
        return True, False
    return found_negated, found_negated


def _yes_no(
    cls: list[Clause], yes: re.Pattern[str], no: re.Pattern[str] | None = None
) -> str | None:
    """'yes' for a plain match of ``yes``, 'no' for a negated one or a match of ``no``."""
    if no is not None:
        for clause, m in _hits(cls, no):
            # an aside in brackets is its own statement: "je peux pas… (aucun consentement)"
            aside = clause.text.rfind("(", 0, m.start()) + 1
            if m.group(0).startswith(("ni ", "nor ")) or not negated(
                clause.text[aside:], m.start() - aside
            ):
                return "no"  # "ni"/"nor" carries the negation before it on: no double negation
    found, neg = _first(cls, yes)
    if found:
        return "no" if neg else "yes"
    return None


# Channel ----------------------------------------------------------------------------------------

_AUTOMATED = _rx(
    r"automates? d'appels?",
    r"appels? automati\w+",
    r"robocall\w*",
    r"automated (?:phone )?calls?",
    r"automatic dial\w*",
    r"pre-?recorded (?:calls?|messages?)",
    r"messages? voca(?:l|ux) pre-?enregistr",
    r"serveur vocal",
    r"voice ?bot",
    r"robots? d'appel",
    r"\bautomates?\b",
    r"ringless voicemail",
    r"appels? enregistr\w*",
    r"automated (?:voice |phone )?(?:messages?|voicemails?)",
    r"(?:messages?|appels?) (?:vocaux |voca(?:l|ux) )?automati\w+",
)
_FAX = _rx(r"\bfax\w*", r"telecopi\w*")
_SMS = _rx(
    r"\bsms\b",
    r"\bmms\b",
    r"\brcs\b",
    r"\btextos?\b",
    r"whats ?app",
    r"imessage",
    r"telegram",
    r"text messag\w*",
    r"\b(?:by|via|per|par|over) texts?\b",
    r"\btext(?:ing|ed)\b",
    r"\btext(?:er|e|es|ons|ez)\b",
    r"\btexts?\b(?= (?:to|them|him|her|consumers?|customers?|clients?|people|prospects?|individuals?"
    r"|users?|our|their|a|an|the|all|these|those|every)\b)",
    r"messageries? instantanees?",
    r"instant messag\w*",
    r"\bsignal\b(?= message)",
)
_EMAIL = _rx(
    r"\be-?mail(?:s|ing|ed|er|ez|ons|e)?\b(?! postal)",
    r"\bmails?\b(?! postal)",
    r"\bmail(?:er|ez|ons|es|ent)\b",
    r"\bmailings?\b(?! postal)",
    r"courriels?",
    r"courriers? electroniques?",
    r"electronic mail",
    r"newsletters?",
    r"lettres? d'information",
    r"\bemailing\b",
    r"\bmel\b",
    r"\bmails? pro\b",
    r"\binbox\b",
)
_PHONE = _rx(
    r"\bappel(?:s|er|le|lent|lons|ez|e)?\b(?! d'offres?)",
    r"\btelephon\w*",
    r"\bphon(?:e|es|ing)\b",
    r"\bcall(?:s|ing|ed)?\b",
    r"cold[- ]?call\w*",
    r"\btel\b",
    r"telemarket\w*",
    r"teleprospect\w*",
    r"demarchage tel\w*",
    r"\b(?:ring|ringing|rang|rung) (?:him|her|them)\b",
    r"\brappel(?:er|le)?\b",
    r"\bphoning\b",
    r"\bcoups? de (?:fil|telephone)\b",
    r"\bportables?\b",
    r"\bmobiles?\b(?! app)",
)
_POST = _rx(
    r"\bcourriers?\b(?! electronique)",
    r"\blettres?\b(?! d'information)",
    r"\bpostal\w*",
    r"par la poste",
    r"\bmailing postal",
    r"\bprospectus\b",
    r"\bflyers?\b",
    r"catalogues? papier",
    r"paper catalog\w*",
    r"(?:printed|paper) (?:catalog\w*|brochures?|leaflets?)",
    r"brochures? (?:papier|imprimee?s?)",
    r"\bpostcards?\b",
    r"cartes? postales?",
    r"boites? aux lettres",
    r"\bletters?\b",
    r"direct mail\b",
    r"\bby post\b",
    r"\bvia post\b",
    r"\bpublipostage\b",
    r"\bsnail mail\b",
    r"\bpaper mail\b",
    r"\benvoi postal\b",
)
_SOCIAL = _rx(
    r"\binmails?\b",
    r"linkedin",
    r"messenger",
    r"instagram",
    r"facebook",
    r"\bdms?\b",
    r"direct messages?",
    r"messages? prives?",
    r"\bmp\b",
    r"reseaux? sociaux",
    r"social (?:media|network)",
    r"twitter",
    r"tiktok",
    r"\bx\.com\b",
)
#: An action word or a "by" just before a channel word: the channel of the action asked about.
_ACTION_BEFORE = re.compile(
    r"(?:envoy\w*|envoi|send\w*|sent|ecri\w*|write|contact\w*|prospect\w*|relanc\w*|demarch\w*|"
    r"propos\w*|pitch\w*|cibl\w*|target\w*|campagne|campaign|blast|push|par|by|via|en|over|un|une|"
    r"des|an|a|on|de|d')\W+(?:\w+\W+){0,2}$"
)
_VERB_CHANNEL = {  # the word itself is the action: "appeler", "call", "text", "e-mail them"
    "phone": re.compile(
        r"^(?:appel(?:er|le|lent|ons|ez)|call(?:ing)?|cold[- ]?call\w*|phoning|"
        r"rappeler|ring|telephoner|demarchage tel\w*)"
    ),
    "sms": re.compile(r"^(?:text|texting)"),
    "email": re.compile(r"^e-?mail(?:ing|er|ez|ons)?$"),
}


#: English "to mail" something physical ("can we mail a paper catalogue"), not "un mail".
_MAIL_VERB = re.compile(
    r".*\b(?:to|can|could|may|we|i|should|will|our|your) mail(?:ed|ing)? ?(?!(?:to )?(?:an? )?e-?mail)"
)


def _channel(folded: str) -> str | None:
    if _AUTOMATED.search(folded):
        return "automated_call"
    if _FAX.search(folded):
        return "fax"
    found: list[tuple[int, bool, str]] = []  # (position, strong, channel)
    for name, pattern in (("sms", _SMS), ("email", _EMAIL), ("phone", _PHONE), ("post", _POST)):
        for m in pattern.finditer(folded):
            word = m.group(0)
            strong = bool(_ACTION_BEFORE.search(folded[max(0, m.start() - 40) : m.start()]))
            if name in _VERB_CHANNEL and _VERB_CHANNEL[name].match(word):
                strong = True
            if name == "phone" and word.startswith(("portable", "mobile")):
                strong = False  # "son portable" also gets SMS
            found.append((m.start(), strong, name))
    if found:
        emails = [f[0] for f in found if f[2] == "email"]
        if (
            any(f[2] == "post" for f in found)
            and emails
            and all(_MAIL_VERB.match(folded, max(0, i - 12)) for i in emails)
        ):
            return "post"  # "to mail a paper catalogue / a letter": the verb, not an e-mail
        strong = [f for f in found if f[1]]
        # SMS beats a mere "numéro de téléphone / portable" mention
        names = {f[2] for f in found}
        if "sms" in names and not any(f[2] == "phone" and f[1] for f in found):
            return "sms"
        return min(strong or found)[2]
    if _SOCIAL.search(folded):
        return "social_dm"
    return None


#: A question sentence, and the contrast that sets the action apart inside it ("tel et mail c'est
#: mort, par contre un courrier ?").
_QUESTION_SENTENCE = re.compile(r"[^.!?\n]*\?")
_CONTRAST = re.compile(
    r"\b(?:mais|par contre|en revanche|plutot|sinon|but|however|instead|what about|how about|"
    r"et pour|and for|quid)\b"
)


def _channel_asked(folded: str) -> str | None:
    """The channel of the action asked about: the one the question names, after any contrast,
    before the channels merely mentioned around it (what was done, what is ruled out)."""
    for m in reversed(list(_QUESTION_SENTENCE.finditer(folded))):
        sentence = m.group(0)
        turns = list(_CONTRAST.finditer(sentence))
        if turns:
            after = _channel(sentence[turns[-1].start() :])
            if after:
                return after
        asked = _channel(sentence)
        if asked:
            return asked
    return _channel(folded)


# Audience ---------------------------------------------------------------------------------------

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


# Address and contact -----------------------------------------------------------------------------

_GENERIC_LOCAL = re.compile(
    r"^(?:contact|contacts|info|infos|information|sales|hello|bonjour|commercial|support|admin|"
    r"accueil|office|team|marketing|compta|comptabilite|ventes|achats|purchasing|direction|"
    r"secretariat|rh|hr|jobs|recrutement|service-?client|serviceclient|customer-?service|help|"
    r"contactpro|mail|postmaster|webmaster|press|presse|communication|reception|general|enquiries|"
    r"inquiries|billing|facturation|devis|commande|orders|noreply|no-reply)$"
)
_WEBMAIL = re.compile(
    r"@(?:gmail|googlemail|hotmail|yahoo|outlook|live|msn|icloud|me|aol|orange|wanadoo|free|sfr|"
    r"laposte|neuf|bbox|gmx|proton|protonmail)\."
)
_EMAIL_RX = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_GENERIC_WORDS = _rx(
    r"(?:generic|standard|general|main|switchboard) (?:fax |phone |telephone )?(?:line|number)",
    r"standard (?:de l'entreprise|de la societe|telephonique)",
    r"(?:fax|ligne|numero) generique",
    r"adresses? (?:e-?mail |mail )?generiques?",
    r"generic (?:e-?mail )?(?:address|mailbox|inbox)",
    r"boites? (?:mail )?generiques?",
    r"\b(?:contact|info|sales|hello|commercial|support)@(?!\w)",
    r"\b(?:contact|info|sales)@\.{0,3}",
)
_PRO_WORDS = _rx(
    r"adresses? (?:e-?mail |mail |de messagerie )?(?:pro|professionn?elles?)\b",
    r"(?:work|business|professional|office|corporate|company) (?:e-?mail )?(?:address|e-?mail|line|"
    r"number|phone|inbox|mailbox|mobile|cell)",
    # "his email is his business one"
    r"(?:e-?mail|address|number|mobile|phone) is (?:his|her|their) (?:work|business|professional|"
    r"company|office) one",
    r"lignes? (?:pro|professionn?elle|directe)\b",
    r"numeros? (?:pro|professionn?el)\b",
    r"(?:mails?|e-?mails?|tel|telephones?|portables?|mobiles?|adresses?|numeros?) "
    r"(?:pro|pros|professionn?el\w*)\b",
    r"\bnominati(?:f|fs|ve|ves)\b",
    r"\bnamed (?:work |business )?(?:e-?mail|address)",
    r"prenom\.nom",
    r"firstname\.lastname",
    r"\bau bureau\b",
    r"\bat (?:her|his|their) office\b",
    r"\bdirect line\b",
    r"\bwork (?:mail|number|phone)\b",
    r"(?:clinic|office|practice|shop|store|company) (?:e-?mail )?address",
    r"adresses? (?:du|de son|de la) "
    r"(?:cabinet|boutique|magasin|societe|entreprise|bureau)",
)
_PERSONAL_WORDS = _rx(
    r"adresses? (?:e-?mail |mail )?(?:perso|personn?elles?|privees?)\b",
    r"(?:personal|private|home) (?:e-?mail|address|phone|number|mobile|line|inbox)",
    r"(?:portable|mobile|numero|mail|e-?mail|adresse|telephone) (?:perso|personn?el|prive)\b",
    r"\bgmail\b",
    r"\bhotmail\b",
    r"\byahoo\b",
    r"\bdomicile\b",
    r"\bat home\b",
)


def contacts(text: str) -> list[str]:
    """E-mail addresses, then phone numbers (``phonenumbers``, French numbering by default)."""
    found = [m.group(0).strip(".'") for m in _EMAIL_RX.finditer(text)]
    try:
        import phonenumbers

        for match in phonenumbers.PhoneNumberMatcher(text, "FR"):
            found.append(
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            )
    except Exception:  # noqa: BLE001 - a malformed number is no reason to fail the question
        pass
    return found


def _address(folded: str, contact: str | None) -> str | None:
    generic = _generic_address(folded, contact)
    if generic and (_WORKS_ALONE.search(folded) or _ONE_PERSON_FIRM.search(folded)):
        # contact@ of someone who works alone designates that one person: personal data (CNIL)
        return "professional"
    return generic or _other_address(folded, contact)


#: A firm that is one person in law (an artisan or a shop may employ others: not these words).
_ONE_PERSON_FIRM = re.compile(
    r"auto-?entrepr(?:eneur|eneuse|ise)|micro-?entrepr(?:eneur|eneuse|ise)|sole[- ]trader|"
    r"entreprise individuelle|en nom propre|sole proprietor|self-employed|freelance"
)


def _generic_address(folded: str, contact: str | None) -> str | None:
    if contact and "@" in contact and _GENERIC_LOCAL.match(contact.lower().split("@", 1)[0]):
        return "generic"
    if (not contact or "@" not in contact or not _WEBMAIL.search(contact.lower())) and (
        _GENERIC_WORDS.search(folded)
    ):
        return "generic"
    return None


def _other_address(folded: str, contact: str | None) -> str | None:
    if contact and "@" in contact and _WEBMAIL.search(contact.lower()):
        return "personal"
    if _PERSONAL_WORDS.search(folded):
        return "personal"
    if _PRO_WORDS.search(folded):
        return "professional"
    if contact and "@" in contact:
        local = contact.lower().split("@", 1)[0]
        if re.match(r"^[a-z]+[._-][a-z]+$", local) or re.match(r"^[a-z]\.?[a-z]{2,}$", local):
            return "professional"  # firstname.lastname@company: a named work address
    return None


# Customer, contract, related offer ------------------------------------------------------------

_LIST_WORDS = r"(?:fichiers?|listes?|bases?|donnees|contacts|leads|adresses?|numeros|emails?|mails|lists?|database|data|records|files?)"
_BOUGHT = re.compile(
    r"(?<!\bwe )(?<!\bon a )(?<!\bon )(?<!\bnous )(?<!\bje )(?<!\bj')(?<!\bnous avons )(?<!\bj'ai )(?<!\bi )(?<!\bi have )(?<!\bwe have )"
    r"(?:\b(?:a|ont|avait|avaient|has|have|had|who|qui|already|deja|recently|recemment)\s+(?:deja\s+)?)?"
    r"\b(?:achete|bought|purchased|commande|ordered|souscrit|subscribed to|signed)\b"
    rf"(?!\s+(?:\w+\s+){{0,2}}(?:{_LIST_WORDS}|offers?|offres|newsletters?|e-?mails|texts|sms|alerts|"
    rf"mailing|promo\w*|marketing|communications))\s*(?:(?:un|une|des|le|la|les|du|de la|de|d'|a|an|some|the|our|nos|notre|chez nous)\s+)?([a-z']{{4,}})?"
)
_NOT_NEWSLETTER = r"(?! (?:a |au |de |to )?(?:la |notre |nos |our |the )?(?:newsletter|lettre|liste|alertes|mailing))"
_CUSTOMER_YES = _rx(
    r"\bclient(?:e|es|s)?\b(?! particulier)",
    r"\bclient(?:e|es|s)? particulier(?:e|es|s)?\b",
    r"\bcustomers?\b",
    r"\bclientele\b",
    rf"\babonnes?\b{_NOT_NEWSLETTER}",
    rf"(?<!newsletter )\bsubscribers?\b{_NOT_NEWSLETTER}",
    r"\bacheteurs? de nos\b",
)
_CUSTOMER_NO = _rx(
    r"\bnon-?clients?\b",
    r"\bnon-?customers?\b",
    r"jamais (?:rien )?achete",
    r"never (?:bought|purchased|ordered)",
    r"pas (?:encore )?(?:de )?clients?\b",
    r"not (?:yet )?(?:a |our )?customers?",
    r"aucun achat",
    r"\bno purchase",
    r"pas (?:encore )?achete",
    r"n'(?:a|ont) (?:jamais|pas) (?:rien )?(?:achete|commande)",
    r"sans (?:rien )?achet\w*",
    r"without (?:buying|purchasing|ordering)",
    r"(?:only|just|seulement|juste) "
    r"(?:\w+ ){0,2}?(?:cree|created|ouvert|opened) (?:un |a |an )?(?:compte|account)",
)
_FORMER = _rx(
    # the person's contract ended ("our subscription lapsed" is the rep's own, not a customer's)
    r"\b(?:son|leur|le|du|un) contrat (?:\w+ ){0,3}?(?:s'est |est |a ete )?(?:termine|resilie|echu|expire|"
    r"fini)",
    r"\b(?:his|her|their|the|a) (?:[\w-]+ ){0,2}?(?:contract|subscription|policy) (?:\w+ ){0,3}?(?:ended|"
    r"expired|was cancell?ed|was terminated|lapsed)",
    r"\bex-?clients?\b",
    r"anciens? clients?",
    r"former customers?",
    r"ex-?customers?",
    r"n'(?:est|etait|sont) plus (?:client|abonne)",
    r"no longer (?:a )?(?:customer|client|subscriber)",
    r"contrats? (?:est |a ete |sont |ont ete )?(?:termine|resilie|fini|expire|echu|arrive a (?:son )?terme|clos|clotur)\w*",
    r"contract (?:has |had )?(?:ended|expired|terminated|lapsed|finished|been cancelled|was cancelled)",
    r"(?:resilie|cancelled|ended|terminated) (?:son|leur|sa|his|her|their) (?:contrat|abonnement|contract|subscription)",
    r"plus de contrat",
    r"ancien contrat",
    r"anciens? abonnes?",
    r"former subscribers?",
    # the relationship ended, or there never was a running contract: a one-off purchase
    r"(?:elle|il|ils|elles|she|he|they) (?:a|ont|has|have)? ?(?:resilie|cancell?ed|terminated)\b",
    r"\b(?:etait|was) (?:\w+ )?(?:cliente?|customer|client|abonnee?|subscriber)\b (?:\w+ ){0,5}?(?:jusqu'|until)",
    r"\bnothing (?:is )?ongoing\b",
    r"\brien (?:n'est )?en cours\b",
    r"\bno (?:ongoing |active |current )?(?:contract|subscription)s? (?:\w+ ){0,3}?(?:with us )?(?:now|anymore|any more)\b",
    r"\bno (?:ongoing|active|current) (?:contract|subscription)",
    r"\bone-?off (?:purchase|sale|order)\b",
    r"\bachat (?:ponctuel|unique)\b",
    r"\b(?:pas|plus|aucun) (?:de )?contrat en cours\b",
)
_ONGOING = _rx(
    r"contrats? (?:en cours|actifs?|valides?|toujours (?:en cours|actif|valide))",
    r"sous contrat",
    r"abonnements? (?:en cours|actifs?)",
    rf"\babonnes?\b{_NOT_NEWSLETTER}",
    r"\bongoing contract",
    r"current contract",
    r"active (?:contract|subscription|customer)",
    r"under contract",
    r"existing contract",
    r"(?:a|ont|avec) (?:un|une) (?:contrat|abonnement)",
    r"(?:has|have|with) an? (?:ongoing |active |current )?(?:contract|subscription)",
    rf"(?<!newsletter )\bsubscribers?\b{_NOT_NEWSLETTER}",
    r"contrat (?:avec nous|chez nous)",
    r"en cours de contrat",
    # qualifier and noun a few words apart: "contrat de maintenance en cours", "active broadband contract"
    r"(?:contrats?|abonnements?|forfaits?|polices?)(?: \w+){1,3} (?:en cours|actifs?|toujours (?:en cours|actifs?))",
    r"(?:ongoing|active|current|running|existing)(?: [\w-]+){1,3} (?:contract|subscription|policy|plan|lease)s?\b",
    r"(?:contract|subscription|policy|plan)s? (?:is |are )?(?:still |currently )?(?:running|active|ongoing|"
    r"in force)\b",
    r"\ben contrat\b",
    # enrolled in one of our courses: a training contract running
    r"(?:enrolled|registered|inscrite?s?) (?:in|on|for|a|en|dans) (?:our|notre|nos|l'une de nos|one of our) "
    r"(?:[\w-]+ ){0,3}?(?:formations?|trainings?|courses?|cursus|programmes?|programs?)\b",
    r"(?:en ce moment|actuellement|currently|right now) (?:[\w-]+ ){0,5}?(?:formation|training|course|cours|"
    r"contrat|contract|abonnement|subscription)",
    r"(?:formation|training|course|cours)s? (?:\w+ ){0,3}?(?:en cours|ongoing|in progress)",
    r"\bon (?:our|my) (?:[\w-]+ ){0,3}?(?:plan|subscription|contract|policy|tariff)\b",
)
_RELATED_YES = _rx(
    r"\bsimilaires?\b",
    r"\banalogues?\b",
    r"meme (?:type|gamme|genre|categorie|famille|nature)",
    r"\bequivalents?\b",
    r"\bcomplementaires?\b",
    r"same (?:kind|type|range|category|line|family)",
    r"\bsimilar\b",
    r"related (?:to (?:what|the|their|his|her)|products?|services?|offers?)",
    r"(?:lie|liee|lies|liees|en (?:rapport|lien)|rapport) (?:a|au|aux|avec) (?:son|leur|sa|ses|leurs) "
    r"(?:contrat|metier|poste|activite|fonction|travail|job|achat|abonnement|profession)",
    r"(?:relat\w*|relevant|linked|tied) to (?:his|her|their|the person's) (?:job|role|work|contract|"
    r"position|business|trade|purchase|subscription|function|field)",
    r"\bupgrad\w*",
    r"\brenouvellement\b",
    r"options? (?:en plus|additionn?elles?)",
    r"(?:sur|a|pour|de) (?:son|leur|sa) (?:abonnement|contrat|forfait)\b",
    r"(?:about|for|on|to) (?:his|her|their) (?:contract|subscription|plan)\b",
    r"\bmise a niveau\b",
    r"\bmontee en gamme\b",
    r"options? (?:supplementaires?|complementaires?)",
    r"same (?:products?|services?)",
    r"memes? (?:produits?|services?)",
    r"(?:son|leur) contrat actuel",
    r"\brenewal\b",
    # an option or a better tier of the contract they hold
    r"(?:same|meme|ce meme|cette meme) (?:\w+ )?(?:contract|policy|line|subscription|plan|contrat|"
    r"abonnement|forfait|ligne|police|formation|training|course|cursus)\b",
    r"(?:on|to|of) (?:the |that |this )?same (?:contract|policy|line|subscription|plan)",
    r"(?:sur|de|du) (?:ce |le |son )?meme (?:contrat|abonnement|forfait|ligne)",
    r"(?:formule|tier|plan|version|offre|forfait|abonnement|contrat|niveau|gamme|level|package) "
    r"(?:premium|superieure?|au-dessus|higher|better|plus|haut de gamme)\b",
    # something of the contract they hold: "the contract's premium level"
    r"(?:contract|subscription|plan|policy|membership)'s\b",
    r"(?:directly |directement )?(?:linked|tied|related|lie|liee) (?:to|a) (?:his|her|their|son|sa|leur) "
    r"(?:\w+ )?(?:training|course|formation|cursus|contract|contrat|subscription|abonnement)\b",
    r"\b(?:premium|higher|better|top) (?:tier|plan|version)\b",
    # "c'est son métier", "it's his trade": the offer is the person's own line of work
    r"(?:c'est|c|c est|it's|it is|that's|that is) (?:(?:exactement|pile|directement|bien|exactly|"
    r"right) )?(?:dans |in )?(?:son|leur|his|her|their) (?:metier|activite|job|trade|domaine|"
    r"line of work|field)\b",
    r"passer (?:a|au|de) (?:la |l')?(?:fibre|formule|offre|version)",
)
_RELATED_NO = _rx(
    r"sans (?:aucun )?(?:rapport|lien)",
    r"rien a voir",
    r"\bunrelated\b",
    r"not related",
    r"aucun (?:rapport|lien)",
    r"autres? (?:produits?|services?|secteurs?|domaines?)",
    r"different (?:products?|services?|kinds?|field)",
    r"nothing to do with",
    r"pas (?:de )?(?:rapport|lien)",
    r"\b(?:our|a|the|their) partner(?:'s|s')? (?!consent)",
    r"(?:produits?|offres?|services?|assurances?) (?:de |d'|du |des )(?:notre |nos |un )?partenaires?",
    r"(?:offres?|produits?) (?:de |d'un |d'une |des )?(?:nos )?partenaires?",
    r"partners?'? (?:offers?|products?)",
    # another company's offers: "les promos d'un partenaire", "on behalf of a partner"
    r"(?:offres?|produits?|services?|promos?|propositions?|catalogues?|bons plans)\b.{0,40}?\b(?:de|du|des|"
    r"d'un|d'une|chez) (?:notre |nos |un |une |leurs? |ses )?partenaires?\b",
    r"(?:pour le compte|au nom|de la part) (?:d'un|d'une|de nos|de notre|des?|du) partenaires?",
    r"on behalf of (?:a |our |the |their )?partners?",
    r"\b(?:de|d'un|d'une|du) (?:notre|nos|un|une) partenaires?\b",
    r"\bfrom (?:our|a|one of our|the) partners?\b",
    r"(?:offres?|produits?|services?|credits?|prets?|offers?|products?|loans?|deals?)\b.{0,40}?\b(?:de|d'|du|"
    r"des|from|of) (?:la |une |l'|un |a |another |the |notre |our )?(?:banque|assureur|filiale|societe "
    r"soeur|autre (?:societe|entreprise|marque)|bank|insurer|subsidiary|sister company|another "
    r"(?:company|brand|firm))\b",
    r"avec (?:qui|laquelle|lequel) (?:on|nous) (?:bosse|travaill)\w*|(?:company|bank|firm) we work with",
    r"(?:offers?|products?|deals?|services?) (?:\w+ ){0,3}?(?:from|of) (?:our |a |the |their )?partners?",
)
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
        re.compile(r"fleet|\bflottes?\b|parc (?:automobile|auto|de vehicules)|gestionnaire de parc"),
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


_NEWSLETTER_SUBS = re.compile(
    r"newsletter subscri|subscri\w* (?:to|of) (?:our |the )?newsletter|abonnes? (?:a |de |au )?(?:la |"
    r"notre |nos )?(?:newsletter|lettre d'information)|inscrits? (?:a|sur) (?:la |notre )?newsletter"
)
_BARE_SUBSCRIBERS = re.compile(r"\b(?:abonnes?|subscribers?)\b(?! (?:a|au|de|to|of) )")


def _customer(cls: list[Clause], folded: str) -> str | None:
    if _FORMER.search(folded):
        return "yes"
    if _CUSTOMER_NO.search(folded):
        return "no"
    for clause, m in _hits(cls, _CUSTOMER_YES):
        if negated(clause.text, m.start(), window=20):
            return "no"
        return "yes"
    for clause, m in _hits(cls, _BOUGHT):
        if not negated(clause.text, m.start(), window=20):
            return "yes"
    if re.search(r"\bprospects?\b", folded):
        return "no"  # a prospect is, by the word, not yet a customer
    return None


def _ongoing(cls: list[Clause], folded: str) -> str | None:
    if _FORMER.search(folded):
        return "no"
    return _yes_no(cls, _ONGOING)


#: Add-ons of any purchase: "analogous" to it under L.34-5 (R2), when sold by the same company.
_ADD_ONS = _rx(
    r"\baccessoires?\b",
    r"\baccessor(?:y|ies)\b",
    r"\bconsommables?\b",
    r"\bconsumables?\b",
    r"pieces? (?:detachees?|de rechange)",
    r"(?:spare|replacement) parts?",
    r"\brecharges?\b",
    r"\brefills?\b",
    r"extensions? de garantie",
    r"extended warrant\w*",
    r"\bwarranty extension",
    r"entretien (?:de |du |d')(?:son|sa|ses|leur|leurs)",
    r"(?:maintenance|servicing) (?:of|for) (?:his|her|their|the)",
)
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


#: Another company of the group makes the offer: not "our" analogous products (soft opt-in and
#: the contract exceptions cover the same company only).
_GROUP_COMPANY = _rx(
    r"\bfiliales?\b",
    r"(?:societe|entreprise|marque|boite)s? (?:soeurs?|du groupe|de notre groupe)",
    r"autres? (?:societe|entreprise|boite)s? du (?:meme )?groupe",
    r"\bsubsidiar(?:y|ies)\b",
    r"\bsister (?:company|companies|brand|firm)s?\b",
    r"\b(?:group|affiliated|parent) compan(?:y|ies)\b",
    r"\bparent company'?s?\b",
    r"\baffiliates?\b",
)


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


# Source -----------------------------------------------------------------------------------------

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

# Consent ----------------------------------------------------------------------------------------

_PRE_TICKED = _rx(
    r"pre-? ?coche\w*",
    r"pre-? ?ticked",
    r"pre-? ?checked",
    r"pre-? ?selected",
    r"preselectionn\w*",
    r"(?<!de)(?<!non )(?<!non-)\bcochee?s? (?:par defaut|d'office|automatiquement)",
    r"(?<!un)(?<!non-)(?<!non )\b(?:ticked|checked|selected) by default",
    r"already (?:ticked|checked)",
    r"deja cochee?s?",
    r"case (?:deja )?remplie",
)
_BUNDLED = _rx(
    r"\bcgv\b",
    r"\bcgu\b",
    r"conditions generales",
    r"terms (?:and|&) conditions",
    r"\bt ?& ?cs?\b",
    r"terms of (?:use|service|sale)",
    r"\btos\b",
    r"\bbundled\b",
    r"noye\w* dans",
    r"hidden in",
    r"(?:en|by) accept\w* (?:les|nos|the|our) (?:conditions|terms|cgv|cgu)",
    r"reglement du jeu",
    r"politique de confidentialite",
    r"privacy policy",
    r"mentions legales",
    # the sign-up or the purchase itself "counts as" consent
    r"(?:inscription|creation (?:de|du) (?:votre |son |leur )?compte|achat|commande|account creation|"
    r"signing up|sign-?up|registration|registering|purchase|ordering) (?:vaut|emporte|implique|entraine|"
    r"means|implies|counts as|equals|constitutes) (?:\w+ )?(?:acceptation|consentement|accord|agreement|"
    r"consent|acceptance|opt-?in|inscription)",
)
#: Consent read into silence or inaction (GDPR 4(11): "unambiguous" needs an act): `implied`.
_AGREES = (
    r"(?:accept\w*|consent\w*|d'accord|vaut (?:accord|acceptation|consentement)|considere\w*|repute\w*|"
    r"(?:serez|seront|sera|est|sont|will be|are|is) (?:inscrit|abonne|subscribed|enrolled|opted)\w*|"
    r"recevrez|recevront|recevra|will receive|'ll receive|agree\w*|opt(?:ed|s)? in|deemed|taken as)"
)
_SILENCE = _rx(
    r"\bsilence\b(?! radio)",
    r"qui ne dit mot",
    r"n'(?:a|ont) rien dit",
    r"didn'?t say (?:anything|no)",
    r"\bimplicite?s?\b",
    r"\bimplicit\w*",
    # a contract renewed tacitly is no consent read into silence
    r"\btacite(?:s|ment)?\b(?! (?:reconduc|renouvel))",
    r"\btacit(?:ly)?\b(?! renew)",
    r"\binferred\b",
    r"\bpresume\w*",
    r"\bpresumed\b",
    # an opt-out formula: "faute de retour de votre part, vous acceptez…", "sauf refus…"
    r"(?:sans|faute de|en l'absence de|a defaut de|absence de|non-?) ?(?:reponse|retour|refus|opposition|"
    rf"objection|reaction|desinscription|manifestation)\b.{{0,60}}?\b{_AGREES}",
    # "sauf refus" (not "sauf opposition": the right to object of B2B and postal prospecting)
    r"(?:sauf|a moins d'une?) (?:refus|desinscription|desabonnement)\b",
    r"(?:no|without (?:a |any )?|absent (?:a |any )?|lack of (?:a )?)(?:reply|response|answer|objection|"
    rf"refusal)\b.{{0,40}}?\b(?:means|counts as|=|equals|is taken as|implies|{_AGREES})",
    r"(?:if|unless) (?:they|you|he|she|people|customers|consumers|the person) (?:don'?t|do not|doesn'?t|"
    r"does not|fail to|never) (?:reply|respond|answer|object|refuse|opt[- ]?out|unsubscribe|say no|"
    rf"react)\w*\b.{{0,50}}?\b{_AGREES}",
    r"(?:s'ils|si (?:ils|elles?|la personne|le client|vous|on)|tant qu'(?:ils|elles?|il|on)|tant que vous) "
    r"(?:ne|n') ?(?:vous |se |s')?"
    r"(?:\w+ )?(?:repond|reagi|refus|s'oppos|dit pas non|desinscri|desabonn)\w*\b.{0,50}?"
    rf"\b{_AGREES}",
    r"(?:pas|jamais|never|not|didn'?t|did not|haven'?t|hasn'?t) (?:\w+ ){0,2}?(?:repondu|reagi|refuse|"
    r"objecte|dit non|replied|responded|answered|objected|refused|said no|opted out|unsubscribed)\w*,? "
    r"(?:donc|alors|so|therefore|=|ca veut dire|cela vaut|that means|which means|meaning) (?:\w+ ){0,3}?"
    r"(?:d'accord|ok|okay|oui|yes|accept\w*|consent\w*|agree\w*|opt(?:e|ed)? ?in|inscrit|subscribed|"
    r"partant|on board)",
    r"(?:considere|consider|deem|treat|compte|count|regard)\w* (?:\w+ ){0,3}?(?:comme|as) "
    r"(?:consentants?|d'accord|opt-?in|inscrits?|consenting|having (?:consented|agreed|opted in)|"
    r"agreed|subscribed|accepted|acceptant)",
    r"(?:silence|absence de reponse|non-?reponse|no reply|no response|no answer|not replying|"
    r"not answering) (?:vaut|means|counts|=|equals|is)",
    r"opt-?out (?:par defaut|by default)",
    r"(?:considere|consider|assume|presume|deem|treat|suppose)\w* (?:[\w']+ ){0,3}?(?:d'accord|ok|okay|fine|"
    r"consentants?|interesse\w*|interested|on board|partants?)\b",
    r"(?:suivent|suit|follow|follows|followed|like|likes|liked|aiment|aime|ont like)\b.{0,60}?"
    r"(?:c'est qu'ils|c'est qu'il|that means|which means|so they|donc ils?) (?:\w+ ){0,2}?(?:sont|are|is|est)? ?"
    r"(?:interess|d'accord|ok|fine|consent|agree)",
    r"(?:added|ajout|inscri|abonn|enrol|subscri|signed up|opted in|mis|put)\w*\b.{0,50}?\b(?:automatically|"
    r"automatiquement|by default|par defaut|d'office)",
)
_ADVANTAGE = (
    r"(?:reduction|remise|codes? promo|promo(?:tion(?:al)?)? codes?|bon d'achat|\bjeu\b|concours|cadeau|"
    r"discount|coupon|voucher|\bgame\b|contest|prize|gift|giveaway|sweepstake|tirage au sort|tombola|"
    r"loterie|lottery|raffle|% off|pourcent|percent|-? ?\d+ ?%|\d+ ?(?:euros?|eur|€) (?:offert|de "
    r"reduction|off)|livraison (?:gratuite|offerte)|free (?:shipping|delivery|gift|sample|trial)|"
    r"echantillon|points? (?:de fidelite|bonus)|loyalty points|cashback|\bperks?\b|\brewards?\b|"
    r"recompense|loyalty (?:scheme|program|programme|club|card)|(?:programme|carte|club) (?:de )?"
    r"fidelite|wi-?fi gratuit|free wi-?fi|acces (?:gratuit|au wi-?fi)|free access|ebook|livre blanc|"
    r"white ?paper)"
)
#: Consent asked in exchange for an advantage (R8, GDPR 7(4)): valid only if refusing stays possible.
_CONDITIONAL = re.compile(
    r"(?:en echange|en contrepartie|pour (?:obtenir|beneficier|avoir|participer|gagner|jouer)|"
    r"conditions? (?:de|d'|pour|a)|condition (?:to|for)|in exchange for|in return for|"
    r"to (?:get|enter|participate|take part|play|receive|win|claim|unlock)|required to (?:get|enter)|"
    rf"obligatoire pour)\b.{{0,50}}?{_ADVANTAGE}"
    r"|\b(?:only|seulement|uniquement|que) (?:\w+ ){0,2}?(?:join|rejoindre|enter|participer|obtenir|"
    r"get|access|acceder|benefit|beneficier|play|jouer|download|telecharger|profiter|avoir|win|gagner)"
    r"\w* (?:\w+ ){0,4}?(?:by|en|if|si|s'ils|provided|a condition "
    r"d'|a condition de) (?:\w+ )?(?:agree|accept|consent|opt|sign|subscri|cochant|s'inscrivant|"
    r"s'abonnant)"
    rf"|{_ADVANTAGE}\w*.{{0,60}}?"
    r"(?:en echange|conditionn\w*|condition\w* (?:a|au|de)|only if|seulement si|a condition|in exchange|"
    r"if (?:they|you|people|customers|consumers) (?:accept|agree|consent|opt|sign|subscri)|"
    r"(?:who|qui|ceux qui|those who) (?:accept|agree|consent|opt|sign|subscri|s'inscri|s'abonn)\w*|"
    r"s'ils (?:acceptent|s'inscrivent|s'abonnent|consentent)|si (?:ils|elles?|il|on) (?:accepte|consent|"
    r"s'inscri|s'abonn)|required|requis|obligatoire|had to|have to|must|devaient|devait|doivent|doit|"
    r"fallait|faut)"
)
#: ...and the two readings of it: a stated alternative (valid consent) or none (bundled consent).
_NO_ALTERNATIVE = _rx(
    r"no other (?:way|option|means|choice)",
    r"\bno (?:real )?choice\b",
    r"(?:pas|aucun) (?:le |de |d'|vraiment le )?choix",
    r"(?:only|sole|single) way",
    r"(?:seule?|unique) (?:facon|maniere|moyen|option|possibilite|condition)",
    r"(?:pas|aucun\w*|sans) (?:d'|de |d'autres? |autres? )?(?:autres? )?(?:moyen|facon|maniere|option|"
    r"possibilite|alternative|choix)\b(?! (?:de |d')?(?:s'opposer|refuser|se desinscrire))",
    r"obligatoire(?:s|ment)? pour",
    r"(?:c'est|c'etait|etait|est) obligatoire",
    # "il fallait obligatoirement accepter… sinon pas de participation"
    r"\bobligatoirement\b",
    r"\bsinon (?:pas|aucune?|plus) (?:de |d')?(?:participation|inscription|acces|cadeau|lot|jeu)",
    r"\botherwise (?:no|you can'?t|they can'?t) (?:\w+ )?(?:entry|enter|participation|participate|access|"
    r"prize|gift|play)",
    r"(?:mandatory|compulsory|required) (?:to|for|in order)",
    r"(?:can(?:not|'t)|could(?:n'?t| not)|impossible (?:de|to)|no way to) (?:\w+ ){0,3}?(?:enter|"
    r"participer|take part|participate|play|jouer|get|obtenir|benefit|beneficier)\w* (?:\w+ ){0,4}?"
    r"(?:without|sans)",
)
_ALTERNATIVE = _rx(
    r"(?:meme|also|aussi|egalement|as well|too) (?:\w+ ){0,3}?(?:sans|without) "
    r"(?:\w+ ){0,2}?(?:accept|consent|inscri|agree|opt|cocher|ticking|subscri|s'abonn|sign|regist)",
    r"(?:sans|without) (?:\w+ ){0,3}?(?:accept|consent|agree|opt|cocher|ticking|subscri|s'inscri|"
    r"s'abonn|sign|regist|inscri)\w*(?: \w+){0,4} (?:aussi|egalement|also|too|as well|quand meme|"
    r"anyway|all the same)",
    r"(?:ceux|celles|those|people|customers|consumers) qui (?:refusent|n'acceptent pas|disent non)"
    r"(?: \w+){0,5} (?:aussi|egalement|quand meme|autant|la meme|le meme)",
    r"(?:those|people|customers|consumers) who (?:refuse|decline|say no|don'?t (?:agree|accept|opt))"
    r"(?: \w+){0,5} (?:also|too|as well|still|the same)",
    r"(?:facultati\w*|optionn?el\w*|optional|not (?:required|mandatory|compulsory)|"
    r"(?:pas|non) (?:obligatoire|requis|necessaire|une condition))",
    r"(?:another|other|une autre|d'autres?|autre) (?:way|means|option|facon|moyen|possibilite|maniere)"
    r" (?:to|de|d'|pour) (?:\w+ ){0,2}?(?:enter|participate|take part|play|get|participer|jouer|obtenir|"
    r"beneficier|profiter)",
    r"(?:real|genuine|free|vraie?|veritable|libre) (?:alternative|choix|choice)",
)


_PARTICIPATE = re.compile(
    r"participer|participate|participation|take part|\benter\b|\bentry\b|\bjouer\b|\bplay\b|"
    r"\bjoin\b|rejoindre|acceder|\baccess\b|register for|s'inscrire (?:a|au|aux)"
)


def consent_condition(folded: str) -> str | None:
    """How consent tied to an advantage reads (R8): 'free' (a real alternative is stated),
    'forced' (no other way), 'unclear', or None when no consent is tied to an advantage."""
    if not re.search(
        r"consent|accord|accept|opt|coch|tick|case|box|agree|inscri|sign|abonn", folded
    ):
        return None
    if not _CONDITIONAL.search(folded):
        # "must agree… no other way to take part": the condition is said without naming the prize
        if _PARTICIPATE.search(folded) and any(
            not negated(folded, m.start(), window=15) or m.group(0).startswith(("no ", "pas "))
            for m in _NO_ALTERNATIVE.finditer(folded)
        ):
            return "forced"
        return None
    for m in _ALTERNATIVE.finditer(folded):
        intrinsic = m.group(0).startswith(("pas ", "non ", "not "))
        if intrinsic or not negated(folded, m.start(), window=15):  # "no other way…" is none
            return "free"
    if _NO_ALTERNATIVE.search(folded):
        return "forced"
    return "unclear"


_CONSENT_YES = _rx(
    r"(?:donne|accorde|exprime|fourni|recueilli|obtenu|collecte|given|gave|got|obtained|collected|"
    r"recorded|have|has|had|avec)\w*\s+(?:\w+\s+){0,2}?(?:accords?|consentements?|consents?|permission|"
    r"opt-?ins?|autorisations?|agreement)\b",
    r"(?:accord|consentement|consent|permission)\s+(?:\w+\s+){0,2}?(?:donne|obtenu|recueilli|ecrit|"
    r"explicite|expres|prealable|given|obtained|explicit|written|prior)\w*",
    r"\bconsent(?:ed|ing|i|ie|is|ies|ants?|antes?)\b",
    r"\bopt(?:ed|e|es)? ?-?in\b",
    r"\bopted\b(?! out)",
    r"\bopt-?ins?\b",
    r"(?:a|ont|avait|avaient|has|have|had) (?:\w+ ){0,2}?(?:accepte|coche|valide)\b",
    r"(?:accept|coch|valid)\w* (?:lui-meme |elle-meme |eux-memes |elles-memes )?(?:de recevoir|la case|une case|"
    r"pour recevoir|les offres|nos offres)",
    r"coche\w* (?:lui-meme|elle-meme|eux-memes|elles-memes)",
    r"(?:tick|check|select)(?:ed|s)? (?:the |a |an |our )?(?:\w+ )?(?:box|checkbox|opt-?in)",
    r"\bagreed to\b",
    # "ticking (unticked by default) 'I agree that ACME calls me'": the box and its words
    r"(?:ticked|ticking|checked|checking|coche\w*)\W+(?:\w+\W+){0,5}?(?:i agree|i accept|j'accepte|"
    r"je souhaite|j'autorise)\b",
    r"(?:tick|check|coche)\w* (?:it|them|the box|la case|la) ?(?:themselves|himself|herself|eux-memes|"
    r"elles-memes|lui-meme|elle-meme)",
    # "le client nous demande de lui envoyer nos autres offres": the person asks for our offers
    r"(?:nous|m'|me) (?:a |ont |avait )?demande\w* (?:de |d')(?:lui |leur )?(?:envoyer|transmettre|faire "
    r"parvenir) (?:\w+ ){0,4}?(?:nos|vos|les) (?:\w+ )?(?:offres|promos?|catalogues?|propositions)",
    r"(?:asked|asks|requested) (?:us|me) to (?:send|email|e-mail) (?:him |her |them )?(?:\w+ ){0,3}?"
    r"(?:our|your|the) (?:\w+ )?(?:offers|deals|catalogue|catalog|promotions)",
    r"autoris\w* (?:a |de )?(?:les |nous |l'|le |la )?(?:contact|appel|ecrire|envoy|e-?mail|texter|solliciter|"
    r"demarcher|prospecter)",
    r"(?:allowed|permitted|authori[sz]ed) us to (?:contact|call|email|e-mail|text|write|message)",
    r"\bsaid yes\b",
    r"\b(?:told|tell|tells|said to) (?:us|me) (?:yes|ok|okay)\b",
    r"\bdit oui\b",
    r"\b(?:repondu|answered|replied) (?:oui|yes)\b",
    r"(?:asked|signed up|registered) to receive",
    r"(?:a|ont|avait|avaient) demande (?:a |de |d')(?:recevoir|etre (?:rappele|contacte|recontacte))",
    r"(?:asked|requested) (?:us )?(?:to be|for a) (?:called back|contacted|call-?back)",
    r"inscri\w* (?:a|sur|pour) (?:notre|nos|la|les) (?:newsletter|liste|offres|alertes|sms|e-?mails|"
    r"mails|promos?|messages|textos)",
    r"sign(?:ed|s)? up (?:for|to) (?:our |the |receive )?(?:newsletter|offers|sms|alerts|mailing list|"
    r"e-?mails|texts|messages|marketing|promo\w*|deals|updates)",
    r"subscribed to (?:our |the )?(?:newsletter|offers|sms|alerts|mailing list)",
    r"double opt-?in",
    r"\bd'accord pour\b",
    r"\bok pour recevoir\b",
    r"(?:abonnes?|inscrits?) (?:a |de |au )?(?:la |notre |nos )?(?:newsletter|lettre d'information)",
    r"newsletter subscribers?",
    r"subscribers? (?:to|of) (?:our |the )?newsletter",
    r"(?:veut|veulent|souhaite|souhaitent|wants?|would like) (?:a |to )?(?:etre |be )?(?:rappele|recontacte|"
    r"called back|contacted)",
    r"demandes? de rappel",
    r"call-?back request",
    r"asked (?:us )?to call",
    r"\bokay? to receive\b",
    r"\bwants? to receive\b",
    r"\bveut recevoir\b",
    r"\bsouhaite recevoir\b",
)
_CONSENT_NO = _rx(
    r"sans (?:son |leur |aucun |leurs |le |la |de |d')?(?:preuve (?:de |du |d')?(?:leur |son )?)?"
    r"(?:accords?|consentements?|autorisations?|permission|opt-?in)",
    r"without (?:any |their |his |her |the |proof of |prior )*(?:consent|permission|opt-?in|agreement)",
    r"\bno (?:prior |proof of |explicit |\w+ )?(?:consent|opt-?in|permission)\b",
    # the person does not even know we will get in touch
    r"\bne sai(?:t|ent) pas (?:qu'on|que nous|que l'on) (?:va|allons|vas)\b",
    r"\b(?:doesn'?t|don'?t|does not|do not) know (?:that )?(?:we(?:'ll| will| are going to)|i(?:'ll| will| am going to))\b",
    r"(?:pas|aucun|aucune|ni) (?:de |d'|les |leurs? |son |ses )?(?:preuves? (?:de |du |d')?)?(?:consentements?|"
    r"accords?|opt-?ins?)\b",
    r"never (?:gave|given|consented|agreed|opted)",
    # the form said nothing of this means: nobody agreed to it
    r"\b(?:formulaire|form|page|case|box|checkbox)s? (?:ne |n')?(?:parlait|mentionnait|disait|prevoyait|"
    r"parle|mentionne|dit|prevoit) (?:pas|rien|jamais) (?:\w+ )?(?:d'|de |des |du )?(?:appels?|telephone|"
    r"sms|e-?mails?|prospection|demarchage)",
    r"\b(?:form|page|box|checkbox)s? (?:didn'?t|did not|never|doesn'?t|does not) (?:mention|say anything "
    r"about|talk about|cover|refer to) (?:\w+ )?(?:calls?|phone|texts?|sms|e-?mails?|marketing)",
    # a negation shared by both members: "jamais rien acheté ni accepté", "never bought or agreed"
    r"\b(?:ni|nor) (?:\w+ ){0,2}?(?:accepte|consenti|opte|agreed|consented|opted)\b",
    r"\bnever (?:\w+ ){1,3}?or (?:\w+ )?(?:agreed|consented|opted)\b",
    r"hasn'?t (?:consented|agreed|opted)",
    r"n'(?:a|ont) (?:jamais |pas )(?:\w+ ){0,2}?(?:consenti|accepte|donne|coche|opte)",
    r"sans (?:leur |lui )?(?:avoir )?demand\w*",
    # consent never sought: "on ne leur a pas demandé leur avis", "we never asked for permission"
    r"(?:(?:\bn'|\bne )(?:\w+ ){0,2})?(?:jamais|pas|never|not|didn'?t|did not|haven'?t|hasn'?t|n'avons|n'ai) "
    r"(?:\w+ ){0,2}?(?:demande|"
    r"sollicite|recueilli|recolte|obtenu|collecte|pris|ask|request|sought|seek|collect|obtain|get|got|"
    r"gather|record)\w* (?:\w+ |\w'){0,4}?(?:accords?|consentements?|consent|permission|autorisations?|"
    r"opt-?ins?|avis)\b",
    r"without (?:first )?asking",
    r"n'(?:a|ont) rien demande",
    r"(?:never|didn'?t|did not|haven'?t|hasn'?t) ask(?:ed)? for (?:it|anything|them|this)",
    # nothing was ever asked of them or by them: no consent
    r"(?:jamais|rien) (?:rien )?demande",
    r"(?:\bn'|\bne )(?:\w+ ){0,3}(?:jamais|rien) (?:\w+ ){0,2}?(?:demande|coche|signe|accepte)",
    r"(?:rien|pas) coche",
    r"never (?:signed up|subscribed|registered|opted[- ]in|asked|requested|ticked)",
    r"(?:didn'?t|did not|haven'?t|hasn'?t|never) (?:tick|check|sign up for|opt in to) (?:anything|any)",
    r"(?:never|didn'?t|did not|don'?t|do not) (?:\w+ ){0,2}?ask(?:ed)? (?:\w+ ){0,2}?(?:anything|about) "
    r"(?:about )?(?:marketing|offers|prospecting|promotions?)",
    r"\bne (?:nous |me )?connai(?:t|ssent) pas\b",
    r"\b(?:don'?t|doesn'?t|do not|does not) know (?:us|me|who we are)\b",
    r"\bnever opted[- ]in\b",
    r"\b(?:ont|a|avait|avaient) (?:pas|jamais) (?:\w+ ){0,2}?(?:consenti|accepte|donne|coche|opte)\w*",
    r"pas (?:d'|de )?(?:accord|consentement) (?:\w+ ){0,2}?(?:specifique|explicite|expres)",
)
#: Consent the company cannot prove is no consent (GDPR art. 7(1)): "on n'a aucune preuve".
_NO_PROOF = _rx(
    r"(?:pas|aucune?|sans|no|without|lack|manque) (?:de |d'|of |any )?(?:preuves?|proofs?|justificatifs?|trace)",
    r"(?:ne peut|ne peuvent|ne pouvons|can'?t|cannot|unable to) (?:pas )?(?:le |la |les )?(?:prouver|prove|demontrer)",
)
_PARTNERS = _rx(
    r"(?:offres?|propositions?|messages?|sollicitations?|communications?) (?:commerciales? )?(?:de |des |d')?"
    r"(?:nos |ses |leurs )?partenaires",
    r"partners?'? (?:offers?|messages?|marketing)",
    r"offers? from (?:our |their |selected |third[- ]party |the |these )?partners",
    r"(?:contacted|contactes?|called|appeles?|sollicites?) (?:by|par) (?:our |nos |their |ses |the |les |des |leurs )?"
    r"(?:partners|partenaires)",
    r"(?:passed|transmitted|shared|transferred|given|sold|transmis|communiques?|cedes?)\w* (?:on )?(?:to|a|aux) "
    r"(?:\w+ ){1,3}?(?:for|pour) (?:their|its|ses|leurs) (?:own |propres )?(?:offers|offres)",
    r"(?:partners?|partenaires) (?:\w+ ){0,2}?(?:listed|named|identified|nommes|cites|listes|identifies|"
    r"ci-dessous|below)",
    r"(?:list|liste) (?:naming|of|des|nommant) (?:each |the |every |chaque |les )?(?:partners|partenaires)",
    r"(?:following|these|selected) partners|partenaires (?:suivants|ci-dessous|selectionnes)",
    r"(?:de |des )?tiers",
    r"third[- ]part(?:y|ies)",
    r"partenaires (?:commerciaux )?(?:nommes|identifies|listes|cites)",
    r"named partners",
)


#: "at no point, in any of the forms, did he agree…": a negation over the whole sentence.
_AT_NO_POINT = re.compile(
    r"(?:at no (?:point|time|stage)|a aucun moment)\b[^.?!]{0,90}?\b(?:agree|consent|opt|accept|tick|coch)\w*"
)


def _consent(cls: list[Clause], folded: str) -> str | None:
    found, neg = _first(cls, _PRE_TICKED)
    if found and not neg:
        return "pre_ticked"
    if _BUNDLED.search(folded) and re.search(
        r"consent|accord|accept|opt|coch|tick|case|box|agree", folded
    ):
        return "bundled"
    if _SILENCE.search(folded):
        return "implied"  # "no answer means yes": never a consent (R7)
    condition = consent_condition(folded)
    if condition == "forced":
        return "bundled"  # consent was the price of the advantage (R7, GDPR 7(4))
    stated = _yes_no(cls, _CONSENT_YES, _CONSENT_NO)
    if stated is None and _AT_NO_POINT.search(folded):
        stated = "no"
    if condition == "unclear" and stated != "no":
        return None  # R8: valid only if refusing was a real option -> the rules ask about consent
    if stated == "yes" and _CONSENT_TO_OTHERS.search(folded):
        return None  # agreed to be contacted by a partner, not by us: our consent is still unknown
    return stated


#: "a accepté d'être appelé par notre partenaire": a consent that names another company.
_CONSENT_TO_OTHERS = re.compile(
    r"(?:accept|consent|agree|d'accord|dit oui|said yes|opt)\w*\b.{0,60}?\b(?:par|by|from|de|des|du|of) "
    r"(?:notre |nos |un |une |a |an |our |the |le |la |l'|des )?(?:partenaires?|partners?|filiales?|"
    r"subsidiar\w+|autres? (?:societes?|entreprises?)|another company|other companies|"
    r"(?:sister|partner) compan\w+)"
)


#: Consent limited to the collector itself: no consent to partners' offers (R11, R12).
_SELF = (
    r"\b(?:own|propres?|loueur|vendeur|editeur|fournisseur|courtier|renter|seller|lessor|vendor|broker|"
    r"provider|list owner|collector|la marque|the brand|a nous|ours|nos (?:propres )?offres|"
    r"our (?:own )?offers)\b"
)
_OWN_ONLY = _rx(
    r"(?:consent|accept|agree|opt|sign|subscri|inscri|abonn|d'accord|ok pour)\w*\b.{0,60}?"
    rf"\b(?:only|just|solely|exclusively|seulement|uniquement|exclusivement)\b.{{0,40}}?{_SELF}",
    rf"(?:consent|accept|agree|opt|sign|subscri|inscri|abonn|d'accord)\w*\b.{{0,60}}?{_SELF}"
    r"(?: \w+){0,3} (?:only|seulement|uniquement|exclusivement)\b",
    r"\b(?:only|just|solely|seulement|uniquement) (?:\w+ ){0,2}?(?:consent|accept|agree|opt|sign|subscri|"
    rf"inscri|abonn)\w*\b.{{0,60}}?{_SELF}",
    r"n'(?:a|ont|avait|avaient) (?:\w+ ){0,3}?(?:consenti|accepte|opte|souscrit)\w* "
    r"(?:\w+ ){0,4}?qu'(?:a|aux|au|pour)",
    r"(?:pas|not|never|jamais) (?:\w+ ){0,2}?(?:celles?|ceux|those|ones|to|a|aux|pour) "
    r"(?:\w+ ){0,2}?(?:partenaires|partners|tiers|third parties)",
)


_ELECTRONIC = {"email", "sms", "social_dm", "fax"}


def _consent_elsewhere(cls: list[Clause], channel: str) -> bool:
    """Every clause stating consent names another means than the one asked about."""
    means = [
        _channel(c.text) or (_channel(c.text + " " + n.text) if n else None)
        for c, n, m in (
            (c, cls[i + 1] if i + 1 < len(cls) else None, m)
            for i, c in enumerate(cls)
            for m in _CONSENT_YES.finditer(c.text)
        )
    ]
    return bool(means) and all(m is not None and m != channel for m in means)


#: Partners nobody could identify at collection: no valid partner consent (R11).
_PARTNERS_UNNAMED = _rx(
    r"\baucun partenaire\b",
    r"(?:partners?|partenaires?) (?:\w+ ){0,3}?(?:never|not|\w*n'?t|jamais|pas|ne sont pas|n'est|n'etait|n'ont) "
    r"(?:\w+ ){0,2}?"
    r"(?:named|listed|identified|mentioned|nommes|cites|listes|identifies|mentionnes)",
    r"(?:aucune?|pas de|sans|no|without|neither|nor|any) (?:\w+ ){0,1}?(?:liste|mention|noms?|list|names?|link)"
    r"\w* (?:\w+ ){0,4}?(?:des |of |the |de |d')?(?:partenaires|partners)",
    r"(?:aucune?|pas de|sans) (?:\w+ ){0,1}?mention (?:\w+ ){0,2}?(?:notre|nous) ?(?:boite|societe|entreprise|"
    r"nom|marque)?",
    r"(?:our company|our name|we are|we're|notre (?:boite|societe|entreprise|nom|marque)) (?:is |n'est |n'etait "
    r"|was |were )?(?:\w+ )?(?:not|pas|never|jamais|nowhere|nulle part) (?:\w+ ){0,2}?(?:mentioned|named|listed|"
    r"mentionnee?|citee?|nommee?|anywhere)",
)


#: How a box is set up, not whether it was ticked: "non pré-cochée", "not pre-ticked".
_BOX_KIND = re.compile(
    r"(?:\b(?:non|not|pas)[- ])?\bpre-? ?(?:coch|tick|check|select)\w*|"
    r"\b(?:non[- ])?(?:cochee?s?|ticked|checked) (?:par defaut|by default|d'office)"
)


def _partner_consent(cls: list[Clause], folded: str = "") -> str | None:
    if _OWN_ONLY.search(folded) or _PARTNERS_UNNAMED.search(folded):
        return "no"
    if any(not negated(c.text, m.start(), window=25) for c, m in _hits(cls, _PRE_TICKED)) and (
        _PARTNERS.search(folded)
    ):
        return "no"  # a box ticked in advance is no consent, to partners either
    for clause, m in _hits(cls, _PARTNERS):
        if negated(clause.text, m.start(), window=60) or _CONSENT_NO.search(clause.text):
            return "no"
        # what the box is ("case non pré-cochée") is no ticking of it: only the act counts
        act = _BOX_KIND.sub(" ", clause.text)
        if _CONSENT_YES.search(act) or re.search(r"accept|coch|agree|opt|consent", act):
            return "yes"
    return None


#: "Cold" contact: nobody asked for it and there is no relationship (no consent, not a customer).
_COLD = _rx(
    r"cold[- ]?(?:call\w*|e-?mail\w*|outreach|prospect\w*|texts?|sms|messages?|canvass\w*|pitch\w*|"
    r"approach\w*|contact\w*|leads?)",
    # people picked at random: no relationship and nobody asked for anything
    r"\brandom (?:people|persons|consumers|strangers|users|individuals|numbers)\b|\bstrangers\b|"
    r"\bdes inconnus\b|\bau hasard\b",
    r"(?:appels?|appeler|demarch\w*|prospect\w*|contact\w*|e-?mails?|mails?|sms|messages?) a froid",
    r"\ba froid\b",
)
#: The person asked to be called back (a quote, a call-back form): a requested call (R17c).
_CALLBACK = _rx(
    r"(?:demande|demandent|demandait|souhaite|souhaitent|veut|veulent|voudrait|voudraient|attend|"
    r"attendent|aimerait|prefere)\w* (?:qu'on|que nous|que l'on|qu'un (?:conseiller|commercial|vendeur)|"
    r"que je|qu'on lui|que vous) (?:le |la |les |l'|lui |leur )?(?:rappel|recontact|appel|telephon)\w*",
    r"(?:demande|demandent|demandait|souhaite|souhaitent|veut|veulent|voudrait|voudraient|aimerait|"
    r"aimeraient)\w* (?:a |d')?(?:etre )(?:rappele|recontacte|appele|contacte par telephone)\w*",
    r"(?:m'a|nous a|m'ont|nous ont|a|ont) demande (?:\w+ |\w'){0,6}?de (?:le |la |les |l')?"
    r"(?:rappeler|recontacter|"
    r"appeler|contacter par telephone)",
    r"demandes? (?:de )?(?:devis )?(?:et (?:de )?|avec )?rappels?\b",
    r"demandes? d'(?:etre )?(?:rappel|appel)\w*",
    r"(?:formulaire|bouton|case|option) (?:de |\"|')?(?:rappel|etre rappele|rappelez-moi)",
    r"\brappelez-moi\b",
    r"\bappelez-moi\b",
    r"merci de (?:me |nous )?(?:rappeler|recontacter)",
    r"please (?:call|phone|ring) (?:me|us)\b",
    r"(?:asked|requested) (?:us|me) (?:[\w,]+ ){0,6}?to (?:call|phone|ring) (?:him|her|them)\b",
    r"[\"«'] ?(?:etre rappele|me rappeler|rappel gratuit|call me(?: back)?|request a call(?:back)?)",
    r"(?:clique|click\w*|coche|ticked|checked|rempli|filled in|appuye|pressed)\W+(?:\w+\W+){0,4}?"
    r"(?:etre rappele|rappelez-moi|me rappeler|call me(?: back)?|call-?back|rappel)\b",
    r"\brappel demande\b",
    r"(?:asked|asks|requested|requests|wants|wanted|would like|has asked|have asked) (?:us |me |you |"
    r"our team |a rep |someone )?(?:\w+ ){0,4}?(?:to )?(?:call|ring|phone|contact)\w* (?:him |her |them )?back",
    r"(?:asked|asks|requested|requests|wants|wanted|would like) (?:a |to be |for a )?(?:call[- ]?back|"
    r"called back|phoned back|contacted by phone|called)",
    r"(?:asked|requested) (?:us |me )?to (?:call|phone|ring) (?:him|her|them)\b",
    r"call[- ]?back (?:request|form|button|option)",
    r"(?:asking|asked|requesting|requested|request|demandant|demande) (?:for )?(?:a |un |d'un |d'etre |"
    r"a etre )?(?:call[- ]?back|rappel\w*)",
    r"(?:he |she |they |the (?:consumer|customer|prospect|person|client) )?(?:requested|booked|asked for) "
    r"a (?:phone )?call\b",
    r"(?:a|ont) (?:pris|reserve|demande) (?:un )?rendez-vous (?:telephonique|d'appel)",
)
#: Someone on our side asking for the calls: that is canvassing, not a call-back request.
_BOSS_WANTS = re.compile(
    r"(?:manager|managers|boss|chef|cheffe|patron|patronne|direction|directeur|directrice|responsable|"
    r"n\+1|hierarchie|superieur|head of sales|sales lead|team lead|ceo|pdg|dg)\b(?: \w+){0,3}? "
    r"(?:veut|veulent|voudrait|demande|souhaite|exige|insiste|wants?|asks?|asked|would like|insists?)"
)
_COUNT_WORDS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "once": 1,
    "deux": 2,
    "two": 2,
    "twice": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "sept": 7,
    "seven": 7,
    "huit": 8,
    "eight": 8,
    "neuf": 9,
    "nine": 9,
    "dix": 10,
    "ten": 10,
}
_ORDINALS = {
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "fourth": 4,
    "cinquieme": 5,
    "fifth": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "seventh": 7,
    "huitieme": 8,
    "eighth": 8,
    "neuvieme": 9,
    "ninth": 9,
    "dixieme": 10,
    "tenth": 10,
}
_NUM = r"(\d{1,2}|" + "|".join(_COUNT_WORDS) + ")"
_CALL_WORD = (
    r"(?:appel\w*|rappel\w*|call\w*|phon\w*|rang|rung|ring\w*|tried|try|essaye\w*|tente\w*|joint|"
    r"joindre|reach\w*|dial\w*|contact\w*|relanc\w*)"
)
#: "déjà appelé 4 fois", "called him 4 times", "3 appels sans réponse", "twice".
_CALLS_MADE = re.compile(
    rf"{_CALL_WORD}\W+(?:\w+\W+){{0,5}}?{_NUM} (?:fois|times)\b"
    rf"|{_CALL_WORD}\W+(?:\w+\W+){{0,4}}?(twice|once)\b"
    rf"|\b{_NUM} (?:appels?|calls?|tentatives?(?: d'appel)?|(?:call )?attempts?|coups? de (?:fil|telephone))\b"
)
#: "une 5e fois", "a 5th time", "for the fifth time", "5ème appel": the calls before it were made.
_NTH_CALL = re.compile(
    r"\b(\d{1,2})(?:e|eme|ieme|er|th|rd|nd|st) (?:fois|time|appel|call|tentative|attempt|essai|try)\b"
    r"|\b(" + "|".join(_ORDINALS) + r") (?:fois|time|appel|call|tentative|attempt|essai|try)\b"
)
#: A stated window longer than 30 days: the count says nothing about the last 30 days.
_LONG_WINDOW = re.compile(
    r"(?:en|dans|over|in|within|sur|depuis|during|since|for) (?:les |the )?(?:derniers? |last |past )?"
    r"(?:(?:3[1-9]|[4-9]\d|\d{3}) (?:jours|days)|(?:[5-9]|\d{2}) (?:semaines|weeks)|"
    r"(?:[2-9]|\d{2}|deux|trois|quatre|six|two|three|four|six) (?:mois|months)|"
    r"(?:un |une |one |a |l')?(?:an|ans|annee|year|years))\b"
    r"|(?:last|l'an|l'annee) (?:year|dernier|derniere|passe)|(?:il y a|ago) .{0,10}(?:mois|months|ans|years)"
)


#: "appelé le 3, le 10, le 17 et le 24", "called on the 2nd, 9th and 16th": one call per day listed.
#: "on 3 Nov, 9 Nov and 16 Nov": each day may carry its month.
_ITEM_MONTH = (
    r"(?: (?:janv\w*|fev\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept?\w*|oct\w*|nov\w*|dec\w*|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*)\b\.?)?"
)
_DAY_ITEM = rf"(?:le |the |on the |on )?\d{{1,2}}(?:er|st|nd|rd|th|e)?{_ITEM_MONTH}"
_DATED_CALLS = re.compile(
    rf"{_CALL_WORD}\W+(?:\w+\W+){{0,12}}?({_DAY_ITEM}(?:(?:, | et | and |, and | & ){_DAY_ITEM})+)\b"
)


def _calls_30d(folded: str) -> int | None:
    """Calls already made to the person, when they fall in the last 30 days (or no window is
    said: the rep asks about the next call now)."""
    count: int | None = None
    for m in _DATED_CALLS.finditer(folded):
        count = max(count or 0, len(re.findall(r"\d{1,2}", m.group(1))))
    m = _NTH_CALL.search(folded)
    if m:
        nth = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2)]
        count = max(0, nth - 1)
    for m in _CALLS_MADE.finditer(folded):
        if re.search(
            r"(?:\bm'|\bnous |\bme |\bus )(?:a |ont |has |have |had )?(?:deja )?$",
            folded[max(0, m.start() - 12) : m.start()],
        ):
            continue  # "il m'a appelé 3 fois": calls from the person, not ours
        word = next(g for g in m.groups() if g)
        n = int(word) if word.isdigit() else _COUNT_WORDS[word]
        count = max(count or 0, n)
    if count is None or _LONG_WINDOW.search(folded):
        return None
    return count


# Information, objection, Bloctel ------------------------------------------------------------------

_INFORMED = _rx(
    r"\binforme(?:e|s|es)?\b",
    r"\binformed\b",
    r"\bprevenu(?:e|s|es)?\b",
    r"\bnotified\b",
    r"(?:was|were|been|are|is|got) told\b",
    r"\btold (?:at|when|about|that|them|him|her)\b",
    r"\bavert(?:i|ie|is|ies)\b",
    r"mentions? d'information",
    r"mentions? d'info\b",
    r"mentions? (?:de |d')(?:cession|partage|transmission)",
    r"(?:sharing|privacy|information|partner[- ]sharing|data) notice",
    r"opt-?out (?:box|checkbox|check box|option)",
    r"case (?:pour|pr|a|permettant de) (?:refuser|s'y opposer|s'opposer|se desinscrire|decliner)",
    r"box to (?:refuse|opt out|object|decline|say no)",
    r"(?:form|formulaire|page|checkout) (?:\w+ ){0,2}?(?:said|told|stated|explained|indiquait|precisait|"
    r"mentionnait|disait|expliquait) (?:\w+ ){0,8}?(?:offers?|offres?|mailings?|used|utilise|prospection|"
    r"marketing|partners?|partenaires?)",
    r"privacy notice",
    r"(?:got|had|given|offered|received|were given|was given) (?:a |an )?(?:clear |simple |free |easy )?"
    r"(?:opt-?out|unsubscribe|way to (?:opt out|unsubscribe|object|refuse))",
    r"(?:lui|leur) (?:ai|avons|a|ont|avait|avions) (?:dit|explique|indique|precise|annonce) "
    r"(?:qu'(?:il|elle|ils|elles)|que (?:nous|l'on|on)) (?:\w+ )?(?:recevr|enverr|envoy)\w*",
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|pourraient|can|could|able to|pu|"
    r"possibilite de|free to|allowed to) (?:\w+ )?(?:se desinscrire|s'opposer|refuser|unsubscribe|opt[- ]?out|object|"
    r"say no|se desabonner|decliner)",
    r"liens? de desinscription",
    r"unsubscribe links?",
    r"opt-?out links?",
    r"n'(?:a|ont|avait|avaient) pas (?:refuse|objecte|dit non)",
    r"ne (?:s'est|se sont|s'etait) pas oppose",
    r"(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t|never) (?:refuse|object|opt(?:ed)? out)\w*",
)
_NOT_INFORMED = _rx(
    r"(?:pas|jamais|non) (?:ete )?(?:informe|prevenu|averti)\w*",
    r"sans (?:les |l'|etre |avoir ete )?(?:informe|prevenu)\w*",
    r"(?:not|never|nobody|no one) (?:been |was |were )?(?:told|informed|notified)\b(?! (?:us|me)\b)",
    r"without (?:being )?(?:telling|informing|told|informed|notice)",
    r"\buninformed\b",
    # nothing at collection said they could refuse, or spoke of offers at all
    r"(?:\bno|aucune?|pas d[e']|sans) (?:\w+ ){0,2}?(?:option|way|possibilit\w*|moyen|case|box|checkbox|"
    r"lien|link) (?:\w+ ){0,2}?(?:to|de|pour|d') ?(?:refuse|object|opt[- ]?out|say no|decline|"
    r"unsubscribe|s'opposer|refuser|se desinscrire|dire non|decliner)",
    r"\bnothing (?:\w+ ){0,5}?about (?:\w+ ){0,2}?(?:newsletters?|offers?|marketing|promotions?|"
    r"prospecting|mailings?|partners?)",
    r"\brien (?:\w+ ){0,5}?(?:sur|concernant|a propos d\w*) (?:les |la |le |l'|nos |des )?(?:newsletters?|"
    r"offres?|prospection|promotions?|marketing|partenaires?)",
    r"\brien (?:de )?(?:prevu|indique|mentionne|ecrit|dit) (?:\w+ ){0,2}?(?:sur|dans) (?:nos |les |le |la |"
    r"notre )?(?:formulaires?|cgv|conditions|mentions|site|pages?)",
)
_OBJECTED = _rx(
    r"desinscri\w*",
    r"desabonn\w*",
    r"unsubscrib\w*",
    r"opted[- ]?out",
    r"opt[- ]?out (?:request|from)",
    r"(?:s'est|se sont|s'etait|s'etaient|s'est deja) (?:oppose|opposee|opposes|opposees)",
    r"\bobject(?:ed|s)\b",
    r"(?:a|ont|avait|avaient) refuse",
    r"\brefused\b",
    r"\brefusee?s?\b",
    r"\bsaid no\b",
    r"\ba dit non\b",
    r"(?:repondu|replied|texted|sent|envoye|answered)\W+(?:\w+\W+){0,2}?stop\b",
    r"\bstop\b(?! sending| contacting| calling)",
    r"do[- ]not[- ]contact",
    r"ne (?:plus|pas|jamais plus) (?:etre )?(?:contacte|recevoir|appele|sollicite|demarche|rappele)",
    r"not to be (?:contacted|called|emailed)",
    r"(?:asked|told) us to stop",
    r"take (?:me|us|him|her|them) off (?:your|the|our) (?:\w+ )?list",
    r"(?:retirez|enlevez|supprimez|rayez)-(?:moi|nous) de",
    r"(?:asked|told) us not to",
    r"stop (?:contacting|sending|calling|emailing)",
    r"liste (?:d'opposition|de desinscrits|repoussoir|noire)",
    r"suppression list",
    r"blacklist\w*",
    r"(?:a|ont) demande (?:qu'on arrete|d'arreter|a ne plus|de ne plus)",
    r"demande (?:de suppression|d'effacement|a etre supprime)",
    r"(?:asked|requested) (?:us )?to (?:delete|erase|remove)",
    r"(?:demande|demandait|a demande) (?:de |a )?(?:supprimer|effacer) ses donnees",
    r"no longer wants?",
    r"ne veut plus",
    r"ne (?:me|nous) (?:\w+ )?(?:re)?(?:rappelez|appelez|contactez|ecrivez|envoyez|sollicitez|relancez)\w* "
    r"plus",
    r"arret(?:ez|e|er|ons) (?:de |d')(?:m'|nous |me |lui |les )?(?:envoyer|appeler|contacter|ecrire|solliciter|"
    r"demarcher)",
    r"demande\w* (?:qu'on|que l'on|que nous|de) (?:\w+ )?(?:efface|supprime|retire)\w*",
    r"(?:ca|cela|ce) ne (?:m'|l'|nous |les |leur )?interess\w* pas",
    r"(?:\bm'|\bl'|\bnous |\bles )?interesse(?:nt)? pas",
    r"\bnot interested\b",
    r"(?:ne |n')?(?:veux|voulons|veulent) plus (?:etre |recevoir|qu'on|que vous|de )",
    r"(?:don'?t|do not|never) (?:call|contact|email|e-mail|text|message) (?:me|us) (?:again|anymore|any more)",
    r"ne souhaite plus",
    r"plus (?:etre )?(?:contacte|sollicite)",
    r"ne plus (?:l'|les |nous |la |le )?(?:appeler|contacter|solliciter|rappeler|ecrire|envoyer|demarcher)",
    r"(?:asked|told) us (?:to )?never",
    r"(?:stop|ne plus) (?:l'|les )?(?:appeler|contacter)",
)
_CAN = re.compile(
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|can|could|able to|possibilite de|free to|"
    r"allowed to|lien|link|moyen|way to|option|bouton|button|permettre de|pour|to let them)\W+(?:\w+\W+){0,2}$"
)
_BLOCTEL = _rx(
    r"bloctel",
    r"do[- ]not[- ]call",
    r"\bdnc\b",
    r"liste d'opposition au demarchage",
    r"opposition au demarchage tel\w*",
    r"liste anti-?demarchage",
    r"\bpacitel\b",
)
_BLOCTEL_CLEAN = re.compile(
    r"(?:filtr|nettoy|verifi|check|scrub|clean|compar|passe)\w*\s+(?:\w+\s+){0,4}?(?:avec |against |"
    r"sur |contre |on |with |through |au |a )?(?:le |la |the )?(?:bloctel|do-not-call|dnc)"
)


def _informed(cls: list[Clause]) -> str | None:
    if any(_NOT_INFORMED.search(c.text) for c in cls):
        return "no"
    for clause, m in _hits(cls, _INFORMED):
        if m.group(0).startswith(("n'", "ne ", "did", "has", "have", "never")):
            return "yes"
        if _UNSURE.search(clause.text[max(0, m.start() - 30) : m.start()]):
            return None  # "not sure what we told him": a doubt, not a denial
        return "no" if negated(clause.text, m.start(), window=25) else "yes"
    return None


#: A negation word that only says the rep does not know ("pas sûr", "not sure", "je ne sais pas").
_UNSURE = re.compile(
    r"\b(?:not|pas|never|jamais) (?:\w+ )?(?:sure|certain|certaine|sur|sure)\b|\bunsure\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not) (?:really )?(?:know|remember|recall)\b|"
    r"\bne (?:sai[st]|me souvien\w*|me rappelle) (?:\w+ )?pas\b|\bsais pas\b"
)


#: "was told he could opt out and never did": informed, and no objection.
_NEVER_DID = re.compile(
    r"(?:opt\w*[- ]?out|unsubscrib\w*|object|refus\w*|s'opposer|se desinscrire|se desabonner|"
    r"dire non|say no|decline)\b.{0,50}?\b(?:(?:and|but|et|mais) )?(?:he |she |they |il |elle |ils )?"
    r"(?:never did|never has|never have|didn'?t|did not|hasn'?t|has not|haven'?t|have not|"
    r"ne l'(?:a|ont) (?:jamais|pas) fait|l'(?:a|ont) jamais fait|(?:ne |n')?(?:l'|en )?(?:a|ont) "
    r"(?:jamais|rien|pas) fait|never used it|never took it)"
)


_DID_OBJECT = re.compile(
    r"(?:could|can|pouvait|peut) (?:\w+ )?(?:opt[- ]?out|unsubscribe|object|se desinscrire|se desabonner|"
    r"s'opposer)\b.{0,30}?\b(?:and|et) (?:he |she |they |il |elle |ils )?(?:did|has|l'(?:a|ont) fait)\b"
)


def _objected(cls: list[Clause], folded: str = "") -> str | None:
    if _NEVER_DID.search(folded):
        return "no"
    if _DID_OBJECT.search(folded):
        return "yes"
    found_no = False
    for clause, m in _hits(cls, _OBJECTED):
        head = clause.text[max(0, m.start() - 40) : m.start()]
        if _CAN.search(head):
            continue  # "can unsubscribe": informed, not an objection
        pattern_negates = m.group(0).startswith(("ne ", "not to", "asked us not"))
        if not pattern_negates and negated(clause.text, m.start(), window=25):
            found_no = True
            continue
        return "yes"
    return "no" if found_no else None


_BLOCTEL_NOT_CHECKED = re.compile(
    # within one clause: "consumers who aren't customers, the file was scrubbed" is checked
    r"(?:pas|jamais|not|never|n't|yet to|pas encore|not yet|sans|without)[ '-]+(?:\w+[ '-]+){0,4}?"
    r"(?:filtr|nettoy|verifi|check|scrub|clean|compar|passe|run|ran)\w*\W+(?:\w+\W+){0,5}?"
    r"(?:bloctel|do-not-call|dnc)"
    r"|(?:abonnement|subscription|acces|access)\W+(?:\w+\W+){0,3}?(?:bloctel)?\W*(?:\w+\W+){0,2}?"
    r"(?:expire|lapsed|expired|ended|termine|resilie)"
)


def _bloctel(cls: list[Clause], folded: str) -> str | None:
    if _BLOCTEL_NOT_CHECKED.search(folded):
        # "we haven't run the file through Bloctel yet": whether they are on it is unknown
        return (
            "yes"
            if re.search(
                r"(?:inscrits?|listed|registered|sont sur|are on) (?:sur |on )?(?:le |la )?bloctel",
                folded,
            )
            else None
        )
    if _BLOCTEL_CLEAN.search(folded):
        return "no"
    for clause, m in _hits(cls, _BLOCTEL):
        if negated(clause.text, m.start(), window=35):
            return "no"
        if re.search(
            r"inscri|listed|registered|\bsur\b|\bon\b|\bin\b|figure|\best\b|\bis\b|\bare\b",
            clause.text[max(0, m.start() - 30) : m.start()],
        ):
            return "yes"
    return None


# Sector -----------------------------------------------------------------------------------------

_ENERGY = _rx(
    r"\bisolation\b",
    r"\bisoler\b",
    r"\bisolants?\b",
    r"\binsulat\w*",
    r"pompes? a chaleur",
    r"\bpac\b",
    r"heat pumps?",
    r"renovation energetique",
    r"energy (?:renovation|efficiency|saving|retrofit)",
    r"economies? d'energie",
    r"panneaux (?:solaires|photovoltaiques)",
    r"photovoltai\w*",
    r"solar panels?",
    r"\bsolaire\b",
    r"\bsolar\b",
    r"chaudieres?",
    r"\bboilers?\b",
    r"energies? renouvelables?",
    r"renewable energ\w*",
    r"ballons? thermodynamiques?",
    r"maprimerenov",
    r"audit energetique",
    r"\bcombles\b",
    r"\bvmc\b",
    r"double vitrage",
    r"double glazing",
    r"energy[- ]efficien\w* (?:windows|doors|glazing|heating|homes?|houses?|renovations?|boilers?)",
    r"fenetres? (?:\w+ )?(?:isolantes?|performantes?|basse consommation)",
    r"\bpoeles? a (?:bois|granules)",
    r"thermique",
    r"\bloft insulation\b",
    r"\bcee\b",
)
_HOME_ADAPT = _rx(
    r"adaptation (?:du|de la|des|de leur|de son|de sa) (?:logement|domicile|maison|salle de bains?|habitat)",
    r"logements? adaptes?",
    r"monte-? ?escaliers?",
    r"stair ?lifts?",
    r"douches? (?:senior|adaptee|securisee|plain-pied)",
    r"walk-?in (?:shower|bath)",
    r"baignoires? (?:a porte|adaptee)",
    r"home adaptation",
    r"perte d'autonomie",
    r"maintien a domicile",
    r"adapt\w* (?:the |their |his |her )?(?:home|house|bathroom)",
    r"(?:vieillissement|handicap|disability|disabled|old age|elderly|seniors|\bpmr\b|mobilite reduite)"
    r".{0,40}(?:logement|domicile|maison|home|travaux|works|amenagement|salle de bain)",
    r"(?:logement|domicile|maison|home|travaux|works|amenagement|salle de bain).{0,40}"
    r"(?:vieillissement|handicap|disability|disabled|old age|elderly|\bpmr\b|mobilite reduite)",
)
_CPF = _rx(
    r"\bcpf\b",
    r"compte personnel (?:de )?formation",
    r"personal training account",
    r"mon ?compte ?formation",
)
_OTHER = _rx(
    r"assurances?",
    r"insurance",
    r"mutuelles?",
    r"banques?",
    r"credits?",
    r"\bloans?\b",
    r"\bprets?\b",
    r"logiciels?",
    r"software",
    r"\bsaas\b",
    r"voyages?",
    r"\btrips?\b",
    r"holidays?",
    r"vacances",
    r"\bvins?\b",
    r"\bwines?\b",
    r"chaussures",
    r"\bshoes\b",
    r"vetements",
    r"clothes",
    r"telephonie",
    r"forfaits?",
    r"box internet",
    r"electricite",
    r"\bgaz\b",
    r"voitures?",
    r"\bcars?\b",
    r"immobilier",
    r"real estate",
    r"comptab\w*",
    r"accounting",
    r"conseil",
    r"consulting",
    r"\bproduits?\b",
    r"\bproducts?\b",
    r"\bpromo\w*",
    r"\bsoldes\b",
    r"abonnements?",
    r"subscriptions?",
    r"\bservices?\b",
    r"\bformations?\b",
    r"\btraining\b",
    r"(?<!en )(?<!au )\bcours\b",  # a course, not "en cours" (in progress)
    r"meubles",
    r"furniture",
)


def _sector(folded: str) -> str | None:
    if _CPF.search(folded):
        return "cpf"
    if _HOME_ADAPT.search(folded):
        return "home_adaptation"
    if _ENERGY.search(folded):
        return "energy_renovation"
    if _OTHER.search(folded):
        return "other"
    return None


# Dates, weekdays, hours -------------------------------------------------------------------------

_WEEKDAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
    "monday": "monday",
    "tuesday": "tuesday",
    "wednesday": "wednesday",
    "thursday": "thursday",
    "friday": "friday",
    "saturday": "saturday",
    "sunday": "sunday",
}
_WEEKDAY_RX = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")s?\b")
#: A day name right before a day and month: "mardi 10 février", "Tuesday 10 February".
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\W*$")
_MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janv": 1,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|e)? ({_MONTH_NAMES})\.?(?: (20\d\d))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (20\d\d))?")
_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b")
_SLASH = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d|\d\d))?\b")
_HOUR_H = re.compile(
    r"(?<![\d,.])(\d{1,2}) ?(?:h|heures?)(?: ?(\d{2}))?(?! ?(?:par|per|/|de suite))\b(?: du (soir|matin))?"
)
_HOUR_AMPM = re.compile(r"(?<![\d,.])(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?)(?!\w)")
_HOUR_COLON = re.compile(
    r"\b(?:a|at|vers|around|for|des|from|avant|before|apres|after) (\d{1,2}):(\d{2})\b"
)
_HOUR_WORD = re.compile(r"\b(?:a |at |vers )?(midi|minuit|noon|midnight)\b")
_DURATION_AFTER = re.compile(
    r"^\s*(?:ans|years|mois|months|jours|days|semaines|weeks|heures? (?:pour|to|max))"
)


#: Named French public holidays (as the `holidays` package names them in English) and the generic
#: "un jour férié": the next such day, so that the calling-hours rule sees a holiday.
_HOLIDAY_NAMES = (
    (re.compile(r"\bnoel\b(?! \w*eve)|\bchristmas\b(?! eve)"), "Christmas Day"),
    (re.compile(r"jour de l'an|nouvel an|new year'?s day"), "New Year's Day"),
    (re.compile(r"lundi de paques|easter monday|\bpaques\b|\beaster\b"), "Easter Monday"),
    (re.compile(r"fete du travail|\blabou?r day\b|\bmay day\b"), "Labor Day"),
    (re.compile(r"victoire de 1945|\bvictory day\b|\bve day\b"), "Victory Day"),
    (re.compile(r"\bascension\b"), "Ascension Day"),
    (re.compile(r"pentecote|pentecost|whit monday"), "Pentecost Monday"),
    (re.compile(r"fete nationale|bastille day|national day"), "National Day"),
    (re.compile(r"\bassomption\b|\bassumption\b"), "Assumption Day"),
    (re.compile(r"toussaint|all saints"), "All Saints' Day"),
    (re.compile(r"\barmistice\b"), "Armistice Day"),
    (re.compile(r"\bjours? feries?\b|\bpublic holidays?\b|\bbank holidays?\b"), None),
)


def _next_holiday(folded: str, on: dt.date) -> dt.date | None:
    import holidays

    for pattern, name in _HOLIDAY_NAMES:
        if pattern.search(folded):
            days = holidays.country_holidays("FR", years=[on.year, on.year + 1])
            return next(
                (d for d, n in sorted(days.items()) if d >= on and (name is None or n == name)),
                None,
            )
    return None


#: A day and month without a year at most this many days back is a past event, not the action.
_RECENT_DAYS = 60


def _date(folded: str, on: dt.date) -> dt.date | None:
    def make(year: int | None, month: int, day: int) -> dt.date | None:
        # A day without a year is the next one: reps ask about what they plan to do.
        try:
            day_ = dt.date(year or on.year, month, day)
            return day_ if year or day_ >= on else dt.date(on.year + 1, month, day)
        except ValueError:
            return None

    def recent_past(month: int, day: int) -> bool:
        # "je l'ai appelé le 24 novembre… je retente aujourd'hui": a day without a year a few
        # weeks back is something already done, not the day of the action asked about
        try:
            day_ = dt.date(on.year, month, day)
        except ValueError:
            return False
        if day_ > on:
            day_ = day_.replace(year=on.year - 1) if not (month == 2 and day == 29) else day_
        return 0 < (on - day_).days <= _RECENT_DAYS

    m = _ISO.search(folded)
    if m:
        return make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _DAY_MONTH.finditer(folded):
        if m.group(2) in ("may", "mar") and not m.group(3):
            continue
        month, day = _MONTHS[m.group(2)], int(m.group(1))
        if not m.group(3) and recent_past(month, day):
            continue
        named = _WEEKDAY_BEFORE.search(folded[max(0, m.start() - 14) : m.start()])
        if named and not m.group(3):
            # "mardi 10 février": the year in which that day is a Tuesday (the next one first)
            fits = [
                d
                for y in (on.year - 1, on.year, on.year + 1)
                if (d := make(y, month, day)) and d.strftime("%A").lower() == _WEEKDAYS[named.group(1)]
            ]
            if fits:
                return min(fits, key=lambda d: (d < on, abs((d - on).days)))
        return make(int(m.group(3)) if m.group(3) else None, month, day)
    for m in _MONTH_DAY.finditer(folded):
        if m.group(1) in ("may", "mar", "mai", "jun", "dec", "sept"):
            continue
        month, day = _MONTHS[m.group(1)], int(m.group(2))
        if not m.group(3) and recent_past(month, day):
            continue
        return make(int(m.group(3)) if m.group(3) else None, month, day)
    m = _SLASH.search(folded)
    if m and m.group(3):
        year = int(m.group(3))
        return make(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
    holiday = _next_holiday(folded, on)
    if holiday is not None:
        return holiday
    if re.search(r"\bapres-demain\b|\bday after tomorrow\b", folded):
        return on + dt.timedelta(days=2)
    if re.search(r"\bdemain\b|\btomorrow\b", folded):
        return on + dt.timedelta(days=1)
    if re.search(
        r"\baujourd'hui\b|\btoday\b|\btonight\b|\bce soir\b|\bce matin\b|\bcet apres-midi\b|"
        r"\bthis (?:morning|afternoon|evening)\b|\bil est (?:\d{1,2} ?h|midi)|\bright now\b|\btout de suite\b",
        folded,
    ):
        return on  # the day asked about: its weekday and holidays count
    return None


def _relative_day(folded: str, on: dt.date) -> dt.date | None:
    """The day named relative to today ("demain", "tomorrow", "today"), if any."""
    if re.search(r"\bapres-demain\b|\bday after tomorrow\b", folded):
        return on + dt.timedelta(days=2)
    if re.search(r"\bdemain\b|\btomorrow\b", folded):
        return on + dt.timedelta(days=1)
    if re.search(r"\baujourd'hui\b|\btoday\b|\btonight\b|\bce soir\b", folded):
        return on
    return None


_AGO = re.compile(
    r"(?:il y a|depuis|ca fait|cela fait|voila) (\d{1,2}|un|une|deux|trois|quatre|cinq|six) (ans?|annees?|mois)\b"
    r"|(\d{1,2}|one|two|three|four|five|six) (years?|months?) ago|for (\d{1,2}|one|two|three|four|five|six) "
    r"(years?|months?)"
)
_ACTIVITY = re.compile(
    r"dernier contact|derniere (?:interaction|reponse|activite)|last (?:contact|interaction|reply|heard|"
    r"activity|click)|clique|clicked|repondu|replied|responded|answered|ecrit|wrote|achete|bought|"
    r"commande|ordered|inacti\w*|sans nouvelles|no news|heard from|collect\w*|recueilli|inscrit\w*|signed up|"
    r"termine|ended|resilie|expired|cancel\w*|fin (?:de |du )?(?:son |leur )?contrat|"
    r"(?:a|ont|avait) pris fin|came to an end"
)
_NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
}


#: "a acheté un vélo en mars 2022… depuis, plus aucune nouvelle": a dated last sign of life.
_DATED_ACTIVITY = re.compile(
    rf"(?:{_ACTIVITY.pattern})\W+(?:\w+\W+){{0,6}}?(?:en|in|au|d'|of|since) "
    rf"(?:({_MONTH_NAMES}) )?(20\d\d)\b"
)
_NOTHING_SINCE = re.compile(
    r"depuis,? (?:plus )?(?:aucune?|rien|plus de)|plus (?:aucune|de) nouvelles?|sans nouvelles|"
    r"rien depuis|(?:no|nothing|not heard)\W+(?:\w+\W+){0,4}?since|since then,? (?:no|nothing|not)|"
    r"never heard (?:back|from)|"
    # opening a mail is no active contact: never a click or a reply since
    r"(?:jamais|never) (?:\w+ )?(?:clique|repondu|clicked|replied|responded|answered)"
)


#: The end of the relationship: the retention period runs from it (CNIL: 3 years).
_ENDED = re.compile(r"termine|ended|resilie|expired|cancel|fin|came to an end")


def _dated_last_contact(folded: str, on: dt.date) -> dt.date | None:
    nothing_since = bool(_NOTHING_SINCE.search(folded))
    for m in _DATED_ACTIVITY.finditer(folded):
        last = re.match(r"dernier|derniere|last", m.group(0))
        if not nothing_since and not last and not _ENDED.search(m.group(0)):
            continue  # a dated purchase may have been followed by more: only an end or a "last" is final
        year = int(m.group(2))
        month = _MONTHS[m.group(1)] if m.group(1) else 12
        # the latest day the words allow: never older than what was said
        end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        if end < on:
            return end
    return None


def _last_contact(folded: str, on: dt.date) -> dt.date | None:
    """ "a cliqué il y a 4 ans", "inactive for 5 years": the last sign of life from the person."""
    dated = _dated_last_contact(folded, on)
    if dated is not None:
        return dated
    for m in _AGO.finditer(folded):
        if not _ACTIVITY.search(folded[max(0, m.start() - 90) : m.end() + 40]):
            continue
        number, unit = next(
            (g, u) for g, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if g
        )
        n = _NUMBER_WORDS.get(number) or int(number)
        months = n if unit.startswith(("mois", "month")) else 12 * n
        year, month = divmod(on.month - 1 - months, 12)
        try:
            return on.replace(year=on.year + year, month=month + 1)
        except ValueError:  # the 31st of a shorter month
            return on.replace(year=on.year + year, month=month + 1, day=28)
    return None


#: The words that give a consent (R17b: a phone consent lapses after a dated number of months).
_CONSENT_CUE = re.compile(
    r"\bconsent\w*|\baccord (?:pour|d'etre|a etre)|\bj'accepte\b|\baccepte d'etre\b|"
    r"\bagreed?\b|\bopt(?:ed)?[- ]?in\b|\ba coche\b|\bavait coche\b|\bticked\b"
)
#: A month (and year), a day, a year or "N months ago" said right after the consent words.
_CONSENT_WHEN = re.compile(
    rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th|e)? )?({_MONTH_NAMES})\.? (20\d\d)\b"
    r"|\b(20\d\d)-(\d{1,2})-(\d{1,2})\b"
    r"|\b(\d{1,2})/(\d{1,2})/(20\d\d)\b"
    r"|\b(?:en|in|since|depuis|de|from|dates? (?:de|from)) (20\d\d)\b"
)
#: Words between the consent and the date: within the sentence, a few words of context
#: ("(case dédiée, notre nom cité) lors d'un salon en septembre 2025").
_CONSENT_DATE_REACH = 110


def _consent_date(folded: str, on: dt.date) -> dt.date | None:
    """ "le consentement date de septembre 2025", "consented at a trade show in September 2025".

    The day the consent was given, when a date is tied to the consent words; a month without a
    day is its 1st and a year alone its 1 January: the older reading, so a lapsed consent is
    never read as a valid one. Only a date before the day of the question counts.
    """
    for cue in _CONSENT_CUE.finditer(folded):
        tail = re.split(r"[.;!?](?:\s|$)|\n", folded[cue.end() : cue.end() + _CONSENT_DATE_REACH])[0]
        m = _CONSENT_WHEN.search(tail)
        ago = _AGO.search(tail)
        if ago and (m is None or ago.start() < m.start()) and not ago.group(0).startswith(
            ("depuis", "for ")
        ):
            number, unit = next(
                (g, u) for g, u in zip(ago.groups()[::2], ago.groups()[1::2], strict=True) if g
            )
            n = _NUMBER_WORDS.get(number) or int(number)
            months = n if unit.startswith(("mois", "month")) else 12 * n
            year, month = divmod(on.month - 1 - months, 12)
            return dt.date(on.year + year, month + 1, 1)
        if m is None:
            continue
        try:
            if m.group(2):
                day = dt.date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1) or 1))
            elif m.group(4):
                day = dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
            elif m.group(7):
                day = dt.date(int(m.group(9)), int(m.group(8)), int(m.group(7)))
            else:
                day = dt.date(int(m.group(10)), 1, 1)
        except ValueError:
            continue
        if day < on:
            return day
    return None


def _weekday(folded: str) -> str | None:
    m = _WEEKDAY_RX.search(folded)
    return _WEEKDAYS[m.group(1)] if m else None


#: "Tuesday at 11", "demain vers 10": a bare number after a day is the hour of the call.
_HOUR_AT_DAY = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|tomorrow|demain|today|aujourd'hui)s?\b(?: \w+){0,3}?,? "
    r"(?:at|a|vers|around|about) (\d{1,2})\b(?![:.,h]?\d|\s*(?:%|euros?|ans|years|jours|days|fois|"
    r"times|min|h\b|heures?|am|pm|a\.m|p\.m))"
)


def _hour(folded: str) -> int | None:
    candidates: list[tuple[int, int]] = []
    for m in _HOUR_H.finditer(folded):
        if _DURATION_AFTER.match(folded[m.end() :]) or (
            "heure" in m.group(0)
            and re.match(r"\s*(?:heures?)\s*(?:pour|to)", folded[m.end() - 1 :])
        ):
            continue
        if re.search(
            r"(?:sous|within|en|in|de|under|dans les|moins de|plus de|apres) $",
            folded[max(0, m.start() - 12) : m.start()],
        ) and "heure" in m.group(0):
            continue  # "sous 72 heures": a delay, not a time of day
        hour = int(m.group(1))
        if m.group(3) == "soir" and hour < 12:
            hour += 12
        candidates.append((m.start(), hour))
    for m in _HOUR_AMPM.finditer(folded):
        hour = int(m.group(1)) % 12
        if m.group(3).startswith("p"):
            hour += 12
        candidates.append((m.start(), hour))
    for m in _HOUR_COLON.finditer(folded):
        if re.match(r" ?[ap]\.?m\b", folded[m.end() :]):
            continue  # "at 2:30 pm": read with its am/pm above
        candidates.append((m.start(), int(m.group(1))))
    for m in _HOUR_AT_DAY.finditer(folded):
        candidates.append((m.start(), int(m.group(1))))
    for m in _HOUR_WORD.finditer(folded):
        candidates.append((m.start(), 0 if m.group(1) in ("minuit", "midnight") else 12))
    valid = sorted((pos, h) for pos, h in candidates if 0 <= h <= 23)
    return valid[0][1] if valid else None


# Actions: sharing our list, CRM comments --------------------------------------------------------

_SHARE = re.compile(
    r"(?:louer|loue|louons|vendre|vend|vendons|ceder|cede|partager|partage|transmettre|transmet|donner|"
    r"donne|communiquer|refiler|rent|renting|sell|selling|share|sharing|give|giving|pass|transfer|"
    r"lease|hand over|hand|filer|file|files|passer|fournir|provide|send)\w*\s+(?:\w+\s+){0,5}?(?:fichiers?|listes?|bases?|contacts|donnees|files?|lists?|"
    r"database|data|emails?|adresses|coordonnees|leads)\b.{0,80}?(?:partenaires?|partners?|tiers|"
    r"third[- ]part\w*|autres? (?:societe|entreprise)s?|another company|other compan\w*|affiliates?)"
)
_SHARE_OWN = re.compile(r"\b(?:notre|nos|our|mes|my)\b")
_CRM = re.compile(
    r"\bcrm\b|\bfiches? (?:client|prospect|contact)s?\b|"
    r"\bfiches? (?:de l'|du |de la |d'un |d'une |de |d')(?:client|prospect|contact|acheteu|interlocut|decideu)\w*|zones? (?:de )?(?:commentaires?|bloc-?notes?|"
    r"texte libre)|free[- ]text (?:field|zone)|\bbloc-?notes?\b|\bsalesforce\b|\bhubspot\b|\bpipedrive\b"
)
_CRM_WRITE = re.compile(
    r"\b(?:ecri\w*|noter|note|notes|mettre|mets|met|indiquer|indique|marquer|saisir|inscrire|preciser|"
    r"write|writing|put|record|enter|mention|type|add|log|comment\w*|remarques?|dire|"
    # a tag or a segment is written into the CRM as much as a note
    r"tag\w*|label\w*|flag\w*|classer|classe|categori\w*|segment\w*)\b"
)
_INSULTING = _rx(
    r"abruti\w*",
    r"\bcon\b",
    r"\bconne\b",
    r"connard\w*",
    r"idiot\w*",
    r"imbecile\w*",
    r"debile\w*",
    r"cretin\w*",
    r"\bnaze\b",
    r"\bnul(?:le)?\b",
    r"chiant\w*",
    r"\brelou\b",
    r"casse-?pieds?",
    r"emmerdeu\w*",
    r"penible",
    r"radin\w*",
    r"pingre",
    r"\bgros(?:se)?\b",
    r"\bmoche\b",
    r"\bbete\b",
    r"stupid\w*",
    r"\bmoron\w*",
    r"\bjerk\b",
    r"\bdumb\b",
    r"annoying",
    r"pain in the",
    r"asshole",
    r"bastard",
    r"\bugly\b",
    r"\bfat\b",
    r"\blazy\b",
    r"faineant\w*",
    r"menteu\w*",
    r"\bliar\b",
    r"escroc",
    r"\bcrook\b",
    r"grincheu\w*",
    r"grumpy",
    r"hysteri\w*",
    r"\brude\b",
    r"mal poli",
    r"impoli\w*",
    r"agressi\w*",
    r"\bclient difficile\b",
    r"\bdifficult customer\b",
    r"\blourd(?:e)?\b",
    r"\bpigeon\b",
    r"\bboulet\b",
    r"\bloser\b",
    r"\bfou\b",
    r"\bfolle\b",
    r"\bcingle\w*",
    r"\bdingue\b",
    r"\bcrazy\b",
    r"\bnutcase\b",
    r"\bweirdo\b",
    r"\btaree?\b",
    r"\bidiot\b",
    r"\bclown\b",
    r"\bbouffon\b",
    r"\bvieux con\b",
    r"\bpauvre type\b",
    r"\bsale\b(?! de)",
    r"\bhorrible\b",
    r"\bnasty\b",
    r"desagreable",
    r"unpleasant",
    r"insupportable",
    r"unbearable",
    r"\barrogant\w*",
    r"malhonnete",
    r"dishonest",
    r"\bbeauf\b",
    r"vulgaire",
    r"hautain\w*",
    r"mechant\w*",
    r"paresseu\w*",
    r"incompetent\w*",
    r"\bcreep\w*",
    r"\bweird\w*",
    r"\bobnoxious\b",
)
_SENSITIVE = _rx(
    r"\bsante\b",
    r"\bmalad\w*",
    r"\bcancer\w*",
    r"diabet\w*",
    r"\benceinte\b",
    r"grossesse",
    r"pregnan\w*",
    r"handicap\w*",
    r"disab\w*",
    r"depress\w*",
    r"hospitali\w*",
    r"\bmedic\w*",
    r"\btraitement\b",
    r"\bhealth\w*",
    r"\bsick\b",
    r"\bill\b",
    r"illness",
    r"religi\w*",
    r"musulman\w*",
    r"\bmuslim\b",
    r"\bjuif\b",
    r"\bjuive\b",
    r"\bjewish\b",
    r"catholique",
    r"\bcatholic\b",
    r"chretien\w*",
    r"christian",
    r"protestant",
    r"bouddhiste",
    r"buddhist",
    r"\bathee\b",
    r"atheist",
    r"ramadan",
    r"\bpriere\b",
    r"\bpray\w*",
    r"syndi\w*",
    r"union member",
    r"trade union",
    r"\bpoliti\w*",
    r"\bvote\w*",
    r"\bparti\b",
    r"party member",
    r"\bgauche\b",
    r"\bdroite\b",
    r"left-wing",
    r"right-wing",
    r"homosexu\w*",
    r"\bgay\b",
    r"lesbi\w*",
    r"orientation sexuelle",
    r"sexual orientation",
    r"sex life",
    r"vie sexuelle",
    r"\bcasier\b",
    r"condamn\w*",
    r"criminal",
    r"convicted",
    r"\bprison\b",
    r"infraction",
    r"\boffen[cs]es?\b",
    r"origine ethnique",
    r"\bethni\w*",
    r"\bracial\b",
    r"alcool\w*",
    r"alcoholic",
    r"\bdrogues?\b",
    r"\bdrugs?\b",
    r"\bdivorc\w*",
    r"\bdeces\b",
    r"\bdeuil\b",
    r"\bsyndicat\w*",
    # health, in the words reps use
    r"chimio\w*",
    r"\bchemo\w*",
    r"oncolog\w*",
    r"\btumeurs?\b",
    r"\btumou?rs?\b",
    r"\bsida\b",
    r"\bvih\b",
    r"\bhiv\b",
    r"\baids\b",
    r"alzheimer",
    r"parkinson",
    r"burn-?out",
    r"arrets? (?:maladie|de travail)",
    r"sick (?:leave|note)",
    r"\bmedical leave",
    r"\btherap\w*",
    r"psychiatr\w*",
    r"psycholog\w*",
    r"\bpsy\b",
    r"chirurg\w*",
    r"\bsurgery\b",
    r"\bop[eé]r[eé]e? (?:du|de la|des|d'un|d'une)",
    r"hopita\w*",
    r"\bhospital\w*",
    r"accouch\w*",
    r"materni\w*",
    r"fausse couche",
    r"miscarr\w*",
    r"\bivg\b",
    r"medicaments?",
    r"\bmedication\b",
    r"asthm\w*",
    r"epilep\w*",
    r"autis\w*",
    r"dyslex\w*",
    r"cardiaque",
    r"heart (?:attack|condition|disease)",
    r"\bavc\b",
    r"\bstroke\b",
    r"convalescen\w*",
    r"\bdisease\b",
    r"sante mentale",
    r"mental health",
    r"bipolaire|bipolar",
    r"schizo\w*",
    r"\banxi\w*",
    r"\bobese\b|\bobesity\b|\bobesite\b",
    r"\baveugle\b|\bblind\b|\bsourde?\b|\bdeaf\b",
    r"fauteuil roulant|wheelchair",
    r"\bdialys\w*",
    r"\bcovid\b",
    r"\bgreffe\b|transplant\w*",
    r"\bmaladie\w*",
    r"\brehab\b|desintox\w*",
    # religion, politics, union, sex life, offences
    r"\beglise\b|\bchurch\b|mosquee|\bmosque\b|synagogue|\btemple\b",
    r"\bcroyante?s?\b|\bpratiquante?s?\b|\bbeliever\b|\bfaith\b",
    r"\bhindou\w*|\bhindu\w*|\bsikh\w*|evangel\w*|\bjudaism\w*|\bislam\w*|\bcasher\b|\bhalal\b",
    r"\bmilitant\w*|\bactivist\w*",
    r"extreme (?:droite|gauche)|far[- ](?:right|left)",
    r"\bfront national\b|\brn\b|\blfi\b|insoumis|ecolo\w*|communist\w*|socialist\w*|"
    r"republican\w*|democrat\w*|conservat(?:eur|rice|ive)s?\b",
    r"gilets? jaunes|\bmanif\w*|\bgreve\w*|\bstrikes?\b",
    r"\bcgt\b|\bcfdt\b|\bunsa\b|syndicaliste|delegue syndical|union (?:rep|representative|"
    r"activist)",
    r"\btrans\b|transgen\w*|bisexu\w*|\bqueer\b|\blgbt\w*|\bhetero\w*|\bpacse avec un homme",
    r"casier judiciaire|criminal record|garde a vue|\barrested\b|\barrete par\b|\bjail\b|"
    r"\bconvict\w*|\bcondamnation\w*|\bfraudeu\w*|\bvoleu\w*|\bthief\b|drug dealer",
)
#: What a CRM note may say: facts about the business relationship (R32). Anything else is left
#: unknown, for the rules to ask — never presumed factual.
_FACTUAL = _rx(
    r"prefere\w*|\bprefers?\b|\bpreference",
    r"interess\w*|\binterested\b|\binterest in\b",
    r"rappeler|recontacter|relancer|call (?:him |her |them )?back|follow[- ]?up|to be called|"
    r"a rappeler|to call",
    r"rendez-vous|\brdv\b|\bmeeting\b|\bdemo\b|\bdemonstration\b|appointment",
    r"\bdevis\b|\bquotes?\b|\bbudget\b|\bprix\b|\bprice\b|\btarif\w*",
    r"(?:a|ont) (?:achete|commande|signe|resilie|renouvele)|\bbought\b|\bordered\b|\bsigned\b",
    r"decideur|decision[- ]maker|en charge|in charge|\bposte\b|\brole\b|\bfonction\b|job title|"
    r"responsable (?:de|des|du)",
    r"demenag\w*|\bmoved\b|en conges?|on (?:holiday|leave|vacation)|\babsent\b|disponible|"
    r"available|joignable|reachable",
    r"\b(?:le |the |in the )?(?:matin|morning|apres-midi|afternoon|soir|evening)\b",
    r"\b\d{1,2} ?h\b|\bdates?\b|\bnumero\b|\bnumber\b|\badresse\b|\baddress\b",
    r"\bcontrat\b|\bcontract\b|renouvel\w*|\brenewal\b|\becheance\b|expires?",
    r"concurren\w*|competitor\w*|\butilise\b|\buses\b|fournisseur actuel|current (?:supplier|provider)",
    r"\beffectif\b|\bsalaries\b|\bemployees\b|chiffre d'affaires|\bturnover\b|\brevenue\b",
    r"\bbesoins?\b|\bneeds?\b|\bprojets?\b|\bprojects?\b",
    r"pas interess\w*|not interested|(?:a |has )?(?:refuse|declined)",
    r"(?:a |has )?demande (?:un|une|des|de la)|asked for",
    r"\bcommande\w*|\border\w*|\blivraison\b|\bdelivery\b|\bfacture\w*|\binvoice\w*",
    r"\bparle\b|\bspeaks?\b|\blangue\b|\blanguage\b",
)


#: "un partenaire veut qu'on lui loue notre fichier": the partner named first, our file after.
_SHARE_BACK = re.compile(
    r"(?:partenaires?|partners?|tiers|third[- ]part\w*|autres? (?:societe|entreprise)s?|another company|"
    r"other compan\w*|affiliates?)\b.{0,60}?\b(?:louer|loue|vendre|ceder|cede|partager|transmettre|"
    r"donner|communiquer|refiler|filer|file|passer|fournir|rent|sell|share|give|pass|transfer|lease|"
    r"hand over|provide)\w*\s+(?:\w+\s+){0,3}?(?:notre|nos|our|mes|my) (?:\w+ ){0,2}?(?:fichiers?|"
    r"listes?|bases?|contacts|donnees|files?|lists?|database|data|leads)\b"
)


def _action(folded: str) -> str | None:
    m = _SHARE.search(folded) or _SHARE_BACK.search(folded)
    if m and _SHARE_OWN.search(m.group(0)):
        return "share_list"
    if _CRM.search(folded) and _CRM_WRITE.search(folded):
        if re.search(
            r"heberg|hosted|hors (?:de l')?(?:ue|europe)|outside|etats-unis|\busa\b|cloud|transf",
            folded,
        ):
            return None  # a question about where the CRM lives (transfers), not a comment
        return "crm_comment"
    return None


def _comment_kind(folded: str) -> str | None:
    if _SENSITIVE.search(folded):
        return "sensitive"
    if _INSULTING.search(folded):
        return "insulting"
    if _FACTUAL.search(_CRM.sub(" ", folded)):
        return "factual"
    return None  # neither clearly factual nor flagged: the rules ask what the note says


# What the message carries (L.34-5: the sender, a free opt-out) ----------------------------------

#: Words that leave something out of the message: "sans", "ni", "without", "removed"…
_LEFT_OUT = r"(?:\bsans|\bni|\bnor|\bwithout|\bpas de|\baucun\w*|\bomit\w*|\bremov\w*|\benlev\w*|\bretir\w*|\bsupprim\w*)"
_NO_OPT_OUT = re.compile(
    _LEFT_OUT + r" (?:\w+ ){0,4}?(?:stop\b|liens? (?:de|pour (?:se )?) ?(?:desinscri|desabonn)\w*|"
    r"(?:unsubscribe|opt-?out) (?:links?|buttons?|footers?|options?)|moyen de (?:se desinscrire|s'opposer))"
    r"|\bno (?:unsubscribe|opt-?out) (?:links?|buttons?|footers?)"
)
_NO_SENDER = re.compile(
    _LEFT_OUT + r" (?:\w+ ){0,4}?(?:(?:le |notre |the |our )?(?:nom|name) (?:de |of )?(?:la |l'|notre |the |our )?"
    r"(?:boite|societe|entreprise|marque|company|business|brand)|(?:company|business|brand|sender) name|"
    r"(?:our|notre) (?:nom|name)|expediteur|sender|qui (?:on est|nous sommes)|who we are)\b"
    r"|\b(?:sms|mails?|e-?mails?|messages?|texts?) anonymes?\b|\banonymous (?:sms|e-?mails?|messages?|texts?)\b"
)


def _message_content(folded: str) -> str | None:
    """The message described leaves out the free opt-out or the sender (either is forbidden)."""
    if _NO_OPT_OUT.search(folded):
        return "no_opt_out"
    if _NO_SENDER.search(folded):
        return "no_sender"
    return None


_SEND = re.compile(
    r"\b(?:envoy\w*|envoi|send\w*|ecri\w*|write|prospect\w*|contact(?:er|ez|ons)|"
    r"relanc\w*|demarch\w*|mail\w*|pitch\w*|promo\w*|newsletter|brochure|offres?|offers?)\b"
)


# Entry point ------------------------------------------------------------------------------------


def extract(question: str, on: dt.date, context: Facts | None = None) -> Facts:
    """The facts stated in ``question`` (anything else stays unknown).

    A value that can lead towards `allowed` is kept only when it is stated plainly: read again
    with the words under a negation, a possibility, a hypothesis, a mechanism, a claim… cut away
    (`context.plain_text`), the question must still give it. Otherwise it stays unknown and the
    rules ask (asymmetric evidence, ``lexicon/evidence.yaml``).
    """
    question = focus(question)  # several persons: the words about the one the action targets
    folded = fold(question)
    found = spans(folded)
    skip = ignored()
    if any(s.category in skip for s in found):
        # a claim of approval says nothing about the case: read the rest only
        read = _read(plain_text(folded, found, skip), on, context)
    else:
        read = _read(question, on, context)
    facts = _asserted(read, folded, found, on, context)
    if target(question) is None and others_named(question):
        # several persons and the action names none: what one of them agreed to is not the case's
        bare = _read(unnamed(question), on, context).known()
        drop = {k: None for k, v in facts.known().items() if is_permissive(k, v) and bare.get(k) != v}
        if drop:
            facts = Facts.model_validate({**facts.model_dump(exclude_none=True), **drop})
    return facts


def _read(question: str, on: dt.date, context: Facts | None = None) -> Facts:
    """Every value the words of ``question`` point to, before asymmetric evidence.

    ``context`` (the facts of the thread) only helps read the question — "what if it's a holiday
    trip?" after a case about a professional is an unrelated offer — it is not merged here.
    """
    folded = fold(question)
    cls = clauses(folded)
    found = [c for c in contacts(question) if len(c) <= 320]
    contact = found[0] if found else None
    action = _action(folded)
    values: dict[str, Any] = {
        "action": action,
        "channel": _channel_asked(folded),
        "audience": _audience(cls, folded),
        "contact": contact,
    }
    values["address"] = _address(folded, contact)
    if values["address"] == "generic" and (
        _SOLE_TRADER.search(folded) or _WORKS_ALONE.search(folded)
    ):
        # a one-person business: its contact@ mailbox is that person's (personal data, R5/R6)
        values["address"] = "professional"
    if values["address"] == "generic" and values["audience"] is None and contact and "@" in contact:
        values["audience"] = "b2b"  # contact@company: a company's mailbox
    # "our newsletter subscribers… the subscribers": the same people, who hold no contract
    buyer_text = (
        _BARE_SUBSCRIBERS.sub("inscrits", folded) if _NEWSLETTER_SUBS.search(folded) else folded
    )
    buyer_cls = clauses(buyer_text) if buyer_text is not folded else cls
    values["customer"] = _customer(buyer_cls, buyer_text)
    if values["audience"] is None and values["customer"] == "yes" and not _B2B_ORG.search(folded):
        values["audience"] = "b2c"  # a buyer with no sign of a business: the stricter regime
    values["ongoing_contract"] = _ongoing(buyer_cls, buyer_text)
    if values["ongoing_contract"] == "yes" and values["customer"] is None:
        values["customer"] = "yes"  # a contract with us makes a customer
    audience = values["audience"] or (
        context.audience.value if context and context.audience else None
    )
    values["related_offer"] = _related(cls, folded, audience)
    values["source"] = _source(folded, action == "share_list", values["channel"])
    if values["source"] == "referral" and _HANDED_OVER.search(folded):
        # "a customer gave me her sister's number": the customer is who handed it over
        values["customer"] = values["ongoing_contract"] = None
    if values["customer"] is None and (
        values["source"] in _NOT_A_SALE or (values["audience"] == "b2c" and _B2C.search(folded))
    ):
        # Contacts from a list, the web or an event, or "consumers" with no word of a purchase:
        # not collected during a sale, so no soft opt-in (the stricter reading).
        values["customer"] = "no"
    if (
        values["address"] is None
        and values["audience"] == "b2b"
        and (
            _WORK_SOURCE.search(folded)
            or (
                values["channel"] in ("email", "social_dm")
                and _named_role(cls)
                and not _SOLE_TRADER.search(folded)
            )
        )
    ):
        # Found on their company's site or card, or written to a named role ("the HR manager"):
        # a named work address, not a generic mailbox. Sole traders stay asked (R6).
        values["address"] = "professional"
    if values["address"] is None and values["source"] == "scraped" and _PROFILES.search(folded):
        # details lifted from people's profiles name a person: no company's generic mailbox
        values["address"] = "professional" if "linkedin" in folded else "personal"
    values["consent"] = _consent(cls, folded)
    if values["consent"] is None and values["source"] in ("scraped", "directory", "social", "referral"):
        # details picked up where they were published, or given by someone else: nobody consented
        values["consent"] = "no"
    if (
        values["consent"] == "yes"
        and values["channel"]
        and _consent_elsewhere(cls, values["channel"])
    ):
        # "consented to our newsletter by e-mail… can I call him?": consent is given per means,
        # and one to another means is none to this one
        values["consent"] = "no"
    values["partner_consent"] = _partner_consent(cls, folded)
    if _NO_PROOF.search(folded):
        for key in ("consent", "partner_consent"):
            if values[key] == "yes":
                values[key] = "no"
    if values["consent"] is None and values["channel"] == "phone" and values["partner_consent"] == "yes":
        values["consent"] = "no"  # partners' offers accepted: no consent to be phoned (given per means)
    if (
        values["partner_consent"] is None
        and values["source"] in ("purchased", "rented")
        and values["consent"] == "no"
    ):
        values["partner_consent"] = "no"  # the consent a bought list needs is the partners' one
    if any(not negated(c.text, m.start(), window=12) for c, m in _hits(cls, _COLD)):
        # a cold call or e-mail: nobody asked for it and there is no relationship (stricter only)
        for key in ("consent", "customer", "ongoing_contract"):
            if values[key] is None:
                values[key] = "no"
    callback = _yes_no(cls, _CALLBACK)
    if callback is None and _CALLBACK.search(folded):
        callback = "yes"  # "demande de devis et rappel": the pattern spans a clause break
    if callback == "yes" and _BOSS_WANTS.search(folded):
        callback = (
            None  # "mon manager veut qu'on appelle…": our side wants the call, not the person
        )
    values["callback"] = callback
    if values["channel"] in ("phone", None) or callback:
        values["calls_30d"] = _calls_30d(folded)
    values["informed"] = _informed(cls)
    values["objected"] = _objected(cls, folded)
    values["bloctel"] = _bloctel(cls, folded)
    if values["partner_consent"] is None and action == "share_list" and values["informed"] == "no":
        values["partner_consent"] = "no"  # told nothing at collection: nobody accepted partners
    if values["consent"] is None and (
        values["informed"] == "no" or (values["customer"] == "yes" and values["informed"] == "yes")
    ):
        # Told nothing at collection: nobody consents to what they were not told of. Told of
        # offers during a sale: the soft opt-in story, in which no consent was asked.
        values["consent"] = "no"
    values["sector"] = _sector(folded) if action != "crm_comment" else None
    values["date"] = _date(folded, on)
    values["weekday"] = _weekday(folded)
    if values["date"] is not None and (
        _DAY_MONTH.search(folded) or _MONTH_DAY.search(folded) or _ISO.search(folded)
    ):
        # "il nous a appelés jeudi… rappeler samedi 5 décembre": the day of the action is the date's
        values["weekday"] = values["date"].strftime("%A").lower()
    values["hour"] = _hour(folded)
    values["last_contact"] = _last_contact(folded, on)
    if (
        values["ongoing_contract"] is None
        and values["customer"] == "yes"
        and values["last_contact"]
        and _NOTHING_SINCE.search(folded)
    ):
        values["ongoing_contract"] = "no"  # a dated purchase and nothing since: nothing running
    values["consent_date"] = _consent_date(folded, on)
    if values["date"] is not None and values["date"] in (
        values["consent_date"],
        values["last_contact"],
    ):
        # "a coché le 3 octobre … je l'appelle demain ?": that date is the event's, the action's
        # day is the relative one
        relative = _relative_day(folded, on)
        if relative is not None:
            values["date"] = relative
            values["weekday"] = relative.strftime("%A").lower()
    if action == "crm_comment":
        values["comment_kind"] = _comment_kind(folded)
    if values["channel"] in _ELECTRONIC:
        values["message_content"] = _message_content(folded)
    if action == "share_list" and values["channel"] is None:
        values["channel"] = "email"
    if (
        values["channel"] is None
        and contact
        and "@" in contact
        and action is None
        and _SEND.search(folded)
    ):
        values["channel"] = "email"  # something to send to an e-mail address goes by e-mail
    return Facts(**{k: v for k, v in values.items() if v is not None})


def _asserted(
    read: Facts, folded: str, found: list[Span], on: dt.date, context: Facts | None
) -> Facts:
    """``read`` without the values that need a plain statement and have none (see `extract`)."""
    known = read.known()
    wanted = {k: needs_plain(k, v) for k, v in known.items()}
    wanted = {k: cats for k, cats in wanted.items() if cats}
    if not wanted or not found:
        return read
    update: dict[str, Any] = {}
    rereads: dict[str, dict[str, Any]] = {folded: known}

    def reread(cats: frozenset[str]) -> dict[str, Any]:
        # many category sets cut the same words: read each distinct text once
        text = plain_text(folded, found, cats)
        if text not in rereads:
            rereads[text] = _read(text, on, context).known()
        return rereads[text]

    for key, cats in wanted.items():
        cats = cats | ignored()
        if reread(cats).get(key) == known[key]:
            continue
        if key == "objected" and _DID_OBJECT.search(folded):
            continue  # "could opt out and did": the possibility, then the event itself
        # Not stated plainly. What the rest says, negations kept, may still settle it the
        # strict way ("never agreed… the broker says they consented": no consent).
        other = reread(cats - {"negated"}).get(key)
        update[key] = other if other is not None and not needs_plain(key, other) else None
    if not update:
        return read
    return Facts.model_validate({**read.model_dump(exclude_none=True), **update})
