"""Build the knowledge index: load -> split -> flag -> embed (only what is new) -> write -> swap.

On disk, under the data dir:

    index -> index.gen-<n>/        symlink to the live generation, swapped atomically
      manifest.json                file path -> content hash and passage ids; roots; embedder
      passages.jsonl               one Passage per line (verbatim text + metadata)
      vectors.npy                  one embedding per passage, same order (the embedding cache)
      bm25/                        the sparse index
    chroma/                        embedded Chroma (unless CHROMA_URL points to a server)

Incremental: a file whose hash is unchanged keeps its passages without being re-read; a passage
whose embedding input is unchanged keeps its vector, so a second ingest embeds nothing. A new
generation is written to a staging directory and swapped in with one rename, and Chroma only
receives vectors *before* the swap and loses stale ones *after* it: whenever the process dies, the
previous generation stays complete and usable (the retriever ignores ids it does not list).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from pydantic import BaseModel

from ingest import chunking
from ingest.contradictions import CLAIMS_FILE, claims_for, flags, load_claims
from ingest.loaders import Document, LoadError, discover, file_hash, load_file
from ingest.passage import Passage, base_rule_id
from ingest.sparse import SparseIndex

FORMAT_VERSION = 1
LINK = "index"
_GEN_PREFIX = "index.gen-"


class IngestBusy(RuntimeError):
    """Another ingest holds the lock on this data dir."""


class Skipped(BaseModel):
    path: str
    reason: str


class IngestReport(BaseModel):
    files: int = 0
    changed: int = 0  # new or modified files, read and split again
    unchanged: int = 0
    removed: int = 0  # files gone since the previous ingest (their passages dropped)
    passages: int = 0
    embedded: int = 0  # passages run through the embedding model this time
    skipped: list[Skipped] = []
    warnings: list[str] = []
    seconds: float = 0.0
    index: str = ""


class Progress(Protocol):
    """What ingest reports while it works (the CLI draws a progress bar from it)."""

    def start(self, stage: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def start(self, stage: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass
class Source:
    root: Path
    seed: bool = False


@dataclass
class Snapshot:
    """One generation of the index, loaded in memory."""

    directory: Path
    manifest: dict[str, Any]
    passages: list[Passage]
    embed_keys: list[str]
    vectors: np.ndarray
    sparse: SparseIndex | None = None
    positions: dict[str, int] = field(default_factory=dict)
    _by_rule: dict[str, list[int]] | None = field(default=None, repr=False)

    def about(self, rule_ids: Sequence[str]) -> list[int]:
        """Positions of the passages that support or contradict these rules (prefix match).

        Built once per generation: a per-search scan cost 288 ms at 100,000 passages."""
        if self._by_rule is None:
            by_rule: dict[str, list[int]] = {}
            for i, p in enumerate(self.passages):
                for rule in {base_rule_id(r) for r in (*p.rule_ids, *p.contradicts)}:
                    by_rule.setdefault(rule, []).append(i)
            self._by_rule = by_rule
        wanted = {base_rule_id(r) for r in rule_ids}
        return sorted({i for rule in wanted for i in self._by_rule.get(rule, ())})

    @classmethod
    def load(cls, directory: Path, *, with_sparse: bool = True) -> Snapshot:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("version") != FORMAT_VERSION:
            raise FileNotFoundError(f"index format {manifest.get('version')} is not supported")
        passages, keys = [], []
        with (directory / "passages.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                keys.append(record.pop("embed_key"))
                passages.append(Passage.model_validate(record))
        vectors = np.load(directory / "vectors.npy") if passages else np.zeros((0, 0), np.float32)
        sparse = SparseIndex.load(directory / "bm25") if with_sparse and passages else None
        return cls(
            directory,
            manifest,
            passages,
            keys,
            vectors,
            sparse,
            {p.id: i for i, p in enumerate(passages)},
        )


def live_dir(data_dir: Path) -> Path | None:
    """The live generation's directory, or None before the first ingest."""
    link = data_dir / LINK
    if not link.is_symlink():
        return None
    target = link.resolve()
    return target if (target / "manifest.json").is_file() else None


