"""Hybrid retrieval: dense (Chroma) and sparse (BM25) kept apart, fused by rank, then weighed.

Ranking policy, in this order:
1. reciprocal rank fusion of the dense list, the sparse list and, when the caller names rule ids,
   the passages about those rules (prefix match: R16.contract -> R16);
2. authority: law > cnil > internal > article (LEGAL_BRIEF.md: an answer follows the highest);
3. validity: a passage not in force on the `on` date is demoted well below current ones, so an
   old rule is found when asked for but never outranks the rule in force;
4. at most two passages per source, so that a long note does not crowd out the others.
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


class IndexMissing(FileNotFoundError):
    """No knowledge index yet: `gardefou ingest` builds it."""


class Retriever:
    """Loads the live index generation once (and again only when an ingest swapped it)."""

    def __init__(self, settings: Any = None) -> None:
        from bot.settings import get_settings

        self.settings = settings or get_settings()
        self.data_dir = Path(self.settings.data_dir)
        self._snapshot: Snapshot | None = None
        self._store: Any = None
        self._lock = threading.Lock()
        self._chroma_down_until = 0.0

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

    def warm(self) -> None:
        """Load the index and the embedder now rather than at the first question."""
        snap = self.snapshot()
        if snap.passages:
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
        rankings = [self.dense(snap, query, POOL), self.sparse(snap, query, POOL)]
        weights = [WEIGHTS["dense"], WEIGHTS["sparse"]]
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


_cache: dict[tuple[str, str | None, str], Retriever] = {}
_cache_lock = threading.Lock()


def get_retriever(settings: Any = None) -> Retriever:
    """One retriever per (data dir, Chroma, embedder): models and indexes load once."""
    from bot.settings import get_settings

    settings = settings or get_settings()
    key = (str(Path(settings.data_dir).resolve()), settings.chroma_url, settings.embedder)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = Retriever(settings)
        return _cache[key]
