"""The answer: one pydantic model behind every surface (CLI JSON, chat, Slack, log)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rules.decision import Verdict

Authority = Literal["law", "cnil", "article", "internal"]


class LegalBasis(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ref: str
    url: str


class MissingFactOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fact: str
    question: str
    options: list[str]


class Citation(BaseModel):
    """A retrieved passage. ``excerpt`` is a verbatim stretch of it (… where cut)."""

    model_config = ConfigDict(extra="forbid")
    source_id: str
    title: str
    url: str
    authority: Authority
    excerpt: str
    score: float
    contradicts: list[str] = []  # rule ids / topics an article gets wrong (warning material)


class AlternativeOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    change: dict[str, str]
    verdict: Verdict
    explanation: str


class ChangeOut(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    from_: dt.date = Field(alias="from", serialization_alias="from")
    verdict: Verdict
    rule_id: str


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    verdict: Verdict
    summary: str
    language: Literal["fr", "en"]
    date: dt.date
    facts: dict[str, Any] = {}
    rule_ids: list[str] = []
    legal_basis: list[LegalBasis] = []
    obligations: list[str] = []
    missing_facts: list[MissingFactOut] = []
    citations: list[Citation] = []
    alternatives: list[AlternativeOut] = []
    changes_over_time: list[ChangeOut] = []
    warnings: list[str] = []

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True)
