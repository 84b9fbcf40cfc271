"""Whether the person was informed at collection, and whether they objected."""

from __future__ import annotations

import re

from bot.understand.context import Span
from bot.understand.lexicon import words
from bot.understand.readers.match import _hits
from bot.understand.text import Clause, negated

_INFORMED = words("informed", "informed")
_NOT_INFORMED = words("informed", "not_informed")
_OBJECTED = words("informed", "objected")
_SOURCE_TOLD = words("informed", "source_told")
_OBJECTION_TOLD = words("informed", "objection_told")
_NOT_OBJECTED = words("informed", "not_objected")
_NOT_ON_LIST = words("informed", "not_on_list")
_NOBODY = words("informed", "nobody")
_USED_MEANS = words("informed", "used_means")
_MEANS = words("informed", "means")
_OBJECTOR_GROUP = words("informed", "objector_group")
_POSTPONED = words("informed", "postponed")
_NOTICE_TOLD = words("informed", "notice_told")
_LATER_TOLD = words("informed", "later_told")
_OBJECTOR_IN_DOUBT = words("informed", "objector_in_doubt")
_MEANS_VERB = words("informed", "means_verb")
_REFUSAL_BOX = words("informed", "refusal_box")
_OTHERS_MARK = words("informed", "others_mark")


def objector_in_doubt(folded: str) -> bool:
    """The rep doubts that an objection on record is this person's ("c'est peut-être un
    homonyme", "might be a namesake"): whether the person objected is asked, not settled."""
    return bool(_OBJECTOR_IN_DOUBT.search(folded))


_CAN = re.compile(
    r"(?:peut|peuvent|pouvait|pouvaient|pourra|pourront|pourrait|can|could|able to|possibilite de|free to|"
    r"allowed to|lien|link|moyen|way to|option|bouton|button|permettre de|pour|to let them|box|checkbox|case)"
    r"\W+(?:\w+\W+){0,2}$"
    # a box's purpose may come after its verb: "a box to tick to refuse", "case à cocher pour refuser"
    r"|\b(?:box|checkbox|tick-?box|case)\W+(?:\w+\W+){0,4}?(?:to|pour|afin de)\W+$"
)


def told_at_first_contact_plainly(folded: str, cut: list[tuple[int, int]]) -> bool:
    """Our message plainly tells the source and how to object: the words saying so lie outside
    the ``cut`` spans (a negation or a hypothesis), though the refusal offered may be one ("if she
    replies 'no thanks' she won't hear from us again" is what is told, not a doubt of ours)."""
    for sentence in re.finditer(r"[^.!?;\n]+", folded):
        text, at = sentence.group(0), sentence.start()
        source = _SOURCE_TOLD.search(text)
        told = _OBJECTION_TOLD.search(text) if source else None
        if not told or negated(text, source.start(), window=20) or _LATER_TOLD.search(text):
            continue
        if negated(text, told.start(), window=20):
            continue
        if not any(a <= at + source.start() < b for a, b in cut):
            return True
    return False


def _notice_told(folded: str) -> bool:
    """A notice, sign or clause of ours said we would send offers and how to refuse them."""
    for sentence in re.split(r"[.!?;\n]+", folded):
        m = _NOTICE_TOLD.search(sentence)
        if m and not negated(sentence, m.start(), window=20):
            return True
    return False


def refusal_box(folded: str, cut: list[tuple[int, int]]) -> bool:
    """A box labelled with a refusal was offered ("a clear 'don't send me offers' box"): neither
    denied nor in a ``cut`` span begun before the label (a negation inside it is its wording)."""
    for m in _REFUSAL_BOX.finditer(folded):
        head = _sentence_head(folded, m.start())
        if _NEG_CUE.search(head[-25:]) or _SUPPOSED.search(head):
            continue  # "there was no 'don't email me' box", "if there's a 'no offers' box"
        if not any(a < m.start() < b for a, b in cut):
            return True
    return False


_FREE_ACCOUNT = words("informed", "free_account")


