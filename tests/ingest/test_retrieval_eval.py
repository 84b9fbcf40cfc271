"""Retrieval evaluation on the real knowledge base: recall@5 and MRR over retrieval_eval.yaml.

A query counts as found when any passage of its expected note is among the top 5. A query whose
note is not in the knowledge base yet is left out, and says so.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
import yaml

from bot.settings import Settings
from ingest.index import IngestReport, ingest
from ingest.retrieve import Retriever
from tests.ingest.conftest import KNOWLEDGE_DIR, make_settings

pytestmark = pytest.mark.slow

EVAL_FILE = Path(__file__).with_name("retrieval_eval.yaml")
QUERIES = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["queries"]
K = 5
MIN_RECALL = 0.9


@pytest.fixture(scope="session")
def knowledge_index(tmp_path_factory) -> tuple[Retriever, IngestReport]:  # type: ignore[no-untyped-def]
    if not any(KNOWLEDGE_DIR.rglob("*.md")):
        pytest.skip("the knowledge base has no notes yet")
    settings = make_settings(
        tmp_path_factory.mktemp("kb") / "data", KNOWLEDGE_DIR, Settings().seeds_dir
    )
    report = ingest(settings=settings)
    return Retriever(settings), report


def test_eval_set_is_large_and_bilingual() -> None:
    langs = [q["lang"] for q in QUERIES]
    assert len(QUERIES) >= 40 and langs.count("fr") >= 10 and langs.count("en") >= 10


def test_knowledge_base_ingests_without_skipping_anything(knowledge_index) -> None:  # type: ignore[no-untyped-def]
    _, report = knowledge_index
    assert report.skipped == [], report.skipped
    assert report.warnings == [], report.warnings


def test_recall_at_5_and_mrr(knowledge_index, capsys) -> None:  # type: ignore[no-untyped-def]
    retriever, report = knowledge_index
    known = {p.source_id for p in retriever.snapshot().passages}
    ranks: list[int | None] = []
    missing, misses, latencies = [], [], []
    for query in QUERIES:
        if query["expect"] not in known:
            missing.append(query["expect"])
            continue
        started = time.perf_counter()
        hits = retriever.search(query["q"], k=K)
        latencies.append(time.perf_counter() - started)
        found = [h.source_id for h in hits]
        rank = found.index(query["expect"]) + 1 if query["expect"] in found else None
        ranks.append(rank)
        if rank is None:
            misses.append(f"{query['q']!r} -> expected {query['expect']}, got {found}")
    if not ranks:
        pytest.skip("none of the expected notes exists yet")
    recall = sum(r is not None for r in ranks) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    with capsys.disabled():
        print(
            f"\nretrieval eval: {len(ranks)} queries, recall@{K} {recall:.3f}, MRR {mrr:.3f}, "
            f"median latency {statistics.median(latencies[1:] or latencies) * 1000:.0f} ms, "
            f"{report.passages} passages, ingest {report.seconds:.1f} s"
            + (f"; left out (note missing): {sorted(set(missing))}" if missing else "")
        )
    assert recall >= MIN_RECALL, "\n".join(misses)
