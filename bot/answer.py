"""The answer: one pydantic model behind every surface (CLI JSON, chat, Slack, log)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rules.decision import Verdict

Authority = Literal["law", "cnil", "article", "internal"]
#: note = our own summary of the official text at `url`; official = that text itself, verbatim;
#: article = a published third-party article (seed).
CitationKind = Literal["note", "official", "article"]


class LegalBasis(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ref: str
    url: str


class MissingFactOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fact: str
    question: str
    options: list[str]


class ArticleClaim(BaseModel):
    """What a published article claims, in our words, and what the law or the CNIL says instead."""

    model_config = ConfigDict(extra="forbid")
    rule_ids: list[str]
    claim: dict[str, str]  # {"fr": ..., "en": ...}
    correction: dict[str, str]


class Citation(BaseModel):
    """A retrieved passage. ``excerpt`` is a verbatim stretch of it (… where cut)."""

    model_config = ConfigDict(extra="forbid")
    source_id: str
    title: str
    url: str
    authority: Authority
    kind: CitationKind | None = None  # None: set from the authority (article or note), below
    excerpt: str
    score: float
    contradicts: list[str] = []  # rule ids / topics an article gets wrong (warning material)
    claims: list[ArticleClaim] = Field(default=[], exclude=True)  # warning material, not output

    @model_validator(mode="after")
    def _default_kind(self) -> Citation:
        if self.kind is None:
            self.kind = "article" if self.authority == "article" else "note"
        return self


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
    """``facts_evidence`` (free-text answers): fact -> the span of the question it was read from.

    The extractor's side of the contract is ``evidence_of(question, on, context=None, *,
    facts=None) -> dict[str, str]``: for each fact read from ``question``, the span it came from,
    verbatim (``facts``, when given, is what ``extract`` returned, so that nothing is read twice).
    The answer step (bot/understand/answer.py) takes ``bot.understand.extract.evidence_of`` when
    the extraction engine defines it, else the clause finder of bot/understand/evidence.py, and
    keeps the spans of the facts the answer still holds with the same value. Spans are shown as
    typed on the terminal, in ``--json`` and in a DM; in a channel the Slack view masks contact
    details in them; the log does not store them.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    verdict: Verdict
    summary: str
    language: Literal["fr", "en"]
    date: dt.date
    facts: dict[str, Any] = {}
    facts_evidence: dict[str, str] = {}
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
