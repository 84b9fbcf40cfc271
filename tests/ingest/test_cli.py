"""`gardefou ingest` and `gardefou search` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import get_settings
from tests.ingest.conftest import write_small_corpus

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    knowledge, seeds = write_small_corpus(tmp_path)
    monkeypatch.setenv("GARDEFOU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GARDEFOU_KNOWLEDGE_DIR", str(knowledge))
    monkeypatch.setenv("GARDEFOU_SEEDS_DIR", str(seeds))
    monkeypatch.delenv("CHROMA_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def run(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_ingest_prints_counts_and_a_second_run_embeds_nothing(env, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["ingest"]) == 0
    first = capsys.readouterr().out
    assert "files: 5" in first and "embedded: 0" not in first and "seconds:" in first
    assert run(["ingest"]) == 0
    assert "embedded: 0" in capsys.readouterr().out


def test_ingest_quiet_prints_nothing_but_names_bad_files(env, capsys) -> None:  # type: ignore[no-untyped-def]
    (env / "knowledge" / "law" / "vide.md").write_text("")
    assert run(["ingest", "--quiet"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "vide.md: empty file" in out.err


def test_ingest_of_a_missing_path_is_a_usage_error(env, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["ingest", str(env / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_search_json_gives_citable_passages(env, capsys) -> None:  # type: ignore[no-untyped-def]
    run(["ingest", "--quiet"])
    capsys.readouterr()
    assert run(["search", "--json", "-k", "2", "consentement", "courrier", "électronique"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    assert {"source_id", "title", "url", "authority", "excerpt", "score"} <= set(rows[0])
    assert rows[0]["source_id"] == "test-l34-5" and rows[0]["authority"] == "law"
    assert rows[0]["kind"] == "note"  # our summary, not the official text
    body = (env / "knowledge/law/l34-5.md").read_text(encoding="utf-8")
    assert rows[0]["excerpt"].strip("…") in body


def test_search_prints_sources_for_a_human(env, capsys) -> None:  # type: ignore[no-untyped-def]
    run(["ingest", "--quiet"])
    capsys.readouterr()
    assert run(["search", "durée de conservation B2B"]) == 0
    out = capsys.readouterr().out
    assert "test-durees-internes" in out and "contradicts R28" in out and "score" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "-k", "0", "prospection"], "-k 0"),
        (["search", "   "], "empty query"),
        (["search", "--date", "demain", "prospection"], "--date"),
    ],
)
def test_search_bad_input_is_a_usage_error(env, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    assert run(args) == 2
    assert message in capsys.readouterr().err


def test_search_before_any_ingest_says_what_to_do(env, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["search", "prospection"]) == 1
    assert "gardefou ingest" in capsys.readouterr().err
