"""Bloctel (the French do-not-call list): whether the list was checked against it, whether the
number is on it."""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.match import _hits
from bot.understand.text import Clause, negated

_BLOCTEL = words("bloctel", "bloctel")


_BLOCTEL_CLEAN = re.compile(
    r"(?:filtr|nettoy|verifi|check|scrub|clean|compar|passe)\w*\s+(?:\w+\s+){0,4}?(?:avec |against |"
    r"sur |contre |on |with |through |au |a )?(?:le |la |the )?(?:bloctel|do-not-call|dnc)"
    # "the list was run against Bloctel", "screened through the DNC list", "croisé avec Bloctel"
    r"|\b(?:run|ran|runs|running|put|screen\w*|match\w*|process\w*|croise\w*|rapproch\w*|confront\w*)"
    r"\s+(?:\w+\s+){0,4}?(?:against|through|via|avec|contre|a) (?:le |la |the )?(?:bloctel|do-not-call|dnc)"
)


_BLOCTEL_NOT_CHECKED = re.compile(
    # within one clause: "consumers who aren't customers, the file was scrubbed" is checked
    # (or nobody did it: "nobody checked the numbers against Bloctel", "personne n'a vérifié")
    r"(?:pas|jamais|not|never|n't|yet to|pas encore|not yet|sans|without|nobody|no one|no-one|"
    r"personne n'a|personne ne|aucun\w* (?:\w+ )?n'a)[ '-]+(?:\w+[ '-]+){0,4}?"
    r"(?:filtr|nettoy|verifi|check|scrub|clean|compar|passe|run|ran)\w*\W+(?:\w+\W+){0,5}?"
    r"(?:bloctel|do-not-call|dnc)"
    r"|(?:abonnement|subscription|acces|access)\W+(?:\w+\W+){0,3}?(?:bloctel)?\W*(?:\w+\W+){0,2}?"
    r"(?:expire|lapsed|expired|ended|termine|resilie)"
)


# the result of a check said after the list ("ran it through Bloctel: it's registered",
# "passé sur Bloctel -> inscrit", "checked Bloctel: not listed"): a negative result first
_RESULT_HEAD = (
    r"(?:bloctel|do-not-call(?: list)?|dnc)\s*(?:[:=]|->|=>|,?\s*\b(?:the )?result(?:s|at)?\b\s*:?"
    # the check's answer said with a verb: "Bloctel check says he's registered", "la vérification
    # Bloctel indique qu'il est inscrit", "the DNC lookup shows it's listed"
    r"|\s*(?:check|lookup|look-up|search|scrub|query|verification|verif|controle)?\s*"
    r"(?:says|said|shows|showed|confirms|confirmed|indique|dit|montre|confirme|affiche)"
    r"(?: that| qu'| que)?)\s*"
)
_RESULT_NO = re.compile(
    _RESULT_HEAD + r"(?:(?:il |elle |ils |elles |le numero |the number |it |he |she |they )?"
    r"(?:n'est |ne sont |n'y est |is |are |'s |s )?)?"
    r"(?:pas|not|non|isn't|aren't|absent\w*|negati\w*|no match|clean)\b"
)
_RESULT_YES = re.compile(
    _RESULT_HEAD + r"(?:(?:il |elle |ils |elles |le numero |the number |it |he |she |they )"
    r"(?:est |sont |y est |y sont |is |are |'s |s )?|(?:it|he|she|they)'s |(?:it|he|she)s )?"
    r"(?:bien |deja |already |indeed )?"
    r"(?:inscrit\w*|registered|listed|on it|dessus|present\w*|positi\w*|a match|match\w*|flagged|oui|yes)\b"
)


#: A check that turns up listed numbers, counted: "le contrôle Bloctel sort 140 numéros inscrits",
#: "the DNC scrub flagged 80 registered numbers", "Bloctel a remonté une trentaine d'inscrits"
#: — the question is then about those (unless they were taken out, see `_TAKEN_OUT`).
_RESULT_COUNT = re.compile(
    r"(?:bloctel|do-not-call|dnc)\W+(?:\w+\W+){0,3}?"
    r"(?:sort\w*|ressort\w*|remont\w*|donn\w*|trouv\w*|identifi\w*|signal\w*|repere\w*|detect\w*|"
    r"flag\w*|return\w*|show\w*|found|finds?|gives?|gave|turn\w* up|came back with|comes back with|"
    r"throws? up|threw up|pulled|spat out|spits out)\s+(?:\w+\s+){0,2}?"
    r"(?:\d[\d ,.]*|des|plusieurs|quelques|une? (?:\w+aine|bonne partie)|several|some|a few|many|dozens?|"
    r"hundreds?|a (?:dozen|handful|bunch))\s+(?:\w+\s+){0,2}?(?:d')?"
    r"(?:inscrit\w*|registered|listed|matches|hits|positi\w*)\b"
)
_TAKEN_OUT = re.compile(
    r"\b(?:retir|supprim|enlev|exclu|ecart|sorti|filtr|remov|exclud|drop|delet|strip|suppress|"
    r"took (?:them )?out|taken out|take (?:them )?out)\w*"
)


