"""The knowledge base: every note is well-formed, points to an official source, supports known
rules, and is written in our own words (no long run of words shared with the seed articles)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from bot.settings import REPO_ROOT, get_settings

KNOWLEDGE = REPO_ROOT / "knowledge"
NOTES = sorted(p for p in KNOWLEDGE.rglob("*.md") if p.name != "README.md")
FOLDER_AUTHORITY = {"law": "law", "cnil": "cnil", "sanctions": "cnil", "internal": "internal"}
OFFICIAL = {"law": ("legifrance.gouv.fr", "eur-lex.europa.eu", "curia.europa.eu")}
OFFICIAL["cnil"] = ("cnil.fr", "legifrance.gouv.fr", *OFFICIAL["law"])
RUN = 10  # words: a shared run this long would mean copied text, not a shared legal phrase


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    assert match, f"{path.name}: no front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_there_is_a_note_for_every_topic_of_the_brief() -> None:
    assert len(NOTES) >= 40
    assert {p.parent.name for p in NOTES} >= {"law", "cnil", "sanctions", "internal"}


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_note_is_well_formed(path: Path) -> None:
    meta, body = front_matter(path)
    assert meta["id"] == path.stem
    assert meta["title"] and meta["lang"] == "fr"
    assert meta["authority"] == FOLDER_AUTHORITY[path.parent.name]
    assert meta["rule_ids"], "a note must say which rules it supports"
    assert all(re.fullmatch(r"R\d+[a-z]?(\.\w+)?", r) for r in meta["rule_ids"])
    if meta["authority"] in OFFICIAL:
        host = urlparse(meta["url"]).hostname or ""
        assert host.endswith(OFFICIAL[meta["authority"]]), meta["url"]
    if meta.get("valid_from") and meta.get("valid_to"):
        assert meta["valid_from"] <= meta["valid_to"]
    assert "## En bref (English)" in body, "English summary missing: English queries need it"
    assert len(words(body)) >= 150


def test_notes_share_no_long_run_of_words_with_the_seed_articles() -> None:
    seeds_dir = get_settings().seeds_dir
    if not seeds_dir or not seeds_dir.is_dir():
        pytest.skip("seed articles not available (GARDEFOU_SEEDS_DIR)")
    runs: set[tuple[str, ...]] = set()
    for seed in seeds_dir.glob("*.txt"):
        w = words(seed.read_text(encoding="utf-8"))
        runs.update(tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
    copied = []
    for path in NOTES:
        w = words(front_matter(path)[1])
        copied += [
            f"{path.stem}: {' '.join(w[i : i + RUN])}"
            for i in range(len(w) - RUN + 1)
            if tuple(w[i : i + RUN]) in runs
        ]
    assert not copied, copied[:5]
