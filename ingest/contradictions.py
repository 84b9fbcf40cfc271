"""Flags on seed passages that say the opposite of the law or the CNIL (ingest/contradictions.yaml).

The claims are data, keyed by seed file: adding one needs no code. A claim whose pattern matches
nothing is reported at ingest (the seed changed, or the pattern is wrong), never silently ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, field_validator

CLAIMS_FILE = Path(__file__).with_name("contradictions.yaml")


class Claim(BaseModel):
    seed: str  # file stem of the seed article
    pattern: str
    contradicts: list[str]
    why: str
    claim: dict[str, str]  # what the article asserts, in our words: {"fr": ..., "en": ...}
    correction: dict[str, str]  # what the law or the CNIL says instead

    @field_validator("claim", "correction")
    @classmethod
    def _both_languages(cls, value: dict[str, str]) -> dict[str, str]:
        if not (value.get("fr") and value.get("en")):
            raise ValueError("needs a French and an English sentence (fr, en)")
        return value

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value

    def matches(self, text: str) -> bool:
        return re.search(self.pattern, text, re.IGNORECASE) is not None


@lru_cache(maxsize=4)
def load_claims(path: Path = CLAIMS_FILE) -> tuple[Claim, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(
        Claim(seed=str(seed), **entry) for seed, entries in data.items() for entry in entries or []
    )


def claims_for(seed_stem: str, claims: tuple[Claim, ...] | None = None) -> list[Claim]:
    return [c for c in (claims if claims is not None else load_claims()) if c.seed == seed_stem]


def flags(text: str, claims: list[Claim]) -> list[str]:
    """Rule ids contradicted by `text` (sorted, no duplicates)."""
    return sorted({rule for c in claims if c.matches(text) for rule in c.contradicts})


def claims_in(source_id: str, text: str) -> list[Claim]:
    """The claims a seed passage makes (source ids of seeds are `seed:<file stem>`)."""
    if not source_id.startswith("seed:"):
        return []
    return [c for c in claims_for(source_id.removeprefix("seed:")) if c.matches(text)]


def why(rule_id: str) -> list[str]:
    """Why seeds contradicting `rule_id` (prefix match) are wrong, for an answer's warning."""
    base = rule_id.split(".", 1)[0]
    return [c.why for c in load_claims() if base in c.contradicts]