#: The number said to be on the list, as a plain statement: "son numéro est sur Bloctel", "he's
#: registered on Bloctel", "they are listed on the DNC list" (a negation in between is no listing).
_STATED_ON = re.compile(
    r"(?<!n')\b(?:est|sont|etait|etaient|is|are|was|were)\s+"
    r"(?:(?!pas\b|plus\b|jamais\b|not\b|never\b|no\b)\w+\s+){0,2}?"
    r"(?:sur|on|inscrits? sur|inscrites? sur|registered (?:on|with)|listed on|listed in) "
    r"(?:le |la |the )?(?:liste )?(?:bloctel|do-not-call|dnc)"
)


#: The listing of someone else or another line than the one called, in the words before the
#: Bloctel word in its clause: "her husband's landline is on Bloctel", "le fixe de son mari est
#: sur Bloctel", "his old number was on Bloctel" — it says nothing of the number called.
_OTHER_LINE = re.compile(
    r"\b(?:(?:his|her|their|[a-z]+'s) (?:\w+ )?(?:husband|wife|partner|spouse|neighbou?r|son|daughter|"
    r"mother|father|mum|mom|dad|brother|sister|friend|colleague|parents?|employer|office|company)(?:'s)?|"
    r"(?:de|du|d') (?:son|sa|ses|leur) (?:\w+ )?(?:mari|femme|epouse|epoux|conjoint\w*|compagn\w*|voisin\w*|"
    r"fils|fille|mere|pere|frere|soeur|ami\w*|collegue|parents?|employeur|entreprise|bureau)|"
    r"(?:son|sa|ses|leur) (?:mari|femme|epouse|epoux|conjoint\w*|compagn\w*|voisin\w*|fils|fille|mere|pere|"
    r"frere|soeur|parents?)|"
    r"(?:another|other|old|former|previous|second) (?:\w+ )?(?:number|line|landline|mobile|phone)|"
    r"(?:autre|ancien|deuxieme|second) (?:\w+ )?(?:numero|ligne|fixe|portable|mobile|telephone))\b"
)
#: The number described as listed by a word after it: "Bloctel-registered numbers", "DNC-listed".
_LISTED_AFTER = re.compile(r"[- ](?:registered|listed|flagged|inscrits?|inscrites?)\b")


def _stated_on(cls: list[Clause]) -> bool:
    """The number called said to be on the list: not negated ("none of them are on Bloctel"),
    not another person's or another line's listing ("her husband's landline is on Bloctel")."""
    for clause in cls:
        for m in _STATED_ON.finditer(clause.text):
            if _OTHER_LINE.search(clause.text[: m.start()]) or negated(
                clause.text, m.start(), window=35
            ):
                continue
            return True
    return False


def _bloctel(cls: list[Clause], folded: str) -> str | None:
    if _RESULT_NO.search(folded):
        return "no"
    if _RESULT_YES.search(folded):
        return "yes"
    counted = _RESULT_COUNT.search(folded)
    if counted and not _TAKEN_OUT.search(folded, counted.end()):
        return "yes"  # the listed numbers found by the check, asked about next
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
    if _stated_on(cls):
        # "j'ai vérifié et son numéro est sur Bloctel": the check's result, said as a plain
        # statement, outweighs the word "checked" (a listing leads towards forbidden)
        return "yes"
    if _BLOCTEL_CLEAN.search(folded):
        return "no"
    for clause, m in _hits(cls, _BLOCTEL):
        if _OTHER_LINE.search(clause.text[: m.start()]):
            continue  # another person's or another line's listing, not the number called
        if negated(clause.text, m.start(), window=35):
            return "no"
        if _LISTED_AFTER.match(clause.text, m.end()):
            return "yes"  # "Bloctel-registered numbers included"
        if re.search(
            r"inscri|listed|registered|\bsur\b|\bon\b|\bin\b|figure|\best\b|\bis\b|\bare\b",
            clause.text[max(0, m.start() - 30) : m.start()],
        ):
            return "yes"
    return None
