"""The hour of the action."""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.lexicon import words
from bot.understand.readers.dates import _WEEKDAYS
from rules.params import param

_HOUR_H = re.compile(
    r"(?<![\d,.])(\d{1,2}) ?(?:h|heures?)(?: ?(\d{2}))?(?! ?(?:par|per|/|de suite))\b(?: du (soir|matin))?"
)


_HOUR_AMPM = re.compile(r"(?<![\d,.])(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?)(?!\w)")


#: "at 11:15", "avant 9:30", and right after a day ("Thursday 11:15", "demain, 9:45").
_HOUR_COLON = re.compile(
    r"\b(?:a|at|vers|around|for|des|from|avant|before|apres|after|between|entre|"
    + "|".join(_WEEKDAYS)
    + r"|tomorrow|demain|today|aujourd'hui),? (\d{1,2}):(\d{2})\b"
)


_HOUR_WORD = re.compile(r"\b(?:a |at |vers )?(midi|minuit|noon|midnight)\b")


_DURATION_AFTER = re.compile(
    r"^\s*(?:ans|years|mois|months|jours|days|semaines|weeks|heures? (?:pour|to|max))"
)


#: "Tuesday at 11", "demain vers 10": a bare number after a day is the hour of the call.
_HOUR_AT_DAY = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|tomorrow|demain|today|aujourd'hui|"
    # a day named by its kind: "on a weekday at 11", "un jour ouvré à 10", "en semaine vers 9"
    r"week ?day|working day|business day|jour (?:de semaine|ouvre|ouvrable)|en semaine)s?\b(?: \w+){0,3}?,? "
    r"(?:at|a|vers|around|about) (\d{1,2})\b(?![:.,h]?\d|\s*(?:%|euros?|ans|years|jours|days|fois|"
    r"times|min|h\b|heures?|am|pm|a\.m|p\.m))"
)


#: "between 2 and 4pm", "from 9 to 11 am", "entre 2 et 4 pm": the am/pm said once at the end is
#: both ends'.
_RANGE_AMPM = re.compile(
    r"\b(?:between|from|entre|de) (\d{1,2})(?:[:.](\d{2}))? ?(?:and|to|et|a|-|–) ?(\d{1,2})(?:[:.]\d{2})? ?"
    r"(a\.?m\.?|p\.?m\.?)(?!\w)"
)


#: "Friday 25 December between 10 and 12", "demain entre 9 et 11": a bare range after a day is
#: a range of hours.
_RANGE_AT_DAY = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|tomorrow|demain|today|aujourd'hui)\b(?: [\w,]+){0,4}? "
    r"(?:between|entre|from|de) (\d{1,2}) (?:and|et|to|a|-) (\d{1,2})\b(?![:.,h]?\d|\s*(?:%|euros?|"
    r"ans|years|jours|days|fois|times|min|h\b|heures?|am|pm|a\.m|p\.m|appels?|calls?|emails?|sms))"
)


#: A bare range closing its clause ("can they work the list between 10 and 12?", "appeler entre
#: 9 et 11, c'est bon ?"): nothing after it to count (calls, days, euros), a range of hours when
#: both ends are hours of a working day (7 to 22; "between 2 and 4" is left unread).
_RANGE_CLOSING = re.compile(
    r"\b(?:between|entre|from) (\d{1,2}) (?:and|et|to|a|-) (\d{1,2})"
    r"(?=\s*(?:[?!.;)]|$|(?:on|le|ce|this|next|demain|tomorrow|today|aujourd'hui)\b))"
)


#: A range whose end is marked as an hour ("13:00-14:00", "de 12h à 14h", "12h-14h", "entre
#: 19h30 et 21h", "de 12 à 14h"); a bare start needs the word that opens a range.
_RANGE_MARKED = re.compile(
    r"(?<![\d,.:])(?:(between|from|entre|de|des) )?(\d{1,2})(h(?:\d{2})?|:\d{2})? ?"
    r"(-|–|a|to|et|and|until|till|jusqu'a) ?(\d{1,2})(?:h(\d{2})?(?!\w)|:(\d{2})\b)"
)


#: "12pm to 2pm", "8pm-10pm": a range with both ends' am/pm.
_RANGE_BOTH_AMPM = re.compile(
    r"(?<![\d,.])(\d{1,2})(?:[:.]\d{2})? ?([ap])\.?m\.? ?(?:-|–|to|and|until|till) ?"
    r"(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\.?(?!\w)"
)


#: "avant 10h", "before 10am", "no later than 9": the call falls before that hour, so the hour it
#: stands for is the one before (a call "before 10" may be at 9:30, outside the morning slot).
_BEFORE = re.compile(r"(?:avant|before|no later than|not later than|pas apres) $")


