"""The word lists of the readers, kept as data: ``<family>.yaml`` in this folder.

Each key of a family's file is either one list of regular expressions over the folded text, which
`words` joins into one pattern the way the readers always have (``match._rx``: each part in its
own group, the parts as alternatives), or a table whose rows pair patterns (`table`). Each file
is read once.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.understand.readers.match import _rx

HERE = Path(__file__).parent


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml when available (several times faster), the pure-Python loader otherwise."""


@cache
def lists(family: str) -> dict[str, list[Any]]:
    """Every list of ``<family>.yaml``, by key: strings, or rows mapping a field to a string."""
    raw = yaml.load((HERE / f"{family}.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    for key, items in raw.items():
        if not isinstance(items, list) or not all(
            isinstance(i, str)
            or (isinstance(i, dict) and all(isinstance(v, str) for v in i.values()))
            for i in items
        ):
            raise ValueError(f"lexicon/{family}.yaml: {key} must be a list of strings or rows")
    return raw


def words(family: str, key: str) -> re.Pattern[str]:
    """The list ``key`` of ``<family>.yaml`` as one compiled pattern."""
    return _rx(*lists(family)[key])


def table(family: str, key: str, *fields: str) -> list[tuple[re.Pattern[str], ...]]:
    """The rows of the table ``key`` of ``<family>.yaml``, each as its ``fields``' patterns."""
    return [tuple(re.compile(row[f]) for f in fields) for row in lists(family)[key]]
