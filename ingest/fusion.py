"""Reciprocal rank fusion: merge ranked lists by rank alone, so that BM25 scores and cosine
similarities (different scales) never need calibrating against each other."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = 10  # smaller than the usual 60: one side finding a passage first should count (see below)

T = TypeVar("T", bound=Hashable)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[T]], weights: Sequence[float] | None = None, k: int = K
) -> dict[T, float]:
    """item -> sum over lists of weight / (k + rank), rank counted from 1."""
    weights = weights or [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    fused: dict[T, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused


def best_possible(weights: Sequence[float], k: int = K) -> float:
    """The fused score of an item ranked first everywhere: divides scores into 0..1."""
    return sum(weights) / (k + 1)
