"""Calls: a call asked for by the person (callback) and the calls made in the last 30 days."""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.lexicon import words
from bot.understand.readers.dates import _MONTH_NAMES, _MONTHS, NUMBERS_TO_TEN, _date

_CALLBACK = words("calls", "callback")


#: Someone on our side asking for the calls: that is canvassing, not a call-back request.
_BOSS_WANTS = re.compile(
    r"(?:manager|managers|boss|chef|cheffe|patron|patronne|direction|directeur|directrice|responsable|"
    r"n\+1|hierarchie|superieur|head of sales|sales lead|team lead|ceo|pdg|dg)\b(?: \w+){0,3}? "
    r"(?:veut|veulent|voudrait|demande|souhaite|exige|insiste|wants?|asks?|asked|would like|insists?)"
)


#: What keeps a call-back request from being this person's plain statement, in the words just
#: before it in its sentence: a condition ("if he asked to be phoned"), a yes/no question about it
#: ("did Mr Lemoine ask for a callback?"), someone else asking ("his neighbour asked to be rung").
_CALLBACK_IF = re.compile(
    r"\b(?:if|whether|in case|unless|assuming|supposing|suppose|si|s'il|s'ils|au cas ou|a supposer)\b"
)
_CALLBACK_ASKED = re.compile(
    r"^\W*(?:did|does|do|has|have|had|is|was|were|est-ce qu|(?:a|ont|avait)-t-(?:il|elle|ils|elles))\b"
)
_CALLBACK_OTHER = re.compile(
    r"\b(?:his|her|their|son|sa|ses|leur|the|la|le|sa|[a-z]+'s) (?:wife|husband|partner|neighbou?r|son|"
    r"daughter|mother|father|mum|mom|dad|brother|sister|friend|colleague|assistant|secretary|"
    r"femme|mari|conjoint\w*|voisin\w*|fils|fille|mere|pere|frere|soeur|ami\w*|collegue|"
    r"assistante?|secretaire)\b"
    # a client company of ours ("le client B voudrait qu'on les appelle"): our side, not the person
    # ("le client a demandé": 'a' the verb, a letter only before a pause as in other_company.yaml)
    r"|\b(?:clients?|customers?) (?:[b-h]\b(?![-'])|a(?=\s*[,.;:)(]|\s+(?:et|and|ou|or|qui|who)\b|$))"
    r"|\b(?:donneurs? d'ordres?|annonceurs?|commanditaires?|"
    r"client compan(?:y|ies)|(?:un|une|l') autres? client\w*|another client)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
#: Other people named as whom to call, right after the verb: "il veut qu'on appelle des
#: particuliers de sa base", "wants us to call their leads" — a client ordering a campaign.
_CALLS_OTHERS = re.compile(
    r"\w*\s+(?:des|nos|ses|leurs|ces|tous|toutes|d'autres|their|our|these|those|all|other|"
    r"les(?! (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|apres-midi|week)))\b"
)


def callback_stated(folded: str) -> bool:
    """Some call-back request is a plain statement: not under a condition, in a question asked
    about it, or made by someone else than the person."""
    for m in _CALLBACK.finditer(folded):
        lo = max((b.end() for b in _SENTENCE_BREAK.finditer(folded, 0, m.start())), default=0)
        stop = _SENTENCE_BREAK.search(folded, m.end())
        before = folded[lo : m.start()]
        if _CALLBACK_IF.search(before) or _CALLBACK_OTHER.search(before):
            continue
        if _CALLS_OTHERS.match(folded, m.end()):
            continue  # "veut qu'on appelle des particuliers": others to call, not a call back
        if stop and stop.group(0) == "?" and _CALLBACK_ASKED.match(before):
            continue
        return True
    return False


#: Numbers written as words, as the dates reader reads them, plus "once"/"twice" and up to ten.
_COUNT_WORDS = {**NUMBERS_TO_TEN, "once": 1, "twice": 2}


_ORDINALS = {
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "fourth": 4,
    "cinquieme": 5,
    "fifth": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "seventh": 7,
    "huitieme": 8,
    "eighth": 8,
    "neuvieme": 9,
    "ninth": 9,
    "dixieme": 10,
    "tenth": 10,
}


_NUM = r"(\d{1,2}|" + "|".join(_COUNT_WORDS) + ")"


_CALL_WORD = (
    r"(?:appel\w*|rappel\w*|call\w*|phon\w*|rang|rung|ring\w*|tried|try|essaye\w*|tente\w*|joint|"
    r"joindre|reach\w*|dial\w*|contact\w*|relanc\w*)"
)


#: "déjà appelé 4 fois", "called him 4 times", "3 appels sans réponse", "twice"; the number
#: first, then who calls: "ça fait 4 fois qu'on l'appelle", "3 times we've rung her" (not "qu'il
#: nous appelle": calls from the person).
_CALLS_MADE = re.compile(
    rf"{_CALL_WORD}\W+(?:\w+\W+){{0,5}}?{_NUM} (?:fois|times)\b"
    rf"|{_CALL_WORD}\W+(?:\w+\W+){{0,4}}?(twice|once)\b"
    rf"|\b{_NUM} (?:appels?|calls?|tentatives?(?: d'appel)?|(?:call )?attempts?|coups? de (?:fil|telephone))\b"
    rf"|\b{_NUM} (?:fois|times) (?:qu'on|que l'on|que nous|que je|que j'|(?:that )?(?:we|i)(?:'ve| have)?) "
    rf"(?:\w+\W+){{0,2}}?{_CALL_WORD}"
)


#: "une 5e fois", "a 5th time", "for the fifth time", "5ème appel": the calls before it were made.
_NTH_CALL = re.compile(
    r"\b(\d{1,2})(?:e|eme|ieme|er|th|rd|nd|st) (?:fois|time|appel|call|tentative|attempt|essai|try)\b"
    r"|\b(" + "|".join(_ORDINALS) + r") (?:fois|time|appel|call|tentative|attempt|essai|try)\b"
)


#: A stated window longer than 30 days: the count says nothing about the last 30 days.
_LONG_WINDOW = re.compile(
    r"(?:en|dans|over|in|within|sur|depuis|during|since|for) (?:les |the )?(?:derniers? |last |past )?"
    r"(?:(?:3[1-9]|[4-9]\d|\d{3}) (?:jours|days)|(?:[5-9]|\d{2}) (?:semaines|weeks)|"
    r"(?:[2-9]|\d{2}|deux|trois|quatre|six|two|three|four|six) (?:mois|months)|"
    r"(?:un |une |one |a |l')?(?:an|ans|annee|year|years))\b"
    r"|(?:last|l'an|l'annee) (?:year|dernier|derniere|passe)|(?:il y a|ago) .{0,10}(?:mois|months|ans|years)"
)


#: "appelé le 3, le 10, le 17 et le 24", "called on the 2nd, 9th and 16th": one call per day listed.
#: "on 3 Nov, 9 Nov and 16 Nov": each day may carry its month.
_ITEM_MONTH = (
    r"(?: (?:janv\w*|fev\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept?\w*|oct\w*|nov\w*|dec\w*|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*)\b\.?)?"
)


#: A day, never an hour: "10 August, 11:00-12:30" lists one day and a time, "le 3, le 10h" no two.
_DAY_ITEM = (
    rf"(?:le |the |on the |on )?\d{{1,2}}(?![\d:h]|\.\d|\s?(?:am|pm|h\b|heures?\b|hours?\b))"
    rf"(?:er|st|nd|rd|th|e)?{_ITEM_MONTH}"
)


#: "between 10 and 12", "entre 10 et 12": a range (of hours, or of days), never a list of calls.
_DATED_CALLS = re.compile(
    rf"{_CALL_WORD}\W+(?:\w+\W+){{0,12}}?(?<!between )(?<!entre )({_DAY_ITEM}(?:(?:, | et | and |, and | & ){_DAY_ITEM})+)\b"
)


#: A call already made, in a past form that folding keeps apart from the present ("appelé" is not
#: "appelle"; "relancé", "contacté", "tenté" fold like their present and are left out).
_CALL_DONE = r"\b(?:r?appele(?:e|s|es)?|called|phoned|rang|rung)\b"


#: The days of calls already made ("appelé le 3 août", "called on 2 Oct and 9 Oct"): events, never
#: the day of the action asked about.
_PAST_CALL_DAYS = re.compile(
    rf"{_CALL_DONE}\W+(?:\w+\W+){{0,4}}?{_DAY_ITEM}(?:(?:, | et | and |, and | & ){_DAY_ITEM})*"
)


#: A log of calls made, each day written as day/month and followed by its outcome ("called 3/11 no
#: answer, 10/11 no answer, 17/11 voicemail", "appelé le 2/10 répondeur, le 9/10 pas de réponse"):
#: one call per day listed.
_SLASH_DAY = r"(?:le |on )?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b(?: (?!et\b|and\b)[a-z']+){0,3}"
_SLASH_CALLS = re.compile(
    rf"{_CALL_DONE}\W+(?:\w+\W+){{0,3}}?({_SLASH_DAY}(?:(?:, | et | and |, and | & ){_SLASH_DAY})+)"
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")


def _slash_calls_in_window(listed: str, action_day: dt.date | None) -> int:
    """How many days of a day/month call log fall within the 30 days before the action."""
    days = ((int(m.group(1)), int(m.group(2))) for m in _SLASH_DATE.finditer(listed))
    return sum(action_day is None or _within_window(day, month, action_day) for day, month in days)


def without_calls_made(folded: str) -> str:
    """The text without the days of the calls already made, to read the day of the action."""
    folded = _SLASH_CALLS.sub(" ", folded)
    return _PAST_CALL_DAYS.sub(" ", _DATED_CALLS.sub(" ", folded))


#: One day of a list of dated calls, with its month when said ("le 12 octobre", "le 6", "9 Nov").
_DAY_OF_LIST = re.compile(
    r"(\d{1,2})(?:er|st|nd|rd|th|e)?" + _ITEM_MONTH.replace("(?: ", "(?P<month> ", 1)
)

#: D.223-9: at most 4 calls "sur une période de trente jours" (a sliding window before the call).
_WINDOW_DAYS = 30


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    return next(
        (n for name, n in _MONTHS.items() if len(word) >= 3 and name.startswith(word)), None
    )


def _calls_in_window(listed: str, on: dt.date | None, action_day: dt.date | None) -> int:
    """How many of the listed days fall within the 30 days before the action: "le 12 octobre, le
    20 octobre, le 6 novembre et le 20 novembre", asked on 30 November, is 2 calls. A day without
    its month takes the month said after it ("le 3, le 10 et le 17 novembre"); a list with no
    month at all is counted whole (the rep lists this month's calls)."""
    items = [
        (int(m.group(1)), (m.group("month") or "").strip()) for m in _DAY_OF_LIST.finditer(listed)
    ]
    if on is None or action_day is None or not any(month for _, month in items):
        return len(items)
    count, month = 0, None
    for day, said in reversed(items):
        month = _month(said) if said else month
        if month is None:
            count += 1  # no month after it: counted, as an undated call
            continue
        count += _within_window(day, month, action_day)
    return count


def _within_window(day: int, month: int, action_day: dt.date) -> bool:
    """Whether a call made on day/month falls in the 30 days before the action."""
    try:
        called = dt.date(action_day.year, month, day)
    except ValueError:
        return True  # no such day: counted, the stricter reading
    if (called - action_day).days > _WINDOW_DAYS:
        # well after the action: last year's ("le 20 décembre" asked in November)
        called = called.replace(year=called.year - 1, day=min(day, 28) if month == 2 else day)
    # 30 days back at most, or a little after the action day (the dates read are off): counted,
    # on the edge the stricter reading (never a wrong allowed)
    return (action_day - called).days <= _WINDOW_DAYS


#: A month name right before a number: the number is the day of a date ("Dec 25 call…").
_DAY_OF_DATE = re.compile(rf"\b(?:{_MONTH_NAMES})\.? $")


#: The day the counted calls started from: "4 fois depuis le 10 nov", "since 2 October".
_SINCE_DAY = re.compile(
    rf"\b(?:depuis|since) (?:le |the )?(?:(\d{{1,2}})(?:er|st|nd|rd|th|e)? ({_MONTH_NAMES})"
    rf"|({_MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?)\b"
)


def _since_before_window(folded: str, action_day: dt.date) -> bool:
    """Calls counted since a day more than 30 days before the action ("4 fois depuis le 1er
    septembre", asked in December): how many fall in the last 30 days is not said."""
    for m in _SINCE_DAY.finditer(folded):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        number = _month(month)
        if number is not None and not _within_window(int(day), number, action_day):
            return True
    return False


def _calls_30d(folded: str, on: dt.date | None = None) -> int | None:
    """Calls already made to the person, when they fall in the last 30 days (or no window is
    said: the rep asks about the next call now). With ``on`` (the day the question is asked),
    dated calls count only within the 30 days before the day of the action."""
    count: int | None = None
    # the day of the action, read without the days the calls were made
    action_day = (_date(without_calls_made(folded), on) or on) if on is not None else None
    for m in _DATED_CALLS.finditer(folded):
        count = max(count or 0, _calls_in_window(m.group(1), on, action_day))
    for m in _SLASH_CALLS.finditer(folded):
        count = max(count or 0, _slash_calls_in_window(m.group(1), action_day))
    m = _NTH_CALL.search(folded)
    if m:
        nth = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2)]
        count = max(0, nth - 1)
    for m in _CALLS_MADE.finditer(folded):
        if re.search(
            r"(?:\bm'|\bnous |\bme |\bus )(?:a |ont |has |have |had )?(?:deja )?$",
            folded[max(0, m.start() - 12) : m.start()],
        ):
            continue  # "il m'a appelé 3 fois": calls from the person, not ours
        if _DAY_OF_DATE.search(folded[max(0, m.start() - 12) : m.start()]):
            continue  # "Friday Dec 25 call consumers…": the day of a date, no count of calls
        word = next(g for g in m.groups() if g)
        n = int(word) if word.isdigit() else _COUNT_WORDS[word]
        count = max(count or 0, n)
    if count is None and _first_call(folded):
        return 0  # "premier appel", "never called her before": no call made yet
    if count is None or _LONG_WINDOW.search(folded):
        return None
    if count and action_day is not None and _since_before_window(folded, action_day):
        return None
    return count