def sources_for(
    settings: Any, extra: Sequence[Path] = (), remembered: Sequence[str] = ()
) -> list[Source]:
    """knowledge/, the official texts fetched into the data dir (`gardefou sources fetch`) and
    the seeds folder, plus paths given now or at a previous ingest."""
    from ingest.sources.store import root as official_root

    seeds = Path(settings.seeds_dir).resolve() if settings.seeds_dir else None
    out = []
    if Path(settings.knowledge_dir).is_dir():
        out.append(Source(Path(settings.knowledge_dir).resolve()))
    if official_root(settings.data_dir).is_dir():
        out.append(Source(official_root(settings.data_dir).resolve()))
    if seeds and seeds.is_dir():
        out.append(Source(seeds, seed=True))
    for path in [*map(Path, remembered), *extra]:
        path = path.resolve()
        if path.exists() and not any(path.is_relative_to(s.root) for s in out):
            out.append(Source(path, seed=bool(seeds and path.is_relative_to(seeds))))
    return out


def fingerprint() -> str:
    """Changes when splitting or flagging would give other passages: then every file is re-split."""
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}:{chunking.MIN_CHARS}:{chunking.MAX_CHARS}".encode())
    h.update(Path(chunking.__file__).read_bytes())
    h.update(CLAIMS_FILE.read_bytes())
    return h.hexdigest()[:16]


