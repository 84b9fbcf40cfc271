"""What kind of question it is, read before any fact: ``general`` (a rule, a figure, a deadline, a
definition, a duty: answered `info`), ``case`` (permission asked for an action on a person or a
list: the rules decide), ``off_field`` (tax, employment, contracts, tools, copywriting, weather…:
`out_of_scope`), or None when the words do not say (the facts read then decide, as before).

The question itself — the sentence that asks, usually the one with "?" — weighs more than the
context around it: "un prospect veut ses données… on a combien de temps ?" asks for a deadline,
"un client a acheté en 2022… je lui envoie un mail ?" asks for permission. The cues are data
(kinds.yaml); this module only weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

from bot.understand.text import fold

CUES_FILE = Path(__file__).with_name("kinds.yaml")

Kind = Literal["general", "case", "off_field"]

#: How far after "je peux" / "can we" the action may come ("can we still send them…").
_ACT_REACH = 90
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
#: An e-mail or web address ("info@logistique-berard.fr", "linkedin.com/in/thomas-r",
#: "www.isolation-x.com"): its dots end no sentence and its words ("logistique", "compta") name
#: the recipient, not what is asked; it is read as one neutral word.
_ADDRESS = re.compile(
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|"
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|net|org|io|eu)(?:/\S*)?(?=[\s?!,;)]|$)"
)
#: A condition just before a decision-like verb: "les amendes si on appelle…", "what if we call".
_IF = re.compile(r"\b(?:si|if|quand|lorsqu'on|lorsque|when|whenever)\s*$")
#: A sentence opening on what or which: a decision word after it ("what has to be in every SMS we
#: send", "quelles mentions dans les mails qu'on envoie") sits in what is asked about, no decision.
_WH_OPENING = re.compile(r"^\s*(?:what|which|quel(?:le)?s?|que|qu'est-ce|qu'est ce)\b")
#: The neutral word an address becomes.
ADDRESS_WORD = "xaddrx"
#: A sentence ending on an approval asked about what it describes ("…par SMS, c'est ok ?").
_TAIL_ASK = re.compile(
    r"(?:\b(?:c'est|c|cest|is that|is this|is it|that's|it's|ca passe|ca va)\s*)?"
    r"\b(?:ok|okay|bon|good|fine|legal|allowed|autorise|jouable|possible|permis|right|correct|"
    r"go|on y va|possible|conforme|compliant|je peux|on peut|can i|can we|non|nn|ca passe|ca marche|"
    r"ca le fait|that works|does that work|will that work|ca roule)\s*[?!.]*\s*$"
)


@dataclass(frozen=True)
class _OffField:
    """One field outside ours (kinds.yaml, off_field)."""

    cues: re.Pattern[str]
    #: what brings the question back into the field (searched in the whole text)
    unless: re.Pattern[str]
    #: a contact to make, named anywhere, keeps the question in the field
    keeps: bool
    #: a request to the bot itself or a matter that wins over a permission asked
    wins: bool
    #: the cues count only in the question clause: what is asked is of that field, whatever
    #: the context names ("un client a commandé…, il a combien de jours pour se rétracter ?")
    asked_only: bool


@dataclass(frozen=True)
class _Cues:
    asks: re.Pattern[str]
    not_after: re.Pattern[str]
    acts: re.Pattern[str]
    action_nouns: re.Pattern[str]
    not_asking: re.Pattern[str]
    doing: re.Pattern[str]
    refers_back: re.Pattern[str]
    receives: re.Pattern[str]
    strong: re.Pattern[str]
    general: re.Pattern[str]
    off_field: tuple[_OffField, ...]
    open_asks: re.Pattern[str]
    open_unless: re.Pattern[str]
    spellings: dict[str, str]
    offer: re.Pattern[str]
    time: re.Pattern[str]


@cache
def cues() -> _Cues:
    raw = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    return _Cues(
        asks=re.compile(raw["permission"]["asks"]),
        not_after=re.compile(raw["permission"]["not_after"]),
        acts=re.compile(raw["permission"]["acts"]),
        action_nouns=re.compile(raw["permission"]["action_nouns"]),
        not_asking=re.compile(raw["permission"]["not_asking"]),
        doing=re.compile(raw["permission"]["doing"]),
        refers_back=re.compile(raw["permission"]["refers_back"]),
        receives=re.compile(raw["permission"]["receives"]),
        strong=re.compile("|".join(f"(?:{p})" for p in raw["strong"])),
        general=re.compile("|".join(f"(?:{p})" for p in raw["general"])),
        off_field=tuple(
            _OffField(
                cues=re.compile(g["cues"]),
                unless=re.compile(g["unless"]),
                keeps=bool(g.get("contact_keeps_in_field")),
                wins=bool(g.get("addressed_to_bot") or g.get("wins_over_permission")),
                asked_only=bool(g.get("asked_only")),
            )
            for g in raw["off_field"].values()
        ),
        open_asks=re.compile(raw["open_off_field"]["asks"]),
        open_unless=re.compile(raw["open_off_field"]["unless"]),
        spellings=dict(raw["spellings"]),
        offer=re.compile(raw["scene"]["offer"]),
        time=re.compile(raw["scene"]["time"]),
    )


@cache
def _spelling() -> re.Pattern[str]:
    keys = sorted(cues().spellings, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w'])")


def spelled_out(folded: str) -> str:
    """``folded`` with its SMS spellings as the words they stand for ("combien de tps" reads
    "combien de temps"): the cues of kinds and topics are written for the words."""
    spellings = cues().spellings
    return _spelling().sub(lambda m: spellings[m.group(0)], folded)


def _blanked(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _asks_permission(sentence: str) -> bool:
    c = cues()
    for ask in c.asks.finditer(sentence):
        if c.not_after.search(sentence, 0, ask.start()):
            continue  # "what do I need to check before…": the ask is itself the question
        if c.acts.search(sentence, ask.end(), ask.end() + _ACT_REACH):
            return True
    if "?" in sentence and c.receives.search(sentence):
        return True  # "ces inscrits peuvent recevoir notre promo ?": our sending, asked
    wh_opening = _WH_OPENING.match(sentence)
    for doing in c.doing.finditer(sentence):
        if wh_opening and wh_opening.end() < doing.start():
            continue
        if not _IF.search(sentence, 0, doing.start()):
            return True  # "si on l'appelle…", "if we call…" is a condition, not a decision
    return bool(_TAIL_ASK.search(sentence) and c.acts.search(sentence)) or _action_asked(sentence)


def _action_asked(sentence: str) -> bool:
    """A verbless question naming the action to make ("Envoi promo par mail à cette liste ?",
    "Campagne email OK ?"): permission asked for it, unless it asks what, how, when or how much."""
    c = cues()
    return (
        "?" in sentence
        and bool(c.action_nouns.search(sentence))
        and not c.not_asking.search(sentence.replace("c'est ok", "ok"))
    )


def _short_ask(sentence: str) -> bool:
    """ "Allowed?", "ok ?", "c bon ?": a question on its own that asks about what came before."""
    return len(sentence.split()) <= 3 and bool(_TAIL_ASK.search(sentence))


def _questions(folded: str) -> list[str]:
    """The sentences that ask (with "?"), else the last one."""
    sentences = [s.strip() for s in _SENTENCE.findall(folded) if s.strip()]
    asked = [s for s in sentences if "?" in s]
    return asked or sentences[-1:]


def _folded(question: str) -> str:
    """The question folded, each e-mail or web address one neutral word."""
    return spelled_out(_ADDRESS.sub(ADDRESS_WORD, fold(question)))


def asks_permission(question: str) -> bool:
    """Does the question (its asking sentences) ask permission for an action on someone?"""
    return any(_asks_permission(s) for s in _questions(_folded(question)))


def question_kind(question: str) -> Kind | None:
    folded = _folded(question)
    if not folded:
        return None
    c = cues()
    asked = _questions(folded)
    permission = any(_asks_permission(s) for s in asked)
    case_asked = permission or (any(_short_ask(s) for s in asked) and bool(c.acts.search(folded)))
    if not case_asked and any(c.refers_back.search(s) for s in asked):
        # "on leur envoie la newsletter. Ça compte comme un consentement valable ?": the
        # practice described before, done by us to people, is the case judged
        case_asked = any(
            c.doing.search(s) for s in _SENTENCE.findall(folded) if s.strip() not in asked
        )
    if case_asked and not permission and c.strong.search(folded):
        # "Remind me of the legal calling hours. Sunday ok?": a short ask after a question about
        # a rule asks about that rule
        case_asked = False
    # a contact to make keeps a question in the field ("pitch our invoicing app to a sole trader")
    # unless the question is about the craft of it ("how to write a good follow-up")
    asked_text = " ".join(asked)
    # our offer named is no off-field subject ("présenter notre logiciel de notes de frais"), and a
    # field word that only dates the question ("pendant la campagne d'appels") brings none back
    offer_free, asked_offer_free = _blanked(folded, c.offer), _blanked(asked_text, c.offer)
    undated = _blanked(folded, c.time)
    for field in c.off_field:
        # when the question clause itself asks of that field ("do we withhold tax on their
        # invoices?") and asks no leave ("can I…"), a contact named only in the context ("our
        # call centre…") does not keep it in the field: only one in the question clause does
        asked_of_field = bool(field.cues.search(asked_offer_free)) and not c.asks.search(asked_text)
        contacting = case_asked or bool(c.acts.search(asked_text if asked_of_field else folded))
        # a request to the bot itself ("peux-tu me rédiger un pitch…") is what is asked, even when
        # its content names a contact, and so is an after-sales remedy ("peut-on proposer la
        # réparation ?"); other cues yield to a permission asked
        if (
            field.cues.search(asked_offer_free if field.asked_only else offer_free)
            and not field.unless.search(undated)
            and (field.wins or not ((field.keeps and contacting) or case_asked))
        ):
            return "off_field"
    if any(c.strong.search(s) for s in asked):
        return "general"
    if case_asked:
        return "case"
    if any(c.general.search(s) for s in asked):
        return "general"
    if c.strong.search(folded):
        # a figure or a deadline asked across a line break ("combien de temps on peut garder
        # les données\n… de nos clients pour leur envoyer… ?") still wins over a permission
        return "general"
    if _asks_permission(folded):
        return "case"
    if c.general.search(folded):
        return "general"
    if any(c.open_asks.match(s) for s in asked) and not c.open_unless.search(folded):
        # an open question of no word of the field's law, a channel only its context
        return "off_field"
    return None
