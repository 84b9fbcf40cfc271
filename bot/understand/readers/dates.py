"""Dates: the day of the action, its weekday, the last contact, the date of the consent."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from rules.evaluate import add_years
from rules.params import param

_WEEKDAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
    "monday": "monday",
    "tuesday": "tuesday",
    "wednesday": "wednesday",
    "thursday": "thursday",
    "friday": "friday",
    "saturday": "saturday",
    "sunday": "sunday",
}


_WEEKDAY_RX = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")s?\b")


#: Short day names, read only right before a day and month ("Wed 2 Dec", "mer. 2 déc.").
_WEEKDAY_SHORT = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
    "lun": "monday",
    "mar": "tuesday",
    "mer": "wednesday",
    "jeu": "thursday",
    "ven": "friday",
    "sam": "saturday",
    "dim": "sunday",
}


_DAY_NAMES = {**_WEEKDAYS, **_WEEKDAY_SHORT}


#: A day name right before a day and month: "mardi 10 février", "Tuesday 10 February", "Wed 2 Dec".
_WEEKDAY_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")\W*(?:the\W+)?$"
)


_MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janv": 1,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
}


_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|e)? ({_MONTH_NAMES})\.?(?: (20\d\d))?\b")


_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (20\d\d))?")


_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b")


_SLASH = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d|\d\d))?\b")


#: A day name then a numeric day and month with no year ("mardi 6/10", "Tue 10/6", "jeu. 3/12"):
#: the day name is what makes two numbers a date (not a score, a fraction, a ratio).
_WEEKDAY_SLASH = re.compile(
    r"\b(" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")\.?,? (?:(?:le|the) )?"
    r"(\d{1,2})/(\d{1,2})\b(?![/.]\d)"
)


def _weekday_slash(folded: str, on: dt.date) -> dt.date | None:
    """ "mardi 6/10": the day whose weekday is the one named, read day/month (the French and
    European order) or else month/day, the next one first, then the nearest past one."""
    for m in _WEEKDAY_SLASH.finditer(folded):
        named, a, b = _DAY_NAMES[m.group(1)], int(m.group(2)), int(m.group(3))
        fits = []
        for order, (month, day) in enumerate(((b, a), (a, b))):
            for year in (on.year - 1, on.year, on.year + 1):
                try:
                    d = dt.date(year, month, day)
                except ValueError:
                    continue
                if d.strftime("%A").lower() == named:
                    fits.append((d < on, abs((d - on).days), order, d))
        if fits:
            return min(fits)[-1]
    return None


#: Named French public holidays (as the `holidays` package names them in English) and the generic
#: "un jour férié": the next such day, so that the calling-hours rule sees a holiday.
_HOLIDAY_NAMES = (
    (re.compile(r"\bnoel\b(?! \w*eve)|\bchristmas\b(?! eve)"), "Christmas Day"),
    (re.compile(r"jour de l'an|nouvel an|new year'?s day"), "New Year's Day"),
    (re.compile(r"lundi de paques|easter monday|\bpaques\b|\beaster\b"), "Easter Monday"),
    (re.compile(r"fete du travail|\blabou?r day\b|\bmay day\b"), "Labor Day"),
    (re.compile(r"victoire de 1945|\bvictory day\b|\bve day\b"), "Victory Day"),
    (re.compile(r"\bascension\b"), "Ascension Day"),
    (re.compile(r"pentecote|pentecost|whit monday"), "Pentecost Monday"),
    (re.compile(r"fete nationale|bastille day|national day"), "National Day"),
    (re.compile(r"\bassomption\b|\bassumption\b"), "Assumption Day"),
    (re.compile(r"toussaint|all saints"), "All Saints' Day"),
    (re.compile(r"\barmistice\b"), "Armistice Day"),
    (re.compile(r"\bjours? feries?\b|\bpublic holidays?\b|\bbank holidays?\b"), None),
)


#: What a holiday names when it is the theme of an offer ("notre offre de Noël", "la promo de
#: Pâques", "our Christmas sale", "the Easter menu"): the offer, not the day of the action.
_THEMED = (
    r"(?:offres?|promos?|promotions?|soldes?|campagnes?|operations?|catalogues?|menus?|coffrets?|"
    r"paniers?|cadeaux?|ventes?|collections?|editions?|gammes?|packs?|bons? plans?|selections?|"
    r"marches?|concours|jeux?(?: concours)?|tirages? au sort|soirees?|evenements?|cartes?|"
    r"newsletters?|emailings?|mailings?)"
    r"(?: \w+)?(?: de| du| d')? (?:la |l')?"
)
_THEMED_AFTER = (
    # (the offer's words may stand between: "our Christmas grooming promo"; no "at Christmas about
    # our promo", whose Christmas is the day)
    r"(?: (?!(?:to|about|for|with|our|their|my|your|the|a|an|and|or|on|at|in|of|we|i|you|them|us|"
    r"him|her|it|if|so|but|then|too)\b)[\w-]+){0,2}? (?:offers?|deals?|promos?|promotions?|sales?|campaigns?|catalog(?:ue)?s?|menus?|"
    r"hampers?|gift ?(?:box|set)?e?s?|specials?|collections?|ranges?|packs?|bundles?|boxe?s?|"
    r"selections?|markets?|fairs?|contests?|competitions?|giveaways?|draws?|sweepstakes|"
    r"raffles?|parties|party|events?|cards?|newsletters?|mailings?|e-?mailings?)\b"
)


def _without_themes(folded: str) -> str:
    """The text without the holidays named as an offer's theme (see `_THEMED`)."""
    for pattern, name in _HOLIDAY_NAMES:
        if name is None:
            continue
        rx = pattern.pattern
        folded = re.sub(
            rf"\b{_THEMED}(?:{rx})|(?:{rx}){_THEMED_AFTER}",
            lambda m: " " * len(m.group(0)),
            folded,
        )
    return folded


