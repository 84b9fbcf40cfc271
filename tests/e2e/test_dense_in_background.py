"""Answers never wait for the embedder (GARDEFOU_DENSE=background): while it loads, retrieval runs on
BM25 and the rule ids and the answer keeps its legal basis and verbatim citations; once it is
loaded, the dense results are fused in. Questions that need no passage load nothing heavy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from bot.answer import Answer
from bot.pipeline import Pipeline
from bot.settings import REPO_ROOT, Settings
from ingest.retrieve import Retriever
from tests.e2e.test_answers_end_to_end import _sources

# Words no passage contains: BM25 finds nothing for them, only the embedder can.
UNKNOWN_WORDS = "zyxqwv blorptang quixfrumble"


def assert_grounded(answer: Answer, seeds_dir) -> None:  # type: ignore[no-untyped-def]
    """A legal basis and at least one citation whose excerpt is verbatim from its source."""
    assert answer.legal_basis and answer.citations, answer.summary
    sources = _sources(seeds_dir)
    for citation in answer.citations:
        body = citation.excerpt.strip("… ")
        assert len(body) >= 40, citation.excerpt
        for piece in (p.strip() for p in body.split("…")):
            assert piece in sources[citation.source_id], f"{citation.source_id}: {piece[:80]}"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the embedder's loading until the test opens the gate."""
    opened = threading.Event()
    prepare = Retriever._prepare_dense

    def held(self: Retriever, snap) -> None:  # type: ignore[no-untyped-def]
        assert opened.wait(120), "the test never opened the gate"
        prepare(self, snap)

    monkeypatch.setattr(Retriever, "_prepare_dense", held)
    yield opened
    opened.set()  # never leave a loader thread waiting


def test_the_first_answer_does_not_wait_for_the_embedder(
    e2e_settings: Settings, seeds_dir, gate: threading.Event
) -> None:
    retriever = Retriever(e2e_settings, dense="background")
    pipeline = Pipeline(e2e_settings, retriever=retriever)
    answer = pipeline.ask(
        "Puis-je envoyer une newsletter promotionnelle par e-mail à des particuliers qui n'ont "
        "jamais donné leur accord ?",
        record=False,
    )
    assert not retriever.dense_ready
    assert answer.verdict.value == "forbidden"
    assert any("L.34-5" in b.ref for b in answer.legal_basis), answer.legal_basis
    assert answer.citations and any(c.authority in ("law", "cnil") for c in answer.citations)
    assert_grounded(answer, seeds_dir)
    # Meanwhile the embedder is on its way, and nothing it would find is ranked yet.
    assert retriever.search(UNKNOWN_WORDS, k=3) == []

    gate.set()
    assert retriever.wait_dense(180), "the embedder never became ready"
    assert len(retriever.search(UNKNOWN_WORDS, k=3)) == 3


def test_once_ready_answers_fuse_the_dense_results(e2e_settings: Settings, seeds_dir) -> None:
    sparse_only = Retriever(e2e_settings, dense="off")
    hybrid = Retriever(e2e_settings, dense="background")
    hybrid.warm(dense=True)
    assert hybrid.dense_ready
    assert sparse_only.search(UNKNOWN_WORDS, k=3) == []
    assert len(hybrid.search(UNKNOWN_WORDS, k=3)) == 3
    answer = Pipeline(e2e_settings, retriever=hybrid).ask(
        "Can we cold-call a consumer registered on Bloctel to sell windows?", record=False
    )
    assert answer.verdict.value == "forbidden" and answer.legal_basis and answer.citations
    assert_grounded(answer, seeds_dir)


_PROBE = """
import json, sys
from bot.pipeline import Pipeline
answers = [Pipeline().ask(q, record=False) for q in sys.argv[1:]]
print(json.dumps({
    "verdicts": [a.verdict.value for a in answers],
    "citations": [len(a.citations) for a in answers],
    "heavy": sorted(m for m in ("torch", "sentence_transformers", "chromadb") if m in sys.modules),
}))
"""


def _probe(e2e_settings: Settings, dense: str, *questions: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GARDEFOU_")}
    env.update(
        GARDEFOU_DATA_DIR=str(e2e_settings.data_dir),
        GARDEFOU_DENSE=dense,
        DATABASE_URL=f"sqlite:///{e2e_settings.data_dir / 'probe.db'}",
        PYTHONPATH=str(REPO_ROOT),
    )
    if e2e_settings.seeds_dir:
        env["GARDEFOU_SEEDS_DIR"] = str(e2e_settings.seeds_dir)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *questions],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_questions_outside_the_scope_load_no_model(e2e_settings: Settings) -> None:
    seen = _probe(
        e2e_settings,
        "background",
        "Tu connais une bonne recette de gâteau au chocolat ?",
        "Who won the football match last night?",
    )
    assert seen["verdicts"] == ["out_of_scope", "out_of_scope"]
    assert seen["heavy"] == []


def test_bm25_alone_answers_with_citations_without_torch_or_chroma(e2e_settings: Settings) -> None:
    seen = _probe(
        e2e_settings,
        "off",
        "Puis-je appeler un particulier inscrit sur Bloctel un samedi pour vendre des fenêtres ?",
    )
    assert seen["verdicts"] == ["forbidden"] and seen["citations"][0] >= 1
    assert seen["heavy"] == []
