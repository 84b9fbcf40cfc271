"""The official texts the knowledge notes summarise: one source per URL named in their front
matter (`url`, and any `official:` entries, a URL or {url, label}), with the rules resting on it
(the notes' `rule_ids`, and the rules whose legal basis in rules/refs.yaml points to that URL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel

from ingest.loaders import FOLDER_AUTHORITY, discover, front_matter

OfficialAuthority = Literal["law", "cnil"]

#: Short names of the official sites, for readable source ids.
_SITES = {
    "legifrance.gouv.fr": "legifrance",
    "eur-lex.europa.eu": "eurlex",
    "cnil.fr": "cnil",
    "curia.europa.eu": "curia",
}
#: Path words that say nothing about which text it is.
_NOISE = {"fr", "codes", "article_lc", "texte_lc", "jo", "texte", "eli", "oj", "id", "juris"}
_NOISE |= {"liste.jsf", "num", "www", "html", "htm", "index"}
_ID_MAX = 64


class OfficialSource(BaseModel):
    id: str
    url: str
    label: str  # how a lawyer names it: "C. conso art. L.223-1 (…)"
    authority: OfficialAuthority
    notes: list[str]  # ids of the notes that summarise it
    rule_ids: list[str]  # brief ids of the rules resting on it (R16, R17d…)
    articles: list[str] = []
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class _Named(BaseModel):
    """One note naming one URL."""

    note: str
    authority: str
    title: str
    articles: list[str]
    rule_ids: list[str]
    valid_from: dt.date | None
    valid_to: dt.date | None
    label: str = ""


def source_id(url: str) -> str:
    """A stable, readable id from the URL: `legifrance-legiarti000051830285`, `eurlex-reg-2016-679`."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    site = next((name for domain, name in _SITES.items() if host.endswith(domain)), None)
    site = site or re.sub(r"[^a-z0-9]+", "-", host).strip("-") or "site"
    words = [w for w in re.split(r"[/?=&#]+", f"{parts.path}?{parts.query}") if w]
    words = [w for w in words if w.lower() not in _NOISE]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    out = f"{site}-{slug}" if slug else site
    if len(out) > _ID_MAX:  # long cnil.fr slugs: cut, and keep them apart with a hash
        digest = hashlib.sha256(url.encode()).hexdigest()[:6]
        out = out[: _ID_MAX - 7].rstrip("-") + "-" + digest
    return out