def _next_holiday(folded: str, on: dt.date) -> dt.date | None:
    import holidays

    folded = _without_themes(folded)
    for pattern, name in _HOLIDAY_NAMES:
        if pattern.search(folded):
            days = holidays.country_holidays("FR", years=[on.year, on.year + 1])
            return next(
                (d for d, n in sorted(days.items()) if d >= on and (name is None or n == name)),
                None,
            )
    return None


#: A day and month without a year at most this many days back is a past event, not the action.
_RECENT_DAYS = 60


#: The day of something already done, which is never the day of the action asked about: a
#: consent given, a box ticked, a sign-up, a purchase, a meeting ("gave us on 2 Oct a consent",
#: "a coché la case le 3 octobre", "signed up on 5 March", "client depuis le 2 mai"), and a dated
#: consent or order ("consent of 2 Oct", "commande du 3 mars"). A purpose in between ("agreed to
#: be called on 3 Dec", "a accepté d'être rappelé le 3 décembre") makes it the action's day.
_EVENT_DONE = re.compile(
    r"\b(?:(?:gave|given|signed(?: up)?|ticked|checked|consented|opted[- ]?in|registered|"
    r"subscribed|enrolled|bought|purchased|ordered|met|downloaded|filled (?:in|out)|collected|"
    r"unsubscribed|objected|opted[- ]?out|refused|withdrew|joined|visited|since|clicked|replied|"
    r"responded|answered|wrote|logged in|came|called us|was|were|remonte (?:au|a)|"
    # a contract or a membership that ended ("membership cancelled 30/06", "expired on 2 May")
    r"cancell?ed|terminated|ended|expired|lapsed|annule\w*)"
    r"|(?:a|ont|avait|avaient|ai|avons|avez|m'a|nous a|l'a|les a|s'est|se sont|s'etait|est|etait)"
    r" (?:\w+ )?(?:donne|signe|coche|consenti|accepte|inscrit\w*|achete|commande|rencontre|"
    r"telecharge|rempli|collecte|desinscrit\w*|oppose\w*|refuse|souscrit|adhere|venu\w*|passe|"
    r"clique|repondu|ecrit|connecte\w*|termine\w*|resilie\w*|fini)"
    r"|etait|depuis|(?:(?:dernier|derniere|last|latest) (?:\w+ ){0,2}?)?(?:consent(?:ement)?|accord|"
    r"opt-?in|inscription|achat|purchase|commande|order|signature|souscription|adhesion|clic|click|"
    r"reponse|reply|contact|visite|visit|connexion|login|interaction|activite|activity|time)s?"
    r"(?: ?:| (?:du|de|of|dated|date du|from|en date du|le|on|was|etait)))"
    # (an aside, or the box's words quoted, may stand between: "ticked (not pre-ticked) 'ACME may
    # call me about offers' on 5 Oct")
    r"(?:[^\w.?!;\n]*(?:\([^()\n]{0,60}\)|'[^'\n]{1,120}'|\"[^\"\n]{1,120}\"|«[^»\n]{1,120}»|“[^”\n]{1,120}”))*"
    r"[^\w.?!;\n]+((?:\w+[^\w.?!;\n]+){0,5}?)(?:le |on |the |on the )?"
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th|e)? (?:{_MONTH_NAMES})\b|(?:{_MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\d{1,2}/\d{1,2}/(?:20)?\d\d\b|20\d\d-\d{1,2}-\d{1,2}\b)"
)


#: A purpose, or a day planned ("was scheduled on", "était prévu le"): the action's day.
_PURPOSE = re.compile(
    r"\b(?:to|for|pour|a etre|d.?etre|de (?:le |l')?r?appel\w*|planned|scheduled|booked|set|moved|"
    r"postponed|rescheduled|prevu\w*|fixe\w*|planifie\w*|programme\w*|reporte\w*|decale\w*)\b"
)


