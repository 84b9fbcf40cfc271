"""Stretches of time our contact is placed in without its day: a season ("cet été on a appelé",
"last summer we called"), the year so far of a past contact ("cette année, nos téléconseillers
ont appelé…"), a run of months ("July and August", "de juin à septembre"). Their two ends feed
the period rules. A season or months that date something else (a purchase, a consent: "il a
acheté un vélo l'été dernier") are no period of the action."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.understand.readers.dates import _MONTH_NAMES, _MONTHS

#: Season -> (first month, last month); winter runs over the new year.
_SEASONS = {
    "printemps": (3, 5),
    "spring": (3, 5),
    "ete": (6, 8),
    "summer": (6, 8),
    "automne": (9, 11),
    "autumn": (9, 11),
    "fall": (9, 11),
    "hiver": (12, 2),
    "winter": (12, 2),
}
_SEASON = re.compile(
    r"\b(?:(cet|ce|this|last|(?<!\bde )l'|au|en|pendant l'|durant l'|during the|over the|in the)"
    r" ?(ete|summer|printemps|spring|automne|autumn|hiver|winter)"
    r"|(this|last) (fall))\b( dernier| passe| d'avant)?"
)
_THIS_YEAR = re.compile(
    r"\b(?:cette annee|this year|so far this year|depuis le debut de l'annee)\b"
)
#: A past contact: "ont appelé", "j'ai démarché", "we called", "our agents phoned".
_PAST_CONTACT = re.compile(
    r"\b(?:ai|as|a|avons|avez|ont) (?:\w+ )?(?:appele|contacte|telephone|demarche|relance|"
    r"prospecte|sollicite|envoye|texte)|\b(?:called|phoned|rang|contacted|texted|emailed|"
    r"cold-called|canvassed|prospected|reached out)\b"
)
#: Our contact in any tense: "on a appelé", "on va appeler", "we called", "we'll phone".
_CONTACT_VERB = re.compile(
    r"\b(?:r?appel|contact|telephon|demarch|relanc|sollicit|prospect|envoy)(?:er|e|es|ee|ees|ons|ez|"
    r"ent|ai|ais|ait|aient|era|erons|erez|eront|ions)\b|\b(?:r?appell|enverr)\w+|"
    r"\b(?:call|called|calling|phone|phoned|phoning|ring|rang|text|texted|texting|e-?mail|"
    r"e-?mailed|e-?mailing|send|sent|sending|reach(?:ed)? out|contact|contacted|canvass(?:ed)?|"
    r"cold-call(?:ed)?|prospected|dial(?:l)?ed)\b"
)
#: Something else that happened: a past participle after its auxiliary ("il a acheté", "elle a
#: consenti"), a past tense ("bought", "ticked", "collected").
_OTHER_EVENT = re.compile(
    r"\b(?:ai|as|a|avons|avez|ont|avait|avaient|est|sont|etait|s'est) (?:(?:deja|bien|pas|jamais|"
    r"sans doute|peut-etre) )?(?!(?:une|des|ete|que|pas|plus)\b)\w{3,}(?:e|ee|es|ees|i|is|it|u|us)\b|"
    r"\b\w{3,}ed\b|\b(?:bought|paid|left|gave|took|got|made|sold|won|came|went|met|spent)\b"
)
_SENTENCE = re.compile(r"[^.!?;\n]*")
_CLAUSE = re.compile(r"[^,.!?;\n]*")


def ours(folded: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` date our contact: the nearest verb to them, in their
    clause first, else in their sentence, is a contact verb, not another event."""
    for unit in (_CLAUSE, _SENTENCE):
        around = next(m for m in unit.finditer(folded) if m.start() <= start <= m.end())
        verbs = [
            (min(abs(v.start() - end), abs(start - v.end())), kind)
            for kind, rx in ((True, _CONTACT_VERB), (False, _OTHER_EVENT))
            for v in rx.finditer(folded, around.start(), around.end())
            if not (start <= v.start() < end)
            and (kind or not _CONTACT_VERB.search(v.group(0)))  # "a appelé" is ours
        ]
        if verbs:
            return min(verbs, key=lambda v: (v[0], not v[1]))[1]
    return False


_MONTH_RUN = re.compile(
    rf"\b(?:(de|from|between|entre) )?({_MONTH_NAMES}) (?:a|to|till|until|through|thru|et|and|&|-)"
    rf" ({_MONTH_NAMES})\b(?:,? (20\d\d))?"
)


def stretch(folded: str, on: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a season, a run of months or the year so far, if said."""
    m = _MONTH_RUN.search(folded)
    if (
        m
        and (m.group(1) or m.group(2) not in ("may", "mar"))
        and m.group(2) != m.group(3)
        and ours(folded, m.start(), m.end())
    ):
        first, last = _MONTHS[m.group(2)], _MONTHS[m.group(3)]
        year = int(m.group(4)) if m.group(4) else latest_started(on, first)
        return _months(year, first, last)
    m = _SEASON.search(folded)
    if m and ours(folded, m.start(), m.end()):
        first, last = _SEASONS[m.group(2) or m.group(4)]
        said = m.group(1) or m.group(3) or ""
        year = latest_started(on, first)
        if said in ("ce", "cet", "this") and first != 12:
            year = on.year  # this summer: the one of this year, past or to come
        elif said in ("ce", "cet", "this"):
            # this winter: the one whose January is nearest (in November, the one to come)
            year = on.year if on.month >= 7 else on.year - 1
        elif (said == "last" or m.group(5)) and _months(year, first, last)[1] >= on:
            year -= 1  # last summer: the last one over
        return _months(year, first, last)
    if _THIS_YEAR.search(folded) and _PAST_CONTACT.search(folded):
        return dt.date(on.year, 1, 1), on
    return None


def latest_started(on: dt.date, month: int) -> int:
    """The year of the last first of ``month`` on or before ``on``."""
    return on.year if (month, 1) <= (on.month, on.day) else on.year - 1


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
