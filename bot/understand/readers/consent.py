"""Whether the person consented, and the conditions that void a consent (pre-ticked, bundled,
silence, conditional)."""

from __future__ import annotations

import re

from bot.understand.context import insertions_opened
from bot.understand.kind import cues
from bot.understand.lexicon import words
from bot.understand.readers.channel import _channel
from bot.understand.readers.former_employer import former_employer_customers
from bot.understand.readers.match import _first, _rx, _yes_no
from bot.understand.readers.other_company import named_among_partners
from bot.understand.text import Clause, clauses, negated

_PRE_TICKED = words("consent", "pre_ticked")
_BUNDLED = words("consent", "bundled")


#: A word that is no negation (the gap of "we'll assume you're happy", not "…he's not interested").
_NOT_NEG = r"(?:(?!(?:not|pas|n'|ne|never|jamais|plus|aucun\w*|\w*n't)\b)[\w']+ )"
#: Consent read into silence or inaction (GDPR 4(11): "unambiguous" needs an act): `implied`.
_AGREES = (
    r"(?:accept\w*|consent\w*|d'accord|vaut (?:accord|acceptation|consentement)|considere\w*|repute\w*|"
    r"(?:serez|seront|sera|est|sont|will be|are|is) (?:inscrit|abonne|subscribed|enrolled|opted)\w*|"
    r"recevrez|recevront|recevra|will receive|'ll receive|agree\w*|opt(?:ed|s)? in|deemed|taken as|"
    # what the sender then takes for granted: "we'll assume you're happy", "on part du principe…"
    rf"(?:assum|presum|suppos|consider|take it|part du principe)\w* {_NOT_NEG}{{0,4}}?(?:happy|glad|ok|"
    r"okay|fine|d'accord|agree\w*|consent\w*|interested|interesse\w*|partants?|ravis?|on board)\b|"
    r"(?:happy|glad|ravis?|heureux|heureuses?) (?:to|de|d') ?(?:get|receive|hear|recevoir)|"
    r"(?:fine|ok|okay) with)"
)


