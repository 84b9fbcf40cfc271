"""Loaders: one file -> one `Document` (text + metadata), or a `LoadError` naming what is wrong.

Markdown notes carry YAML front matter (id, title, url, authority, kind, articles, rule_ids,
valid_from, valid_to, lang, contradicts); their text is the body after it. Seed articles
(third-party, read from GARDEFOU_SEEDS_DIR, never copied into the repository) get authority
`article`, a stable id `seed:<file stem>` and their real title: the first line that is a title,
past page furniture (« Vous êtes ici : Accueil… », breadcrumbs, « Publié le… »); a text that opens
on a paragraph has no title line, and the seeds README's description of the file names it.
HTML goes through trafilatura, PDF through pypdf.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from ingest.passage import Authority, Kind
from ingest.pdf_text import PdfTextError, pdf_text

SUPPORTED = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
#: A note without `authority` in its front matter takes it from its folder.
FOLDER_AUTHORITY: dict[str, Authority] = {
    "law": "law",
    "cnil": "cnil",
    "sanctions": "cnil",
    "internal": "internal",
    "articles": "article",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TITLE_MAX = 120
#: Lines that are page furniture, not a title: breadcrumbs, menus, dates, sharing buttons.
_FURNITURE = re.compile(
    r"^(vous [êe]tes ici|you are here|accueil\b|home\b|menu\b|fil d.ariane|breadcrumb|"
    r"table des mati[èe]res|sommaire\b|contents\b|publi[ée] le|mis à jour le|updated\b|"
    r"partager|share\b|imprimer|print\b|lire aussi|read also|skip to|aller au contenu)",
    re.IGNORECASE,
)
_CRUMB = re.compile(r"\s[>›»|/]\s")  # "Accueil > Blog > Article"
_TITLE_LOOKAHEAD = 8  # a title sits among the first few non-empty lines


class LoadError(Exception):
    """The file cannot be indexed; the message says why, in a few words."""


class Document(BaseModel):
    source_id: str
    title: str
    url: str = ""
    authority: Authority
    kind: Kind | None = None  # None: `article` for an article, `note` otherwise
    text: str  # passages are exact substrings of this
    format: Literal["markdown", "text"]  # how the chunker finds headings
    path: str
    content_hash: str
    articles: list[str] = Field(default_factory=list)
    rule_ids: list[str] = Field(default_factory=list)
    contradicts: list[str] = Field(default_factory=list)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    lang: str = "fr"
    seed: bool = False

    @field_validator("articles", "rule_ids", "contradicts", mode="before")
    @classmethod
    def _as_list(cls, value: object) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str | int | float):
            return [str(value)]
        return [str(v) for v in value]  # type: ignore[union-attr]

    @field_validator("url", "title", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return "" if value is None else value


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_file(path: Path, *, seed: bool = False, data: bytes | None = None) -> Document:
    """Read one file. `seed=True` marks a third-party article from the seeds folder."""
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        raise LoadError(f"unreadable ({exc.strerror or exc})") from exc
    if not data.strip():
        raise LoadError("empty file")
    digest = file_hash(data)
    if kind == "pdf":
        return _pdf(path, data, digest, seed)
    text = _decode(data)
    if kind == "html":
        return _html(path, text, digest, seed)
    if kind == "markdown":
        return _markdown(path, text, digest, seed)
    return _plain(path, text, digest, seed, fmt="text")


def discover(root: Path) -> Iterator[Path]:
    """Indexable files under `root` (a file yields itself): hidden files and READMEs left out."""
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED and not path.stem.lower().startswith("readme"):
            yield path


def discover_all(roots: Iterable[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        for path in discover(root):
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield resolved


# -- formats ----------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise LoadError("binary content (NUL bytes) in a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise LoadError("empty file")
    return text.replace("\r\n", "\n")


def front_matter(text: str) -> dict | None:  # type: ignore[type-arg]
    """A note's YAML front matter, or None when it has none (or it is not a mapping)."""
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        return None
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None
    return meta if isinstance(meta, dict) else None


def _markdown(path: Path, text: str, digest: str, seed: bool) -> Document:
    match = _FRONT_MATTER.match(text)
    if not match:
        return _plain(path, text, digest, seed, fmt="markdown")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise LoadError(f"bad YAML front matter ({_first_line(str(exc))})") from exc
    if not isinstance(meta, dict):
        raise LoadError("front matter is not a mapping")
    body = text[match.end() :]
    if not body.strip():
        raise LoadError("no text after the front matter")
    fields = {k: v for k, v in meta.items() if k in Document.model_fields and v is not None}
    fields.setdefault("authority", _folder_authority(path, seed))
    fields.setdefault("title", _first_heading(body) or path.stem)
    if meta.get("id"):
        fields["source_id"] = str(meta["id"])
    fields.setdefault("source_id", path.stem)
    return _document(path, fields, body, digest, seed, "markdown")


