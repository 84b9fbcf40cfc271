"""The fetched copies, under the data dir (never the repository):

    official/<source id>/text.md      front matter + the extracted text, verbatim: what `ingest`
                                      indexes as `kind: official`
    official/<source id>/state.json   url, ETag / Last-Modified, hash, when fetched and changed

Every write goes to a temporary file in the same folder and is renamed over the old one: a
failure at any point leaves the previous copy whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

import yaml
from pydantic import BaseModel

from ingest.loaders import front_matter
from ingest.sources.registry import OfficialSource

FOLDER = "official"
TEXT, STATE = "text.md", "state.json"


class SourceState(BaseModel):
    id: str
    url: str
    label: str = ""
    hash: str = ""  # sha256 of the extracted text
    etag: str | None = None
    last_modified: str | None = None
    title: str = ""  # the page's own title
    fetched_at: dt.datetime | None = None  # last time the site answered (200 or 304)
    changed_at: dt.datetime | None = None  # last time the text differed from our copy
    attempted_at: dt.datetime | None = None
    last_error: str = ""


def root(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_state(data_dir: Path, source_id: str) -> SourceState | None:
    path = root(data_dir) / source_id / STATE
    try:
        return SourceState.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_text(data_dir: Path, source_id: str) -> str | None:
    """The stored text (without its front matter), or None before the first fetch."""
    path = root(data_dir) / source_id / TEXT
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return None
    _, _, body = raw.partition("\n---\n")
    return body if front_matter(raw) is not None else raw


def write_text(data_dir: Path, source: OfficialSource, text: str, retrieved: dt.date) -> bool:
    """Store the text with what `ingest` needs; `retrieved` is the day this wording was first
    seen. False when the file already says exactly that."""
    meta = {
        "id": f"official:{source.id}",
        "title": source.label,
        "url": source.url,
        "authority": source.authority,
        "kind": "official",
        "articles": source.articles,
        "rule_ids": source.rule_ids,
        "valid_from": source.valid_from,
        "valid_to": source.valid_to,
        "lang": "fr",
        "retrieved": retrieved,
    }
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    content = f"---\n{head}---\n{text}"
    path = root(data_dir) / source.id / TEXT
    try:
        if path.read_text(encoding="utf-8") == content:
            return False  # same text, same metadata: leave the file (and the index) alone
    except OSError:
        pass
    _atomic_write(path, content)
    return True


def write_state(data_dir: Path, state: SourceState) -> None:
    payload = json.dumps(state.model_dump(mode="json"), ensure_ascii=False, indent=1)
    _atomic_write(root(data_dir) / state.id / STATE, payload + "\n")


def _atomic_write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
