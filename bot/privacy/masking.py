"""Personal data out of text before it is written anywhere: typed placeholders instead.

Found: e-mail addresses, URLs, IBANs, phone numbers (`phonenumbers`, French and international),
other long numbers (social-security, card, account numbers), street addresses and person names
(spaCy's French NER, loaded once on first use, plus a light rule for names after "Mr", "Mme",
"named"…, runs of capitalised words and common first names). Over-masking is accepted: a log line
that reads "<NAME>" where a product name stood is harmless; a real name in the database is not.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.privacy.name_words import (
    CUES_ANY_CASE,
    CUES_CASED,
    FIRST_NAMES,
    LOWER_CASE_NOT_SURNAMES,
    NOT_NAMES,
    OPENERS,
    PARTICLES,
    PERSON_VERBS,
)
from bot.privacy.patterns import EMAIL, IBAN, IP, LONG_NUMBER, MAX_MASKED_CHARS, cut
from ingest.torch_import import import_torch

log = logging.getLogger(__name__)

PLACEHOLDERS = {
    "email": "<EMAIL>",
    "url": "<URL>",
    "iban": "<IBAN>",
    "ip": "<IP>",
    "phone": "<PHONE>",
    "number": "<NUMBER>",
    "address": "<ADDRESS>",
    "date": "<DATE>",
    "name": "<NAME>",
}
#: When spans of different kinds overlap, the merged span keeps the earliest kind in this order.
_PRIORITY = list(PLACEHOLDERS)
_PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))

DEFAULT_REGION = "FR"
SPACY_MODEL = "fr_core_news_md"
#: spaCy and the phone library read at most this much of a text (their time grows fast with the
#: length: 40,000 characters take seconds); the regexes and rules read it all.
NER_MAX_CHARS = 500
PHONE_MATCHER_MAX_CHARS = 2_000


@dataclass(frozen=True)
class Found:
    """One piece of personal data in a text: where, what kind, and the original characters."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Masked:
    text: str
    found: tuple[Found, ...]

    @property
    def originals(self) -> list[str]:
        return [f.text for f in self.found]


# -- patterns ------------------------------------------------------------------------------------

_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']+"
    # a bare domain with a path: "linkedin.com/in/jean-dupont", "x.com/laura_b"
    r"|(?<![\w.@/-])[a-z0-9][\w-]*+(?:\.[\w-]++)*?\.[a-z]{2,24}/[^\s<>\"']+",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STREET_TYPE_FR = (
    r"(?i:rue|avenue|boulevard|place|allée|allee|chemin|impasse|route|quai|cours|square|"
    r"passage|voie|lieu-dit|résidence|residence|cité|cite|hameau|faubourg|rond-point|sentier|"
    r"parvis|promenade|esplanade|villa|"
    # the abbreviations of a postal address: "8 r. des Lilas", "3 bd Voltaire", "2 av Foch"
    r"r\.|av\.?|ave\.?|bd\.?|bld\.?|bvd\.?|blvd\.?|pl\.|all\.|imp\.|rte\.?|ch\.|chem\.|"
    r"sq\.|fg\.?|faub\.|qu\.|crs\.?)"
)
# then the street's name: up to six words, stopping at punctuation or a linking word
# (a full stop ends it: "8 r. des Lilas. Puis-je…")
_STREET_NAME = (
    r"(?:\s+(?!(?i:à|a|et|ou|pour|chez|avec|en|dans|sur|est|sont|peut|puis|qui|que|il|elle|on|"
    r"je|nous|vous|in|at|and|or|to|for|is|was)\b)[\w'’-]+){1,6}"
)
_STREET_FR = re.compile(
    rf"(?<![\w.,])\d{{1,4}}(?:\s?(?:bis|ter|[A-Za-z]))?,?\s++{_STREET_TYPE_FR}(?![\w]){_STREET_NAME}"
    # no number: "rue des Lilas", "avenue de la Gare" (a street alone can still point to a home)
    rf"|\b(?i:rue|avenue|boulevard|allée|allee|impasse|chemin)\s+(?i:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"\s*[\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}"
)
_STREET_EN = re.compile(
    r"(?<![\w.,])\d{1,5}[A-Za-z]?,?\s++(?:[A-Za-z][\w'’-]*+\s++){1,3}"
    r"(?:(?i:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?)"
    r"|Way|Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Close|Crescent|Gardens|Row|Hill|Grove|"
    r"Mews|Walk|Parade|Park|Green|Rise|Vale|View|Circle|Cir\.?|Highway|Hwy\.?|Parkway|Pkwy\.?)"
    r"(?![\w])"
)
# Post-office boxes: "BP 45", "CS 70001", "PO Box 1234", "P.O. Box 12".
_PO_BOX = re.compile(
    r"(?<![\w])(?:B\.?P\.?|C\.?S\.?|(?i:P\.?\s?O\.?\s+Box|boîte\s+postale))\s*\d{1,6}(?!\d)"
)
# French postcode + town ("75002 Paris", "69003 Lyon Cedex").
_POSTCODE_TOWN = re.compile(r"(?<![\w.,])\d{5}\s++[A-ZÀ-Þ][\w'’-]++(?:[ -][A-ZÀ-Þ][\w'’-]++)*+")
# UK postcodes ("NW1 6XE", "SW1A 1AA", "EC1A1BB"), Irish Eircodes ("D02 X285").
_POSTCODE_UK = re.compile(
    r"(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[\dW]\s?[A-Z\d]{4})(?![\w])"
)
# US ZIP codes after a state ("NY 10118", "TX 78701-1234") or a cue ("zip 90210", "CP 75011").
_US_STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
]
_ZIP = re.compile(
    rf"(?<![\w])(?:{'|'.join(_US_STATES)}),?\s+(?P<a>\d{{5}}(?:-\d{{4}})?)(?!\d)"
    r"|(?i:zip(?:\s*code)?|post\s*code|postcode|code\s+postal|c\.?p\.?)\s*(?:is|est|:)?\s*"
    r"(?P<b>\d{5}(?:-\d{4})?)(?!\d)"
)

