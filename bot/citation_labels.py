"""How a citation says what it is, in the rep's language: our note on an official text, the
official text itself (fetched by `gardefou sources fetch`), or a published article.

One place for the words, so that the terminal, the JSON and Slack label a citation the same way.
Pure: no I/O.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.answer import Citation, CitationKind

#: Put before the title: a note is never shown as if it were the text it summarises.
TITLE_PREFIX: dict[str, dict[CitationKind, str]] = {
    "fr": {
        "note": "Fiche Gardefou — ",
        "official": "Texte officiel — ",
        "article": "Article publié — ",
    },
    "en": {
        "note": "Gardefou note — ",
        "official": "Official text — ",
        "article": "Published article — ",
    },
}

#: What the link leads to. A note's link is the official text it summarises, named as such.
_LINK = {
    "fr": {
        "note": "texte officiel résumé ({site})",
        "official": "texte officiel ({site})",
        "article": "l'article en ligne ({site})",
    },
    "en": {
        "note": "official text summarised ({site})",
        "official": "official text ({site})",
        "article": "the article online ({site})",
    },
}

_SITES = {
    "legifrance.gouv.fr": "Légifrance",
    "eur-lex.europa.eu": "EUR-Lex",
    "cnil.fr": "cnil.fr",
    "curia.europa.eu": "Curia",
}

AUTHORITY_WORDS = {
    "fr": {"law": "Loi", "cnil": "CNIL", "internal": "Interne", "article": "Article"},
    "en": {"law": "Law", "cnil": "CNIL", "internal": "Internal", "article": "Article"},
}


def _lang(lang: str | None) -> str:
    return "en" if lang == "en" else "fr"


def site_name(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return next((name for domain, name in _SITES.items() if host.endswith(domain)), host)


def titled(citation: Citation, lang: str) -> Citation:
    """The citation with its kind in front of its title (idempotent)."""
    if any(citation.title.startswith(p) for t in TITLE_PREFIX.values() for p in t.values()):
        return citation
    prefix = TITLE_PREFIX[_lang(lang)][citation.kind]
    return citation.model_copy(update={"title": prefix + citation.title})


#: An internal guide does not summarise one official text: its link is the text it rests on.
_INTERNAL_LINK = {"fr": "texte officiel de référence ({site})", "en": "official reference ({site})"}


def link_label(citation: Citation, lang: str) -> str:
    """Words for the citation's link; empty when it has none."""
    if not citation.url:
        return ""
    words = _LINK[_lang(lang)][citation.kind]
    if citation.kind == "note" and citation.authority == "internal":
        words = _INTERNAL_LINK[_lang(lang)]
    return words.format(site=site_name(citation.url))


def authority_word(citation: Citation, lang: str) -> str:
    return AUTHORITY_WORDS[_lang(lang)][citation.authority]