def _without_events(folded: str) -> str:
    """The text without the days of things already done (see `_EVENT_DONE`)."""

    def cut(m: re.Match[str]) -> str:
        return m.group(0) if _PURPOSE.search(m.group(1)) else " "

    return _EVENT_DONE.sub(cut, folded)


#: A date written in one of the forms read here.
def _has_date(text: str) -> bool:
    return bool(
        _DAY_MONTH.search(text)
        or _MONTH_DAY.search(text)
        or _ISO.search(text)
        or ((m := _SLASH.search(text)) and m.group(3))
        or _WEEKDAY_SLASH.search(text)
    )


def _date(folded: str, on: dt.date) -> dt.date | None:
    """The day of the action: a date in the sentence that asks first ("gave us on 2 Oct a
    consent… Can I try on Wed 2 Dec?" is about 2 December), then anywhere; the days of things
    already done are set aside."""
    folded = _without_events(folded)
    asked = [s for s in re.findall(r"[^.?!\n]+\?", folded) if _has_date(s)]
    if asked:
        found = _date_in(asked[-1], on)
        if found is not None:
            return found
    return _date_in(folded, on)


def _named_day(name: str, month: int, day: int, on: dt.date) -> dt.date | None:
    """ "mardi 10 février", "Friday Dec 25": the year in which that day is the one named (the
    next one first), None when no year near fits."""
    fits = []
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.strftime("%A").lower() == _DAY_NAMES[name]:
            fits.append(d)
    return min(fits, key=lambda d: (d < on, abs((d - on).days))) if fits else None


def _date_in(folded: str, on: dt.date) -> dt.date | None:
    def make(year: int | None, month: int, day: int) -> dt.date | None:
        # A day without a year is the next one: reps ask about what they plan to do.
        try:
            day_ = dt.date(year or on.year, month, day)
            return day_ if year or day_ >= on else dt.date(on.year + 1, month, day)
        except ValueError:
            return None

    def recent_past(month: int, day: int) -> bool:
        # "je l'ai appelé le 24 novembre… je retente aujourd'hui": a day without a year a few
        # weeks back is something already done, not the day of the action asked about
        try:
            day_ = dt.date(on.year, month, day)
        except ValueError:
            return False
        if day_ > on:
            day_ = day_.replace(year=on.year - 1) if not (month == 2 and day == 29) else day_
        return 0 < (on - day_).days <= _RECENT_DAYS

    m = _ISO.search(folded)
    if m:
        return make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _DAY_MONTH.finditer(folded):
        if m.group(2) in ("may", "mar") and not m.group(3):
            continue
        month, day = _MONTHS[m.group(2)], int(m.group(1))
        if not m.group(3) and recent_past(month, day):
            continue
        named = _WEEKDAY_BEFORE.search(folded[max(0, m.start() - 14) : m.start()])
        if named and not m.group(3):
            found = _named_day(named.group(1), month, day, on)
            if found is not None:
                return found
        return make(int(m.group(3)) if m.group(3) else None, month, day)
    for m in _MONTH_DAY.finditer(folded):
        named = _WEEKDAY_BEFORE.search(folded[max(0, m.start() - 14) : m.start()])
        if m.group(1) in ("may", "mar", "mai", "jun", "dec", "sept") and not named:
            continue  # "may 2", "sept 3": a verb or a number, unless a day name says it is a date
        month, day = _MONTHS[m.group(1)], int(m.group(2))
        if not m.group(3) and recent_past(month, day):
            continue
        if named and not m.group(3):
            found = _named_day(named.group(1), month, day, on)
            if found is None and m.group(1) in ("may", "mar", "mai", "jun", "dec", "sept"):
                continue  # "Friday may 5 people call": a date only where the day name fits it
            return found or make(None, month, day)
        return make(int(m.group(3)) if m.group(3) else None, month, day)
    m = _SLASH.search(folded)
    if m and m.group(3):
        year = int(m.group(3))
        return make(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
    named_day = _weekday_slash(folded, on)
    if named_day is not None:
        return named_day
    holiday = _next_holiday(folded, on)
    if holiday is not None:
        return holiday
    if re.search(r"\bapres-demain\b|\bday after tomorrow\b", folded):
        return on + dt.timedelta(days=2)
    if re.search(r"\bdemain\b|\btomorrow\b", folded):
        return on + dt.timedelta(days=1)
    if re.search(
        r"\baujourd'hui\b|\btoday\b|\btonight\b|\bce soir\b|\bce matin\b|\bcet apres-midi\b|"
        r"\bthis (?:morning|afternoon|evening)\b|\bil est (?:\d{1,2} ?h|midi)|\bright now\b|\btout de suite\b",
        folded,
    ):
        return on  # the day asked about: its weekday and holidays count
    return None


#: A weekday placed relative to this week: "this Thursday", "next Tuesday", "the coming Monday",
#: "ce jeudi", "mardi prochain", "lundi qui vient".
_WEEKDAY_RELATIVE = re.compile(
    rf"\b(?:(this|next|coming|the coming|ce) {_WEEKDAY_RX.pattern}"
    rf"|{_WEEKDAY_RX.pattern} (prochain|qui vient|this week|next week|de cette semaine))"
)


def _relative_weekday(folded: str, on: dt.date) -> dt.date | None:
    """ "this Thursday", "mardi prochain": the next such day after today (today itself for
    "this"/"ce" when it is that day); None when no weekday is placed so."""
    m = _WEEKDAY_RELATIVE.search(folded)
    if m is None:
        return None
    word, name = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
    target = list(_WEEKDAYS.values())[:7].index(_WEEKDAYS[name])
    ahead = (target - on.weekday()) % 7
    if ahead == 0 and word not in ("this", "ce", "qui vient", "this week", "de cette semaine"):
        ahead = 7
    if word == "next week":
        ahead = ahead + 7 if ahead < 7 - on.weekday() else ahead
    return on + dt.timedelta(days=ahead)


def _relative_day(folded: str, on: dt.date) -> dt.date | None:
    """The day named relative to today ("demain", "tomorrow", "today", "this Thursday", "mardi
    prochain"), if any."""
    if re.search(r"\bapres-demain\b|\bday after tomorrow\b", folded):
        return on + dt.timedelta(days=2)
    if re.search(r"\bdemain\b|\btomorrow\b", folded):
        return on + dt.timedelta(days=1)
    if re.search(r"\baujourd'hui\b|\btoday\b|\btonight\b|\bce soir\b", folded):
        return on
    return _relative_weekday(folded, on)


_AGO = re.compile(
    r"(?:il y a|depuis|ca fait|cela fait|voila) (\d{1,2}|un|une|deux|trois|quatre|cinq|six) (ans?|annees?|mois)\b"
    r"|(\d{1,2}|one|two|three|four|five|six) (years?|months?) ago|for (\d{1,2}|one|two|three|four|five|six) "
    r"(years?|months?)"
)


_ACTIVITY = re.compile(
    r"dernier (?:contact|echange)|derniere (?:interaction|reponse|activite)|last (?:contact|interaction|"
    r"reply|heard|activity|click|exchange)|clique|clicked|repondu|replied|responded|answered|ecrit|wrote|achete|bought|"
    r"commande|ordered|inacti\w*|sans nouvelles|no news|heard from|collect\w*|recueilli|inscrit\w*|signed up|"
    r"termine|ended|resilie|expired|cancel\w*|fin (?:de |du )?(?:son |leur )?contrat|"
    r"(?:a|ont|avait) pris fin|came to an end"
)


_NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
}