_SILENCE = _rx(
    r"\bsilence\b(?! radio)",
    r"qui ne dit mot",
    r"n'(?:a|ont) rien dit",
    r"didn'?t say (?:anything|no)\b(?! about)",
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
    rf"objection|reaction|desinscription|manifestation)\b[^.()?!;]{{0,60}}?\b{_AGREES}",
    # "sauf refus" (not "sauf opposition": the right to object of B2B and postal prospecting)
    r"(?:sauf|a moins d'une?) (?:refus|desinscription|desabonnement)\b",
    r"(?:no|without (?:a |any )?|absent (?:a |any )?|lack of (?:a )?)(?:reply|response|answer|objection|"
    rf"refusal)\b[^.()?!;]{{0,40}}?\b(?:means|counts as|=|equals|is taken as|implies|{_AGREES})",
    r"(?:if|unless) (?:they|you|he|she|people|customers|consumers|the person) (?:don'?t|do not|doesn'?t|"
    r"does not|fail to|never) (?:reply|respond|answer|object|refuse|opt[- ]?out|unsubscribe|say no|"
    rf"react)\w*\b[^()?!;]{{0,50}}?\b{_AGREES}",
    # "unless you reply within 15 days, you agree…", "à moins que vous ne répondiez…, vous acceptez"
    r"(?:unless|a moins qu'(?:ils?|elles?)|a moins que (?:vous|la personne|le client|les gens)) "
    r"(?:\w+ ){0,2}?(?:reply|respond|answer|object|refuse|opt[- ]?out|unsubscribe|say no|tell us|"
    rf"contact us|repond|reagi|refus|s'oppos|desinscri|desabonn)\w*\b[^()?!;]{{0,50}}?\b{_AGREES}",
    # whoever stays silent is switched to opt-in: "whoever doesn't answer gets opted in",
    # "ceux qui ne répondent pas passent en opt-in"
    r"(?:whoever|anyone who|anybody who|those who|people who|everyone who|ceux qui|celles qui|"
    r"quiconque|tous ceux qui|les gens qui) (?:doesn'?t|don'?t|does not|do not|never|fails? to|ne |n')"
    r" ?(?:\w+ )?(?:reply|respond|answer|object|refuse|opt[- ]?out|unsubscribe|say no|repond|reagi|"
    r"refus|s'oppos|desinscri|desabonn)\w*\b[^()?!;]{0,60}?\b(?:opt(?:ed|s)?[- ]?in|consent\w*|"
    r"agree\w*|accept\w*|inscrit\w*|abonne\w*|subscribed|d'accord|(?:count|treat|deem|consider|"
    r"consider|compte|considere|repute)\w* (?:as|comme) (?:yes|oui|ok|d'accord))",
    # "qui ne dit rien consent" (the proverb, shortened)
    r"qui ne dit rien consent",
    r"(?:s'ils|si (?:ils|elles?|la personne|le client|vous|on)|tant qu'(?:ils|elles?|il|on)|tant que vous) "
    r"(?:ne|n') ?(?:vous |se |s')?"
    r"(?:\w+ )?(?:repond|reagi|refus|s'oppos|dit pas non|desinscri|desabonn)\w*\b[^()?!;]{0,50}?"
    rf"\b{_AGREES}",
    # "nobody replied, so they've consented", "personne n'a répondu, donc ils sont d'accord"
    r"(?:pas|jamais|never|not|didn'?t|did not|haven'?t|hasn'?t|nobody|no one|no-one|none of them|"
    r"personne n'a|aucun\w* n'a) "
    r"(?:\w+ ){0,2}?(?:repondu|reagi|refuse|"
    r"objecte|dit non|replied|responded|answered|objected|refused|said no|opted out|unsubscribed)\w*,? "
    r"(?:donc|alors|so|therefore|=|ca veut dire|cela vaut|that means|which means|meaning) (?:[\w']+ ){0,3}?"
    r"(?:d'accord|ok|okay|oui|yes|accept\w*|consent\w*|agree\w*|opt(?:e|ed)? ?in|inscrit|subscribed|"
    # ("so I assume they're all in", "so they are in")
    r"partant|on board|(?:all|they'?re|are) in\b)",
    # (the people counted: "the other 4,960", "les 4 960 autres")
    r"(?:considere|consider|deem|treat|compte|count|regard)\w* (?:[\w'-]+(?:[,.]\d+)? ){0,5}?(?:comme|as) "
    r"(?:consentants?|d'accord|opt-?in|opted[- ]?in|inscrits?|consenting|having (?:consented|agreed|opted in)|"
    r"agreed|subscribed|accepted|acceptant|interested|interesse\w*|partants?|on board|happy)",
    r"(?:silence|absence de reponse|non-?reponse|no reply|no response|no answer|not replying|"
    r"not answering) (?:vaut|means|counts|=|equals|is)",
    r"opt-?out (?:par defaut|by default)",
    rf"(?:considere|consider|assume|presume|deem|treat|suppose)\w* {_NOT_NEG}{{0,3}}?(?:d'accord|ok|okay|fine|"
    r"consentants?|interesse\w*|interested|on board|partants?)\b",
    r"(?:suivent|suit|follow|follows|followed|like|likes|liked|aiment|aime|ont like)\b.{0,60}?"
    r"(?:c'est qu'ils|c'est qu'il|that means|which means|so they|donc ils?) (?:\w+ ){0,2}?(?:sont|are|is|est)? ?"
    r"(?:interess|d'accord|ok|fine|consent|agree)",
    # a box left unticked taken as agreement: "most didn't tick it. So they consented?"
    r"(?:didn'?t|did not|never|haven'?t|hasn'?t|pas|jamais|rien|not) (?:\w+ ){0,2}?(?:tick|check|coch|untick|"
    r"uncheck|decoch)\w*[^?!]{0,40}?\b(?:so|donc|alors|therefore|which means|that means|ca veut dire|"
    rf"cela vaut|=) {_NOT_NEG}{{0,3}}?(?:consent\w*|agree\w*|d'accord|accept\w*|ok|okay|opted in|opt-?in|"
    r"inscrit\w*|subscribed)\b",
    # (what a box is, "une case décochée par défaut", is no enrolment by default)
    r"(?:added|ajout|inscri|abonn|enrol|subscri|signed up|opted in|mis|put)\w*\b.{0,50}?\b"
    r"(?<!coche )(?<!cochee )(?<!coches )(?<!cochees )(?<!ticked )(?<!checked )(?<!selected )(?<!vide )"
    r"(?<!empty )(?<!blank )(?:automatically|automatiquement|by default|par defaut|d'office)",
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
    # (within its sentence: "…15% can be had. Can we email those who signed up?" ties nothing)
    rf"|{_ADVANTAGE}\w*[^.?!]{{0,60}}?"
    # (whole words: "par défaut" holds no "faut")
    r"\b(?:en echange|conditionn\w*|condition\w* (?:a|au|de)|only if|seulement si|a condition|in exchange|"
    r"if (?:they|you|people|customers|consumers) (?:accept|agree|consent|opt|sign|subscri)|"
    r"(?:who|qui|ceux qui|those who) (?:accept|agree|consent|opt|sign|subscri|s'inscri|s'abonn)\w*|"
    r"s'ils (?:acceptent|s'inscrivent|s'abonnent|consentent)|si (?:ils|elles?|il|on) (?:accepte|consent|"
    r"s'inscri|s'abonn)|required|requis|obligatoire|had to|have to|must|devaient|devait|doivent|doit|"
    r"fallait|faut)"
)


