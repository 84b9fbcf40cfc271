"""Loaders: each format gives its text and metadata; a bad file is refused with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.loaders import LoadError, discover, load_file
from tests.ingest.conftest import note


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF with a text layer, written by hand (no PDF library needed to make it)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_markdown_note_lifts_front_matter_and_keeps_the_body_as_text(tmp_path: Path) -> None:
    path = note(
        tmp_path / "law",
        "n.md",
        """
        id: cpce-test
        title: "CPCE L.34-5"
        url: https://www.legifrance.gouv.fr/x
        authority: law
        articles: CPCE L.34-5
        rule_ids: [R1, R2]
        valid_from: 2026-08-11
        valid_to: null
        lang: fr
        """,
        "## Principe\n\nTexte de la note.\n",
    )
    doc = load_file(path)
    assert (doc.source_id, doc.title, doc.authority) == ("cpce-test", "CPCE L.34-5", "law")
    assert doc.rule_ids == ["R1", "R2"] and doc.articles == ["CPCE L.34-5"]
    assert doc.valid_from == dt.date(2026, 8, 11) and doc.valid_to is None
    assert doc.text == "## Principe\n\nTexte de la note.\n"  # the body after the front matter


def test_note_without_authority_takes_it_from_its_folder(tmp_path: Path) -> None:
    path = note(tmp_path / "sanctions", "s.md", "title: Une sanction", "Texte de la sanction.\n")
    doc = load_file(path)
    assert doc.authority == "cnil" and doc.source_id == "s"


def test_seed_article_is_an_article_with_a_stable_id_and_its_first_line_as_title(
    tmp_path: Path,
) -> None:
    path = tmp_path / "007_abcdef.txt"
    path.write_text("Prospection et RGPD : nos conseils\n\nPremier paragraphe.\n", encoding="utf-8")
    doc = load_file(path, seed=True)
    assert doc.source_id == "seed:007_abcdef" and doc.authority == "article"
    assert doc.title == "Prospection et RGPD : nos conseils"
    assert doc.url == ""  # never a file:// URL


def test_html_goes_through_trafilatura_with_headings(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Page CNIL</title></head><body><nav>Menu Accueil</nav><article>"
        "<h1>Prospection par SMS</h1><p>Un SMS commercial envoyé à un particulier suppose son "
        "accord préalable, recueilli au moment de la collecte de son numéro de téléphone.</p>"
        "<h2>Désinscription</h2><p>Chaque SMS doit offrir un moyen gratuit de s'opposer, par "
        "exemple en répondant STOP, et l'expéditeur doit être identifiable.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = load_file(path)
    assert "accord préalable" in doc.text and "Menu Accueil" not in doc.text
    assert "## Désinscription" in doc.text and doc.format == "markdown"


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(
        tiny_pdf("Prospection B2B: informer la personne des la premiere prise de contact")
    )
    doc = load_file(path)
    assert "informer la personne" in doc.text
    assert doc.title.startswith("Prospection B2B")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"abc\x00\x01\x02def" * 20, "binary"),
        ("empty.md", b"  \n\n", "empty"),
        ("latin1.txt", "Données à caractère personnel".encode("latin-1"), "UTF-8"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "PDF"),
        ("no-text.pdf", tiny_pdf(" "), "text layer"),
        ("bad-front.md", b"---\nid: [unclosed\n---\nbody\n", "front matter"),
        ("bad-authority.md", b"---\nauthority: blog\n---\nSome body text here.\n", "authority"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load_file(path)


def test_discover_skips_hidden_files_readmes_and_unknown_types(tmp_path: Path) -> None:
    for name in ("a.md", "b.txt", "README.md", ".hidden.md", "data.csv", "sub/c.pdf", ".git/x.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == [
        "a.md",
        "b.txt",
        "sub/c.pdf",
    ]


def test_seed_url_comes_from_the_readme_table_when_it_has_one(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "| file | url | what |\n|---|---|---|\n"
        "| 001_a.txt | https://example.org/article-a | an article |\n"
        "| 002_b.txt | (unknown) | another |\n",
        encoding="utf-8",
    )
    for name in ("001_a.txt", "002_b.txt"):
        (tmp_path / name).write_text("Un titre\n\nUn paragraphe de texte.\n", encoding="utf-8")
    assert load_file(tmp_path / "001_a.txt", seed=True).url == "https://example.org/article-a"
    assert load_file(tmp_path / "002_b.txt", seed=True).url == ""
