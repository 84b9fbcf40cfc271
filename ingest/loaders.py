"""Loaders: one file -> one `Document` (text + metadata), or a `LoadError` naming what is wrong.

Markdown notes carry YAML front matter (id, title, url, authority, articles, rule_ids, valid_from,
valid_to, lang, contradicts); their text is the body after it. Seed articles (third-party, read
from GARDEFOU_SEEDS_DIR, never copied into the repository) get authority `article`, a stable id
`seed:<file stem>` and their first line as title. HTML goes through trafilatura, PDF through pypdf.
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

from ingest.passage import Authority

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


class LoadError(Exception):
    """The file cannot be indexed; the message says why, in a few words."""


class Document(BaseModel):
    source_id: str
    title: str
    url: str = ""
    authority: Authority
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
    fields = {
        "source_id": f"seed:{path.stem}" if seed else path.stem,
        "title": _first_heading(text) if fmt == "markdown" else _first_line(text),
        "authority": _folder_authority(path, seed),
        "url": seed_urls(path.parent).get(path.name, "") if seed else "",
    }
    return _document(path, fields, text, digest, seed, fmt)


def seed_urls(folder: Path) -> dict[str, str]:
    """file name -> web address, from a `url` column of the folder's README table, if it has one.

    A seed without a known address gets an empty url (never a file:// one): answers cite it by id.
    """
    readme = folder / "README.md"
    if not readme.is_file():
        return {}
    header: list[str] = []
    urls: dict[str, str] = {}
    for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.lstrip().startswith("|"):
            header = []
            continue
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if not header:
            header = [c.lower() for c in cells]
        elif "url" in header and "file" in header and len(cells) == len(header):
            url = cells[header.index("url")]
            if url.startswith(("http://", "https://")):
                urls[cells[header.index("file")]] = url
    return urls


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
        "title": (meta.title if meta and meta.title else None) or _first_line(text),
        "url": (meta.url if meta and meta.url and meta.url.startswith("http") else ""),
        "authority": _folder_authority(path, seed),
    }
    return _document(path, fields, text, digest, seed, "markdown")


def _pdf(path: Path, data: bytes, digest: str, seed: bool) -> Document:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        info_title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"unreadable PDF ({_first_line(str(exc)) or type(exc).__name__})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise LoadError("PDF without a text layer")
    fields = {
        "source_id": f"seed:{path.stem}" if seed else path.stem,
        "title": str(info_title) if info_title else _first_line(text),
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
        fields["authority"] = "article"
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
    return _first_line(text)
