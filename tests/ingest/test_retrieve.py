"""Hybrid retrieval, the same checks on embedded Chroma and on the real Chroma server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.index import ingest
from ingest.loaders import load_file
from ingest.retrieve import Retriever
from tests.ingest.conftest import make_settings, unique_collection, write_small_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(
    scope="module", params=["embedded", pytest.param("server", marks=pytest.mark.chroma_server)]
)
def retriever(request, tmp_path_factory) -> Retriever:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp(request.param)
    knowledge, seeds = write_small_corpus(root)
    url = request.getfixturevalue("chroma_server_url") if request.param == "server" else None
    settings = make_settings(root / "data", knowledge, seeds, chroma_url=url)
    ingest(settings=settings, collection=unique_collection() if url else None)
    retriever = Retriever(settings)
    if url:  # the vectors really are on the server
        snap = retriever.snapshot()
        assert retriever.store(snap).collection.count() == len(snap.passages)
    return retriever


def test_results_carry_what_a_citation_needs(retriever: Retriever) -> None:
    hits = retriever.search(
        "consentement préalable à la prospection par courrier électronique", k=3
    )
    assert hits[0].source_id == "test-l34-5"
    assert hits[0].url.startswith("https://www.legifrance.gouv.fr/")
    assert hits[0].authority == "law" and hits[0].title
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_passages_and_excerpts_are_verbatim_from_their_source(retriever: Retriever) -> None:
    sources = {}
    for path in Path(retriever.settings.knowledge_dir).rglob("*.md"):
        doc = load_file(path)
        sources[doc.source_id] = doc.text
    for path in Path(retriever.settings.seeds_dir).glob("*.txt"):
        sources[f"seed:{path.stem}"] = path.read_text(encoding="utf-8")
    query = "démarchage téléphonique et liste Bloctel"
    for hit in retriever.search(query, k=6):
        assert hit.text in sources[hit.source_id]
        assert sources[hit.source_id][hit.start : hit.start + len(hit.text)] == hit.text
        excerpt = hit.excerpt(max_chars=80, query=query)
        assert excerpt.strip("…") in hit.text and len(excerpt.strip("…")) >= 40


def test_an_authority_outranks_an_article_on_the_same_point(retriever: Retriever) -> None:
    hits = retriever.search("durée de conservation des données des prospects", k=5)
    ranks = {h.source_id: n for n, h in enumerate(hits)}
    assert ranks["test-durees-internes"] < ranks["seed:002_de9aa3c42ebca839"]


def test_an_article_contradicting_the_cnil_is_flagged(retriever: Retriever) -> None:
    hits = retriever.search("limite de conservation en B2B", k=5)
    seed = next(h for h in hits if h.source_id.startswith("seed:"))
    assert seed.authority == "article" and seed.contradicts == ["R28"]


def test_the_rule_in_force_on_the_date_comes_first(retriever: Retriever) -> None:
    query = "démarchage téléphonique d'un consommateur : Bloctel ou consentement ?"
    before = retriever.search(query, k=2, on=dt.date(2026, 3, 1))
    after = retriever.search(query, k=5, on=dt.date(2026, 9, 1))
    assert before[0].source_id == "test-appels-ancien" and before[0].in_force(dt.date(2026, 3, 1))
    assert after[0].source_id == "test-appels-nouveau" and after[0].in_force(dt.date(2026, 9, 1))
    # The out-of-force rule is still found, well below the current one.
    old = next(h for h in after if h.source_id == "test-appels-ancien")
    assert old.score <= after[0].score * 0.6


def test_rule_ids_favour_their_passages_by_prefix(retriever: Retriever) -> None:
    plain = retriever.search("quelles règles s'appliquent ?", k=1)
    boosted = retriever.search("quelles règles s'appliquent ?", k=1, rule_ids=["R16.contract"])
    assert boosted[0].source_id == "test-appels-nouveau"
    assert plain[0].source_id != "test-appels-nouveau" or boosted[0].score > plain[0].score


def test_queries_without_accents_or_in_english_still_match(retriever: Retriever) -> None:
    assert (
        retriever.search("duree conservation prospect", k=1)[0].source_id == "test-durees-internes"
    )
    hit = retriever.search("do consumers need to opt in to marketing e-mails?", k=1)[0]
    assert hit.source_id == "test-l34-5"


def test_a_down_chroma_server_does_not_stop_answers(retriever: Retriever) -> None:
    settings = retriever.settings.model_copy(update={"chroma_url": "http://127.0.0.1:9"})
    hits = Retriever(settings).search("consentement préalable courrier électronique", k=1)
    assert hits and hits[0].source_id == "test-l34-5"