_FIRST_CALL = words("calls", "first_call")
#: What keeps "premier appel" from saying none was made: a negation ("pas le premier appel",
#: "not our first call"), a question about it, or a count of the day ("first call of the day").
_FIRST_NOT = re.compile(
    r"(?:\b(?:pas|plus|not|isn't|wasn't|n'est|n'etait|no longer|never)\W+(?:\w+\W+){0,2}?"
    r"|\b(?:si|if|whether|was it|is it|is this|est-ce)\W+(?:\w+\W+){0,3}?)$"
)
_FIRST_OF = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:depuis|since|of the|de la|du|today|this|ce|cette|aujourd'hui|ce matin)\b"
    # the first call told as past ("the first call went to voicemail", "le premier appel a eu
    # lieu le 3"): others may have followed
    r"|^\W*(?:\w+\W+){0,2}?(?:was|went|wasn't|did|didn't|got|had|lasted|ended|etait|s'est|n'a|"
    r"(?:a|avait) (?:eu|ete|abouti|fini|sonne|dure|echoue|donne)|est (?:tombe|reste|parti)|date)\b"
)


def _first_call(folded: str) -> bool:
    """No call made yet, said plainly: "premier appel", "first time we call her", "on ne l'a
    jamais appelée". A 0 leads towards allowed: never read under a negation, an "if", a question
    on it, nor "first call since June" (calls before) or "of the day" (others that day)."""
    for m in _FIRST_CALL.finditer(folded):
        lo = max((b.end() for b in _SENTENCE_BREAK.finditer(folded, 0, m.start())), default=0)
        if _FIRST_NOT.search(folded[max(lo, m.start() - 40) : m.start()]):
            continue
        if _FIRST_OF.match(folded[m.end() : m.end() + 30]):
            continue
        return True
    return False


