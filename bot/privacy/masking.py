"""Personal data out of text before it is written anywhere: typed placeholders instead.

Found: e-mail addresses, URLs, IBANs, phone numbers (`phonenumbers`, French and international),
other long numbers (social-security, card, account numbers), street addresses and person names
(spaCy's French NER, loaded once on first use, plus a light rule for names after "Mr", "Mme",
"named"…, runs of capitalised words and common first names). Over-masking is accepted: a log line
that reads "<NAME>" where a product name stood is harmless; a real name in the database is not.
"""

from __future__ import annotations

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
    NOT_NAMES,
    OPENERS,
    PARTICLES,
)

log = logging.getLogger(__name__)

PLACEHOLDERS = {
    "email": "<EMAIL>",
    "url": "<URL>",
    "iban": "<IBAN>",
    "phone": "<PHONE>",
    "number": "<NUMBER>",
    "address": "<ADDRESS>",
    "name": "<NAME>",
}
#: When spans of different kinds overlap, the merged span keeps the earliest kind in this order.
_PRIORITY = list(PLACEHOLDERS)
_PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))

DEFAULT_REGION = "FR"
SPACY_MODEL = "fr_core_news_md"


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

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_IBAN = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b", re.IGNORECASE
)
# 9+ digits, possibly grouped: NIR, card, account, SIRET… (a phone the library missed, too).
_LONG_NUMBER = re.compile(r"(?<![\w.,])\+?\d(?:[ .\-/]?\d){8,}(?![\w])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STREET_FR = re.compile(
    r"\b\d{1,4}(?:\s?(?:bis|ter|[A-Za-z]))?,?\s+"
    r"(?i:rue|avenue|av\.|boulevard|bd|place|allée|allee|chemin|impasse|route|quai|cours|square|"
    r"passage|voie|lieu-dit|résidence|residence|cité|cite|hameau|faubourg|rond-point|sentier|"
    r"parvis|promenade|esplanade|villa)\b"
    # then the street's name: up to six words, stopping at punctuation or a linking word
    r"(?:\s+(?!(?:à|a|et|ou|pour|chez|avec|en|dans|sur|est|sont|peut|puis|qui|que|il|elle|on|je|"
    r"nous|vous|in|at|and|or|to|for|is|was)\b)[\w'’.-]+){1,6}"
)
_STREET_EN = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|"
    r"Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Close|Crescent|Gardens|Row|Hill)\b"
)
# French postcode + town ("75002 Paris", "69003 Lyon Cedex").
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*")

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
_SENTENCE_END = re.compile(r"[.!?…:;\n\"«»“”()\[\]]\s*$")


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
    for m in _IBAN.finditer(text):
        compact = re.sub(r"[ -]", "", m.group())
        if 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 10:
            spans.append(Found(m.start(), m.end(), "iban", m.group()))
    return spans


def _phones(text: str) -> list[Found]:
    try:
        matches = list(PhoneNumberMatcher(text, DEFAULT_REGION, leniency=Leniency.POSSIBLE))
    except Exception:
        log.warning("phone matcher failed", exc_info=True)
        return []
    return [Found(m.start, m.end, "phone", m.raw_string) for m in matches]


def _long_numbers(text: str) -> list[Found]:
    spans = []
    for m in _LONG_NUMBER.finditer(text):
        if _ISO_DATE.search(m.group()):
            continue
        digits = re.sub(r"\D", "", m.group())
        kind = "phone" if (m.group().startswith(("+", "0")) and len(digits) <= 15) else "number"
        spans.append(Found(m.start(), m.end(), kind, m.group()))
    return spans


def _addresses(text: str) -> list[Found]:
    spans = _regex_spans(_STREET_FR, text, "address") + _regex_spans(_STREET_EN, text, "address")
    for m in _POSTCODE_TOWN.finditer(text):
        town_words = m.group().split()[1:]
        if not any(w.lower() in ("euros", "eur", "€") for w in town_words):
            spans.append(Found(m.start(), m.end(), "address", m.group()))
    return spans


def _name_like(word: str) -> bool:
    return bool(_TITLE.match(word) or _ALLCAPS.match(word))


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start]
    return not before.strip() or bool(_SENTENCE_END.search(before))


def _rule_names(text: str) -> list[Found]:
    """The light rule: names after a cue, runs of capitalised words, lone common first names."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    spans: list[Found] = []

    def joined(a: int, b: int) -> bool:  # only spaces (or nothing) between words a and b
        return not text[words[a][1] : words[b][0]].strip()

    def name_word(k: int) -> bool:
        return _name_like(words[k][2]) and words[k][2].lower() not in NOT_NAMES

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
        if (len(run) >= 2 and titled) or (
            len(run) == 1 and words[run[0]][2].lower() in FIRST_NAMES
        ):
            add(run[0], run[-1])
    return spans


_nlp_lock = threading.Lock()
_nlp_failed = False


@lru_cache(maxsize=1)
def _load_nlp():
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
    """
    spans = (
        _regex_spans(_EMAIL, text, "email")
        + _urls(text)
        + _ibans(text)
        + _phones(text)
        + _long_numbers(text)
        + _addresses(text)
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
    """``text`` with each piece of personal data replaced by its placeholder (``<EMAIL>``…)."""
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