_NO_ALTERNATIVE = words("consent", "no_alternative")
_CONDITION_DOUBT = words("consent", "condition_doubt")
_ALTERNATIVE = words("consent", "alternative")


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
    if _CONDITION_DOUBT.search(folded):
        return "unclear"  # "je sais pas si la case était obligatoire pour jouer": asked, never free
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


_CONSENT_YES = words("consent", "consent_yes")
_CONSENT_YES_SENTENCE = words("consent", "consent_yes_sentence")
#: A word that denies what follows or states the opposite, between the act and the words of a box.
_DENIAL = re.compile(
    r"\b(?:no|not|never|without|none|nobody|pas|jamais|sans|aucune?|personne|ni|nor|rien)\b|n't\b|\bn'"
)
_CONSENT_NO = words("consent", "consent_no")
_CONSENT_NO_SENTENCE = words("consent", "consent_no_sentence")
_TOOK_PART_ONLY = words("consent", "took_part_only")
_OPT_OUT_BOX = words("consent", "opt_out_box")
_DONE_BY_US = words("consent", "done_by_us")
_OTHER_PURPOSE = words("consent", "other_purpose")
_OTHERS_FILE = words("consent", "others_file")
#: Our company not named where the details were collected (the words are partners.yaml's).
_US_UNNAMED = words("partners", "us_unnamed")
#: The words of ticking a box or leaving it empty: about consent only when the box is an opt-in.
_TICKING = re.compile(
    r"\b(?:coch\w*|decoch\w*|tick\w*|untick\w*|check(?:ed|s|ing)?|checkbox\w*|case|cases|box|boxes|"
    r"left (?:it|the box|them|that) (?:empty|blank|unticked|unchecked)|laisse\w* (?:vide|vierge|decoch\w*))\b"
)


def _without_opt_out_box(folded: str) -> str:
    """``folded`` with the words of ticking blanked when the box described is one to refuse
    ("une case pour refuser, elle ne l'a pas cochée", "a box to tick if he didn't want our
    marketing, left it empty"): ticking it is an objection, leaving it empty no consent either
    way, and neither says the person opted in (informed/objected read those words)."""
    if not _OPT_OUT_BOX.search(folded):
        return folded
    return _TICKING.sub(lambda m: "_" * len(m.group(0)), folded)