_VAGUE_TIMES = words("calls", "vague_times")
_VAGUE_CALLS = words("calls", "vague_calls")
_COUNT_UNKNOWN = words("calls", "count_unknown")

#: A call already made: a past form ("appelé", "called", "rang"), or any call word after "déjà",
#: "already" ("déjà relancé", "already tried").
_MADE = re.compile(
    rf"{_CALL_DONE}|\b(?:tried|reached|contacted|dialled|dialed|attempted|chased)\b"
    rf"|\b(?:deja|already)\W+(?:\w+\W+){{0,2}}?{_CALL_WORD}"
    # the French past with its auxiliary ("l'a relancé", "ont tenté"): folding makes the
    # participle look like the present
    r"|\b(?:ai|as|a|avons|avez|ont|avais|avait|avions|avaient) (?:deja )?"
    r"(?:r?appele|relance|recontacte|contacte|essaye|tente|joint|telephone)\w*"
)

#: Said before a number of calls, the calls are made ("on a déjà passé plusieurs appels", "after
#: several calls", "he's had a few calls"); said after ("plusieurs appels sans réponse").
_MADE_BEFORE = re.compile(
    r"\b(?:deja|already|after|apres|made|passe|had|eu|fait|left|laisse|received|recu|got|gave)\W+"
    r"(?:\w+\W+){0,3}?$"
)
_MADE_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:sans (?:reponse|succes)|unanswered|no answer|without (?:an )?answer|"
    r"went to voicemail|(?:sur|au) (?:le )?repondeur|restes? sans|deja|already|so far|jusqu'ici)"
)

