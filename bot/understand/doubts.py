"""Facts a question leaves in doubt: unknown, yet not to be presumed.

The rules presume a few facts that go without saying (the offer is in no banned sector, the person
has not objected) and attach the duty that makes the presumption true. When the question itself
raises the doubt — "des travaux de rénovation" (energy renovation or not?), "je sais pas s'il s'est
désinscrit" — presuming would answer on a guess: those facts are handed to the rules as doubts,
and the rules ask them (`rules.decide(..., doubts)`).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.context import spans
from bot.understand.extract import _read
from bot.understand.readers.calls import calls_made_uncounted
from bot.understand.readers.dates import (
    consent_age_in_doubt,
    consent_date_guessed,
    consent_tails,
    dated_activity_may_have_lapsed,
    last_contact_period_in_doubt,
)
from bot.understand.readers.doubted import ADDRESS_KIND_DOUBTED, in_doubt
from bot.understand.readers.informed import free_account_open, objector_in_doubt
from bot.understand.readers.sector import works_in_doubt
from bot.understand.text import clauses, fold
from rules.evaluate import add_years
from rules.facts import Facts
from rules.params import param

#: Someone asking for a call-back, as the condition a rep may doubt ("not sure whether she asked
#: for the call-back", "je ne sais pas si c'est lui qui a demandé le rappel").
_CALLBACK_ASKED = re.compile(
    r"\b(?:asked|requested|wanted|demande|souhaite|voulu)\b[^.?!]{0,30}?"
    r"(?:call[- ]?back|called back|to be called|to be phoned|rappel\w*|recontact\w*|etre appele\w*)"
    r"|\b(?:c'est|was it|it was) (?:lui|elle|eux|le client|la cliente|le prospect|him|her|them|the prospect)"
    r"(?: qui| who)? (?:l'a |a |l'ont |ont )?(?:asked|requested|demande)"
)


def doubts(question: str, facts: Facts) -> frozenset[str]:
    """The unknown facts of ``facts`` that ``question`` puts in doubt."""
    folded = fold(question)
    found: set[str] = set()
    if facts.sector is None and works_in_doubt(folded):
        found.add("sector")
    on = facts.date or dt.date.today()
    if facts.objected is None and _objection_in_doubt(folded, on):
        found.add("objected")
    if facts.last_contact is None and (
        _last_contact_in_doubt(folded)
        or last_contact_period_in_doubt(folded, on)
        or dated_activity_may_have_lapsed(folded, on)
        or _consent_older_than_retention(facts, on)
    ):
        # the rules presume the retention period has not run out (retention_expired): not when
        # the rep says they do not know when the contract ended or the person last dealt with us,
        # nor when the data were collected (or the consent given) longer ago than that period
        # and nothing is said of a later click or reply (R25/R28)
        found.add("retention_expired")
    if facts.ongoing_contract is None and _contract_in_doubt(folded, on):
        # the rules presume no ongoing contract (and no customer): when the rep only thinks
        # there is one, or is unsure it still runs, the contract is asked — neither presumed
        # away (a wrong 'forbidden') nor taken as stated (a wrong 'allowed')
        found.add("ongoing_contract")
        if facts.customer is None:
            found.add("customer")
    if facts.calls_30d is None and calls_made_uncounted(folded):
        # the rules presume the 4-calls cap unreached (call_limit): not when the rep says calls
        # were made without saying how many ("déjà appelé plusieurs fois", "a few times")
        found.add("call_limit")
    if facts.consent_date is None and (
        consent_age_in_doubt(folded)
        or consent_date_guessed(folded)
        or _consent_date_unknown(folded)
    ):
        # the rules presume a phone consent still valid (consent_expired): not when its age is
        # said only roughly, near the one-year validity ("il y a à peu près un an", "last year"),
        # guessed ("peut-être en 2025") or not known ("je sais plus quand")
        found.add("consent_expired")
    if facts.callback is None and in_doubt(folded, _CALLBACK_ASKED):
        # the rules presume no call asked for (R17c): when the rep does not know whether the
        # person asked for the call-back or a colleague planned it, it is asked
        found.add("callback")
    if facts.address is None and in_doubt(folded, ADDRESS_KIND_DOUBTED):
        # "je sais pas si c'est son adresse perso ou pro (prenom.nom@gmail.com)": the kind is
        # not read off the domain either (rules.build_world), it is asked
        found.add("address")
    if facts.customer is None and facts.informed is None and free_account_open(folded):
        # a free account is a sale only if its holders could object at sign-up (R2b, C-654/23):
        # neither presumed none (extract.py leaves it unknown) nor taken as one, it is asked
        found.add("customer")
    if facts.informed is None and _from_third_party(folded):
        # the rules presume the person informed for post and calls (we collected the details, or
        # the letter informs): not when the details were passed on by another company, whose
        # information at collection conditions the transfer itself (R13)
        found.add("informed")
    return frozenset(found)


def _consent_date_unknown(folded: str) -> bool:
    """The rep does not know when the consent was given ("elle a accepté d'être appelée… je sais
    plus trop quand", "she agreed to calls, not sure when")."""
    return any(_NOT_KNOWING_WHEN.search(tail) for tail in consent_tails(folded))


def _consent_older_than_retention(facts: Facts, on: dt.date) -> bool:
    """A sign-up or consent dated before the retention period ("ticked the box back in 2022"):
    the data were collected then, and only a later active contact can have kept them."""
    years = param("keeping/prospect_years", on)
    return (
        facts.consent_date is not None
        and years is not None
        and add_years(facts.consent_date, years) < on
    )


def _objection_in_doubt(folded: str, on: dt.date) -> bool:
    """An objection the rep says they do not know about ("not sure if she unsubscribed", "maybe
    he opted out", "she might have unsubscribed"), or one on record that may be another person's
    ("fiche 'opt-out'… peut-être un homonyme")."""
    if objector_in_doubt(folded) and _value(_read(folded, on).objected) == "yes":
        return True
    for span in spans(folded):
        whole = folded[span.start : span.end]
        if span.category == "possible":
            # a possibility, read with its modal: a past event is in doubt ("she might have opted
            # out"), a means is none ("she can unsubscribe" reads no objection)
            if _MAY_HAVE.search(whole) and _value(_read(whole, on).objected) == "yes":
                return True
        elif span.category in _DOUBTING:
            # the words in doubt, without the words saying the doubt ("not sure if", "aucune
            # idée"), and with the words of its sentence before it ("il est peut-être opt-out");
            # a label in quotes is its own trigger ("statut 'désinscrit'"): its whole sentence
            piece = whole.replace(span.trigger, " ", 1)
            opening = max(folded.rfind(c, 0, span.start) for c in ".!?;\n") + 1
            closing = re.search(r"[.!?;\n]|$", folded[span.end :])
            texts = (
                (folded[opening : span.end + closing.start()],)  # type: ignore[union-attr]
                if span.trigger == whole
                else (piece, folded[opening : span.end])
            )
            if any(_read(text, on).objected is not None for text in texts):
                return True
    return False


#: A possibility about the past ("she might have opted out", "il se peut qu'il se soit
#: désinscrit"), not a means the person has ("she can tell us to stop").
_MAY_HAVE = re.compile(
    r"\b(?:might|may)(?: well)? have\b|\bse peut (?:qu'|que)|\bpossible (?:qu'|que)"
)


#: The categories of words the rep holds for possible but does not know ("je pense qu'il a un
#: contrat", "not sure it's still running", "je sais pas si son abonnement est actif").
_DOUBTING = frozenset({"uncertain", "unknown"})


def _contract_in_doubt(folded: str, on: dt.date) -> bool:
    """A contract or a custom the rep thinks of or is unsure of: the words in doubt, read alone,
    say the person is a customer or has a contract running."""
    for span in spans(folded):
        if span.category in _DOUBTING:
            piece = folded[span.start : span.end].replace(span.trigger, " ", 1)
            read = _read(piece, on)
            if "yes" in (_value(read.ongoing_contract), _value(read.customer)):
                return True
            if _value(read.ongoing_contract) == "no":
                return True  # "je sais pas s'il a résilié": ended or still running, unknown
    return False


def _value(value: object) -> str | None:
    return getattr(value, "value", value)  # type: ignore[return-value]


#: Details passed on to us by another organisation ("addresses we got from a partner company",
#: "la liste vient d'un partenaire", "le fichier clients de notre partenaire", "contacts shared by
#: a sister company"): a transfer, not a collection of ours.
_FROM_THIRD_PARTY = re.compile(
    r"\b(?:got|received|obtained|came|comes?|coming|provided|passed(?: on)?|handed(?: over)?|"
    r"shared|given|sent|supplied|transferred|recupere\w*|recu(?:e|s|es)?|obtenu\w*|transmi[st]\w*|"
    r"fourni\w*|passe(?:e|s|es)?|donne(?:e|s|es)?|vien(?:t|nent)|venant|venu\w*|issu\w*|proven\w*|"
    r"file(?:e|s|es)?|refile\w*|communique\w*|cede\w*)\b"
    r"(?: [\w']+){0,4}? (?:from|by|via|de|d'|par|du|des|aupres d[eu']?|chez)"
    r" ?(?:[\w']+ ){0,2}?(?:partner|partenaire|third[- ]part|tiers\b|sister compan|filiale|affiliate|"
    r"subsidiar|other compan|another compan|autre (?:societe|entreprise|boite|marque|enseigne))\w*"
    r"|\b(?:partner|partenaire)(?:'s|s')? (?:\w+ )?(?:list|file|contacts|customers|clients|database|addresses|leads)\b"
    r"|\b(?:lists?|files?|contacts|leads|database|addresses|details|data) from (?:[\w'-]+ ){0,3}?partners?\b"
    r"|\b(?:partner|partenaire)s? (?:[\w'-]+ ){0,2}?(?:(?:nous|m'|me) ?(?:passe|transmet|donne|envoie|file|"
    r"fournit|cede|refile|communique|a (?:passe|transmis|donne|envoye|file|fourni|cede|refile|communique))|"
    r"(?:gave|gives|sent|sends|passed|shared|shares|provided|provides|handed) (?:us|me|over)\b)"
    r"|\b(?:fichier|liste|base|contacts|adresses|coordonnees|leads)(?: (?:client|clients|prospects?))?"
    r" (?:d'un|d'une|de notre|de nos|du|de leur|de son|de ses|de mon|de ma) (?:\w+ )?(?:partenaire|filiale)s?\b"
)


def _from_third_party(folded: str) -> bool:
    return bool(_FROM_THIRD_PARTY.search(folded))


#: saying one does not know WHEN (fr, en), folded: "je ne sais plus quand", "aucune idée de quand",
#: "not sure when", "can't remember when", "no idea what date"
_NOT_KNOWING_WHEN = re.compile(
    r"\b(?:(?:je |j'|on |il |elle )?(?:ne )?(?:sai[st]|sait|savons|savais|connai[st]|rappelle|souviens|souvient|trouve|retrouve|vois)"
    r"(?: (?:plus|pas|meme pas|vraiment pas))+"
    r"|(?:aucune|pas d') ?idee|pas sur|pas certaine?s?|incertaine?s?|oublie"
    r"|(?:i |we |he |she )?(?:don't|dont|do not|doesn't|does not|can't|cannot|can not|couldn't|"
    r"didn't|did not) (?:know|remember|recall|tell|find|see|say)|(?:no|not any) (?:idea|clue|record)"
    r"|not (?:sure|certain)|unsure|forgot|forgotten|unclear|unknown)"
    r"(?: (?:exactly|vraiment|trop|du tout|at all|exactement))?"
    r"(?: (?:de|d'|of|about|on|as to|a))? ?"
    r"(?:quand|depuis quand|a quelle date|a quel moment|en quelle annee|la date|l'annee|when|"
    r"since when|what date|which date|what year|the date|the year)\b"
)

#: an event that dates the last contact: an end of contract, a last purchase, click, reply, visit
_LAST_CONTACT_EVENT = re.compile(
    r"\b(?:termine\w*|fini\w*|fin (?:de |du )?(?:son |leur |sa )?(?:contrat|abonnement|adhesion)|"
    r"arrete\w*|resili\w*|expire\w*|parti|partie|partis|quitte\w*|dernier\w*|derniere?s?|"
    r"achete\w*|(?:a|ont|avait) commande|cliqu\w*|repondu|desabonn\w*|ended|expired|stopped|"
    r"cancel\w*|left|quit|last\w*|bought|purchased|ordered|clicked|replied|responded|lapsed|churned)\b"
)


#: a time said without a date: "il y a un moment", "il y a longtemps", "a while ago", "years ago"
_VAGUE_TIME = re.compile(
    r"\b(?:il y a (?:un (?:moment|bail|bout de temps|certain temps)|(?:bien |tres |assez )?longtemps|"
    r"(?:quelques|plusieurs|des) (?:annees|ans|mois))|(?:quite |a good |some )?(?:a while|some time|a long time|ages|"
    r"(?:several |a few |many |some )?years|(?:several |a few |some )?months) (?:ago|back))\b"
)


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Start and end of each sentence of ``folded``."""
    out, pos = [], 0
    for m in re.finditer(r"[.;!?\n]+", folded):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(folded)))
    return out


def _last_contact_in_doubt(folded: str) -> bool:
    """The rep does not know when the contract ended or the person last dealt with us ("je ne
    sais plus quand son contrat s'est terminé", "no idea when she last bought", "son contrat
    s'est terminé il y a un moment, je ne sais plus exactement quand", "she cancelled a while
    ago"): the event said in the sentence of the doubt, or in the one before when the doubt
    ends its own ("…s'est terminé il y a longtemps. Je sais plus quand.")."""
    sentences = _sentences(folded)
    for i, (start, end) in enumerate(sentences):
        sentence = folded[start:end]
        for m in _VAGUE_TIME.finditer(sentence):
            # an event dated only vaguely, in the same clause: "résilié il y a longtemps"
            clause = next(
                c.text for c in clauses(sentence) if c.start <= m.start() < c.start + len(c.text)
            )
            if _LAST_CONTACT_EVENT.search(clause):
                return True
        for m in _NOT_KNOWING_WHEN.finditer(sentence):
            # (a dash ends the clause too: "bought from us, can't find when — could be years ago")
            clause = re.split(r"[,:(]|\s[\u2013\u2014-]\s", sentence[m.end() :], maxsplit=1)[0]
            if re.search(r"\w", clause):
                # "je ne sais plus quand son contrat s'est terminé": the words after say what
                if _LAST_CONTACT_EVENT.search(clause):
                    return True
                continue  # "not sure when we will send it": the doubt is about something else
            # "…s'est terminé il y a un moment, je ne sais plus exactement quand": the doubt ends
            # its clause and is about the event said before it, in its sentence or the last one
            if _LAST_CONTACT_EVENT.search(sentence[: m.start()]):
                return True
            if i > 0 and not re.search(r"\w", sentence[m.end() :]):
                before = folded[sentences[i - 1][0] : sentences[i - 1][1]]
                if _LAST_CONTACT_EVENT.search(before):
                    return True
    return False
