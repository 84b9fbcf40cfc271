"""The day of the action known only within a period: two candidate days ("le mardi 4 ou le mardi
18 août", "Aug 4 or 18"), either end of a month ("début ou fin août", "early or late August"),
either side of a day ("avant ou après le 11", "before or after the 11th"), a month whose day the
rep cannot remember. The rules apply the law of each end and ask the day when they differ."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.understand.lexicon import words
from bot.understand.readers.dates import _DAY_NAMES, _MONTH_NAMES, _MONTHS, _weekday
from bot.understand.readers.spans import _PAST_CONTACT, latest_started, ours, stretch
from rules.facts import Facts

_DAY_NAME = "(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")\.?,? "
_NTH = r"(\d{1,2})(?:er|st|nd|rd|th|e)?"
_OR = r",? (?:ou|or|ou bien|or else) "
_YEAR = r"(?:,? (20\d\d))?"

#: Two days then one month: "le 4 ou le 18 août", "the 4th or the 18th of August".
_DAYS_THEN_MONTH = re.compile(
    rf"\b(?:(?:le|the) )?(?:{_DAY_NAME})?(?:the )?{_NTH}(?: ({_MONTH_NAMES}))?{_OR}"
    rf"(?:(?:le|the) )?(?:{_DAY_NAME})?(?:the )?{_NTH}(?: of)? ({_MONTH_NAMES})\b{_YEAR}"
)
#: One month then two days: "August 4 or 18", "Aug 4 or Aug 18".
_MONTH_THEN_DAYS = re.compile(
    rf"\b({_MONTH_NAMES})\.? {_NTH}{_OR}(?:({_MONTH_NAMES})\.? )?{_NTH}\b{_YEAR}"
)
#: Either end of a month: "début ou fin août", "early or late August", "beginning or end of May".
_ENDS_OF_MONTH = re.compile(
    r"\b(?:en |au |a |at the |in )?(?:debut|early|beginning|start)(?: of)?"
    rf"{_OR}(?:en |a la |at the |in )?(?:fin|late|end)(?: of| du mois)?(?: de| d'|d')? ?"
    rf"(?:mois (?:de |d'))?({_MONTH_NAMES})\b{_YEAR}"
)
#: Either side of a day: "avant ou après le 11", "before or after the 11th (of August)".
_SIDES_OF_DAY = re.compile(
    rf"\b(?:avant|before){_OR}(?:apres|after) (?:le |the )?{_NTH}(?: (?:of )?({_MONTH_NAMES}))?\b"
    rf"{_YEAR}"
)
#: One month or another: "en juillet ou en septembre", "in July or September (2026)", "juin ou
#: juillet". The period runs from the first day of the earlier to the last day of the later.
_IN = r"(?:(?:en|in|au mois d'|au mois de|during|in the month of) ?)?"
_MONTH_OR_MONTH = re.compile(
    rf"\b{_IN}({_MONTH_NAMES})\b(?:,? (20\d\d))?{_OR}{_IN}({_MONTH_NAMES})\b(?! \d{{1,2}}\b){_YEAR}"
)
#: A month said, then the day forgotten: "en août, je ne sais plus quel jour", "in March, I
#: can't remember the exact day".
_MONTH_SAID = re.compile(rf"\b(?:en|in|au mois d'|au mois de|during) ({_MONTH_NAMES})\b{_YEAR}")
_DAY_FORGOTTEN = re.compile(
    r"\b(?:(?:ne )?(?:sai[st]|savons|savent) plus|(?:ne )?(?:me|se|nous) souviens? plus|"
    r"(?:don'?t|doesn'?t|can'?t|cannot|do not|does not) (?:remember|recall|know)|not sure|no idea|"
    r"aucune idee|pas sur)\b[^.?!\n]{0,25}\b(?:quel jour|quelle date|la date|le jour|du jour|de la date|which day|"
    r"what day|the (?:exact )?(?:day|date)|which date|what date)\b"
)


def action_period(folded: str, on: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day the action may be on, when the text gives only a period."""
    m = _DAYS_THEN_MONTH.search(folded)
    if m:
        month = _MONTHS[m.group(4)]
        first = _MONTHS[m.group(2)] if m.group(2) else month  # "le 30 juillet ou le 2 août"
        return _pair(folded, on, month, int(m.group(1)), int(m.group(3)), m.group(5), first)
    m = _MONTH_THEN_DAYS.search(folded)
    if m and m.group(1) not in ("may", "mar", "mai"):
        first = _MONTHS[m.group(1)]
        month = _MONTHS[m.group(3)] if m.group(3) else first  # "July 30 or August 2"
        return _pair(folded, on, month, int(m.group(2)), int(m.group(4)), m.group(5), first)
    period = _months_period(folded, on)
    if period:
        return period
    m = _ENDS_OF_MONTH.search(folded)
    if m:
        month = _MONTHS[m.group(1)]
        year = _year(folded, on, month, 15, m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    m = _SIDES_OF_DAY.search(folded)
    if m:
        month = _MONTHS[m.group(2)] if m.group(2) else _month_before(folded, m.start())
        day = int(m.group(1))
        if month is not None and 1 < day < 28:
            return _pair(folded, on, month, day - 1, day + 1, m.group(3))
    m = _MONTH_SAID.search(folded)
    if m is None or m.group(1) in ("may", "mar") or not ours(folded, m.start(), m.end()):
        return stretch(folded, on)  # "elle a consenti en mars": no day of our contact
    if _DAY_FORGOTTEN.search(folded):
        return _month(on, m)
    # a season, a run of months, the year so far; else a past call told by its month alone
    return stretch(folded, on) or (_month(on, m) if _past_contact_in(folded, m.start()) else None)


def _month(on: dt.date, m: re.Match[str]) -> tuple[dt.date, dt.date]:
    """The month said, in the year said or the last one begun (a day forgotten is past)."""
    month = _MONTHS[m.group(1)]
    year = int(m.group(2)) if m.group(2) else latest_started(on, month)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


#: A contact still to come, asked about: "on veut rappeler", "can I call her again next week?".
_PLANNED = words("period", "planned")


def _past_contact_in(folded: str, at: int) -> bool:
    """A past contact told in the sentence of ``at`` ("j'ai appelé une cliente en août", "we
    called him in March") and asked about as done, no contact planned: on some day of that month."""
    start = max(folded.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for i in (folded.find(c, at) for c in ".!?;\n") if i >= 0]
    return bool(_PAST_CONTACT.search(folded, start, min(ends, default=len(folded)))) and not (
        _PLANNED.search(folded)
    )


def _months_period(folded: str, on: dt.date) -> tuple[dt.date, dt.date] | None:
    for m in _MONTH_OR_MONTH.finditer(folded):
        names = (m.group(1), m.group(3))
        if any(n in ("may", "mar") for n in names) or _MONTHS[names[0]] == _MONTHS[names[1]]:
            continue  # "may" the verb, "mar" the weekday
        ends = []
        for name, said in ((names[0], m.group(2) or m.group(4)), (names[1], m.group(4))):
            month = _MONTHS[name]
            year = _year(folded, on, month, 15, said)
            ends.append((year, month))
        (y1, m1), (y2, m2) = sorted(ends)
        return dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
    return None


def _pair(
    folded: str,
    on: dt.date,
    month: int,
    a: int,
    b: int,
    year: str | None,
    first_month: int | None = None,
) -> tuple[dt.date, dt.date] | None:
    """Day ``a`` (of ``first_month``, when another month is said with it) or day ``b`` of
    ``month``, in time order."""
    first_month = first_month or month
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a == b and first_month == month):
        return None
    if first_month == month:
        a, b = min(a, b), max(a, b)
    y = _year(folded, on, month, b, year)
    y1 = y if first_month <= month else y - 1  # "le 30 décembre ou le 2 janvier"
    try:
        return tuple(sorted((dt.date(y1, first_month, a), dt.date(y, month, b))))
    except ValueError:
        return None