def free_account_sale(folded: str) -> bool:
    """A free account of ours is plainly named (not denied nor supposed): told at sign-up and
    able to object, its holder was reached in the context of a sale (R2b, C-654/23)."""
    for m in _FREE_ACCOUNT.finditer(folded):
        head = _sentence_head(folded, m.start())
        if not (_NEG_CUE.search(head[-20:]) or _SUPPOSED.search(head)):
            return True
    return False


def free_account_open(folded: str) -> bool:
    """A free account of ours is named and nothing is said of a way to object (offered or not):
    whether it counts as a sale (R2b) is open, to be asked."""
    return free_account_sale(folded) and not _MEANS.search(folded)


def _unmarked(cls: list[Clause]) -> list[Clause]:
    """The clauses without persons.py's mark of another firm's members, blanked to keep the
    offsets: "ses not adhérents ont été informés" says they were informed."""
    return [Clause(_OTHERS_MARK.sub("    ", c.text), c.start) for c in cls]


def _informed(cls: list[Clause], folded: str = "") -> str | None:
    cls = _unmarked(cls)
    if any(_NOT_INFORMED.search(c.text) for c in cls):
        return "no"
    if folded and (
        told_at_first_contact_plainly(folded, []) or _notice_told(folded) or refusal_box(folded, [])
    ):
        return "yes"
    for clause, m in _hits(cls, _INFORMED):
        if _ASKED.match(m.group(0)) or _ASKED_FR.search(clause.text[: m.start()]):
            continue  # "can they object?", "est-ce qu'ils peuvent s'opposer ?": asked, not told
        if _told_later(clause, m, folded):
            continue  # "on le lui dira plus tard", "we'll tell them later": not told at contact
        if _TO_BE_TOLD.search(clause.text[: m.start()]):
            continue  # "laissé leur numéro pour être prévenus s'ils gagnent": a purpose, not a telling
        if m.group(0).startswith(("n'", "ne ", "did", "has", "have", "never")):
            return "yes"
        if _UNSURE.search(clause.text[max(0, m.start() - 30) : m.start()]) or _UNSURE_IF.search(
            clause.text[: m.start()]
        ):
            return (
                None  # "not sure what we told him", "je ne sais pas … ni si": a doubt, not a denial
            )
        if _MODAL.match(m.group(0)):
            # "could opt out": the negation is the modal's own ("ne pouvait pas", "couldn't", "n'a
            # pas pu", "could not object"), not one of another verb before it ("si elle n'est pas
            # intéressée elle peut répondre STOP")
            denied = negated(clause.text, m.start(), window=8) or _NEG_CUE.search(
                _SAY_NO.sub("", m.group(0))
            )
            if denied:
                return "no"
            if _NOW.match(m.group(0)) and not _told_around(clause, m, folded):
                continue  # "he can always tell me to stop": a possibility now, nothing told
            return "yes"
        return "no" if negated(clause.text, m.start(), window=25) else "yes"
    return None


#: A possibility said in the present ("il peut refuser", "he can always object"): of itself no
#: information given; it is one when told, written at collection or known to the person
#: (`_TOLD_AT`), or addressed to the person as a notice is ("vous pouvez refuser ici").
_NOW = re.compile(r"(?:peut|peuvent|pourra|pourront|can\b|able to|possibilite|free to|allowed to)")
_TOLD_AT = re.compile(
    r"\b(?:told|tell|tells|inform\w*|notified|prevenu\w*|averti\w*|dit|dis|disons|disait|explique\w*|"
    r"expliqu\w*|indiqu\w*|precis\w*|mention\w*|notice|avis|formulaires?|forms?|inscri\w*|commande\w*|"
    r"achat|purchase\w*|checkout|sign(?:ed|ing)?[- ]?up|registration|registered|souscri\w*|collect\w*|"
    r"cases?|box|checkbox|cgv|cgu|conditions|terms|bulletin|coupon|ticket|contrats?|contracts?|"
    # what the person knows: "il sait qu'il peut se désinscrire", "en sachant que", "she knows"
    r"sai[st]|savai\w*|sachant|knows?|knew|aware)\b"
    r"|\b(?:vous|you)\s+$"
)