_NO_PROOF = words("consent", "no_proof")
#: The origin or the collection of a consent said unknown ("personne sait d'où ça vient").
ORIGIN_UNKNOWN = words("consent", "origin_unknown")
#: Consent words: a missing proof is of a consent when they stand in the message.
_ABOUT_CONSENT = re.compile(
    r"consent|accord|opt(?:ed|s|ing)?[- ]?in|coch|tick|case\b|box|agree|accept|inscri|sign|subscri|"
    r"partenaires|partners|dit oui|said yes|"
    # a list vouched for as compliant ("certifié RGPD", "GDPR compliant"): a claim about its consents
    r"(?:certifi\w*|conformes?|compliant|valid\w*) (?:au |to |with )?(?:rgpd|gdpr)|"
    r"(?:rgpd|gdpr)[- ](?:compliant|certifi\w*|conformes?|proof)"
)
#: What a missing proof is of, when it says: "aucune trace d'achat" is no consent's.
_PROOF_OF = re.compile(r"\s*(?:de |d'|du |des |of |for |that )(?:\w+ ){0,2}?(\w+)")


def _unprovable(folded: str, said: str | None = None) -> bool:
    """The proof of a consent is said to be missing: "aucune preuve de consentement", "couldn't
    show us any consent records", "tout le monde a consenti… on a pas vu les preuves". ``said``:
    the message before its questions were set aside ("je demande ce qu'ils ont coché et les
    preuves : confidentiel" is about a consent, though no one is said to have ticked)."""
    if not _ABOUT_CONSENT.search(said or folded):
        return False
    for m in _NO_PROOF.finditer(folded):
        if _ABOUT_CONSENT.search(m.group(0)):
            return True
        of = _PROOF_OF.match(folded, m.end())
        if of is None or _ABOUT_CONSENT.search(of.group(0)):
            return True  # "no proof.", "aucune preuve de leur accord"
    return False


_COLLECTED_FOR_OTHER = words("consent", "collected_for_other")
#: Offers named in the sentence: the collection's purpose then reaches them, it is not read as other.
_OFFER_WORDS = re.compile(
    r"\b(?:offres?|offers?|newsletters?|promo\w*|marketing|prospect\w*|publicit\w*|deals|bons plans|"
    r"actualites|nouveautes|catalog\w*|sales)\b"
)