#: Details entered in our file ("dans le CRM depuis 2020", "added to our database in 2021"): their
#: collection, dated only with a year (never "depuis 4 ans" alone: the _AGO ages keep _ACTIVITY).
_FILED = re.compile(
    r"(?:dans|in|into|au|a|to) (?:le |la |les |notre |nos |the |our )?(?:crm|fichiers?|bases?(?: de donnees)?|"
    r"database|files?|mailing lists?)"
)


#: "a acheté un vélo en mars 2022… depuis, plus aucune nouvelle": a dated last sign of life.
_DATED_ACTIVITY = re.compile(
    rf"(?:{_ACTIVITY.pattern}|{_FILED.pattern})\W+(?:\w+\W+){{0,6}}?(?:en|in|au|d'|of|since|depuis|"
    rf"courant|during|either|soit|entre|between) (?:({_MONTH_NAMES})\.? )?(20\d\d)\b"
)

#: The same, with the date further from the activity in the sentence ("s'est inscrit à notre
#: newsletter sur notre site (case cochée par lui) en 2021"): only to doubt, never to read a date.
_DATED_ACTIVITY_WIDE = re.compile(
    _DATED_ACTIVITY.pattern.replace(r"\W+(?:\w+\W+){0,6}?", r"[^\w.?!]+(?:\w+[^\w.?!]+){0,10}?", 1)
)
assert _DATED_ACTIVITY_WIDE.pattern != _DATED_ACTIVITY.pattern

#: A second month or year given as an alternative or the end of a span right after the first
#: ("either Sept 2023 or Jan 2024", "en mars 2022 ou en juin 2023", "between 2022 and 2023"): the
#: date is known only as the whole span (a hedge between the two is no firmer).
_OTHER_END = re.compile(
    rf"\W*(?:or|ou|and|et|soit|to|-)\W+(?:\w+\W+){{0,2}}?(?:({_MONTH_NAMES})\.? )?(20\d\d)\b"
)