def _told_around(clause: Clause, m: re.Match[str], folded: str) -> bool:
    """The sentence of the possibility ``m`` says it was told or written at collection."""
    if not folded:
        return bool(_TOLD_AT.search(clause.text))
    at = clause.start + m.start()
    start = max((e.end() for e in _SENTENCE.finditer(folded, 0, at)), default=0)
    stop = _SENTENCE.search(folded, at)
    end = clause.start + m.end()  # the means itself ("tell me to stop") is no telling
    sentence = folded[start:at] + " - " + folded[end : stop.start() if stop else len(folded)]
    return bool(_TOLD_AT.search(sentence) or _TOLD_AT.search(folded[max(0, at - 8) : at]))


_SENTENCE = re.compile(r"[.!?;\n]+")


def _told_later(clause: Clause, m: re.Match[str], folded: str) -> bool:
    """The sentence of the information cue ``m`` puts the telling off to a later time."""
    if not folded:
        return bool(_LATER_TOLD.search(clause.text))
    at = clause.start + m.start()
    start = max((e.end() for e in _SENTENCE.finditer(folded, 0, at)), default=0)
    stop = _SENTENCE.search(folded, at)
    return bool(_LATER_TOLD.search(folded[start : stop.start() if stop else len(folded)]))


#: An information cue that opens on a possibility ("peut refuser", "could opt out", "free to").
_MODAL = re.compile(r"(?:peu|pouv|pourr|can\b|could\b|able to|pu\b|possibilite|free to|allowed to)")


#: A possibility asked about, not told: the modal before its subject ("can they object?"), or a
#: French question ("est-ce qu'ils peuvent s'opposer ?", "peuvent-ils…").
#: Being told named as the aim of a collection ("pour être prévenus s'ils gagnent", "to be
#: notified when the parcel ships"): what the person will be told later, not information given.
_TO_BE_TOLD = re.compile(
    r"\b(?:pour|afin d'|so as to|in order to|to|so (?:that )?(?:they|he|she) (?:can|could|would|will)) "
    r"(?:etre|be|get) $"
)
_ASKED = re.compile(r"(?:can|could|may|might) (?:they|he|she|people|the \w+|these \w+|those \w+)\b")
_ASKED_FR = re.compile(
    r"\best-ce qu(?:e|')\s?(?:\w+ ){0,2}$|\b(?:ils|elles|il|elle|on)-(?:ils|elles|il|elle|on)?$"
)


#: A negation word that only says the rep does not know ("pas sûr", "not sure", "je ne sais pas").
_UNSURE = re.compile(
    r"\b(?:not|pas|never|jamais) (?:\w+ )?(?:sure|certain|certaine|sur|sure)\b|\bunsure\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not) (?:really )?(?:know|remember|recall)\b|"
    r"\bne (?:sai[st]|me souvien\w*|me rappelle) (?:\w+ )?pas\b|\bsais pas\b"
)


#: Not knowing whether it happened: "je ne sais pas d'où viennent les données ni si…", "no idea
#: whether they were told".
_UNSURE_IF = re.compile(
    r"(?:\bne (?:sai[st]|savons) (?:\w+ )?pas|\bsais pas|\bignor\w+|\bnot sure|\bunsure|\bdon'?t know|"
    r"\bdo not know|\bno idea|\baucune idee|\bpas sur|\bpas certain)\b.{0,80}?\b(?:si|s'|whether|if)\b"
)


#: "was told he could opt out and never did", "box to tick if he didn't want, he left it empty":
#: informed, and no objection (a means to say no, then words saying it was not used).
_NEVER_DID = re.compile(
    rf"(?:{words('informed', 'means').pattern})\b.{{0,70}}?\b(?:(?:and|but|et|mais) )?"
    rf"(?:he |she |they |il |elle |ils |elles )?(?:{words('informed', 'not_used').pattern})"
)