def authority_of(url: str, named_by: Iterable[str]) -> OfficialAuthority:
    """cnil.fr pages and CNIL decisions on Légifrance are CNIL; other official texts are law."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith("cnil.fr") or parts.path.startswith("/cnil/"):
        return "cnil"
    if any(
        host.endswith(d) for d in ("legifrance.gouv.fr", "eur-lex.europa.eu", "curia.europa.eu")
    ):
        return "law"
    return "cnil" if set(named_by) == {"cnil"} else "law"


def load_registry(knowledge_dir: Path, *, with_rules: bool = True) -> list[OfficialSource]:
    """Every official source named by the notes under `knowledge_dir`, sorted by id."""
    by_url: dict[str, list[_Named]] = {}
    for path in discover(Path(knowledge_dir)):
        if path.suffix.lower() not in (".md", ".markdown"):
            continue
        meta = front_matter(path.read_text(encoding="utf-8", errors="replace")) or {}
        for url, label in _urls(meta):
            by_url.setdefault(url, []).append(_named(path, meta, label))
    refs = _refs_by_url() if with_rules else {}
    used: set[str] = set()
    out = []
    for url, named in sorted(by_url.items()):
        sid = source_id(url)
        if sid in used:
            sid = f"{sid[: _ID_MAX - 7]}-{hashlib.sha256(url.encode()).hexdigest()[:6]}"
        used.add(sid)
        labels, rules = refs.get(url, ([], set()))
        named.sort(key=lambda n: (_rank(n.authority), n.note))
        out.append(
            OfficialSource(
                id=sid,
                url=url,
                label=_label(named, labels),
                authority=authority_of(url, {n.authority for n in named}),
                notes=sorted({n.note for n in named}),
                rule_ids=sorted(
                    {_brief(r) for n in named for r in n.rule_ids} | rules,
                    key=_rule_order,
                ),
                articles=list(dict.fromkeys(a for n in named for a in n.articles)),
                valid_from=(
                    min(n.valid_from for n in named)  # type: ignore[type-var]
                    if all(n.valid_from for n in named)
                    else None
                ),
                valid_to=(
                    max(n.valid_to for n in named)  # type: ignore[type-var]
                    if all(n.valid_to for n in named)
                    else None
                ),
            )
        )
    return sorted(out, key=lambda s: s.id)


def _urls(meta: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    if isinstance(meta.get("url"), str) and meta["url"].startswith(("http://", "https://")):
        found.append((meta["url"], ""))
    for entry in meta.get("official") or []:
        if isinstance(entry, str):
            found.append((entry, ""))
        elif isinstance(entry, dict) and str(entry.get("url", "")).startswith("http"):
            found.append((str(entry["url"]), str(entry.get("label") or "")))
    return found


def _named(path: Path, meta: dict[str, Any], label: str) -> _Named:
    authority = meta.get("authority") or next(
        (FOLDER_AUTHORITY[p] for p in reversed(path.parent.parts) if p in FOLDER_AUTHORITY),
        "internal",
    )
    return _Named(
        note=str(meta.get("id") or path.stem),
        authority=str(authority),
        title=str(meta.get("title") or path.stem),
        articles=[str(a) for a in meta.get("articles") or []],
        rule_ids=[str(r) for r in meta.get("rule_ids") or []],
        valid_from=meta.get("valid_from"),
        valid_to=meta.get("valid_to"),
        label=label,
    )


def _refs_by_url() -> dict[str, tuple[list[str], set[str]]]:
    """url -> (labels of the refs pointing to it, brief ids of the rules citing those refs).

    A reference may have several dated wordings, each at its own URL: every one counts."""
    from rules import table

    if hasattr(table, "references"):  # dated versions of each reference
        pairs = [(k, v.url, v.label) for k, r in table.references().items() for v in r.versions]
    else:
        pairs = [(k, r.url, r.ref) for k, r in table.refs().items()]
    out: dict[str, tuple[list[str], set[str]]] = {}
    urls_of: dict[str, set[str]] = {}
    for key, url, label in pairs:
        labels = out.setdefault(url, ([], set()))[0]
        if label not in labels:
            labels.append(label)
        urls_of.setdefault(key, set()).add(url)
    for rule in table.rules():
        for basis in rule.basis:
            for url in urls_of.get(basis, ()):
                out[url][1].add(_brief(rule.id))
    return out


def _label(named: list[_Named], ref_labels: list[str]) -> str:
    explicit = next((n.label for n in named if n.label), "")
    if explicit:
        return explicit
    if len(ref_labels) == 1:
        return ref_labels[0]
    if ref_labels:
        common = _common_words(ref_labels)
        return common or min(ref_labels, key=len)
    head = named[0]
    if head.authority == "law" and head.articles:
        return head.articles[0]
    return head.title


def _common_words(labels: list[str]) -> str:
    words = [label.split() for label in labels]
    common: list[str] = []
    for group in zip(*words, strict=False):
        if len(set(group)) != 1:
            break
        common.append(group[0])
    while common and common[-1].lower().rstrip(".,") in {"art", "article", "du", "de", "n°"}:
        common.pop()
    return " ".join(common)


def _brief(rule_id: str) -> str:
    """`R16.contract` -> `R16`: the brief's id, as the notes and the answers write it."""
    return rule_id.split(".", 1)[0].strip()


def _rank(authority: str) -> int:
    return {"law": 0, "cnil": 1, "internal": 2}.get(authority, 3)


def _rule_order(rule_id: str) -> tuple[int, str]:
    digits = re.match(r"R(\d+)", rule_id)
    return (int(digits.group(1)) if digits else 10_000, rule_id)


def dump(sources: list[OfficialSource]) -> str:
    """The registry as YAML, for an operator who wants to see what would be fetched."""
    return yaml.safe_dump([s.model_dump(mode="json") for s in sources], allow_unicode=True)
