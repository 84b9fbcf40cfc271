"""What counts as an official text once downloaded: HTML and PDF text, nothing else."""

from __future__ import annotations

import pytest

from ingest.sources.extract import ExtractError, extract
from tests.sources.conftest import PDF_TEXT, tiny_pdf

SENTENCE = (
    "Le démarchage téléphonique d'un consommateur suppose son consentement préalable, libre, "
    "spécifique, éclairé et univoque, que le professionnel doit être en mesure de prouver."
)


def test_an_html_page_in_latin_1_is_read_with_its_accents() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Décret</title></head><body><article>'
        f"<h1>Article premier</h1><p>{SENTENCE}</p></article></body></html>"
    ).encode("latin-1")
    assert SENTENCE in extract(page, "text/html; charset=iso-8859-1").text


def test_a_pdf_is_read_even_when_served_as_a_download() -> None:
    assert PDF_TEXT in extract(tiny_pdf(PDF_TEXT), "application/octet-stream").text


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (b"\x00\x01binary", "application/octet-stream", "neither HTML nor PDF"),
        (SENTENCE.encode(), "text/plain", "neither HTML nor PDF (text/plain)"),
        (b"<html><body><p>Maintenance</p></body></html>", "text/html", "too little text"),
        (b"%PDF-1.4 not really", "application/pdf", "unreadable PDF"),
    ],
)
def test_anything_else_is_refused_with_a_reason(content, content_type, reason) -> None:
    with pytest.raises(ExtractError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        extract(content, content_type)