def ingest(
    paths: Sequence[Path] = (),
    settings: Any = None,
    *,
    progress: Progress | None = None,
    collection: str | None = None,
) -> IngestReport:
    """(Re)build the index under `settings.data_dir` from the knowledge base, seeds and `paths`."""
    from bot.settings import get_settings

    settings = settings or get_settings()
    progress = progress or _Silent()
    started = time.perf_counter()
    for path in paths:
        if not Path(path).exists():
            raise FileNotFoundError(f"no such file or directory: {path}")
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    report = IngestReport()

    with _locked(data_dir):
        _clean_leftovers(data_dir)
        prev = _previous(data_dir, report)
        prev_manifest = prev.manifest if prev else {}
        roots = sources_for(settings, paths, prev_manifest.get("roots", []))
        if not roots:
            report.warnings.append("no source: neither the knowledge dir nor the seeds dir exists")
        files, passages, keys = _collect(roots, prev, settings.embedder, report, progress)
        vectors = _vectors(passages, keys, prev, settings.embedder, report, progress)
        if collection is None and prev_manifest.get("embedder") == settings.embedder:
            collection = prev_manifest.get("collection")
        store = _sync_chroma(settings, collection, passages, vectors, progress)
        default_roots = {s.root for s in sources_for(settings)}
        manifest = {
            "version": FORMAT_VERSION,
            "fingerprint": fingerprint(),
            "embedder": settings.embedder,
            "collection": store.collection_name,
            "chroma": store.target,
            "roots": sorted(str(s.root) for s in roots if s.root not in default_roots),
            "files": files,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        new_dir = _write_generation(data_dir, manifest, passages, keys, vectors)
        _swap(data_dir, new_dir)

        # Only now may what no generation refers to any more be forgotten.
        store.delete_except({p.id for p in passages})
        for old_dir in data_dir.glob(_GEN_PREFIX + "*"):
            if old_dir.resolve() != new_dir.resolve():
                shutil.rmtree(old_dir, ignore_errors=True)

    report.files, report.passages = len(files), len(passages)
    report.removed = len(set(prev_manifest.get("files", {})) - set(files))
    report.warnings += _unmatched_claims(passages)
    report.index = str(new_dir)
    report.seconds = round(time.perf_counter() - started, 2)
    return report


# -- steps ---------------------------------------------------------------------------------------


def _previous(data_dir: Path, report: IngestReport) -> Snapshot | None:
    live = live_dir(data_dir)
    if live is None:
        return None
    try:
        return Snapshot.load(live, with_sparse=False)
    except (OSError, ValueError, KeyError) as exc:  # unreadable: rebuild everything
        report.warnings.append(f"previous index unreadable ({exc}); rebuilding it")
        return None


def _collect(
    roots: list[Source],
    prev: Snapshot | None,
    embedder: str,
    report: IngestReport,
    progress: Progress,
) -> tuple[dict[str, Any], list[Passage], list[str]]:
    """Load and split what changed; keep the passages of files whose hash did not change."""
    prev_files: dict[str, Any] = prev.manifest.get("files", {}) if prev else {}
    same_rules = prev is not None and prev.manifest.get("fingerprint") == fingerprint()
    prev_by_id: dict[str, tuple[Passage, str]] = {}
    if prev is not None:
        prev_by_id = {p.id: (p, k) for p, k in zip(prev.passages, prev.embed_keys, strict=True)}
    files: dict[str, Any] = {}
    passages: list[Passage] = []
    keys: list[str] = []
    owners: dict[str, str] = {}  # source_id -> path, to refuse duplicates
    found = [(p, s.seed) for s in roots for p in discover(s.root)]
    progress.start("reading", len(found))
    for path, seed in found:
        progress.advance()
        key = str(path.resolve())
        if key in files:
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.skipped.append(Skipped(path=str(path), reason=f"unreadable ({exc.strerror})"))
            continue
        digest = file_hash(data)
        old = prev_files.get(key)
        reuse = bool(same_rules and old and old["hash"] == digest)
        if reuse and all(i in prev_by_id for i in old["passages"]):
            mine, source_id = [prev_by_id[i] for i in old["passages"]], old["source_id"]
        else:
            reuse = False
            try:
                doc = load_file(path, seed=seed, data=data)
            except LoadError as exc:
                report.skipped.append(Skipped(path=str(path), reason=str(exc)))
                continue
            mine, source_id = _passages(doc, embedder), doc.source_id
        if source_id in owners:
            reason = f"duplicate id {source_id!r} (also in {owners[source_id]})"
            report.skipped.append(Skipped(path=str(path), reason=reason))
            continue
        if not mine:
            report.skipped.append(Skipped(path=str(path), reason="no passage long enough"))
            continue
        owners[source_id] = str(path)
        report.unchanged += reuse
        report.changed += not reuse
        files[key] = {"hash": digest, "source_id": source_id, "passages": [p.id for p, _ in mine]}
        for p, k in mine:
            passages.append(p)
            keys.append(k)
    return files, passages, keys


def _vectors(
    passages: list[Passage],
    keys: list[str],
    prev: Snapshot | None,
    embedder: str,
    report: IngestReport,
    progress: Progress,
) -> np.ndarray:
    """One vector per passage: from the previous generation when its input is unchanged."""
    from ingest.dense import get_embedder

    cache = dict(zip(prev.embed_keys, prev.vectors, strict=True)) if prev and prev.passages else {}
    todo = sorted({k for k in keys if k not in cache})
    if todo:
        texts = {k: _embed_input(p) for p, k in zip(passages, keys, strict=True) if k not in cache}
        model = get_embedder(embedder)
        progress.start("model", 1)
        _ = model.model  # the first load takes seconds: show it as its own step
        progress.advance()
        progress.start("embedding", len(todo))
        fresh = model.encode([texts[k] for k in todo], on_batch=progress.advance)
        cache.update(zip(todo, fresh, strict=True))
    report.embedded = len(todo)
    if not keys:
        return np.zeros((0, 0), np.float32)
    return np.vstack([cache[k] for k in keys]).astype(np.float32)


def _sync_chroma(
    settings: Any,
    collection: str | None,
    passages: list[Passage],
    vectors: np.ndarray,
    progress: Progress,
) -> Any:
    """Add the vectors Chroma lacks, before the swap: a superset of the live ids is harmless."""
    from ingest.dense import DenseStore, collection_name

    store = DenseStore(
        chroma_url=settings.chroma_url,
        chroma_path=settings.chroma_path,
        collection=collection or collection_name(settings.embedder),
        embedder=settings.embedder,
    )
    ids = [p.id for p in passages]
    present = store.present(ids) if ids else set()
    missing = [i for i, pid in enumerate(ids) if pid not in present]
    if missing:
        progress.start("indexing", len(missing))
        store.add(
            [ids[i] for i in missing],
            vectors[missing],
            [passages[i].text for i in missing],
            [_chroma_metadata(passages[i]) for i in missing],
        )
        progress.advance(len(missing))
    return store


def _chroma_metadata(p: Passage) -> dict[str, str]:
    # For whoever browses the collection; retrieval reads passages from the index itself.
    return {
        "source_id": p.source_id,
        "authority": p.authority,
        "kind": p.kind or "",
        "section": p.section,
    }


def _passages(doc: Document, embedder: str) -> list[tuple[Passage, str]]:
    # Here, not at the top: ingest.dense imports Chroma (~0.6 s), which answering from BM25 skips.
    from ingest.dense import MAX_TOKENS

    claims = claims_for(Path(doc.path).stem) if doc.seed else []
    out: list[tuple[Passage, str]] = []
    seen: set[str] = set()
    for span in chunking.split(doc):
        text = doc.text[span.start : span.end]
        passage = Passage(
            source_id=doc.source_id,
            title=doc.title,
            url=doc.url,
            authority=doc.authority,
            kind=doc.kind,
            text=text,
            section=span.section,
            rule_ids=doc.rule_ids,
            contradicts=sorted({*doc.contradicts, *flags(text, claims)}),
            valid_from=doc.valid_from,
            valid_to=doc.valid_to,
            lang=span.lang or doc.lang,
            start=span.start,
        )
        model = f"{embedder}:{MAX_TOKENS}"
        embed_key = hashlib.sha256(f"{model}\n{_embed_input(passage)}".encode()).hexdigest()[:24]
        meta = passage.model_dump_json(exclude={"id", "score"})
        pid = f"{doc.source_id}#{hashlib.sha256(meta.encode()).hexdigest()[:12]}"
        while pid in seen:  # the same text twice in one file
            pid += "+"
        seen.add(pid)
        out.append((passage.model_copy(update={"id": pid}), embed_key))
    return out


def _embed_input(p: Passage) -> str:
    """Title and headings give the embedder the context a bare paragraph lacks."""
    return "\n".join(x for x in (p.title, p.section, p.text) if x)


def _unmatched_claims(passages: list[Passage]) -> list[str]:
    seeds = {p.source_id.removeprefix("seed:") for p in passages if p.source_id.startswith("seed:")}
    flagged = {(p.source_id.removeprefix("seed:"), r) for p in passages for r in p.contradicts}
    return [
        f"contradiction claim {c.pattern!r} matched no passage of seed {c.seed}"
        for c in load_claims()
        if c.seed in seeds and not all((c.seed, r) in flagged for r in c.contradicts)
    ]


def _write_generation(
    data_dir: Path,
    manifest: dict[str, Any],
    passages: list[Passage],
    keys: list[str],
    vectors: np.ndarray,
) -> Path:
    staging = data_dir / f"{_GEN_PREFIX}{time.time_ns()}.tmp"
    staging.mkdir()
    with (staging / "passages.jsonl").open("w", encoding="utf-8") as fh:
        for p, k in zip(passages, keys, strict=True):
            record = p.model_dump(mode="json", exclude={"score"})
            record["embed_key"] = k
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    np.save(staging / "vectors.npy", vectors)
    if passages:
        SparseIndex.build([_embed_input(p) for p in passages]).save(staging / "bm25")
    # The manifest goes last: a generation without one is never loaded.
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    for path in staging.rglob("*"):
        if path.is_file():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
    final = staging.with_suffix("")
    staging.rename(final)
    return final


def _swap(data_dir: Path, new_dir: Path) -> None:
    link = data_dir / LINK
    if link.exists() and not link.is_symlink():
        raise RuntimeError(f"{link} is not an index link; move it away and ingest again")
    tmp = data_dir / f".{LINK}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(new_dir.name)
    os.replace(tmp, link)  # atomic: readers see the old generation or the new one


def _clean_leftovers(data_dir: Path) -> None:
    """Staging dirs and generations left by an ingest that died (the live one is kept)."""
    live = live_dir(data_dir)
    for path in data_dir.glob(_GEN_PREFIX + "*"):
        if live is None or path.resolve() != live:
            shutil.rmtree(path, ignore_errors=True)
    for path in data_dir.glob(f".{LINK}.*.tmp"):
        path.unlink(missing_ok=True)


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    with (data_dir / ".ingest.lock").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IngestBusy(f"another ingest is running on {data_dir}") from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
