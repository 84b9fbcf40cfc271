"""Sparse side of retrieval: a bm25s index over French-stemmed, accent-folded tokens.

The embedder is an English model that separates French meanings weakly (RECIPES.md), so exact
legal vocabulary ("L.34-5", "Bloctel", "référentiel") is caught here. Tokens are stemmed in French
then in English and folded to ASCII, so that "téléphonique"/"telephone", "prospection"/
"prospecting", "delai"/"délai" (Slack users often type without accents) meet on the same stem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(word: str) -> str:
    """Lower-case, accents removed: 'Délai' -> 'delai'."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _stemmers():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("french"), Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_FRENCH

    return frozenset(fold(w) for w in (*STOPWORDS_FRENCH, *STOPWORDS_EN))


def tokenize(text: str) -> list[str]:
    """Stems of the meaningful words of `text` (single letters dropped, digits kept)."""
    french, english = _stemmers()
    stop = _stopwords()
    tokens = []
    for raw in _TOKEN.findall(text.lower()):
        if (len(raw) < 2 and not raw.isdigit()) or fold(raw) in stop:
            continue
        tokens.append(fold(english.stemWord(french.stemWord(raw))))
    return tokens


class SparseIndex:
    """BM25 over passages, positions aligned with the index's passage list."""

    def __init__(self, bm25) -> None:  # type: ignore[no-untyped-def]
        self._bm25 = bm25

    @classmethod
    def build(cls, texts: Sequence[str]) -> SparseIndex:
        import bm25s

        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [tokenize(t) or ["_empty_"] for t in texts]
        bm25.index(corpus, show_progress=False)
        return cls(bm25)

    def save(self, directory: Path) -> None:
        self._bm25.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> SparseIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage for `query` (zeros when no word matches)."""
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(self._bm25.scores["num_docs"], dtype=np.float32)
        return self._bm25.get_scores(tokens)

    def top(self, query: str, n: int) -> list[tuple[int, float]]:
        """Best `n` passage positions with a positive score, best first."""
        scores = self.scores(query)
        if n <= 0 or not scores.any():
            return []
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        ranked = sorted(best, key=lambda i: -scores[i])
        return [(int(i), float(scores[i])) for i in ranked if scores[i] > 0]
