"""Chunking: passages are verbatim stretches of the source, under their headings, of sane size."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import chunking
from ingest.loaders import load_file
from tests.ingest.conftest import KNOWLEDGE_DIR, note

LONG_SECTION = " ".join(
    f"Phrase numéro {i} sur la prospection commerciale, le consentement et l'art. 6 du RGPD."
    for i in range(40)
)


def spans_of(
    tmp_path: Path, body: str, front: str = "title: T\nauthority: cnil"
) -> tuple[str, list]:
    doc = load_file(note(tmp_path / "cnil", "n.md", front, body))
    return doc.text, chunking.split(doc)


def test_every_passage_is_an_exact_substring_at_its_offset(tmp_path: Path) -> None:
    text, spans = spans_of(
        tmp_path, f"# Titre\n\n## Partie A\n\n{LONG_SECTION}\n\n## Partie B\n\n{LONG_SECTION}\n"
    )
    assert spans
    for span in spans:
        passage = text[span.start : span.end]
        assert passage == passage.strip() and passage in text
        assert "##" not in passage  # headings are metadata, not passage text


def test_sections_keep_their_heading_path(tmp_path: Path) -> None:
    body = (
        "# Titre de la note\n\n## Téléphone\n\n### Horaires\n\n"
        "Les appels sont permis en semaine de 10 h à 13 h et de 14 h à 20 h, jamais le week-end.\n\n"
        "## En bref (English)\n\nCalls to consumers are allowed on weekdays only, 10-13 and 14-20.\n"
    )
    _, spans = spans_of(tmp_path, body)
    assert [s.section for s in spans] == ["Téléphone > Horaires", "En bref (English)"]
    assert [s.lang for s in spans] == [None, "en"]


def test_long_sections_split_on_sentences_within_bounds(tmp_path: Path) -> None:
    text, spans = spans_of(tmp_path, f"## Partie\n\n{LONG_SECTION}\n")
    assert len(spans) > 1
    for span in spans:
        passage = text[span.start : span.end]
        assert chunking.MIN_CHARS <= len(passage) <= chunking.MAX_CHARS + chunking.MIN_CHARS
        assert passage.startswith("Phrase") and passage.endswith("RGPD.")  # whole sentences
        assert "art. 6" in passage or "art." not in passage  # "art. 6" is not a sentence end


def test_plain_text_short_lines_become_sections(tmp_path: Path) -> None:
    path = tmp_path / "000_x.txt"
    path.write_text(
        "Le titre de l'article\n\nChoisir un bon outil\n\n"
        "Un outil de gestion de la relation client doit protéger les données des prospects.\n\n"
        "Qu'est-ce qu'une donnée personnelle ?\n\n"
        "C'est toute information se rapportant à une personne physique identifiée ou identifiable.\n",
        encoding="utf-8",
    )
    doc = load_file(path, seed=True)
    spans = chunking.split(doc)
    assert [s.section for s in spans] == [
        "Choisir un bon outil",
        "Qu'est-ce qu'une donnée personnelle ?",
    ]
    assert all(doc.text[s.start : s.end] in doc.text for s in spans)


def test_a_heading_with_nothing_under_it_gives_no_passage(tmp_path: Path) -> None:
    _, spans = spans_of(
        tmp_path,
        "## Vide\n\n## Plein\n\nUne section avec assez de texte pour être citée telle quelle.\n",
    )
    assert [s.section for s in spans] == ["Plein"]


@pytest.mark.skipif(not any(KNOWLEDGE_DIR.rglob("*.md")), reason="knowledge notes not written yet")
def test_real_notes_split_into_verbatim_quotable_passages() -> None:
    for path in sorted(KNOWLEDGE_DIR.rglob("*.md")):
        doc = load_file(path)
        spans = chunking.split(doc)
        assert spans, path
        for span in spans:
            passage = doc.text[span.start : span.end]
            assert len(passage) >= chunking.MIN_PASSAGE, (path, span)
            assert len(passage) <= chunking.MAX_CHARS + chunking.MIN_CHARS, (path, span)
