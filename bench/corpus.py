"""Filler that grows the index around the real passages for the scale bench.

Filler passages are word salad, everyday French mixed with the notes' own jargon (so that BM25
meets the same words), with random unit vectors as embeddings: embedding 100,000 texts with MiniLM
on two cores would take about ten minutes per run.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

EMBED_DIM = 384
_WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœæ'’-]{2,}", re.IGNORECASE)
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


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
    words = (nlp.vocab.strings[k] for k in nlp.vocab.vectors)
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
