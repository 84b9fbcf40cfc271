"""The hour of the action."""

from __future__ import annotations

import re

from bot.understand.readers.dates import _WEEKDAYS

_HOUR_H = re.compile(
    r"(?<![\d,.])(\d{1,2}) ?(?:h|heures?)(?: ?(\d{2}))?(?! ?(?:par|per|/|de suite))\b(?: du (soir|matin))?"
)


_HOUR_AMPM = re.compile(r"(?<![\d,.])(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?)(?!\w)")


_HOUR_COLON = re.compile(
    r"\b(?:a|at|vers|around|for|des|from|avant|before|apres|after|between|entre) (\d{1,2}):(\d{2})\b"
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
#: both ends'; the range starts at its first hour.
_RANGE_AMPM = re.compile(
    r"\b(?:between|from|entre|de) (\d{1,2})(?:[:.](\d{2}))? ?(?:and|to|et|a|-|–) ?(\d{1,2})(?:[:.]\d{2})? ?"
    r"(a\.?m\.?|p\.?m\.?)(?!\w)"
)


#: "Friday 25 December between 10 and 12", "demain entre 9 et 11": a bare range after a day is
#: a range of hours; the call starts at its first hour.
_RANGE_AT_DAY = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|tomorrow|demain|today|aujourd'hui)\b(?: [\w,]+){0,4}? "
    r"(?:between|entre|from|de) (\d{1,2}) (?:and|et|to|a|-) (\d{1,2})\b(?![:.,h]?\d|\s*(?:%|euros?|"
    r"ans|years|jours|days|fois|times|min|h\b|heures?|am|pm|a\.m|p\.m|appels?|calls?|emails?|sms))"
)


def _hour(folded: str) -> int | None:
    candidates: list[tuple[int, int]] = []
    for m in _RANGE_AT_DAY.finditer(folded):
        if int(m.group(1)) < int(m.group(2)) <= 23:
            candidates.append((m.start(1), int(m.group(1))))
    for m in _RANGE_AMPM.finditer(folded):
        start, end = int(m.group(1)), int(m.group(3))
        if not (1 <= start <= 12 and 1 <= end <= 12):
            continue
        pm = m.group(4).startswith("p")
        # "between 11 and 2pm": a start after the end is still in the morning
        hour = start % 12 + (12 if pm and start <= end and end != 12 else 0)
        if pm and end == 12 and start < 12:
            hour = start  # "between 10 and 12pm": noon ends a morning
        candidates.append((m.start(), hour))
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
