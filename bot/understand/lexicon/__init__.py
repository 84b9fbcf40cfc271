"""The word lists of the readers, kept as data: ``<family>.yaml`` in this folder.

Each key of a family's file is one list of regular expressions over the folded text; `words`
joins a list into one pattern the way the readers always have (``match._rx``: each part in its
own group, the parts as alternatives). Each file is read once.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from bot.understand.readers.match import _rx

HERE = Path(__file__).parent


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml when available (several times faster), the pure-Python loader otherwise."""


@cache
def lists(family: str) -> dict[str, tuple[str, ...]]:
    """Every list of ``<family>.yaml``, by key."""
    raw = yaml.load((HERE / f"{family}.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    out: dict[str, tuple[str, ...]] = {}
    for key, parts in raw.items():
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise ValueError(f"lexicon/{family}.yaml: {key} must be a list of strings")
        out[key] = tuple(parts)
    return out


def words(family: str, key: str) -> re.Pattern[str]:
    """The list ``key`` of ``<family>.yaml`` as one compiled pattern."""
    return _rx(*lists(family)[key])