_NOTHING_SINCE = re.compile(
    r"depuis,? (?:plus )?(?:aucune?|rien|plus de)|plus (?:aucune|de) nouvelles?|sans nouvelles|"
    r"rien depuis|(?:no|nothing|not heard)\W+(?:\w+\W+){0,4}?since|since then,? (?:no|nothing|not)|"
    r"never heard (?:back|from)|"
    # "aucun retour de leur part depuis", "pas de réponse depuis": nothing from them since
    r"(?:aucune?|pas de|plus de|jamais de) (?:retour|reponse|nouvelle|contact|signe)s?\W+(?:\w+\W+){0,4}?depuis\b|"
    # opening a mail is no active contact: never a click or a reply since
    r"(?:jamais|never) (?:\w+ )?(?:clique|repondu|clicked|replied|responded|answered)"
)


#: The end of the relationship: the retention period runs from it (CNIL: 3 years).
_ENDED = re.compile(r"termine|ended|resilie|expired|cancel|fin|came to an end")


#: A full past day after an active contact: "a cliqué pour la dernière fois le 15 juin 2022",
#: "last time she clicked anything from us was 15 June 2022", "dernier achat le 3/03/2023".
_DAY_ACTIVITY = re.compile(
    rf"(?:{_ACTIVITY.pattern}|achat|purchase|clic|click|reponse|reply|visite|visit|connexion|login)"
    rf"\W+(?:\w+\W+){{0,8}}?(?:le |on |the |on the )?"
    rf"(?:(\d{{1,2}})(?:er|st|nd|rd|th|e)? ({_MONTH_NAMES})\.?,? (20\d\d)"
    rf"|({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (20\d\d)"
    r"|(20\d\d)-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(20\d\d))\b"
)

#: Words making the contact the last one: "last time", "la dernière fois", "most recent".
_LAST = re.compile(r"\b(?:last|latest|most recent|dernier\w*|derniere\w*|plus recent\w*)\b")


def _day_of(m: re.Match[str]) -> dt.date | None:
    g = m.groups()
    try:
        if g[0]:
            return dt.date(int(g[2]), _MONTHS[g[1]], int(g[0]))
        if g[3]:
            return dt.date(int(g[5]), _MONTHS[g[3]], int(g[4]))
        if g[6]:
            return dt.date(int(g[6]), int(g[7]), int(g[8]))
        return dt.date(int(g[11]), int(g[10]), int(g[9]))
    except (ValueError, KeyError):
        return None


#: The retention period after the last active contact (CNIL, R25/R28).
def straddles_retention(start: dt.date, end: dt.date, on: dt.date) -> bool:
    """The years a prospect's data may be kept (3) run out between the two ends of the period:
    the exact day decides."""
    years = param("keeping/prospect_years", on)
    return add_years(start, years) < on <= add_years(end, years)


def _month_or_year(month: str | None, year: str) -> tuple[dt.date, dt.date]:
    """The first and last days of a month ("sept 2023") or of a year ("2023")."""
    y = int(year)
    last = _MONTHS[month] if month else 12
    start = dt.date(y, last if month else 1, 1)
    return start, dt.date(y + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)


def _period(m: re.Match[str]) -> tuple[dt.date, dt.date]:
    """The first and last days of the month or the year of a `_DATED_ACTIVITY` match, up to the
    end of an alternative said right after it ("either Sept 2023 or Jan 2024")."""
    start, end = _month_or_year(m.group(1), m.group(2))
    other = _OTHER_END.match(m.string, m.end())
    if other:
        other_start, other_end = _month_or_year(other.group(1), other.group(2))
        start, end = min(start, other_start), max(end, other_end)
    return start, end


def dated_activity_may_have_lapsed(folded: str, on: dt.date) -> bool:
    """A collection, sign-up, purchase or other active contact dated earlier than the retention
    period (R25/R28: 3 years from collection or the last active contact), with nothing said of
    what came after ("signed up in 2022", "collecté en janvier 2023"): the data may have to be
    deleted already; only a later click or reply keeps them, so the rules ask the last one."""
    years = param("keeping/prospect_years", on)
    if years is None:
        return False
    for m in _DATED_ACTIVITY_WIDE.finditer(folded):
        start, _ = _period(m)
        if add_years(start, years) < on:
            return True
    for m in _DAY_ACTIVITY.finditer(folded):
        day = _day_of(m)
        if day is not None and add_years(day, years) < on:
            return True
    return False


def last_contact_period_in_doubt(folded: str, on: dt.date) -> bool:
    """The last contact known only by its year or month ("sometime in 2023", "courant 2023"),
    whose two ends fall on both sides of the 3 years: the rules must ask the day."""
    first = next(_final_dated_periods(folded), None)
    return first is not None and straddles_retention(*first, on)