#: A bare "did"/"has" says the means was used only where nothing follows it but an adverb or the
#: clause's end: "could opt out and did (so) last week", never "and has never replied STOP", "and
#: did not", "and has been a member since".
_BARE_DID = (
    r"(?:did|has)(?=\s*(?:[.,;:!?)]|$|(?:so|it|that|already|just|last|yesterday|once|twice|soon|"
    r"later|immediately|right|in|on|at|after|within|the next|this)\b))"
)
_DID_OBJECT = re.compile(
    r"(?:could|can|pouvait|peut) (?:\w+ )?(?:opt[- ]?out|unsubscribe|object|se desinscrire|se desabonner|"
    rf"s'opposer)\b.{{0,30}}?\b(?:and|et) (?:he |she |they |il |elle |ils )?(?:{_BARE_DID}|l'(?:a|ont) fait)\b"
    rf"|(?:{words('informed', 'means').pattern})\b.{{0,70}}?\b(?:(?:and|but|et|mais) )?"
    rf"(?:he |she |they |il |elle |ils |elles )?(?:{words('informed', 'used_means_told').pattern})\b"
)


def did_object(folded: str) -> bool:
    """A means to object, then the words saying it was used ("could opt out and did"), unless a
    negation or a nobody stands before them ("aucun ne l'a fait"), or the ones who used it are
    taken out of the list ("on a retiré tous ceux qui l'ont cochée": not the ones contacted)."""
    for m in _DID_OBJECT.finditer(folded):
        seg = folded[m.start() : m.end()]
        tail = seg[-30:]
        # a nobody subject may stand further back in the clause ("; not one of the members
        # ticked it")
        clause = seg[max(seg.rfind(c) for c in ";,.:!?(") + 1 :]
        if not (
            _NEG_CUE.search(tail)
            or _NOBODY.search(tail)
            or _NOBODY.search(clause)
            or _in_removed(folded, m.end() - 1)
        ):
            return True
    return False


def _in_removed(folded: str, at: int) -> bool:
    """``at`` lies in the words naming people taken out of the list (a ``removed`` span)."""
    from bot.understand.context import spans  # the modifiers are read lazily

    return any(s.category == "removed" and s.start <= at < s.end for s in spans(folded))


def _objected(cls: list[Clause], folded: str = "") -> str | None:
    """'yes' for an objection this person made, 'no' for a plain statement that they made none.

    An objection word after a means to object ("can unsubscribe") is the information, not the
    event; a negation before it, a nobody subject ("personne s'est opposé") or a negation inside
    the phrase ("s'y est jamais opposé") make it a statement that they did not object.
    """
    # the objection list checked, the person not on it: the list named is no objection
    # (a check said, not supposed: "if she's not on the list…" says nothing)
    off_list = [
        (n.start(), n.end())
        for n in _NOT_ON_LIST.finditer(folded)
        if not _SUPPOSED.search(_sentence_head(folded, n.start()))
    ]
    if did_object(folded):
        return "yes"
    for m in _USED_MEANS.finditer(folded):
        if any(a <= m.end() - 1 < b for a, b in off_list):
            continue  # "checked the opt-out list": the list looked at, no box ticked
        if not negated(folded, m.start(), window=25) and not _CAN.search(
            folded[max(0, m.start() - 40) : m.start()]
        ):
            return "yes"  # "clicked the unsubscribe link last month": the event itself
    found_no = False
    if off_list and not any(
        not any(a <= m.start() < b for a, b in off_list) for m in _OBJECTED.finditer(folded)
    ):
        return "no"
    for clause, m in _hits(cls, _OBJECTED):
        head = clause.text[max(0, m.start() - 40) : m.start()]
        if m.group(0) == "stop" and _PREVENTS.search(head):
            continue  # "does that stop me emailing him?": a rule that may prevent us, no STOP
        if (
            _CAN.search(head)
            or _MEANS_VERB.search(head)
            or _MEANS_NOUN.match(clause.text, m.end())
            or _CONDITION.search(head)
        ):
            # "can unsubscribe", "an unsubscribe link", "box to tick if he didn't want our
            # marketing", "untick to refuse": a means or its wording, not an objection
            continue
        pattern_negates = m.group(0).startswith(("ne ", "not to", "asked us not", "pas "))
        if pattern_negates and (
            _ASK_DENIED.search(head)
            or (m.group(0).startswith("asked") and _NEVER_BEFORE.search(head))
        ):
            # "il n'a jamais demandé à ne plus être appelé", "she never asked us not to call":
            # the asking is denied, the wish it carries was never expressed
            found_no = True
            continue
        if not pattern_negates and (
            (negated(clause.text, m.start(), window=25) and not _RELATIVE.search(head[-25:]))
            or _NOBODY.search(head[-25:])
        ):
            found_no = True
            continue
        if _NOT_OBJECTED.search(clause.text[max(0, m.start() - 25) : m.end()]):
            found_no = True  # "s'y est jamais opposé": the negation inside the phrase
            continue
        return "yes"
    if found_no or _NEVER_DID.search(folded) or _NOT_OBJECTED.search(folded):
        return "no"
    if _postponed(folded):
        return "no"  # "not now, try me again in Q1": a later contact asked for, no objection
    return None