def _collected_for_other(folded: str) -> bool:
    """The details were left for another purpose than offers ("pour le suivi de livraison",
    "to be told if they win"), plainly, in a sentence that names no offers."""
    for m in _COLLECTED_FOR_OTHER.finditer(folded):
        start = max(folded.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        ends = [i for i in (folded.find(c, m.end()) for c in ".!?;\n") if i >= 0]
        sentence = folded[start : min(ends, default=len(folded))]
        if not _OFFER_WORDS.search(sentence) and not _negated_in_sentence(folded, m.start()):
            return True
    return False


def _negated_in_sentence(folded: str, at: int) -> bool:
    start = max(folded.rfind(c, 0, at) for c in ".!?;\n") + 1
    return negated(folded[start:], at - start)


def sentence_consents(folded: str) -> list[re.Match[str]]:
    """The person's act and the first-person words of the opt-in it used, said in one sentence
    across its clause breaks ("signed up on our website — checkbox unticked by default, wording
    'I'd like to receive FitOne offers by SMS'"), with no denial before the act or between the two."""
    return [
        m
        for m in _CONSENT_YES_SENTENCE.finditer(folded)
        if not _negated_in_sentence(folded, m.start())
        and not _DENIAL.search(_BOX_SET_UP.sub(" ", m.group(0)))
    ]


#: How the box was set up, not a denial of the act: "not pre-ticked", "non cochée par défaut".
_BOX_SET_UP = re.compile(
    r"\b(?:not|non|pas)[- ](?:pre-? ?)?(?:ticked|checked|selected|cochee?s?)"
    r"(?: (?:by default|par defaut|d'office|in advance|a l'avance))?"
)
#: The rest of the opt-in's words after their first ones: to the closing quote or the sentence end.
_WORDS_REST = re.compile(r"(?:[^.?!\"'»”]|'(?=\w)){0,100}")


def _sentence_means(folded: str) -> list[str | None]:
    """The means each sentence-wide consent names in the opt-in's words."""
    return [
        _channel(folded[m.start() : _WORDS_REST.match(folded, m.end()).end()])  # type: ignore[union-attr]
        for m in sentence_consents(folded)
    ]


def _without_proof(folded: str) -> str:
    return _NO_PROOF.sub(lambda m: "_" * len(m.group(0)), folded)


_PARTNERS = words("consent", "partners")


#: A judgement asked of what was described (the sentence up to its "?"), kinds.yaml's cue.
_JUDGEMENT_ASKED = re.compile(rf"(?:{cues().refers_back.pattern})[^.!?]*\?")


#: Being asked whether one accepts is no acceptance: "on lui a demandé si elle acceptait de…",
#: "asked whether she agreed to…", "on lui a proposé de s'inscrire", "we offered him to opt in".
#: The consent words of the question are set aside; the answer, when given, is read elsewhere.
_ASKED_WHETHER = re.compile(
    r"\b(?:demande\w*|propose\w*|pose la question|posee la question|asked|asking|asks|ask|offered|offering|"
    r"proposed|invited|prompted)\b(?: (?:lui|leur|her|him|them|me|nous|us|the \w+|au \w+|a la \w+|aux \w+|"
    r"ever|never|jamais|already|deja))?\s?(?:si\b|s'(?=il|ils)|whether\b|if\b|"
    # an indirect question about the consent ("je lui demande ce que les gens ont coché",
    # "asked how or when people agreed"): what is asked is not said to have happened
    r"(?:ce (?:que|qu')|ce qui|comment|quand|ou\b|lesquel\w*|quel\w*|what|how|when|where|which)\b|"
    r"(?:de |d'|to )(?=[\w']*\s?(?:accept|"
    r"consent|agree|opt|inscri|sign|subscri|abonn|recevoir|receive)))"
    r"[^.?!;\n]{0,60}?\b(?:accept|consent|agree|opt|inscri|sign|subscri|abonn|d'accord|ok pour|recevoir|receive|coch|tick|check)\w*"
)
#: A negation or a belief denied before the asking: nobody asked ("je ne crois pas qu'on lui
#: ait demandé", "I don't think we ever asked", "personne ne lui a proposé", "never asked").
_ASKING_DENIED = re.compile(
    r"\b(?:ne (?:crois|pense|suis)|n'ai pas l'impression|don'?t (?:think|believe)|do not (?:think|believe)|"
    r"doubt|doute|never|jamais|personne|nobody|no one|not|pas|a aucun moment|at no (?:point|time))\b"
)


def _without_asking(folded: str) -> tuple[str, bool]:
    """``folded`` with the words of a question put to the person blanked, and whether one of
    those questions is denied in its sentence (nobody asked: no consent)."""
    denied = False
    for m in _ASKED_WHETHER.finditer(folded):
        start = max(folded.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        if _ASKING_DENIED.search(folded[start : m.start()]):
            denied = True
    return _ASKED_WHETHER.sub(lambda m: "_" * len(m.group(0)), folded), denied


#: Our own offers named beside the partners' ("nos offres et celles de nos partenaires").
_OURS_TOO = re.compile(
    r"\b(?:nos (?:offres|promos?|actualites)|notre (?:newsletter|marque|societe)|our (?:own )?(?:offers|"
    r"newsletter|promotions?|brand|company)|de la marque|from the brand|from us|de notre part|a nous)\b"
)


def _partners_only(cls: list[Clause]) -> bool:
    """Every clause stating consent names partners' offers as what was agreed to, and not ours
    ("ticked 'I agree to receive partner offers by email'"): a partner consent (R11), not ours."""
    said = [c.text for c in cls if _CONSENT_YES.search(c.text)]
    return bool(said) and all(_PARTNERS.search(t) and not _OURS_TOO.search(t) for t in said)


#: "at no point, in any of the forms, did he agree…": a negation over the whole sentence.
_AT_NO_POINT = re.compile(
    r"(?:at no (?:point|time|stage)|a aucun moment)\b[^.?!]{0,90}?\b(?:agree|consent|opt|accept|tick|coch)\w*"
)


def _consent(cls: list[Clause], folded: str) -> str | None:
    said = folded
    opened = insertions_opened(folded)
    if opened != folded:  # "il ne m'a, à aucun moment, donné son accord": the verb denied
        folded, cls = opened, clauses(opened)
    found, neg = _first(cls, _PRE_TICKED)
    if found and not neg:
        return "pre_ticked"
    if _BUNDLED.search(folded) and (
        re.search(r"consent|accord|accept|opt|coch|tick|case|box|agree", folded)
        or _CONSENT_YES.search(folded)  # any opt-in said beside the terms is bundled with them
    ):
        return "bundled"
    if _SILENCE.search(folded):
        return "implied"  # "no answer means yes": never a consent (R7)
    condition = consent_condition(folded)
    if condition == "forced":
        return "bundled"  # consent was the price of the advantage (R7, GDPR 7(4))
    masked = _without_opt_out_box(folded)
    by_us = _DONE_BY_US.search(masked)
    if by_us:  # "we ticked the box for them": our act, set aside (nobody's consent)
        masked = _DONE_BY_US.sub(lambda m: "_" * len(m.group(0)), masked)
    # "elle a accepté les cookies", "agreed to be contacted about her delivery": consent to
    # another purpose, set aside (it says nothing of offers either way)
    masked = _OTHER_PURPOSE.sub(lambda m: "_" * len(m.group(0)), masked)
    # "c'est un consentement valable ?", "is that valid consent?": a judgement asked, no consent said
    masked = _JUDGEMENT_ASKED.sub(lambda m: "_" * len(m.group(0)), masked)
    masked, asking_denied = _without_asking(masked)
    if masked != folded:  # a box to refuse, a question put: their words are no opt-in
        folded, cls = masked, clauses(masked)
    stated = _yes_no(cls, _CONSENT_YES, _CONSENT_NO)
    if stated is None and sentence_consents(folded):
        stated = "yes"
    if stated is None and asking_denied:
        stated = "no"  # "je ne crois pas qu'on lui ait demandé si elle acceptait": nobody asked
    if stated is None and by_us:
        stated = "no"
    if stated is None and (_AT_NO_POINT.search(folded) or _CONSENT_NO_SENTENCE.search(folded)):
        stated = "no"
    if stated is None and (
        _OTHERS_FILE.search(folded)
        or _US_UNNAMED.search(folded)
        or former_employer_customers(folded)
    ):
        # another company's customers handed over, or a collection that never named us: none
        # of those people consented to us
        stated = "no"
    if stated is None and any(
        not _negated_in_sentence(folded, m.start()) for m in _TOOK_PART_ONLY.finditer(folded)
    ):
        stated = "no"  # "ils ont juste participé", "participated and that's all": no consent
    if stated is None and _collected_for_other(folded):
        stated = "no"  # "laissé leur numéro pour être prévenus s'ils gagnent": another purpose
    if _unprovable(folded, said) and (
        stated != "no"
        or _yes_no(clauses(_without_proof(folded)), _CONSENT_YES, _CONSENT_NO) != "no"
    ):
        return "unknown"  # said or not, a consent nobody can prove (GDPR 7(1)): not provable
    if condition == "unclear" and stated != "no":
        return None  # R8: valid only if refusing was a real option -> the rules ask about consent
    if (
        stated == "yes"
        and (_CONSENT_TO_OTHERS.search(folded) or _partners_only(cls))
        and not named_among_partners(folded)
    ):
        # agreed to be contacted by a partner, not by us: our consent is still unknown (unless
        # we are one of the partners named: "partenaires : Assur+, TelcoMax… On est TelcoMax")
        return None
    if stated == "yes" and _spoken_only(cls, folded):
        return None  # "il m'a dit oui au téléphone": provable? the rules ask
    return stated


_ORAL = words("consent", "oral")
_ORAL_MEDIUM = words("consent", "oral_medium")
_ORAL_PROOF = words("consent", "oral_proof")


def _spoken_only(cls: list[Clause], folded: str) -> bool:
    """Every clause stating consent says it was given by word of mouth ("son accord à l'oral au
    téléphone", "agreed verbally"), and nothing names a recording or a written confirmation: a
    consent whose proof is in question (GDPR 7(1)), asked rather than taken."""
    said = [c.text for c in cls if _CONSENT_YES.search(c.text)]
    return bool(said) and all(_ORAL.search(t) for t in said) and not _ORAL_PROOF.search(folded)


#: "a accepté d'être appelé par notre partenaire": a consent that names another company.
_CONSENT_TO_OTHERS = re.compile(
    r"(?:accept|consent|agree|d'accord|dit oui|said yes|opt)\w*\b.{0,60}?\b(?:par|by|from|de|des|du|of|to|aux) "
    r"(?:notre |nos |un |une |a |an |our |the |le |la |l'|des )?(?:partenaires?|partners?|filiales?|"
    r"subsidiar\w+|autres? (?:societes?|entreprises?)|another company|other companies|"
    r"(?:sister|partner) compan\w+)"
)


#: Consent limited to the collector itself: no consent to partners' offers (R11, R12).
_SELF = (
    r"\b(?:own|propres?|loueur|vendeur|editeur|fournisseur|courtier|renter|seller|lessor|vendor|broker|"
    r"provider|list owner|collector|la marque|the brand|a nous|ours|nos (?:propres )?offres|"
    # us named as the sender: "agreed to hear from us only", "n'ont accepté que de nous"
    r"(?:from|by|with) us|(?:par|de) nous|de notre part|"
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
    r"(?:\w+ ){0,4}?(?:qu'(?:a|aux|au|pour)|que (?:nos|notre|nous|les notres|de nous|par nous)\b)",
    r"(?:pas|not|never|jamais) (?:\w+ ){0,2}?(?:celles?|ceux|those|ones|to|a|aux|pour) "
    r"(?:\w+ ){0,2}?(?:partenaires|partners|tiers|third parties)",
)


_ELECTRONIC = {"email", "sms", "social_dm", "fax"}


def _consent_elsewhere(cls: list[Clause], channel: str, folded: str = "") -> bool:
    """Every clause stating consent (and every sentence-wide statement of it in ``folded``) names
    another means than the one asked about."""
    means = [
        _channel(_ORAL_MEDIUM.sub(" ", c.text))
        or (_channel(_ORAL_MEDIUM.sub(" ", c.text + " " + n.text)) if n else None)
        for c, n, m in (
            (c, cls[i + 1] if i + 1 < len(cls) else None, m)
            for i, c in enumerate(cls)
            for m in _CONSENT_YES.finditer(c.text)
        )
    ] + _sentence_means(folded)
    return bool(means) and all(m is not None and m != channel for m in means)


def consent_means_unnamed(cls: list[Clause], folded: str = "") -> bool:
    """Every clause stating consent (and every sentence-wide statement of it) names no means at
    all ("elle nous a donné son accord pour recevoir nos offres", "he agreed to hear about our
    deals"): consent to be phoned is given "par ce moyen" (L.223-1), so one to offers in general
    is no plain phone consent. A means named in the clause or in the opt-in's words counts."""
    said = [c.text for c in cls if _CONSENT_YES.search(c.text)]
    if not said or not all(_TO_RECEIVE.search(t) and not _TO_BE_REACHED.search(t) for t in said):
        return False  # "accepté d'être recontacté", "rappelée par nos conseillers": a call
    means = [_channel(_ORAL_MEDIUM.sub(" ", t)) for t in said] + _sentence_means(folded)
    return all(m is None for m in means)


#: A consent to receive offers ("pour recevoir nos offres", "agreed to our deals").
_TO_RECEIVE = re.compile(
    r"\b(?:recevoir|receive|receiving|get|getting|hear about|hearing about)\b|"
    r"\b(?:pour|for|to|a) (?:nos|our|les|the) (?:\w+ )?(?:offres|offers|promo\w*|deals|bons plans|"
    r"actualites|news|nouveautes)\b"
)
#: A consent to be reached again, whatever the means named: "être recontacté", "rappelée".
_TO_BE_REACHED = re.compile(
    r"\b(?:rappel\w*|recontact\w*|contact\w*|appel\w*|call\w*|joindre|reached|phon\w*|ring\w*)\b"
)


_COLD = words("consent", "cold")
#: A social network's lead form the person filled in ("our Facebook lead ad campaign"): their
#: details were given, not picked from what they published (consent stays asked).
LEAD_FORM = words("consent", "lead_form")