def _final_dated_periods(folded: str) -> Iterator[tuple[dt.date, dt.date]]:
    """The months or years of the last contact said as final ("last bought in 2023", "commande
    en mars 2022 … plus rien depuis"): a dated purchase may have been followed by more, only an
    end, a "last" or nothing since is final."""
    nothing_since = bool(_NOTHING_SINCE.search(folded))
    for m in _DATED_ACTIVITY.finditer(folded):
        last = re.match(r"dernier|derniere|last", m.group(0))
        if nothing_since or last or _ENDED.search(m.group(0)):
            yield _period(m)


def _dated_last_contact(folded: str, on: dt.date) -> dt.date | None:
    nothing_since = bool(_NOTHING_SINCE.search(folded))
    for m in _DAY_ACTIVITY.finditer(folded):
        around = folded[max(0, m.start() - 40) : m.end()]
        if not (nothing_since or _LAST.search(around) or _ENDED.search(m.group(0))):
            continue  # a dated purchase may have been followed by more: only an end or a "last" is final
        day = _day_of(m)
        if day is not None and day < on:
            return day
    for start, end in _final_dated_periods(folded):
        # a year (or a month) is a period: when its two ends fall on both sides of the 3 years
        # (R25/R28) the verdict hangs on the exact day, left unknown so that the rules ask it
        if straddles_retention(start, end, on):
            return None
        if end < on:
            return end  # both ends give the same verdict: the latest day the words allow
    return None


def _last_contact(folded: str, on: dt.date) -> dt.date | None:
    """ "a cliqué il y a 4 ans", "inactive for 5 years": the last sign of life from the person."""
    dated = _dated_last_contact(folded, on)
    if dated is not None:
        return dated
    for m in _AGO.finditer(folded):
        if not _ACTIVITY.search(folded[max(0, m.start() - 90) : m.end() + 40]):
            continue
        number, unit = next(
            (g, u) for g, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if g
        )
        n = _NUMBER_WORDS.get(number) or int(number)
        months = n if unit.startswith(("mois", "month")) else 12 * n
        year, month = divmod(on.month - 1 - months, 12)
        try:
            return on.replace(year=on.year + year, month=month + 1)
        except ValueError:  # the 31st of a shorter month
            return on.replace(year=on.year + year, month=month + 1, day=28)
    return None


#: Number words for an age in months or years ("il y a quatorze mois", "eighteen months ago").
#: Number words up to ten (a count of calls, an age): "sept" is a number here, never September.
NUMBERS_TO_TEN = {
    **_NUMBER_WORDS,
    "sept": 7,
    "seven": 7,
    "huit": 8,
    "eight": 8,
    "neuf": 9,
    "nine": 9,
    "dix": 10,
    "ten": 10,
}
_AGE_NUMBERS = {
    **NUMBERS_TO_TEN,
    "a": 1,
    "an": 1,
    "onze": 11,
    "eleven": 11,
    "douze": 12,
    "twelve": 12,
    "treize": 13,
    "thirteen": 13,
    "quatorze": 14,
    "fourteen": 14,
    "quinze": 15,
    "fifteen": 15,
    "dix-huit": 18,
    "eighteen": 18,
}
_AGE_NUMBER = r"(\d{1,2}|" + "|".join(sorted(_AGE_NUMBERS, key=len, reverse=True)) + r")"
_AGE_UNIT = r"(ans?|annees?|mois|years?|months?)"

#: Words making an age approximate ("à peu près", "about", "presque") or a lower bound ("plus d'",
#: "more than", "au moins"), before the number or after it ("un an environ", "a year or so").
_AGE_MORE = (
    r"(?:un peu |bien |largement )?plus d'|(?:un peu |bien |largement )?plus de|au moins|au bas mot|"
    r"(?:well |a little |a bit |slightly )?(?:over|more than)|at least|upwards of|"
    r"(?:deja )?(?:plus d'|plus de)"
)
_AGE_ABOUT = (
    r"environ|a peu pres|approximativement|grosso modo|dans les|genre|presque|quasiment|pres d'|"
    r"pres de|bientot|(?:un peu )?moins d'|(?:un peu )?moins de|peut-etre|about|around|roughly|"
    r"approximately|some|maybe|perhaps|almost|nearly|close to|not quite|(?:a little |slightly )?"
    r"(?:less than|under)|just under|just over"
)
_AGE_TRAIL = (
    r"(?:,? ?(?:ou plus|ou moins|or more|or less|or so|or two|ou deux|environ|a peu pres|"
    r"peut-etre (?:plus|moins)|maybe (?:more|less)|give or take|plus ou moins|more or less|"
    r"something like that|je crois|i think)\b)"
)

