"""Split a document into passages: on headings first, then on sentences, ~300-900 characters.

Only offsets are computed, never new strings: every passage is `doc.text[start:end]`, so that what
an answer quotes is verbatim from the source. A passage keeps its heading path as `section`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ingest.loaders import Document

MIN_CHARS = 300
MAX_CHARS = 900
MIN_PASSAGE = 40  # below this a stretch is too short to quote; a heading alone is not a passage

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
# Sentence ends: . ! ? … (closing quotes/brackets allowed) then space and a likely sentence start;
# newlines always end a unit (list items, table rows, paragraphs).
_SENTENCE_END = re.compile(r"(?P<stop>[.!?…][»\"')\]]*)[ \t]+(?=[«\"'(\[A-ZÀ-ÖØ-Þ0-9•\-–])|\n+")
_ABBREV = re.compile(r"(?:\b(?:art|al|cf|p|n°|ex|etc|Mme|M|av|J\.-C|[A-Z])\.)$")
# A plain-text line is taken as a heading when short, not a list item, and not a sentence.
_BULLET = re.compile(r"^\s*(?:[•\-–*·▪]|\d+[)]\s)")
_SENTENCE_LIKE = re.compile(r"[.,;:!…»\"')]$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    section: str
    lang: str | None = None  # set when the section says so, e.g. "En bref (English)"


def split(doc: Document) -> list[Span]:
    """Passages of `doc` as spans of `doc.text`, in reading order."""
    spans: list[Span] = []
    for start, end, section in _sections(doc):
        lang = "en" if re.search(r"\b(english|anglais)\b", section, re.IGNORECASE) else None
        for a, b in _pack(doc.text, _units(doc.text, start, end)):
            spans.append(Span(a, b, section, lang))
    return spans


def _sections(doc: Document) -> list[tuple[int, int, str]]:
    """(body start, body end, heading path) for each part between headings."""
    text = doc.text
    headings = _markdown_headings(text) if doc.format == "markdown" else _text_headings(text)
    parts: list[tuple[int, int, str]] = []
    path: list[tuple[int, str]] = []  # (level, title) of the open headings
    cursor = 0
    for h_start, h_end, level, title in headings:
        parts.append((cursor, h_start, _path(path)))
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, title))
        cursor = h_end
    parts.append((cursor, len(text), _path(path)))
    return [(a, b, s) for a, b, s in parts if len(text[a:b].strip()) >= MIN_PASSAGE]


def _path(path: list[tuple[int, str]]) -> str:
    # The document title (a lone top-level "# ") repeats the note title: keep the rest.
    titles = [t for lvl, t in path if lvl > 1] or [t for _, t in path]
    return " > ".join(titles)


def _markdown_headings(text: str) -> list[tuple[int, int, int, str]]:
    found = []
    in_fence = False
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence and (m := _MD_HEADING.match(line.rstrip("\n"))):
            found.append((offset, offset + len(line), len(m.group(1)), m.group(2).strip()))
        offset += len(line)
    return found


def _text_headings(text: str) -> list[tuple[int, int, int, str]]:
    """Plain text has no markup: a short standalone line that is not a sentence is a heading."""
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if (
            3 <= len(stripped) <= 100
            and not _BULLET.match(line)
            and (not _SENTENCE_LIKE.search(stripped) or _is_question_heading(stripped))
        ):
            found.append((offset, offset + len(line), 2, stripped))
        offset += len(line)
    return found


def _is_question_heading(line: str) -> bool:
    return line.endswith("?") and len(line) <= 80 and not re.search(r"[.!]\s", line)


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence (or line) spans within [start, end), whitespace trimmed."""
    units = []
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group("stop"):
            if _ABBREV.search(text[max(start, m.start() - 6) : m.start() + 1]):
                continue  # "art. 6", "al. 4": not a sentence end
            units.append((cursor, m.end("stop")))
        else:
            units.append((cursor, m.start()))
        cursor = m.end()
    units.append((cursor, end))
    return [_trim(text, a, b) for a, b in units if text[a:b].strip()]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _pack(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group consecutive units into passages of similar size, none above MAX_CHARS if avoidable."""
    pieces: list[tuple[int, int]] = []
    for a, b in units:  # a unit longer than MAX_CHARS is cut at spaces
        while b - a > MAX_CHARS:
            cut = text.rfind(" ", a + MIN_CHARS, a + MAX_CHARS)
            cut = cut if cut > a else a + MAX_CHARS
            pieces.append(_trim(text, a, cut))
            a = _trim(text, cut, b)[0]
        pieces.append((a, b))
    if not pieces:
        return []
    total = pieces[-1][1] - pieces[0][0]
    target = total / max(1, math.ceil(total / MAX_CHARS))
    passages: list[tuple[int, int]] = []
    start, end = pieces[0]
    for a, b in pieces[1:]:
        if end - start >= target or b - start > MAX_CHARS:
            passages.append((start, end))
            start = a
        end = b
    passages.append((start, end))
    # A short tail joins the passage before it when the pair stays reasonable.
    if len(passages) > 1 and passages[-1][1] - passages[-1][0] < MIN_CHARS:
        (a, _), (_, b) = passages[-2], passages[-1]
        if b - a <= MAX_CHARS + MIN_CHARS // 2:
            passages[-2:] = [(a, b)]
    return [(a, b) for a, b in passages if b - a >= MIN_PASSAGE]
