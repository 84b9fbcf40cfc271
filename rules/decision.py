"""What the rules module returns: a verdict for a date, with the trace of the rules that decided.

Texts a rep reads are kept in both languages (``Text``); the answer layer picks one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from rules.facts import Facts


class Verdict(StrEnum):
    allowed = "allowed"
    forbidden = "forbidden"
    needs_info = "needs_info"
    info = "info"
    out_of_scope = "out_of_scope"


class Text(BaseModel):
    """One sentence in French and in English."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fr: str
    en: str

    def in_(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


class LegalRef(BaseModel):
    """A legal basis: ``ref`` as a lawyer writes it, ``url`` to the official text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str = ""  # key in rules/refs.yaml
    ref: str
    url: str


class MissingFact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    fact: str
    question: Text
    options: list[str]


class Alternative(BaseModel):
    """A smallest change of facts and the verdict it would give."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    change: dict[str, str]
    verdict: Verdict
    explanation: Text


class ChangeOverTime(BaseModel):
    """For the same facts, the verdict from another date (a rule coming or leaving force)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    from_: dt.date = Field(alias="from")
    verdict: Verdict
    rule_id: str


class TraceStep(BaseModel):
    """One rule looked at: fired (True), not applicable (False) or undecided (None)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    rule_id: str
    fired: bool | None
    note: str = ""


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict: Verdict
    date: dt.date
    facts: Facts
    rule_ids: list[str] = []
    explanation: Text
    legal_basis: list[LegalRef] = []
    obligations: list[Text] = []
    missing_facts: list[MissingFact] = []
    alternatives: list[Alternative] = []
    changes_over_time: list[ChangeOverTime] = []
    warnings: list[Text] = []
    #: the points the answer rests on that were not read in the official text (rules or legal
    #: bases of status to_confirm); the answer shows them as one warning line
    to_confirm: list[Text] = []
    trace: list[TraceStep] = []
    #: words retrieval should look for to cite the deciding rules (titles of the rules)
    topics: list[str] = []

    def to_confirm_warnings(self) -> list[Text]:
        """One warning line naming every point still to confirm (none when all are confirmed)."""
        if not self.to_confirm:
            return []
        return [
            Text(
                fr="Point à confirmer : " + " ; ".join(t.fr for t in self.to_confirm) + ".",
                en="To be confirmed: " + "; ".join(t.en for t in self.to_confirm) + ".",
            )
        ]
