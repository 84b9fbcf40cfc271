"""`gardefou sources fetch` and `status` against the local site: what is stored, how politely,
and that a failure never replaces the copy we had."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from ingest.sources import fetch as fetch_module
from ingest.sources import store
from ingest.sources.fetch import REPO_URL
from ingest.sources.registry import load_registry, source_id
from tests.sources.conftest import ARTICLE_V1, CNIL_TEXT, PDF_TEXT, Page, article_html


def ids(site) -> dict[str, str]:
    """path on the local site -> source id."""
    return {
        p: source_id(site.url(p))
        for p in (
            "/codes/article-l223-1",
            "/cnil/prospection-telephone",
            "/jorf/decret.pdf",
            "/disparu",
            "/lent",
            "/telechargement.bin",
        )
    }


def stored(settings, sid: str) -> str | None:
    return store.read_text(settings.data_dir, sid)


def test_fetch_stores_each_official_page_and_gives_one_line_per_failure(
    site, settings, gardefou
) -> None:
    run = gardefou("sources", "fetch")
    sid = ids(site)
    assert run.code == 1  # some pages failed: a cron job must notice
    failed = [line for line in run.err.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 3, run.err
    assert any(sid["/disparu"] in f and "HTTP 404" in f for f in failed)
    assert any(sid["/lent"] in f and "timed out" in f for f in failed)
    assert any(
        sid["/telechargement.bin"] in f and "neither HTML nor PDF (application/octet-stream)" in f
        for f in failed
    )
    assert "6 sources: 3 new, 0 changed, 0 unchanged, 3 failed" in run.out

    # HTML through trafilatura (page furniture left out), PDF through pypdf, verbatim.
    article = stored(settings, sid["/codes/article-l223-1"])
    assert article and ARTICLE_V1 in article and "Mentions légales" not in article
    assert CNIL_TEXT in (stored(settings, sid["/cnil/prospection-telephone"]) or "")
    assert PDF_TEXT in (stored(settings, sid["/jorf/decret.pdf"]) or "")
    for path in ("/disparu", "/lent", "/telechargement.bin"):
        assert stored(settings, sid[path]) is None

    # Into the data dir, never the repository; the indexable copy says what it is.
    text_file = Path(settings.data_dir) / "official" / sid["/codes/article-l223-1"] / "text.md"
    head = text_file.read_text(encoding="utf-8").split("\n---\n")[0]
    assert "kind: official" in head and "authority: law" in head
    assert "C. conso art. L.223-1" in head and "R16" in head
    assert not list(Path(__file__).resolve().parents[2].glob("official"))

    # A User-Agent that names us, our version and where to find us.
    agent = site.requests_to("/codes/article-l223-1")[0]["User-Agent"]
    assert agent.startswith("Gardefou/") and REPO_URL in agent


def test_status_shows_fetched_changed_hash_and_the_last_failure(site, settings, gardefou) -> None:
    gardefou("sources", "fetch")
    run = gardefou("sources", "status")
    sid = ids(site)
    assert run.code == 0
    article = next(b for b in _blocks(run.out) if b.startswith(sid["/codes/article-l223-1"]))
    state = store.read_state(settings.data_dir, sid["/codes/article-l223-1"])
    assert state and state.hash and state.fetched_at and state.changed_at
    assert f"hash {state.hash[:12]}" in article and "fetched 20" in article
    assert "changed 20" in article and "reviewed" in article
    gone = next(b for b in _blocks(run.out) if b.startswith(sid["/disparu"]))
    assert "fetched -" in gone and "last attempt failed: HTTP 404" in gone


def _blocks(out: str) -> list[str]:
    blocks: list[str] = []
    for line in out.splitlines():
        if line.startswith("    ") and blocks:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return blocks


def test_a_second_fetch_is_conditional_and_a_304_keeps_our_copy(site, settings, gardefou) -> None:
    sid = ids(site)
    gardefou("sources", "fetch", sid["/codes/article-l223-1"], sid["/cnil/prospection-telephone"])
    before = store.read_state(settings.data_dir, sid["/codes/article-l223-1"])
    run = gardefou(
        "sources", "fetch", sid["/codes/article-l223-1"], sid["/cnil/prospection-telephone"]
    )
    assert run.code == 0 and "2 sources: 0 new, 0 changed, 2 unchanged, 0 failed" in run.out
    assert site.requests_to("/codes/article-l223-1")[-1].get("If-None-Match") == '"v1"'
    cnil = site.requests_to("/cnil/prospection-telephone")[-1]
    assert cnil.get("If-Modified-Since") == "Mon, 02 Nov 2026 10:00:00 GMT"
    after = store.read_state(settings.data_dir, sid["/codes/article-l223-1"])
    assert after and before and after.hash == before.hash
    assert after.changed_at == before.changed_at and after.fetched_at > before.fetched_at
    assert ARTICLE_V1 in (stored(settings, sid["/codes/article-l223-1"]) or "")


def test_requests_are_spaced_by_the_configured_delay(site, settings, gardefou) -> None:
    sid = ids(site)
    wanted = ["/codes/article-l223-1", "/cnil/prospection-telephone", "/jorf/decret.pdf"]
    run = gardefou("sources", "fetch", "--delay", "0.3", *(sid[p] for p in wanted))
    assert run.code == 0
    times = sorted(t for t, path, _ in site.seen if path in wanted)
    assert len(times) == 3
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.29, gaps


@pytest.mark.parametrize(
    "broken",
    [
        Page(b"erreur interne", status=500, content_type="text/plain"),
        Page(b"<html><body><nav>Menu</nav></body></html>"),  # no readable text
        Page(article_html("Trop tard."), sleep_s=1.5),  # no answer within the timeout
    ],
    ids=["http-500", "no-text", "timeout"],
)
def test_a_failed_refetch_leaves_the_previous_copy_intact(site, settings, gardefou, broken) -> None:
    sid = ids(site)["/codes/article-l223-1"]
    gardefou("sources", "fetch", sid)
    text_file = Path(settings.data_dir) / "official" / sid / "text.md"
    kept = text_file.read_bytes()
    state = store.read_state(settings.data_dir, sid)
    site.pages["/codes/article-l223-1"] = broken
    run = gardefou("sources", "fetch", sid)
    assert run.code == 1 and run.err.startswith("FAILED") and sid in run.err
    assert text_file.read_bytes() == kept
    after = store.read_state(settings.data_dir, sid)
    assert after and state and after.hash == state.hash and after.last_error
    assert not [p for p in text_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_crash_while_writing_leaves_the_previous_copy_intact(
    site, settings, gardefou, monkeypatch
) -> None:
    sid = ids(site)["/codes/article-l223-1"]
    gardefou("sources", "fetch", sid)
    text_file = Path(settings.data_dir) / "official" / sid / "text.md"
    kept = text_file.read_bytes()
    site.pages["/codes/article-l223-1"] = Page(article_html("Une toute autre rédaction du texte."))

    def dies(src, dst):  # the disk fills up at the rename
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", dies)
    run = gardefou("sources", "fetch", sid)
    monkeypatch.undo()
    assert run.code != 0
    assert text_file.read_bytes() == kept
    assert not [p for p in text_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_an_unknown_source_id_is_a_usage_error(site, settings, gardefou) -> None:
    run = gardefou("sources", "fetch", "legifrance-nope")
    assert run.code == 2 and "unknown source id(s): legifrance-nope" in run.err


def test_the_registry_reads_every_url_the_notes_name(site, settings) -> None:
    sources = load_registry(settings.knowledge_dir)
    assert {s.url for s in sources} == {site.url(p) for p in ids(site)}
    article = next(s for s in sources if s.url.endswith("/codes/article-l223-1"))
    assert article.label == "C. conso art. L.223-1" and article.rule_ids == ["R16", "R17d"]
    cnil = next(s for s in sources if s.url.endswith("/cnil/prospection-telephone"))
    assert cnil.authority == "cnil"


def _sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the fetcher asks for, recorded instead of slept (no wall-clock assertion: the
    machine's load must not decide the test)."""
    asked: list[float] = []
    monkeypatch.setattr(fetch_module.time, "sleep", asked.append)
    return asked


def test_time_is_not_spent_waiting_when_the_delay_is_zero(
    site, settings, gardefou, monkeypatch
) -> None:
    sid = ids(site)
    asked = _sleeps(monkeypatch)
    run = gardefou("sources", "fetch", sid["/codes/article-l223-1"], sid["/jorf/decret.pdf"])
    assert run.code == 0 and asked == []


def test_a_delay_spaces_the_requests_to_one_site(site, settings, gardefou, monkeypatch) -> None:
    # the politeness delay an operator sets is kept between two requests, never before the first
    sid = ids(site)
    asked = _sleeps(monkeypatch)
    run = gardefou(
        "sources", "fetch", "--delay", "30", sid["/codes/article-l223-1"], sid["/jorf/decret.pdf"]
    )
    assert run.code == 0
    assert len(asked) == 1 and 29 < asked[0] <= 30
