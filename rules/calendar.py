"""The calendar of a call: weekday, French public holidays, calling hours and the number of calls
allowed in 30 days (C. conso D.223-9).

Public holidays come from the ``holidays`` package (country FR, metropolitan list), not a
hand-written list: D.223-9 refers to the holidays of C. trav. art. L.3133-1.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

from rules.facts import Weekday
from rules.params import param

WEEKDAYS = list(Weekday)


@cache
def _french_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("FR", years=year)


def is_public_holiday(day: dt.date) -> bool:
    return day in _french_holidays(day.year)


def holiday_name(day: dt.date) -> str | None:
    return _french_holidays(day.year).get(day)


def weekday_of(day: dt.date) -> Weekday:
    return WEEKDAYS[day.weekday()]


def call_time(
    weekday: Weekday | None, hour: int | None, holiday: bool | None, on: dt.date
) -> str | None:
    """'within' or 'outside' the calling hours in force on ``on``; None when it cannot be told.

    Before the hours existed (2023-03-01) every time is 'within'. A stated weekend day or
    holiday is 'outside' whatever the hour; an hour outside the slots is 'outside' whatever
    the day. 'within' needs the day, the hour and the holiday status all known.
    """
    hours = param("phone/calling_hours", on)
    if hours is None:
        return "within"
    outside = (
        (weekday is not None and weekday.value not in hours["days"])
        or (holiday is True and not hours["public_holidays"])
        or (hour is not None and not any(a <= hour < b for a, b in hours["slots"]))
    )
    if outside:
        return "outside"
    if weekday is None or hour is None or holiday is None:
        return None
    return "within"


def call_limit(calls_30d: int | None, on: dt.date) -> str | None:
    """'reached' when the calls already made in the period leave no room for one more call.

    ``calls_30d`` counts the calls of the last 30 days, answered or not; the call asked about
    would be one more, so four calls already made (the limit in force since 2023-03-01) forbid
    a fifth. Before the limit existed every count is 'under'; an unknown count is None.
    """
    limit = param("phone/max_calls", on)
    if limit is None:
        return "under"
    if calls_30d is None:
        return None
    return "reached" if calls_30d >= limit["calls"] else "under"