# Dates that may be a birth date: any numeric date of a year before 2011 (a prospecting date is
# recent or ahead), and any date after "né le", "born", "date de naissance", "DOB"…
_NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?P<y>(?:19|20)?\d\d)(?![\w/])"
    r"|(?<![\w/.-])(?P<iy>(?:19|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w])"
)
_MONTHS = (
    r"(?i:janv(?:ier)?|févr(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|"
    r"aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?|dec(?:embre)?|jan(?:uary)?|"
    r"feb(?:ruary)?|march|apr(?:il)?|may|june|july|aug(?:ust)?|september|october|november|"
    r"december)\.?"
)
# "12 mars 1975", "March 12, 1975": a birth date when the year is old enough (see `_dates`).
_WORD_DATE = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+{_MONTHS}\s+(?P<y1>\d{{4}})"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))(?![\w])"
)
_BIRTH_DATE = re.compile(
    r"(?<![\w])(?i:née?s?\s+le|born(?:\s+on)?|date\s+de\s+naissance|date\s+of\s+birth|d\.?o\.?b\.?|"
    r"naissance|birthday|anniversaire)\s*:?\s*"
    rf"(?P<date>\d{{1,2}}(?:er)?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})"
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# Words of a text with their positions; name-like tokens are Titlecase or ALL CAPS.
_WORD = re.compile(r"[\w'’-]+")
# "Dupont", "Marie-Claire", "O'Connor", "McDonald"
_TITLE = re.compile(
    rf"^(?:[{_UPPER}]['’]|Ma?c)?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*$"
)
_ALLCAPS = re.compile(rf"^[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})*$")
_CAPITALISED = re.compile(rf"[{_UPPER}]\w")


# -- detectors -----------------------------------------------------------------------------------


def _regex_spans(pattern: re.Pattern[str], text: str, kind: str) -> list[Found]:
    return [Found(m.start(), m.end(), kind, m.group()) for m in pattern.finditer(text)]


def _urls(text: str) -> list[Found]:
    spans = []
    for m in _URL.finditer(text):
        value = m.group().rstrip(".,;:!?)]»")
        spans.append(Found(m.start(), m.start() + len(value), "url", value))
    return spans


def _ibans(text: str) -> list[Found]:
    spans = []
    for m in IBAN.finditer(text):
        compact = re.sub(r"[ .-]", "", m.group())
        if 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 10:
            spans.append(Found(m.start(), m.end(), "iban", m.group()))
    return spans


def _phones(text: str) -> list[Found]:
    try:
        head = text[:PHONE_MATCHER_MAX_CHARS]
        matches = list(PhoneNumberMatcher(head, DEFAULT_REGION, leniency=Leniency.POSSIBLE))
    except Exception:
        log.warning("phone matcher failed", exc_info=True)
        return []
    return [Found(m.start, m.end, "phone", m.raw_string) for m in matches]


# A North American local number: "555-0143".
_LOCAL_PHONE_US = re.compile(r"(?<![\w.,/-])\d{3}-\d{4}(?![\w/-]|[.,]\d)")


def _long_numbers(text: str) -> list[Found]:
    spans = _regex_spans(_LOCAL_PHONE_US, text, "phone")
    for m in LONG_NUMBER.finditer(text):
        if _ISO_DATE.search(m.group()):
            continue
        digits = re.sub(r"\D", "", m.group())
        phone_like = m.group().startswith(("+", "0", "("))
        kind = "phone" if (phone_like and len(digits) <= 15) else "number"
        spans.append(Found(m.start(), m.end(), kind, m.group()))
    return spans


def _addresses(text: str) -> list[Found]:
    spans = _regex_spans(_STREET_FR, text, "address") + _regex_spans(_STREET_EN, text, "address")
    for m in _POSTCODE_TOWN.finditer(text):
        town_words = m.group().split()[1:]
        if not any(w.lower() in ("euros", "eur", "€") for w in town_words):
            spans.append(Found(m.start(), m.end(), "address", m.group()))
    for m in _ZIP.finditer(text):
        group = "a" if m.group("a") else "b"
        spans.append(Found(m.start(group), m.end(group), "address", m.group(group)))
    return (
        spans + _regex_spans(_POSTCODE_UK, text, "address") + _regex_spans(_PO_BOX, text, "address")
    )


#: Before this year, a full date in a question is more likely a birth date than a call date.
_BIRTH_YEAR_BEFORE = 2011


# "loi du 6 janvier 1978", "décret n° 2022-34 du 17 janvier 2022": the date of a text of law.
_LEGAL_TEXT_BEFORE = re.compile(
    r"(?i:loi|décret|decret|ordonnance|règlement|reglement|directive|arrêté|arrete|"
    r"délibération|deliberation|arrêt|arret|law|act|regulation|decree|ruling)"
    r"(?:\s+n[°o]\.?\s*[\w./-]+)?\s+(?:du|of|dated|de)\s+$"
)


def _law_date(text: str, start: int) -> bool:
    return bool(_LEGAL_TEXT_BEFORE.search(text[max(0, start - 40) : start]))


def _dates(text: str) -> list[Found]:
    spans = []
    for m in _NUMERIC_DATE.finditer(text):
        year = m.group("y") or m.group("iy")
        if len(year) == 2:
            year = ("19" if int(year) > 30 else "20") + year
        if int(year) < _BIRTH_YEAR_BEFORE and not _law_date(text, m.start()):
            spans.append(Found(m.start(), m.end(), "date", m.group()))
    for m in _WORD_DATE.finditer(text):
        year = int(m.group("y1") or m.group("y2"))
        if year < _BIRTH_YEAR_BEFORE and not _law_date(text, m.start()):
            spans.append(Found(m.start(), m.end(), "date", m.group()))
    for m in _BIRTH_DATE.finditer(text):
        spans.append(Found(m.start("date"), m.end("date"), "date", m.group("date")))
    return spans


def _name_like(word: str) -> bool:
    return bool(_TITLE.match(word) or _ALLCAPS.match(word))


_SENTENCE_END_CHARS = frozenset('.!?…:;\n"«»“”()[]')


def _at_sentence_start(text: str, start: int) -> bool:
    """Only the spaces just before ``start`` are read (not the whole text before it)."""
    i = start - 1
    while i >= 0 and text[i].isspace() and text[i] != "\n":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END_CHARS


def _rule_names(text: str) -> list[Found]:
    """The light rule: names after a cue, runs of capitalised words, lone common first names."""
    words = [_without_possessive(m.start(), m.group()) for m in _WORD.finditer(text)]
    spans: list[Found] = []

    def joined(a: int, b: int) -> bool:  # only spaces (or nothing) between words a and b
        return not text[words[a][1] : words[b][0]].strip()

    def name_word(k: int) -> bool:
        return _name_like(words[k][2]) and words[k][2].lower() not in NOT_NAMES

    def _lone_surname(k: int) -> bool:
        """A lone Titlecase word that no list knows: a name mid-sentence ("route it to Chen"),
        or at the start before a verb a person does ("Rousseau veut…", "O'Brien is out")."""
        word = words[k][2]
        if not _TITLE.match(word) or len(word) < 3 or word.lower() in OPENERS:
            return False
        return not _at_sentence_start(text, words[k][0]) or _before_person_verb(k)

    def _before_person_verb(k: int) -> bool:
        return k + 1 < len(words) and joined(k, k + 1) and words[k + 1][2].lower() in PERSON_VERBS

    def add(first: int, last: int) -> None:
        s, e = words[first][0], words[last][1]
        spans.append(Found(s, e, "name", text[s:e]))

    # 1. a cue ("Mr", "Mme", "named"…) then up to three name words.
    for i, (_, end, word) in enumerate(words):
        dotted = word + "." if text[end : end + 1] == "." else word
        if not (word in CUES_CASED or dotted in CUES_CASED or word.lower() in CUES_ANY_CASE):
            continue
        j, last = i + 1, None
        while (
            j < len(words)
            and j <= i + 4
            and (text[words[j - 1][1] : words[j][0]].strip() in ("", "."))
        ):
            if name_word(j):
                last = j
            elif not (last is not None and words[j][2].lower() in PARTICLES):
                break
            j += 1
        if last is not None:
            add(i + 1, last)

    # 2. runs of name-like words, particles allowed inside, broken by punctuation.
    i = 0
    while i < len(words):
        if not name_word(i):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(words) and joined(j - 1, j):
            if name_word(j):
                run.append(j)
            else:
                # "de", "de la", "van der" between two name words
                k = j
                while k < len(words) and k < j + 2 and words[k][2].lower() in PARTICLES:
                    k += 1
                if k == j or k >= len(words) or not name_word(k) or not joined(k - 1, k):
                    break
                j = k
                continue
            j += 1
        i = j
        if _at_sentence_start(text, words[run[0]][0]) and words[run[0]][2].lower() in OPENERS:
            run = run[1:]
        if not run:
            continue
        titled = any(_TITLE.match(words[k][2]) for k in run)
        first_named = any(words[k][2].lower() in FIRST_NAMES for k in run)
        if len(run) >= 2 and (titled or first_named):
            add(run[0], run[-1])
        elif len(run) == 1 and (first_named or _lone_surname(run[0])):
            add(run[0], run[0])
        elif len(run) >= 2 and _before_person_verb(run[-1]):  # "GÉRALDINE BOUCHER a rappelé"
            add(run[0], run[-1])

    # 3. names typed in lower case: a first name ("jean-pierre", "marie") and the word after it.
    for i, (_, _, word) in enumerate(words):
        if not _first_name_like(word.lower()):
            continue
        last = i
        nxt = i + 1
        if nxt < len(words) and joined(i, nxt) and _surname_like(words[nxt][2]):
            last = nxt
        if last > i or "-" in word:
            add(i, last)
    return spans


_ELISION = re.compile(r"^(?:[dDlLnNjJsScCmMtT]|[qQ]u)['’](?=\w\w)")


def _without_possessive(start: int, word: str) -> tuple[int, int, str]:
    """``Sarah's`` -> ``Sarah``, ``d'Anne`` -> ``Anne``: the name without the English possessive
    or the French elided article or preposition in front of it."""
    if len(word) > 3 and word[-2:] in ("'s", "’s"):
        word = word[:-2]
    if elided := _ELISION.match(word):
        start += elided.end()
        word = word[elided.end() :]
    return start, start + len(word), word


def _first_name_like(word: str) -> bool:
    parts = word.split("-")
    return all(p in FIRST_NAMES for p in parts) and not (
        len(parts) == 1 and word in LOWER_CASE_NOT_SURNAMES
    )


def _surname_like(word: str) -> bool:
    low = word.lower()
    return (
        len(low) >= 2
        and low.isalpha()
        and low not in OPENERS
        and low not in NOT_NAMES
        and low not in LOWER_CASE_NOT_SURNAMES
    )


_nlp_lock = threading.Lock()
_nlp_failed = False


@lru_cache(maxsize=1)
def _load_nlp():
    # spaCy imports torch: not at the same time as the embedder's thread (it runs without torch)
    with contextlib.suppress(ImportError):
        import_torch()
    import spacy

    return spacy.load(
        SPACY_MODEL,
        exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"],
    )


def get_nlp():
    """The French NER pipeline, loaded once per process (~5 s); None if it is not installed."""
    global _nlp_failed
    if _nlp_failed:
        return None
    with _nlp_lock:
        try:
            return _load_nlp()
        except (OSError, ImportError, ValueError):  # model package missing or broken
            _nlp_failed = True
            log.warning("spaCy model %s unavailable; names found by rules only", SPACY_MODEL)
            return None


def _ner_names(text: str) -> list[Found]:
    text = text[:NER_MAX_CHARS]
    if not _CAPITALISED.search(text, 1):
        return []  # the model only finds capitalised names: spare the 5 s load for such text
    nlp = get_nlp()
    if nlp is None:
        return []
    spans = []
    for ent in nlp(text).ents:
        if ent.label_ != "PER":
            continue
        words = [w.lower().strip(".") for w in ent.text.split()]
        if all(w in NOT_NAMES or w in OPENERS or not w for w in words):
            continue
        if _PLACEHOLDER_RE.search(ent.text):
            continue
        spans.append(Found(ent.start_char, ent.end_char, "name", ent.text))
    return spans


def _literal_spans(text: str, values: Iterable[str], kind: str) -> list[Found]:
    spans = []
    for value in {v.strip() for v in values if v and len(v.strip()) >= 2}:
        for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE):
            spans.append(Found(m.start(), m.end(), kind, m.group()))
    return spans


