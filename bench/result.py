"""What a bench section hands back to the runner (JSON over the child's standard output)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Skipped(Exception):
    """Raised by a section when what it measures does not exist yet (or cannot run here)."""


class SectionResult(BaseModel):
    name: str
    title: str
    status: Literal["ok", "skipped", "failed"] = "ok"
    reason: str = ""
    seconds: float = 0.0
    #: Peak resident memory of the section's process (ru_maxrss), MiB.
    peak_rss_mib: float = 0.0
    #: Figures, flat and JSON-able: what the report prints.
    metrics: dict[str, Any] = Field(default_factory=dict)
    #: Rows of a table (e.g. one per index size), each a dict with the same keys.
    rows: list[dict[str, Any]] = Field(default_factory=list)
    #: How it was measured, in a sentence or two each (printed under the table).
    notes: list[str] = Field(default_factory=list)
