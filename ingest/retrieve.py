"""Hybrid retrieval: dense (Chroma) and sparse (BM25) kept apart, fused by rank, then weighed.

Ranking policy, in this order:
1. reciprocal rank fusion of the dense list, the sparse list and, when the caller names rule ids,
   the passages about those rules (prefix match: R16.contract -> R16);
2. authority: law > cnil > internal > article (LEGAL_BRIEF.md: an answer follows the highest);
3. validity: a passage not in force on the `on` date is demoted well below current ones, so an
   old rule is found when asked for but never outranks the rule in force;
4. at most two passages per source, so that a long note does not crowd out the others.

The dense side needs torch and the embedding model (seconds to load), the sparse side only the
BM25 arrays. With `GARDEFOU_DENSE=background` (the default) a search never waits for the model:
the first one starts loading it in a thread and ranks with BM25 and the rule ids meanwhile; the
searches after it fuse the dense list in once the model is ready. `eager` waits for it (what
`serve` warms up), `off` never loads it. The verdict never depends on retrieval: only which
passages are cited may differ while the model loads.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ingest.fusion import best_possible, reciprocal_rank_fusion
from ingest.index import Snapshot, live_dir
from ingest.passage import Passage

__all__ = ["IndexMissing", "Passage", "Retriever", "get_retriever"]

log = logging.getLogger(__name__)

AUTHORITY_WEIGHT = {"law": 1.0, "cnil": 0.97, "internal": 0.93, "article": 0.75}
OUT_OF_FORCE = 0.5
CHROMA_RETRY_SECONDS = 60.0
POOL = 50  # candidates taken from each side before fusion
PER_SOURCE = 2
WEIGHTS = {"dense": 0.7, "sparse": 1.0, "rules": 1.0}
DENSE_MODES = ("background", "eager", "off")


class IndexMissing(FileNotFoundError):
    """No knowledge index yet: `gardefou ingest` builds it."""


class Retriever:
    """Loads the live index generation once (and again only when an ingest swapped it)."""

    def __init__(self, settings: Any = None, *, dense: str | None = None) -> None:
        from bot.settings import get_settings

        self.settings = settings or get_settings()
        self.data_dir = Path(self.settings.data_dir)
        self.dense_mode = dense or getattr(self.settings, "dense", "eager")
        if self.dense_mode not in DENSE_MODES:
            raise ValueError(f"dense mode must be one of {DENSE_MODES}, not {self.dense_mode!r}")
        self._snapshot: Snapshot | None = None
        self._store: Any = None
        self._lock = threading.Lock()
        self._chroma_down_until = 0.0
        self._dense_ready = threading.Event()
        self._dense_loader: threading.Thread | None = None

    # -- loading ------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        try:
            return self._load()
        except FileNotFoundError:  # an ingest swapped generations while we read: once more
            return self._load()

    def _load(self) -> Snapshot:
        live = live_dir(self.data_dir)
        if live is None:
            raise IndexMissing(f"no knowledge index in {self.data_dir}: run `gardefou ingest`")
        with self._lock:
            if self._snapshot is None or self._snapshot.directory != live:
                self._snapshot, self._store = Snapshot.load(live), None
            return self._snapshot

    def store(self, snap: Snapshot) -> Any:
        from ingest.dense import DenseStore

        if self._store is None:
            self._store = DenseStore(
                chroma_url=self.settings.chroma_url,
                chroma_path=self.settings.chroma_path,
                collection=snap.manifest["collection"],
                embedder=snap.manifest["embedder"],
            )
        return self._store

    def warm(self, *, dense: bool | None = None) -> None:
        """Load the index now rather than at the first question, and the embedder too when
        `dense` (by default: in `eager` mode only; `background` loads it at the first search)."""
        snap = self.snapshot()
        if dense is None:
            dense = self.dense_mode == "eager"
        if snap.passages and dense and self.dense_mode != "off":
            self._prepare_dense(snap)
            self._dense_ready.set()

    # -- the dense side's readiness -------------------------------------------------------------

    @property
    def dense_ready(self) -> bool:
        """True once the embedder is loaded: searches then fuse the dense list in."""
        return self._dense_ready.is_set()

    def wait_dense(self, timeout: float | None = None) -> bool:
        """Block until the dense side is ready (tests, warm-ups); False on timeout."""
        return self._dense_ready.wait(timeout)

    def _uses_dense(self, snap: Snapshot) -> bool:
        if self.dense_mode == "off":
            return False
        if self.dense_mode == "eager" or self._dense_ready.is_set():
            return True
        with self._lock:
            if self._dense_loader is None:
                self._dense_loader = threading.Thread(
                    target=self._load_dense, args=(snap,), name="gardefou-dense", daemon=True
                )
                self._dense_loader.start()
        return False

    def _load_dense(self, snap: Snapshot) -> None:
        try:
            self._prepare_dense(snap)
        except Exception:  # answers go on with BM25 alone
            log.warning("the embedder did not load: retrieval stays sparse", exc_info=True)
            return
        self._dense_ready.set()

    def _prepare_dense(self, snap: Snapshot) -> None:
        """Load the model (torch) and open Chroma with one query (local vectors if it is down)."""
        self.dense(snap, "prospection", 1)

    # -- the two sides ------------------------------------------------------------------------

    def dense(self, snap: Snapshot, query: str, n: int) -> list[int]:
        """Passage positions, nearest first (Chroma; the index's own vectors if Chroma fails)."""
        vector = query_vector(snap.manifest["embedder"], query)
        if time.monotonic() >= self._chroma_down_until:
            try:
                hits = self.store(snap).query(vector, n + 10)  # margin: stale ids are skipped
                found = [snap.positions[i] for i, _ in hits if i in snap.positions][:n]
                if found:
                    return found
                log.warning("Chroma returned no passage of this index: using local vectors")
            except Exception:  # a down server must not stop the answers
                log.warning("Chroma unavailable: using the index's own vectors", exc_info=True)
            self._chroma_down_until = time.monotonic() + CHROMA_RETRY_SECONDS
        sims = snap.vectors @ vector
        return [int(i) for i in np.argsort(-sims)[:n]]

    def sparse(self, snap: Snapshot, query: str, n: int) -> list[int]:
        return [i for i, _ in snap.sparse.top(query, n)] if snap.sparse else []

    # -- search -------------------------------------------------------------------------------

    def search(
        self, query: str, k: int = 5, on: dt.date | None = None, rule_ids: Sequence[str] = ()
    ) -> list[Passage]:
        """The `k` best passages for `query`; `on` demotes what is not in force that day."""
        if k < 1:
            raise ValueError("k must be at least 1")
        snap = self.snapshot()
        if not snap.passages or not query.strip():
            return []
        rankings, weights = [], []
        if self._uses_dense(snap):
            rankings.append(self.dense(snap, query, POOL))
            weights.append(WEIGHTS["dense"])
        rankings.append(self.sparse(snap, query, POOL))
        weights.append(WEIGHTS["sparse"])
        if rule_ids:
            about = snap.about(rule_ids)
            if about and snap.sparse:
                bm25 = snap.sparse.scores(query)
                about.sort(key=lambda i: -bm25[i])
            rankings.append(about[:POOL])
            weights.append(WEIGHTS["rules"])
        fused = reciprocal_rank_fusion(rankings, weights)
        top = best_possible(weights)
        scored = []
        for i, value in fused.items():
            p = snap.passages[i]
            value *= AUTHORITY_WEIGHT[p.authority]
            if on is not None and not p.in_force(on):
                value *= OUT_OF_FORCE
            scored.append((value / top, i))
        scored.sort(key=lambda x: (-x[0], x[1]))
        out: list[Passage] = []
        per_source: dict[str, int] = {}
        for value, i in scored:
            p = snap.passages[i]
            if per_source.get(p.source_id, 0) >= PER_SOURCE:
                continue
            per_source[p.source_id] = per_source.get(p.source_id, 0) + 1
            out.append(p.model_copy(update={"score": round(value, 4)}))
            if len(out) == k:
                break
        return out


@lru_cache(maxsize=4096)
def query_vector(embedder: str, query: str) -> np.ndarray:
    """A query's embedding, kept: every answer also searches its rules' topic phrases (a small
    fixed set), and reps ask the same questions; each costs a model pass (~10 ms on one core)."""
    from ingest.dense import get_embedder

    vector = get_embedder(embedder).encode([query])[0]
    vector.setflags(write=False)  # shared between answers: nobody may change it in place
    return vector


_cache: dict[tuple[str, str | None, str, str | None], Retriever] = {}
_cache_lock = threading.Lock()


def get_retriever(settings: Any = None) -> Retriever:
    """One retriever per (data dir, Chroma, embedder, dense mode): models and indexes load once."""
    from bot.settings import get_settings

    settings = settings or get_settings()
    key = (
        str(Path(settings.data_dir).resolve()),
        settings.chroma_url,
        settings.embedder,
        getattr(settings, "dense", None),
    )
    with _cache_lock:
        if key not in _cache:
            _cache[key] = Retriever(settings)
        return _cache[key]