def _earlier(folded: str, start: int, hour: int, minutes: int) -> int:
    if minutes or hour == 0 or not _BEFORE.search(folded[max(0, start - 16) : start]):
        return hour
    return hour - 1


#: The lunch break named as the time of the calls: the 13:00-14:00 slot.
_LUNCH = words("calls", "lunch_slot")


def _h24(hour: int, pm: bool) -> int:
    return hour % 12 + (12 if pm else 0)


def _worst(start: int, end: int, end_minutes: int, on: dt.date | None) -> int:
    """The hour a call in the range ``start``-``end`` stands for: the first hour of the range
    the calling hours in force on ``on`` exclude ("13:00-14:00", "de 12h à 14h": 13), else its
    start ("entre 10h et 12h": 10). One part outside the hours and the calls are not all allowed."""
    last = end if end_minutes else end - 1
    hours = param("phone/calling_hours", on or dt.date.today())
    if hours is None or not start <= last <= 23:
        return start
    for hour in range(start, last + 1):
        if not any(a <= hour < b for a, b in hours["slots"]):
            return hour
    return start


def _hour(folded: str, on: dt.date | None = None) -> int | None:
    """The hour of the action; a range of hours gives its hour the calling hours exclude first."""
    # (position, rank, hour): at one position a range (rank 0) wins over its first hour alone
    candidates: list[tuple[int, int, int]] = []
    for m in _RANGE_AT_DAY.finditer(folded):
        start, end = int(m.group(1)), int(m.group(2))
        if start < end <= 23:
            candidates.append((m.start(1), 0, _worst(start, end, 0, on)))
    for m in _RANGE_CLOSING.finditer(folded):
        start, end = int(m.group(1)), int(m.group(2))
        if 7 <= start < end <= 22:
            candidates.append((m.start(1), 0, _worst(start, end, 0, on)))
    for m in _RANGE_AMPM.finditer(folded):
        start, end = int(m.group(1)), int(m.group(3))
        if not (1 <= start <= 12 and 1 <= end <= 12):
            continue
        pm = m.group(4).startswith("p")
        # "between 11 and 2pm": a start after the end is still in the morning
        hour = start % 12 + (12 if pm and start <= end and end != 12 else 0)
        if pm and end == 12 and start < 12:
            hour = start  # "between 10 and 12pm": noon ends a morning
        last = _h24(end, pm) if not (pm and end == 12) else 12
        candidates.append((m.start(), 0, _worst(hour, last, 0, on) if hour < last else hour))
    for m in _RANGE_BOTH_AMPM.finditer(folded):
        start = _h24(int(m.group(1)), m.group(2) == "p")
        end = _h24(int(m.group(3)), m.group(5) == "p")
        if int(m.group(1)) == 12 and m.group(2) == "p":
            start = 12
        if int(m.group(3)) == 12 and m.group(5) == "p":
            end = 12
        if start < end:
            candidates.append((m.start(), 0, _worst(start, end, int(m.group(4) or 0), on)))
    for m in _RANGE_MARKED.finditer(folded):
        if not (m.group(1) or m.group(3)) or _DURATION_AFTER.match(folded[m.end() :]):
            continue  # "2 à 3h", "de 2 à 3h de travail": no range of the day's hours
        if m.group(4) in ("et", "and") and m.group(1) not in ("between", "entre"):
            continue  # "à 10h et 14h": two times, not a range
        start, end = int(m.group(2)), int(m.group(5))
        minutes = int(m.group(6) or m.group(7) or 0)
        if start < end <= 23 or (start == end and minutes):
            candidates.append((m.start(), 0, _worst(start, end, minutes, on)))
    for m in _LUNCH.finditer(folded):
        candidates.append((m.start(), 0, 13))
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
        candidates.append((m.start(), 1, _earlier(folded, m.start(), hour, int(m.group(2) or 0))))
    for m in _HOUR_AMPM.finditer(folded):
        hour = int(m.group(1)) % 12
        if m.group(3).startswith("p"):
            hour += 12
        candidates.append((m.start(), 1, _earlier(folded, m.start(), hour, int(m.group(2) or 0))))
    for m in _HOUR_COLON.finditer(folded):
        if re.match(r" ?[ap]\.?m\b", folded[m.end() :]):
            continue  # "at 2:30 pm": read with its am/pm above
        hour = _earlier(folded, m.start(1), int(m.group(1)), int(m.group(2)))
        candidates.append((m.start(), 1, hour))
    for m in _HOUR_AT_DAY.finditer(folded):
        candidates.append((m.start(), 1, int(m.group(1))))
    for m in _HOUR_WORD.finditer(folded):
        candidates.append((m.start(), 1, 0 if m.group(1) in ("minuit", "midnight") else 12))
    valid = sorted(c for c in candidates if 0 <= c[2] <= 23)
    return valid[0][2] if valid else None
