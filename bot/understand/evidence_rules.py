"""Asymmetric evidence as data: the categories of words a fact value may not be read from.

``lexicon/evidence.yaml`` lists the permissive values (those that can lead towards `allowed`)
and the events a mechanism or a possibility never establishes, each with the ConText categories
(bot.understand.context) whose spans are cut away before the value is read again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from bot.understand.context import LEXICON


def _value(key: Any) -> str:
    # YAML 1.1 reads yes/no as booleans: the facts vocabulary spells them as words
    if key is True:
        return "yes"
    if key is False:
        return "no"
    return str(key)


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], frozenset[str]]:
    raw = yaml.safe_load((LEXICON / "evidence.yaml").read_text(encoding="utf-8"))
    out: dict[tuple[str, str], frozenset[str]] = {}
    for section in ("permissive", "events"):
        for fact, values in raw.get(section, {}).items():
            for value, categories in values.items():
                out[(fact, _value(value))] = frozenset(categories)
    return out


@lru_cache(maxsize=1)
def ignored() -> frozenset[str]:
    """Categories whose spans are read for no fact at all (claims of approval)."""
    raw = yaml.safe_load((LEXICON / "evidence.yaml").read_text(encoding="utf-8"))
    return frozenset(raw.get("ignored", []))


@lru_cache(maxsize=1)
def kept_when_unknown() -> frozenset[str]:
    """Facts whose absence the rules read as the permissive default (no objection made): a
    restrictive value of theirs under an `ignored` span (a doubt) is kept, not dropped."""
    raw = yaml.safe_load((LEXICON / "evidence.yaml").read_text(encoding="utf-8"))
    return frozenset(raw.get("kept_when_unknown", []))


def needs_plain(fact: str, value: Any) -> frozenset[str]:
    """The categories ``fact = value`` may not be read from (empty: any reading stands)."""
    raw = value.value if hasattr(value, "value") else value
    return table().get((fact, _value(raw)), frozenset())


@lru_cache(maxsize=1)
def _permissive() -> frozenset[tuple[str, str]]:
    raw = yaml.safe_load((LEXICON / "evidence.yaml").read_text(encoding="utf-8"))
    return frozenset(
        (fact, _value(value))
        for fact, values in raw.get("permissive", {}).items()
        for value in values
    )


def is_permissive(fact: str, value: Any) -> bool:
    """``fact = value`` can lead towards `allowed` (the `permissive` section)."""
    raw = value.value if hasattr(value, "value") else value
    return (fact, _value(raw)) in _permissive()
