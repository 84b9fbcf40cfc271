"""PDF bytes -> their text and title, through pypdf: one reading for the knowledge loader and for
the official texts the operator fetches, so both refuse the same PDFs for the same reasons."""

from __future__ import annotations

import io


class PdfTextError(Exception):
    """The PDF holds no text we can read; the message says why, in a few words."""


def pdf_text(data: bytes) -> tuple[str, str]:
    """The pages' text (blank pages dropped, pages apart by a blank line) and the title the PDF
    declares ('' when none). Raises PdfTextError for an encrypted, unreadable or image-only PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise PdfTextError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except PdfTextError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfTextError(f"unreadable PDF ({detail})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise PdfTextError("PDF without a text layer")
    return text, str(title) if title else ""