def _year(folded: str, on: dt.date, month: int, day: int, said: str | None) -> int:
    """The year said with the period, else with that month elsewhere in the text, else the one
    that puts the day nearest the day of the question."""
    if said:
        return int(said)
    for m in re.finditer(rf"\b({_MONTH_NAMES})\.? (20\d\d)\b", folded):
        if _MONTHS[m.group(1)] == month:
            return int(m.group(2))
    day = min(day, 28)
    return min(
        (on.year - 1, on.year, on.year + 1),
        key=lambda y: abs((dt.date(y, month, day) - on).days),
    )


def _month_before(folded: str, end: int) -> int | None:
    """The last month named before ``end`` ("en août 2026 … avant ou après le 11")."""
    names = [
        m.group(1)
        for m in re.finditer(rf"\b({_MONTH_NAMES})\b", folded[:end])
        if m.group(1) not in ("may", "mar")
    ]
    return _MONTHS[names[-1]] if names else None


def without_candidate_date(facts: Facts, folded: str, period: tuple[dt.date, dt.date]) -> Facts:
    """``facts`` without a day of the action read off one of the period's candidate days ("le 4
    ou le 18 août" is no date of the 4th): its weekday is the one stated, if any."""
    day = facts.date
    if day is None:
        return facts
    start, end = period
    if (day.month, day.day) not in ((start.month, start.day), (end.month, end.day)):
        return facts
    return Facts.model_validate(
        {**facts.model_dump(exclude_none=True), "date": None, "weekday": _weekday(folded)}
    )
