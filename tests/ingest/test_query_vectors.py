"""Query embeddings are kept: the topic phrases every answer searches, and a question asked
again, cost no second model pass; the kept vector is the one the model gave, and read-only."""

from __future__ import annotations

import numpy as np
import pytest

import ingest.dense
from ingest.retrieve import query_vector


class CountingEmbedder:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts):
        self.texts.extend(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_a_query_is_embedded_once_and_its_vector_cannot_be_changed(monkeypatch):
    model = CountingEmbedder()
    monkeypatch.setattr(ingest.dense, "get_embedder", lambda name: model)
    query_vector.cache_clear()
    first = query_vector("test-embedder", "prospection par courrier électronique")
    again = query_vector("test-embedder", "prospection par courrier électronique")
    other = query_vector("test-embedder", "démarchage téléphonique")
    assert model.texts == ["prospection par courrier électronique", "démarchage téléphonique"]
    assert again is first and first.tolist() == [37.0, 1.0] and other.tolist() == [23.0, 1.0]
    with pytest.raises(ValueError):
        first[0] = 0.0
    query_vector.cache_clear()