def _plain(
    path: Path, text: str, digest: str, seed: bool, *, fmt: Literal["markdown", "text"]
) -> Document:
    row = seed_table(path.parent).get(path.name, {}) if seed else {}
    title = _first_heading(text) if fmt == "markdown" else title_line(text)
    fields = {
        "source_id": f"seed:{path.stem}" if seed else path.stem,
        "title": title or _described_title(row) or _first_line(text) or path.stem,
        "authority": _folder_authority(path, seed),
        "url": row.get("url", "") if row.get("url", "").startswith(("http://", "https://")) else "",
    }
    return _document(path, fields, text, digest, seed, fmt)


def seed_table(folder: Path) -> dict[str, dict[str, str]]:
    """file name -> its row of the folder's README table (columns lower-cased), if it has one."""
    readme = folder / "README.md"
    if not readme.is_file():
        return {}
    header: list[str] = []
    rows: dict[str, dict[str, str]] = {}
    for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.lstrip().startswith("|"):
            header = []
            continue
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if not header:
            header = [c.lower() for c in cells]
        elif "file" in header and len(cells) == len(header) and not set(cells[0]) <= set("-: "):
            rows[cells[header.index("file")]] = dict(zip(header, cells, strict=True))
    return rows


def seed_urls(folder: Path) -> dict[str, str]:
    """file name -> web address, from a `url` column of the folder's README table, if it has one.

    A seed without a known address gets an empty url (never a file:// one): answers cite it by id.
    """
    return {
        name: row["url"]
        for name, row in seed_table(folder).items()
        if row.get("url", "").startswith(("http://", "https://"))
    }


def title_line(text: str) -> str:
    """The text's title: its first line that is neither page furniture nor a paragraph.

    Empty when the text opens on a paragraph (a long line, or a sentence of many words)."""
    seen = 0
    for raw in text.splitlines():
        line = raw.strip().lstrip("#").strip()
        if not any(ch.isalpha() for ch in line):
            continue
        seen += 1
        if seen > _TITLE_LOOKAHEAD:
            break
        if _FURNITURE.match(line) or _CRUMB.search(line):
            continue
        if len(line) > _TITLE_MAX or (line.endswith(".") and len(line.split()) > 12):
            return ""
        return line
    return ""


def _described_title(row: dict[str, str]) -> str:
    """A title from the seeds README: a quoted title in its description, else the description."""
    if row.get("title"):
        return row["title"]
    described = row.get("what it is") or row.get("description") or ""
    quoted = re.match(r"\s*[\"“«]\s*(.+?)\s*[\"”»]", described)
    return quoted.group(1) if quoted else described


def _html(path: Path, html: str, digest: str, seed: bool) -> Document:
    import trafilatura

    text = trafilatura.extract(
        html, output_format="markdown", include_comments=False, favor_recall=True
    )
    if not text or not text.strip():
        raise LoadError("no readable text in the HTML")
    meta = trafilatura.extract_metadata(html)
    fields = {
        "source_id": f"seed:{path.stem}" if seed else path.stem,
        "title": (meta.title if meta and meta.title else None)
        or title_line(text)
        or _first_line(text),
        "url": (meta.url if meta and meta.url and meta.url.startswith("http") else ""),
        "authority": _folder_authority(path, seed),
    }
    return _document(path, fields, text, digest, seed, "markdown")


def _pdf(path: Path, data: bytes, digest: str, seed: bool) -> Document:
    try:
        text, info_title = pdf_text(data)
    except PdfTextError as exc:
        raise LoadError(str(exc)) from exc
    fields = {
        "source_id": f"seed:{path.stem}" if seed else path.stem,
        "title": info_title or title_line(text) or _first_line(text),
        "authority": _folder_authority(path, seed),
    }
    return _document(path, fields, text, digest, seed, "text")


# -- helpers ----------------------------------------------------------------------------------


def _document(path: Path, fields: dict, text: str, digest: str, seed: bool, fmt: str) -> Document:  # type: ignore[type-arg]
    fields = {
        **fields,
        "text": text,
        "format": fmt,
        "path": str(path),
        "content_hash": digest,
        "seed": seed,
    }
    if seed:  # a seed is third-party material whatever its front matter says
        fields["authority"], fields["kind"] = "article", "article"
    try:
        doc = Document(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise LoadError(f"bad front matter field {where!r}: {err['msg']}") from exc
    if doc.valid_from and doc.valid_to and doc.valid_to < doc.valid_from:
        raise LoadError("valid_to is before valid_from")
    return doc


def _folder_authority(path: Path, seed: bool) -> Authority:
    if seed:
        return "article"
    for part in reversed(path.parent.parts):
        if part in FOLDER_AUTHORITY:
            return FOLDER_AUTHORITY[part]
    return "article"  # unknown provenance: lowest authority


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= _TITLE_MAX:
                return line
            cut = line.rfind(" ", 0, _TITLE_MAX)
            return line[: cut if cut > 0 else _TITLE_MAX] + "…"
    return ""


def _first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return title_line(text) or _first_line(text)