#: The age of the consent said relative to today: "il y a 14 mois", "two years ago", "il y a à
#: peu près un an", "more than a year ago", "about a year ago", "il y a un an ou plus".
_CONSENT_AGE = re.compile(
    rf"(?:il y a|ca fait|cela fait|voila) (?:(?P<q1>{_AGE_MORE}|{_AGE_ABOUT}) ?)?{_AGE_NUMBER} "
    rf"{_AGE_UNIT}(?P<t1> ?{_AGE_TRAIL})?"
    rf"|\b(?:(?P<q2>{_AGE_MORE}|{_AGE_ABOUT}) )?{_AGE_NUMBER} {_AGE_UNIT}(?P<t2> ?{_AGE_TRAIL})? ago"
    rf"(?P<t3> ?{_AGE_TRAIL})?"
)

#: An age near the one-year validity of a phone consent (R17b: 12 months from 2026-08-11), in
#: months: said roughly ("environ un an", "almost a year"), which side of it is unknown.
_NEAR_VALIDITY = (9, 15)

#: A year said without its months ("l'an dernier", "last year"): a consent given then may be a
#: month or almost two years old.
_LAST_YEAR = re.compile(r"\b(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee)|last year)\b")


def _age(m: re.Match[str]) -> tuple[int, str]:
    """The months of an age match and how it is said: 'exact', 'about' or 'more'."""
    number = m.group(2) or m.group(6)
    unit = m.group(3) or m.group(7)
    n = _AGE_NUMBERS.get(number) or int(number)
    months = n if unit.startswith(("mois", "month")) else 12 * n
    qualifier = m.group("q1") or m.group("q2") or ""
    trail = m.group("t1") or m.group("t2") or m.group("t3") or ""
    more = re.fullmatch(_AGE_MORE, qualifier) or re.search(r"plus\b|more\b", trail)
    if more and not re.search(r"moins|less", trail):  # "plus ou moins", "more or less": about
        return months, "more"
    if qualifier or trail:
        return months, "about"
    return months, "exact"


def _months_back(on: dt.date, months: int) -> dt.date:
    year, month = divmod(on.month - 1 - months, 12)
    try:
        return on.replace(year=on.year + year, month=month + 1)
    except ValueError:  # the 31st of a shorter month
        return on.replace(year=on.year + year, month=month + 1, day=28)


def consent_age_in_doubt(folded: str) -> bool:
    """The age of a consent said only roughly near the one-year validity of a phone consent
    ("donné son accord il y a à peu près un an", "consented about a year ago", "opted in last
    year"), in the words after the consent words or before them in their sentence ("il y a
    environ un an, elle a accepté d'être appelée")."""
    for cue in _CONSENT_CUE.finditer(folded):
        tail = re.split(r"[.;!?](?:\s|$)|\n", folded[cue.end() : cue.end() + _CONSENT_DATE_REACH])[
            0
        ]
        head = re.split(r"[.;!?](?:\s|$)|\n", folded[max(0, cue.start() - 60) : cue.start()])[-1]
        for words in (tail, head):
            if _CONSENT_WHEN.search(words):
                continue  # a month or a year said: the date is read, not doubted
            age = _CONSENT_AGE.search(words)
            if age:
                months, how = _age(age)
                if how == "about" and _NEAR_VALIDITY[0] <= months <= _NEAR_VALIDITY[1]:
                    return True
            elif _LAST_YEAR.search(words) and not re.search(rf"\b(?:{_MONTH_NAMES})\b", words):
                return True
    return False


#: The words that give a consent (R17b: a phone consent lapses after a dated number of months).
_CONSENT_CUE = re.compile(
    r"\bconsent\w*|\baccord (?:pour|d'etre|a etre)|\bj'accepte\b|\baccepte d'etre\b|"
    r"\bagreed?\b|\bopt(?:ed)?[- ]?in\b|\ba coche\b|\bavait coche\b|\bticked\b"
)


#: A month (and year), a day, a year or "N months ago" said right after the consent words.
_CONSENT_WHEN = re.compile(
    rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th|e)? )?({_MONTH_NAMES})\.? (20\d\d)\b"
    r"|\b(20\d\d)-(\d{1,2})-(\d{1,2})\b"
    r"|\b(\d{1,2})/(\d{1,2})/(20\d\d)\b"
    r"|\b(?:en|in|since|depuis|de|from|dates? (?:de|from)) (20\d\d)\b"
)


#: Words between the consent and the date: within the sentence, a few words of context
#: ("(case dédiée, notre nom cité) lors d'un salon en septembre 2025").
_CONSENT_DATE_REACH = 110