# -- public API ----------------------------------------------------------------------------------


def find_personal_data(
    text: str, *, names: bool = True, ner: bool = True, also: Iterable[str] = ()
) -> list[Found]:
    """Every piece of personal data in ``text``, overlapping finds merged, in text order.

    ``also``: strings known to be personal (e.g. found in the question) to find here too.
    The caller caps the length (`mask` reads `MAX_MASKED_CHARS` at most).
    """
    spans = (
        _regex_spans(EMAIL, text, "email")
        + _urls(text)
        + _ibans(text)
        + _regex_spans(IP, text, "ip")
        + _phones(text)
        + _long_numbers(text)
        + _addresses(text)
        + _dates(text)
        + _literal_spans(text, also, "name")
    )
    if names:
        spans += _rule_names(text)
        if ner:
            spans += _ner_names(text)
    return _merge(text, spans)


def _merge(text: str, spans: list[Found]) -> list[Found]:
    merged: list[Found] = []
    for span in sorted(spans, key=lambda f: (f.start, -f.end)):
        if span.end <= span.start:
            continue
        if merged and span.start < merged[-1].end:
            prev = merged[-1]
            kind = min(prev.kind, span.kind, key=_PRIORITY.index)
            end = max(prev.end, span.end)
            merged[-1] = Found(prev.start, end, kind, text[prev.start : end])
        else:
            merged.append(span)
    return merged


def mask(text: str, *, names: bool = True, ner: bool = True, also: Iterable[str] = ()) -> Masked:
    """``text`` with each piece of personal data replaced by its placeholder (``<EMAIL>``…).

    Past `MAX_MASKED_CHARS` the text is cut, never scanned: what is not read is not kept."""
    text = cut(text, MAX_MASKED_CHARS)
    found = find_personal_data(text, names=names, ner=ner, also=also)
    out, cursor = [], 0
    for f in found:
        out.append(text[cursor : f.start])
        out.append(PLACEHOLDERS[f.kind])
        cursor = f.end
    out.append(text[cursor:])
    return Masked("".join(out), tuple(found))


def mask_text(text: str, **kwargs: object) -> str:
    return mask(text, **kwargs).text  # type: ignore[arg-type]


def contact_placeholder(contact: str) -> str:
    """The placeholder that stands for a contact in stored facts: its kind, never its value."""
    return PLACEHOLDERS["email"] if "@" in contact else PLACEHOLDERS["phone"]


def is_placeholder(value: object) -> bool:
    return isinstance(value, str) and value in PLACEHOLDERS.values()


def looks_like_phone(text: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(text, DEFAULT_REGION))
    except phonenumbers.NumberParseException:
        return False