def _sentence_head(folded: str, at: int) -> str:
    """The words of ``at``'s sentence before it."""
    return folded[max((e.end() for e in _SENTENCE.finditer(folded, 0, at)), default=0) : at]


def _postponed(folded: str) -> bool:
    """The person asks, in their own words, to be contacted later: a postponement, not an
    objection (never under a negation: "he didn't say call me back in March")."""
    for m in _POSTPONED.finditer(folded):
        start = max((e.end() for e in _SENTENCE.finditer(folded, 0, m.start())), default=0)
        # "not now, try me again" is the postponement itself; any other negation or a condition
        # before it in the sentence ("he never said…", "if he says…") and it is no statement
        head = _NOT_NOW.sub(" ", folded[start : m.start()])
        if not (_NEG_CUE.search(head) or _SUPPOSED.search(head)):
            return True
    return False


_NOT_NOW = re.compile(
    r"\b(?:not (?:now|yet|right now|today|this (?:week|month|year|quarter))|pas (?:maintenant|"
    r"tout de suite|pour l'instant|pour le moment|encore|cette (?:semaine|annee)|ce mois-ci))\b"
)
_SUPPOSED = re.compile(
    r"\b(?:if|si|s'il|s'ils|unless|sauf si|whether|suppose|imagine|au cas ou|in case)\b"
)


#: A denied request just before a request-shaped objection ("n'a jamais demandé à",
#: "never asked (us)", "didn't ask", "n'a pas dit de"; spoken without its "ne": "il a jamais
#: demandé à ne pas être contacté").
_ASK_DENIED = re.compile(
    r"(?:\b(?:n'|ne )(?:\w+ )?(?:a|ont|avait|avaient|jamais)? ?(?:jamais|pas|rien)"
    r"|\b(?:il|elle|ils|elles|on) (?:m'|nous |l'|leur |lui |me )?(?:a|ont|avait|avaient) (?:jamais|pas|rien)"
    r"|\b(?:never|not|didn't|did not|hasn't|has not|haven't|have not|hadn't))"
    r" (?:\w+ )?(?:demande|exprime|dit|souhaite|ask|requested|told|said)\w*"
    r" (?:(?:a|de|d'|to|us|me|them|that|qu'on|que|the company|our \w+) ){0,2}$"
)


_NEVER_BEFORE = re.compile(
    r"\b(?:never|not|didn't|did not|hasn't|has not|haven't|have not|hadn't) $"
)


#: A negation does not reach through a relative pronoun: "we have not removed those who
#: unsubscribed" (they did), but "those who didn't unsubscribe" (they did not).
_RELATIVE = re.compile(
    r"\b(?:not|never|no|pas|jamais|ne|n')\b.*\b(?:who|that|which|qui|dont|lesquels|lesquelles)\b(?!.*\b(?:not|"
    r"never|pas|jamais|ne|n'|\w+n't)\b)"
)

#: "stop" as the verb of a thing that prevents ("does that stop me emailing him?", "would the
#: ban stop us", "will it stop us from calling"): an auxiliary and its subject just before.
_PREVENTS = re.compile(
    r"\b(?:does|do|did|would|will|could|can|might|may|should|doesn'?t|won'?t|wouldn'?t)"
    r" (?:that|this|it|the \w+|this \w+|that \w+|\w+ ban)(?: (?:really|actually|also))? $"
)

#: An objection word in a condition just before: the wording of a box, not an event.
_CONDITION = re.compile(r"\b(?:if|si|s'|unless|whether)\b(?:\W+\w+){0,2}\W*$")