#: From the person to us ("il m'a appelé plusieurs fois", "she called us a few times").
_FROM_PERSON = re.compile(r"(?:\bm'|\bnous |\bme |\bus )(?:a |ont |has |have |had )?(?:deja )?$")


def calls_made_uncounted(folded: str) -> bool:
    """Calls already made to the person, in a number not said ("je l'ai déjà appelé plusieurs
    fois", "called her a few times", "several unanswered calls", "appelé ce mois-ci, je sais plus
    combien de fois"): how many fall in the last 30 days is unknown — to be asked, not read as 0.
    A count over a stated longer window says nothing of the last 30 days."""
    if _LONG_WINDOW.search(folded):
        return False
    for sentence in re.split(r"[.!?;\n]+", folded):
        for made in _MADE.finditer(sentence):
            if _FROM_PERSON.search(sentence[max(0, made.start() - 12) : made.start()]):
                continue  # "il m'a appelé plusieurs fois": calls from the person, not ours
            after = sentence[made.end() : made.end() + 60]
            if re.match(r" (?:us|me|nous)\b", after):
                continue  # "she called us a few times": the same, said after the verb
            vague = _VAGUE_TIMES.search(after)
            if vague and not re.search(r"[,:]", after[: vague.start()]):
                return True
            if _COUNT_UNKNOWN.search(sentence):
                return True
        for m in _VAGUE_CALLS.finditer(sentence):
            if _MADE_BEFORE.search(sentence[: m.start()]) or _MADE_AFTER.match(sentence[m.end() :]):
                return True
    return False
