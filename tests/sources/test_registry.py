"""The registry of official texts read from our real knowledge base (nothing is fetched here)."""

from __future__ import annotations

import re

from bot.settings import REPO_ROOT
from ingest.loaders import front_matter
from ingest.sources.registry import load_registry, source_id

KNOWLEDGE = REPO_ROOT / "knowledge"
L223_1_2026 = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285"


def test_every_url_a_note_names_is_one_source_with_a_unique_readable_id() -> None:
    sources = load_registry(KNOWLEDGE)
    named = set()
    for path in KNOWLEDGE.rglob("*.md"):
        meta = front_matter(path.read_text(encoding="utf-8")) or {}
        if meta.get("url"):
            named.add(meta["url"])
    assert {s.url for s in sources} == named
    ids = [s.id for s in sources]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]{3,64}", i) for i in ids), ids


def test_the_2026_phone_article_lists_the_rules_resting_on_it() -> None:
    article = next(s for s in load_registry(KNOWLEDGE) if s.url == L223_1_2026)
    assert article.id == source_id(L223_1_2026) == "legifrance-legiarti000051830285"
    assert article.authority == "law" and article.label.startswith("C. conso art. L.223-1")
    assert {"R16", "R17d"} <= set(article.rule_ids)  # the notes' rule_ids
    assert "conso-l223-1-2026" in article.notes
    assert article.valid_from is not None  # the reform's start: the note's validity


def test_cnil_pages_and_cnil_decisions_on_legifrance_are_cnil_texts() -> None:
    sources = load_registry(KNOWLEDGE)
    for s in sources:
        if "cnil.fr" in s.url or "/cnil/" in s.url:
            assert s.authority == "cnil", s.url
        elif "eur-lex" in s.url or "curia" in s.url:
            assert s.authority == "law", s.url


def test_rules_citing_a_text_in_their_legal_basis_rest_on_it_too() -> None:
    from rules import table

    article = next(s for s in load_registry(KNOWLEDGE) if s.url == L223_1_2026)
    if hasattr(table, "references"):  # references with dated versions
        refs_here = {
            key
            for key, ref in table.references().items()
            if any(v.url == L223_1_2026 for v in ref.versions)
        }
    else:
        refs_here = {key for key, ref in table.refs().items() if ref.url == L223_1_2026}
    citing = {r.id.split(".")[0] for r in table.rules() if refs_here & set(r.basis)}
    assert citing and citing <= set(article.rule_ids), citing - set(article.rule_ids)
