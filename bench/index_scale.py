"""(3) Retrieval latency and recall as the index grows: 1,000 → 10,000 → 100,000 passages.

The real passages stay in the index at every size, filler is added around them (see corpus.py), and
the same queries run at each size through the same hybrid retrieval as the product: dense top-k
from Chroma, BM25 with French stemming (bm25s), reciprocal-rank fusion. Dense search runs against
embedded Chroma and a Chroma server (`chroma run` on a free loopback port) holding the same data.
Recall@5: the share of queries whose relevant source is among the 5 fused results.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

from bench.corpus import Filler, general_french_words, load_embedder, real_passages
from bench.result import SectionResult, Skipped
from bench.servers import chroma_server
from bench.timing import summary_ms

TITLE = "Retrieval latency and recall vs index size"
SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
K = 5
CANDIDATES = 20  # per retriever, before fusion
RRF_K = 60


def _add(collection, ids, embeddings, texts, batch: int) -> float:
    started = time.perf_counter()
    for i in range(0, len(ids), batch):
        collection.add(
            ids=ids[i : i + batch],
            embeddings=embeddings[i : i + batch],
            documents=texts[i : i + batch],
        )
    return time.perf_counter() - started


def _rrf(*rankings: list[str]) -> list[str]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc_id in enumerate(ranking):
            scores[doc_id] = scores.get(doc_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    return sorted(scores, key=scores.get, reverse=True)


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        import bm25s
        import chromadb
        import Stemmer
    except ImportError as exc:
        raise Skipped(f"{exc.name} is not installed") from exc

    sizes = QUICK_SIZES if quick else SIZES
    embedder = load_embedder()
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    real = real_passages(workdir / "data" / "chroma", knowledge, embedder, 20 if quick else 60)
    n_real = len(real.texts)
    query_texts = [q for q, _ in real.queries]
    started = time.perf_counter()
    query_emb = embedder.encode(query_texts, normalize_embeddings=True, convert_to_numpy=True)
    embed_s = (time.perf_counter() - started) / len(query_texts)
    stemmer = Stemmer.Stemmer("french")

    source_of = {f"real-{i}": s for i, s in enumerate(real.sources)}
    ids = list(source_of)
    texts = list(real.texts)
    emb = real.embeddings
    general = general_french_words()
    filler = Filler(real.texts, general)

    rows = []
    with chroma_server(workdir / "scale-server") as (host, port, _pid):
        embedded = chromadb.PersistentClient(path=str(workdir / "scale-embedded"))
        server = chromadb.HttpClient(host=host, port=port)
        colls = {}
        for name, client in (("embedded", embedded), ("server", server)):
            colls[name] = client.create_collection(
                "bench_scale", metadata={"hnsw:space": "cosine"}, embedding_function=None
            )
        batch = min(5000, server.get_max_batch_size())
        pending_ids, pending_emb, pending_texts = list(ids), emb, list(texts)
        for size in sizes:
            # Grow to this size with filler; the real passages went in with the first batch.
            n_new = max(0, size - len(ids))
            start = len(ids)
            fill_ids = [f"fill-{start + j}" for j in range(n_new)]
            fill_texts = filler.texts(n_new)
            ids += fill_ids
            texts += fill_texts
            new_ids = pending_ids + fill_ids
            new_texts = pending_texts + fill_texts
            new_emb = np.vstack([pending_emb, filler.embeddings(n_new)])
            pending_ids, pending_texts = [], []
            pending_emb = np.empty((0, emb.shape[1]), dtype=np.float32)
            insert_s = {
                name: _add(c, new_ids, new_emb.tolist(), new_texts, batch)
                for name, c in colls.items()
            }
            started = time.perf_counter()
            tokens = bm25s.tokenize(texts, stopwords="fr", stemmer=stemmer, show_progress=False)
            bm25 = bm25s.BM25()
            bm25.index(tokens, show_progress=False)
            bm25_build_s = time.perf_counter() - started

            lat: dict[str, list[float]] = {"embedded": [], "server": [], "bm25": [], "fuse": []}
            hits = {"dense": 0, "bm25": 0, "fused": 0}
            for (query, relevant), q_emb in zip(real.queries, query_emb, strict=True):
                dense_ids: list[str] = []
                for name, c in colls.items():
                    t0 = time.perf_counter()
                    res = c.query(query_embeddings=[q_emb.tolist()], n_results=CANDIDATES)
                    lat[name].append(time.perf_counter() - t0)
                    dense_ids = res["ids"][0]
                t0 = time.perf_counter()
                q_tok = bm25s.tokenize(
                    [query], stopwords="fr", stemmer=stemmer, show_progress=False
                )
                docs, _scores = bm25.retrieve(
                    q_tok, k=min(CANDIDATES, len(ids)), show_progress=False
                )
                sparse_ids = [ids[j] for j in docs[0]]
                lat["bm25"].append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                fused = _rrf(dense_ids, sparse_ids)[:K]
                lat["fuse"].append(time.perf_counter() - t0)
                for key, ranking in (
                    ("dense", dense_ids[:K]),
                    ("bm25", sparse_ids[:K]),
                    ("fused", fused),
                ):
                    hits[key] += any(source_of.get(d) == relevant for d in ranking)

            n_q = len(real.queries)
            total = [
                embed_s + e + b + f
                for e, b, f in zip(lat["embedded"], lat["bm25"], lat["fuse"], strict=True)
            ]
            rows.append(
                {
                    "passages": len(ids),
                    "dense embedded median ms": summary_ms(lat["embedded"])["median_ms"],
                    "dense embedded p95 ms": summary_ms(lat["embedded"])["p95_ms"],
                    "dense server median ms": summary_ms(lat["server"])["median_ms"],
                    "dense server p95 ms": summary_ms(lat["server"])["p95_ms"],
                    "bm25 median ms": summary_ms(lat["bm25"])["median_ms"],
                    "hybrid total median ms": summary_ms(total)["median_ms"],
                    "hybrid total p95 ms": summary_ms(total)["p95_ms"],
                    "recall@5 dense": round(hits["dense"] / n_q, 3),
                    "recall@5 bm25": round(hits["bm25"] / n_q, 3),
                    "recall@5 fused": round(hits["fused"] / n_q, 3),
                    "insert embedded s": round(insert_s["embedded"], 1),
                    "insert server s": round(insert_s["server"], 1),
                    "bm25 build s": round(bm25_build_s, 1),
                }
            )
            print(f"  index {len(ids):>7,}: {rows[-1]}", flush=True)

    return SectionResult(
        name="index_scale",
        title=TITLE,
        metrics={
            "real passages": n_real,
            "queries": len(real.queries),
            "query embedding median ms": round(embed_s * 1000, 2),
            "recall@5 fused, smallest → largest": (
                f"{rows[0]['recall@5 fused']} → {rows[-1]['recall@5 fused']}" if rows else "n/a"
            ),
            "dense latency growth (embedded, largest/smallest)": (
                round(rows[-1]["dense embedded median ms"] / rows[0]["dense embedded median ms"], 2)
                if rows and rows[0]["dense embedded median ms"]
                else "n/a"
            ),
        },
        rows=rows,
        notes=[
            f"Real passages: {real.origin}; queries: the {len(real.queries)} distinct note "
            "titles/section headings, relevant = any passage of that note.",
            "Filler passages: 60 words each, 75 % everyday French (Zipf over the "
            f"{len(general):,} most frequent words of spaCy's fr_core_news_md) and 25 % the notes' "
            "own jargon at its real frequencies, so BM25 meets the same words in documents about "
            "other points; their embeddings are random unit vectors "
            "inserted directly into Chroma (embedding 100,000 texts with MiniLM on 2 cores takes "
            "~10 min). Random vectors are nearly orthogonal to real ones, so dense recall here is "
            "an upper bound; the latency figures are not affected by this.",
            "Hybrid total = query embedding (measured once per query, "
            f"{statistics.fmean([embed_s]) * 1000:.1f} ms) + dense (embedded) + BM25 + fusion; "
            "candidates per retriever: "
            f"{CANDIDATES}, reciprocal-rank fusion k={RRF_K}.",
        ],
    )