#: Words making a date a guess: "peut-être en 2025", "je crois que c'était en mars 2024",
#: "probably 2023", "I think it was in 2024".
_HEDGE = (
    r"(?:peut-etre|probablement|sans doute|je crois|je pense|il me semble|me semble-t-il|"
    r"j'ai l'impression|si je me souviens bien|si je me rappelle bien|genre|"
    r"maybe|perhaps|probably|possibly|i think|i believe|i guess|i reckon|if i remember|"
    r"if i recall|might have been|could have been)"
)
_HEDGED_BEFORE = re.compile(rf"\b{_HEDGE}\b[^.?!;]{{0,30}}$")
_HEDGED_DATE = re.compile(rf"\b{_HEDGE}\b[^.?!;]{{0,30}}?\b(?:(?:{_MONTH_NAMES})\.? )?20\d\d\b")


def _guessed(tail: str, m: re.Match[str]) -> bool:
    """The date of ``m`` said as a guess ("peut-être en 2025") or as one of two ("in 2024 or
    2025"): a doubt, never a firm date (which could wrongly keep a consent valid)."""
    return bool(_HEDGED_BEFORE.search(tail[: m.start()]) or _OTHER_END.match(tail, m.end()))


#: A sentence end, not an ellipsis ("via un formulaire... je sais plus quand" goes on).
_SENTENCE_END = re.compile(r"(?<!\.)[.;!?](?!\.)(?:\s|$)|\n")


def consent_tails(folded: str) -> Iterator[str]:
    """The words after each consent cue up to the end of their sentence (an ellipsis does not
    end it): where the rep says when the consent was given, or that they do not know."""
    for cue in _CONSENT_CUE.finditer(folded):
        yield _SENTENCE_END.split(folded[cue.end() : cue.end() + 2 * _CONSENT_DATE_REACH])[0]


def consent_date_guessed(folded: str) -> bool:
    """A consent dated only by a guess or by alternatives ("peut-être en 2025", "I think it was
    in March 2024", "en 2024 ou 2025")."""
    for tail in consent_tails(folded):
        if _HEDGED_DATE.search(tail):
            return True
        m = _CONSENT_WHEN.search(tail)
        if m and _guessed(tail, m):
            return True
    return False


def _consent_date(folded: str, on: dt.date) -> dt.date | None:
    """ "le consentement date de septembre 2025", "consented at a trade show in September 2025".

    The day the consent was given, when a date is tied to the consent words; a month without a
    day is its 1st and a year alone its 1 January: the older reading, so a lapsed consent is
    never read as a valid one. Only a date before the day of the question counts.
    """
    for cue in _CONSENT_CUE.finditer(folded):
        tail = re.split(r"[.;!?](?:\s|$)|\n", folded[cue.end() : cue.end() + _CONSENT_DATE_REACH])[
            0
        ]
        m = _CONSENT_WHEN.search(tail)
        age = _CONSENT_AGE.search(tail)
        if age and (m is None or age.start() < m.start()):
            months, how = _age(age)
            if how == "about" and _NEAR_VALIDITY[0] <= months <= _NEAR_VALIDITY[1]:
                return None  # "il y a à peu près un an": which side of the year, unknown (asked)
            if how == "more":
                # "more than a year ago": older than that many months, whatever the day
                back = _months_back(on, months)
                return min(back.replace(day=1), back - dt.timedelta(days=1))
            return _months_back(on, months).replace(day=1)  # the older reading
        if m is None or _guessed(tail, m):
            continue  # a guessed date is a doubt (doubts.py), never read as the date
        try:
            if m.group(2):
                day = dt.date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1) or 1))
            elif m.group(4):
                day = dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
            elif m.group(7):
                day = dt.date(int(m.group(9)), int(m.group(8)), int(m.group(7)))
            else:
                day = dt.date(int(m.group(10)), 1, 1)
        except ValueError:
            continue
        if day < on:
            return day
    return None


#: The day it is now, stated: "it's Monday, 3pm now", "today is Monday", "on est lundi".
_TODAY_IS = re.compile(
    r"\b(?:it'?s|it is|today is|today'?s|we'?re|we are|on est|nous sommes|aujourd'hui(?: c'est| on est)?) "
    r"(?:now )?(" + "|".join(_WEEKDAYS) + r")\b"
)


#: A shopping event named after a day ("the Black Friday email", "nos offres Cyber Monday"): the
#: name of an event, not the day of the action — unless the action is set on it ("on Black
#: Friday", "le black friday").
_NAMED_DAY = re.compile(
    r"(?<!\bon )(?<!\bthis )(?<!\bnext )(?<!\ble )(?<!\bce )(?<!\bdu )"
    r"\b(?:black|cyber|giving|green) (?:friday|monday|tuesday|vendredi|lundi|mardi)\b"
)


def _weekday(folded: str) -> str | None:
    now = _TODAY_IS.search(folded)
    if now:
        # "she called on Friday… it's Monday now": the day of the action is the present one
        return _WEEKDAYS[now.group(1)]
    folded = _NAMED_DAY.sub(lambda m: " " * len(m.group(0)), folded)
    m = _WEEKDAY_RX.search(folded)
    return _WEEKDAYS[m.group(1)] if m else None
