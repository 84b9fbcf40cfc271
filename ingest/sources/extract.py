"""Downloaded bytes -> the text of an official page: HTML through trafilatura, PDF through pypdf.

Anything else is refused with a reason: an error page or a binary is never stored as the law.
"""

from __future__ import annotations

from pydantic import BaseModel

from ingest.pdf_text import PdfTextError, pdf_text

#: Less text than this is an error or maintenance page, never an official text to store.
MIN_CHARS = 120


class ExtractError(Exception):
    """The page holds no text we can read; the message says why, in a few words."""


class Extracted(BaseModel):
    text: str
    title: str = ""


def kind_of(content: bytes, content_type: str) -> str:
    """`html`, `pdf` or `` (neither) from the declared type, then the first bytes."""
    declared = content_type.split(";", 1)[0].strip().lower()
    if declared == "application/pdf" or content.startswith(b"%PDF-"):
        return "pdf"
    if declared in ("text/html", "application/xhtml+xml"):
        return "html"
    head = content[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return ""


def extract(content: bytes, content_type: str = "") -> Extracted:
    kind = kind_of(content, content_type)
    if kind in ("pdf", "html"):
        page = _pdf(content) if kind == "pdf" else _html(content)
        if len(page.text.strip()) < MIN_CHARS:
            raise ExtractError(f"too little text ({len(page.text.strip())} characters)")
        return page
    shown = content_type.split(";", 1)[0].strip() or "no content type"
    raise ExtractError(f"neither HTML nor PDF ({shown})")


def _html(content: bytes) -> Extracted:
    import trafilatura

    # Bytes, not str: trafilatura reads the page's declared charset (ISO-8859-1 pages exist).
    text = trafilatura.extract(
        content, output_format="markdown", include_comments=False, favor_recall=True
    )
    if not text or not text.strip():
        raise ExtractError("no readable text in the HTML")
    meta = trafilatura.extract_metadata(content)
    return Extracted(text=text.strip() + "\n", title=(meta.title if meta and meta.title else ""))


def _pdf(content: bytes) -> Extracted:
    try:
        text, title = pdf_text(content)
    except PdfTextError as exc:
        raise ExtractError(str(exc)) from exc
    return Extracted(text=text + "\n", title=title)
