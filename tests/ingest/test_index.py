"""Ingest: incremental by content hash, bad files named and skipped, never half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

import ingest.index as index_module
from ingest.index import IngestBusy, Snapshot, ingest, live_dir
from ingest.retrieve import Retriever
from tests.ingest.conftest import SMALL_CORPUS, make_settings, unique_collection, write_small_corpus

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path: Path):  # type: ignore[no-untyped-def]
    knowledge, seeds = write_small_corpus(tmp_path)
    return make_settings(tmp_path / "data", knowledge, seeds), knowledge


def passage_ids(settings) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    snap = Snapshot.load(live_dir(Path(settings.data_dir)))
    out: dict[str, list[str]] = {}
    for p in snap.passages:
        out.setdefault(p.source_id, []).append(p.id)
    return out


def chroma_ids(settings) -> set[str]:  # type: ignore[no-untyped-def]
    retriever = Retriever(settings)
    return set(retriever.store(retriever.snapshot()).collection.get(include=[])["ids"])


def test_second_ingest_with_nothing_changed_embeds_nothing(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, _ = corpus
    first = ingest(settings=settings)
    assert first.files == len(SMALL_CORPUS) + 1  # the notes and one seed; the README is not one
    assert first.embedded == first.passages > 0
    second = ingest(settings=settings)
    assert (second.embedded, second.changed, second.unchanged) == (0, 0, first.files)
    assert second.passages == first.passages
    assert chroma_ids(settings) == {i for ids in passage_ids(settings).values() for i in ids}


def test_a_changed_file_replaces_exactly_its_own_passages(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, knowledge = corpus
    ingest(settings=settings)
    before = passage_ids(settings)
    path = knowledge / "internal/durees.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("trois ans", "trente-six mois"), encoding="utf-8"
    )
    report = ingest(settings=settings)
    after = passage_ids(settings)
    assert report.changed == 1 and report.embedded == len(after["test-durees-internes"])
    assert set(after["test-durees-internes"]).isdisjoint(before["test-durees-internes"])
    for source in before.keys() - {"test-durees-internes"}:
        assert after[source] == before[source]
    # The old vectors are gone from Chroma: a search cannot return the previous wording.
    assert chroma_ids(settings) == {i for ids in after.values() for i in ids}
    hits = Retriever(settings).search("durée de conservation des prospects", k=2)
    assert any("trente-six mois" in p.text for p in hits)
    assert not any("trois ans après le dernier contact" in p.text for p in hits)


def test_a_deleted_file_loses_its_passages(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, knowledge = corpus
    ingest(settings=settings)
    (knowledge / "law/appels-ancien.md").unlink()
    report = ingest(settings=settings)
    assert report.removed == 1 and report.embedded == 0
    assert "test-appels-ancien" not in passage_ids(settings)


def test_bad_files_are_named_and_skipped_and_the_rest_is_indexed(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, knowledge = corpus
    (knowledge / "internal/vide.md").write_text("", encoding="utf-8")
    (knowledge / "internal/binaire.txt").write_bytes(b"\x00\x01\x02" * 100)
    (knowledge / "internal/ancien.txt").write_bytes(
        "Données à caractère personnel".encode("cp1252")
    )
    (knowledge / "internal/casse.pdf").write_bytes(b"%PDF-1.4 garbage")
    report = ingest(settings=settings)
    skipped = {Path(s.path).name: s.reason for s in report.skipped}
    assert set(skipped) == {"vide.md", "binaire.txt", "ancien.txt", "casse.pdf"}
    assert report.files == len(SMALL_CORPUS) + 1


def test_extra_paths_are_indexed_and_remembered(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, _ = corpus
    extra = tmp_path / "policies"
    extra.mkdir()
    (extra / "politique.txt").write_text(
        "Politique interne\n\nNous ne prospectons jamais les mineurs, quel que soit le canal utilisé.\n",
        encoding="utf-8",
    )
    ingest([extra], settings=settings)
    report = ingest(settings=settings)  # no path: the folder is still part of the index
    assert report.embedded == 0 and "politique" in passage_ids(settings)


def test_a_crash_before_the_swap_leaves_the_previous_index_usable(corpus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings, knowledge = corpus
    ingest(settings=settings)
    live = live_dir(Path(settings.data_dir))
    before = passage_ids(settings)
    (knowledge / "internal/durees.md").write_text(
        "---\nid: test-durees-internes\nauthority: internal\n---\n## Nouvelle règle\n\n"
        "Nous conservons désormais les prospects deux ans seulement, par prudence.\n",
        encoding="utf-8",
    )

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(index_module, "_swap", crash)
    with pytest.raises(OSError, match="disk full"):
        ingest(settings=settings)
    assert live_dir(Path(settings.data_dir)) == live and passage_ids(settings) == before
    hits = Retriever(settings).search("conservation des prospects", k=3)
    assert any("trois ans" in p.text for p in hits)  # the previous generation answers

    monkeypatch.undo()
    report = ingest(settings=settings)  # the next run finishes the job and cleans up
    assert report.changed == 1
    texts = [p.text for p in Snapshot.load(live_dir(Path(settings.data_dir))).passages]
    assert any("deux ans" in t for t in texts)
    assert len(list(Path(settings.data_dir).glob("index.gen-*"))) == 1


def test_a_crash_while_embedding_changes_nothing(corpus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings, knowledge = corpus
    ingest(settings=settings)
    before = passage_ids(settings)
    (knowledge / "law/nouvelle.md").write_text(
        "---\nid: nouvelle\nauthority: law\n---\nUne nouvelle règle, assez longue pour être citée.\n",
        encoding="utf-8",
    )
    from ingest import dense

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(dense.Embedder, "encode", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest(settings=settings)
    assert passage_ids(settings) == before


def test_two_ingests_at_once_are_refused(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, _ = corpus
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True)
    with index_module._locked(data_dir), pytest.raises(IngestBusy):
        ingest(settings=settings)


def test_an_unreadable_previous_index_is_rebuilt(corpus) -> None:  # type: ignore[no-untyped-def]
    settings, _ = corpus
    first = ingest(settings=settings)
    (live_dir(Path(settings.data_dir)) / "manifest.json").write_text("{not json")
    report = ingest(settings=settings)
    assert report.passages == first.passages and report.changed == first.files
    assert any("rebuilding" in w for w in report.warnings)


@pytest.mark.chroma_server
def test_moving_to_a_chroma_server_reuses_the_vectors(corpus, chroma_server_url) -> None:  # type: ignore[no-untyped-def]
    settings, _ = corpus
    ingest(settings=settings)
    on_server = settings.model_copy(update={"chroma_url": chroma_server_url})
    report = ingest(settings=on_server, collection=unique_collection())
    assert report.embedded == 0  # the index's own vectors are uploaded, nothing is re-embedded
    retriever = Retriever(on_server)
    assert retriever.store(retriever.snapshot()).collection.count() == report.passages
    assert retriever.search("consentement courrier électronique", k=1)[0].source_id == "test-l34-5"