#: An objection word naming a means ("unsubscribe link", "lien de désinscription"): no event.
_MEANS_NOUN = re.compile(
    # (the box's own words quoted: "an 'I refuse' box")
    r"\w*[\"'»”’]* (?:de |d')?(?:links?|liens?|buttons?|boutons?|footers?|options?|box|case|pages?|"
    r"numbers?|numeros?|codes?|short ?codes?|keywords?|mots?[- ]cles?)\b"
)

#: Categories that keep a removal from being a plain statement ("if we remove…", "I think we…").
_NOT_PLAIN = frozenset({"negated", "hypothetical", "uncertain", "reported", "question"})
_NEG_CUE = re.compile(r"\b(?:not|never|no|pas|jamais|ne)\b|n'|n't\b")
#: The means itself may be a "no" ("they can say no anytime", "ils peuvent dire non"): the word
#: the person would say, no negation of the possibility.
_SAY_NO = re.compile(r"\b(?:say|said|saying|dire|dit|disant) (?:non|no)\b")
_OBJECTION_WORD = re.compile(
    r"oppos|objection|opt-?out|suppression|\b(?:dit|said) non\b|\bsaid no\b|refus|unsubscrib|desinscri"
)


def objectors_removed(folded: str, found: list[Span]) -> bool:
    """A plain statement that the objectors were taken out of the list (a ``removed`` span naming
    them as a group): those left, the ones contacted, did not object."""
    blocking = [s for s in found if s.category in _NOT_PLAIN]
    for span in found:
        if span.category != "removed":
            continue
        at = folded.find(span.trigger, span.start)
        start = max((e.end() for e in _SENTENCE.finditer(folded, 0, at)), default=0)
        if (
            _NEG_CUE.search(span.trigger)
            or any(b.start <= at < b.end for b in blocking)
            or _SUPPOSED.search(re.split(r"[,;:(]", folded[start:at])[-1])
        ):
            continue  # "we haven't removed…", "if we remove…"
        text = folded[span.start : span.end]
        if _OBJECTOR_GROUP.search(text) and (
            _OBJECTED.search(text)
            or _OBJECTION_WORD.search(text)
            or _used_means_to_object(folded, span)
        ):
            return True
    return False


_THE_REST = words("informed", "the_rest")
_ON_LIST = words("informed", "on_list")


def on_objection_list(folded: str) -> bool:
    """The person plainly said to be on the objection list: a recorded objection (the list is no
    mere mechanism then), unless negated or supposed."""
    return any(
        not _NEG_CUE.search(m.group(0)) and not _SUPPOSED.search(_sentence_head(folded, m.start()))
        for m in _ON_LIST.finditer(folded)
    )


def removed_themselves(folded: str, found: list[Span]) -> bool:
    """An objection said of someone taken out of the list, with no group named and no others
    asked about ("il s'est désinscrit, il a été retiré de la liste — je peux quand même lui
    écrire ?"): the person asked about is the one who objected."""
    if _THE_REST.search(folded):
        return False
    for span in found:
        text = folded[span.start : span.end]
        if (
            span.category == "removed"
            and (_OBJECTED.search(text) or _OBJECTION_WORD.search(text))
            and not _OBJECTOR_GROUP.search(text)
        ):
            return True
    return False


_USED_IT = words("informed", "used_means_told")
_MEANS = words("informed", "means")


def _used_means_to_object(folded: str, span: Span) -> bool:
    """The group taken out is the ones who used a means to object named before: "une case pour
    s'opposer… on a retiré tous ceux qui l'ont cochée", "a box to refuse. We'd exclude everyone
    who ticked it"."""
    used = _USED_IT.search(folded, span.start, span.end)
    if used is None:
        return False
    before = folded[max(0, used.start() - 250) : used.start()]
    return any(
        _REFUSAL.search(before[m.start() : m.end() + 50])
        and not _CONDITION.search(before[: m.start()])
        for m in _MEANS.finditer(before)
    )


#: What makes a means one to object (a box "à cocher" may as well be one to agree).
_REFUSAL = re.compile(
    r"oppos|opt\w*[- ]?out|unsubscrib|refus|object|desinscri|desabonn|dire non|say no|declin|"
    r"don'?t|do not|ne (?:\w+ )?(?:pas|plus)|no (?:marketing|offers?|mail|emails?)"
)
