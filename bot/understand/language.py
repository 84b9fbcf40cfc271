"""Which language a question is in: French, English, or another one we do not handle.

Most Slack questions settle on a fast path (function words and accents, microseconds); lingua
(loaded once, on first need) decides the short or mixed ones and spots other languages.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from bot.understand.text import fold

_FR_WORDS = frozenset(
    [
        "le",
        "les",
        "une",
        "des",
        "du",
        "et",
        "est",
        "je",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "elles",
        "pour",
        "par",
        "avec",
        "sans",
        "pas",
        "ne",
        "qui",
        "quoi",
        "puis",
        "peux",
        "peut",
        "peuvent",
        "dans",
        "sur",
        "au",
        "aux",
        "ce",
        "cet",
        "cette",
        "ces",
        "mon",
        "mes",
        "ses",
        "notre",
        "nos",
        "leur",
        "leurs",
        "ete",
        "si",
        "mais",
        "ou",
        "donc",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "combien",
        "comment",
        "est-ce",
        "avons",
        "avez",
        "sont",
        "etait",
        "faut",
        "doit",
        "dois",
        "j'ai",
        "c'est",
        "n'est",
        "qu'il",
        "d'un",
        "d'une",
        "l'on",
        "lui",
        "leur",
        "envoyer",
        "appeler",
        "particulier",
        "particuliers",
        "clients",
        "entreprise",
        "fichier",
        "courriel",
        "donnees",
        "demande",
        "delai",
        "depuis",
        "quand",
        "aussi",
        "tres",
        "deja",
        "encore",
        "chez",
        # Slack and SMS French: "c koi", "jpeux", "pr", "tjs" (single letters like "c" stay out:
        # "b2c" and "c'est" would count twice)
        "koi",
        "pkoi",
        "pk",
        "ke",
        "kel",
        "kelle",
        "jpeux",
        "jsuis",
        "chui",
        "jdois",
        "jveux",
        "jai",
        "ya",
        "pr",
        "ds",
        "tjs",
        "bcp",
        "stp",
        "svp",
        "ptet",
        "qd",
        "ca",
        "oui",
        "cest",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "an",
        "and",
        "is",
        "are",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "to",
        "for",
        "with",
        "without",
        "not",
        "can",
        "could",
        "should",
        "would",
        "my",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "of",
        "at",
        "do",
        "does",
        "did",
        "have",
        "has",
        "if",
        "or",
        "what",
        "which",
        "when",
        "how",
        "who",
        "it's",
        "don't",
        "can't",
        "isn't",
        "i'm",
        "we're",
        "there",
        "from",
        "about",
        "our",
        "your",
        "his",
        "her",
        "them",
        "him",
        "send",
        "call",
        "email",
        "customer",
        "customers",
        "company",
        "consumer",
        "consumers",
        "business",
        "allowed",
        "need",
        "may",
        "might",
        "will",
    ]
)
_TOKEN = re.compile(r"[a-z][a-z'-]*")
_ACCENTS = re.compile(r"[éèêàùçôîœûë]")

#: The languages lingua weighs (a small set keeps it fast and light).
_LINGUA_LANGUAGES = (
    "FRENCH",
    "ENGLISH",
    "GERMAN",
    "SPANISH",
    "ITALIAN",
    "PORTUGUESE",
    "DUTCH",
    "POLISH",
    "RUSSIAN",
    "ARABIC",
    "CHINESE",
    "JAPANESE",
    "TURKISH",
    "ROMANIAN",
    "SWEDISH",
    "DANISH",
    "KOREAN",
    "VIETNAMESE",
    "UKRAINIAN",
    "CZECH",
    "GREEK",
    "HINDI",
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    with _lock:
        languages = [getattr(Language, name) for name in _LINGUA_LANGUAGES]
        return LanguageDetectorBuilder.from_languages(*languages).build()


def warm_up() -> None:
    """Load lingua's French and English models now (a stream or the chat answers faster)."""
    _detector().compute_language_confidence_values(
        "Bonjour, je peux envoyer un e-mail ? Yes I can."
    )


#: A proper noun inside a sentence: a run of capitalised words not at the start of a sentence
#: ("near La Défense", "chez Société Générale"); "I" is the English pronoun, never a name.
_NAME = re.compile(
    r"(?<=[\w,;:)] )(?:(?!I\b)[A-ZÀ-ÖØ-Þ][\w'’-]*(?: (?:(?:de|du|des|la|le|les) |d'){0,2}(?=[A-ZÀ-ÖØ-Þ]))?)+"
)


def _without_names(text: str) -> str:
    """``text`` without the proper nouns inside its sentences: a French place or company name in
    an English sentence ("lunch near La Défense") says nothing of the sentence's language."""
    return _NAME.sub(" ", text)


def _fast(text: str) -> str | None:
    if re.search(r"[¿¡ñãõßäöü]", text.lower()):
        return None  # Spanish, Portuguese, German…: let lingua tell
    text = _without_names(text)
    tokens = _TOKEN.findall(fold(text))
    fr = sum(t in _FR_WORDS for t in tokens) + 2 * len(_ACCENTS.findall(text.lower()))
    en = sum(t in _EN_WORDS for t in tokens)
    if fr >= 2 and fr >= 2 * en:
        return "fr"
    if en >= 2 and en >= 2 * fr:
        return "en"
    return None


def _script_is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if ord(c) < 0x250)
    return latin / len(letters) > 0.7


def detect(text: str) -> str:
    """'fr', 'en', or the ISO 639-1 code of another language (lower case); 'fr' when unsure."""
    if not text.strip():
        return "fr"
    quick = _fast(text)
    if quick:
        return quick
    try:
        values = _detector().compute_language_confidence_values(text[:500])
    except Exception:  # noqa: BLE001 - detection is a help, never a reason to fail
        return "fr" if _script_is_latin(text) else "other"
    if not values:
        return "fr"
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code in ("fr", "en"):
        return code
    words = len(text.split())
    if not _script_is_latin(text) or (best.value >= 0.5 and words >= 3):
        return code
    # Too short to tell: the closer of French and English (the team writes French by default)
    scores = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    return "en" if scores.get("en", 0) > scores.get("fr", 0) else "fr"


#: Names of languages in English, for the "French and English only" answer.
NAMES = {
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "tr": "Turkish",
    "ro": "Romanian",
    "sv": "Swedish",
    "da": "Danish",
    "ko": "Korean",
    "vi": "Vietnamese",
    "uk": "Ukrainian",
    "cs": "Czech",
    "el": "Greek",
    "hi": "Hindi",
}
