"""Dated legal parameters, OpenFisca style: one YAML file per value under ``rules/params/``,
keyed by the date it takes effect, each value with the text that sets it. ``null`` ends a value.

Read once at import; ``param("phone/calling_hours", on)`` gives the value in force on a day.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

PARAMS_DIR = Path(__file__).parent / "params"


class ParamValue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    value: Any
    reference: str
    #: confirmed: the value was read in the text named by ``reference``; to_confirm: reported
    status: Literal["confirmed", "to_confirm"]


class Parameter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    description: str
    values: dict[dt.date, ParamValue]

    def at(self, on: dt.date) -> Any:
        """The value in force on ``on`` (None before the first date or after a ``null``)."""
        entry = self.entry_at(on)
        return entry.value if entry is not None else None

    def entry_at(self, on: dt.date) -> ParamValue | None:
        """The dated entry in force on ``on``: value, reference and status."""
        current = None
        for start in sorted(self.values):
            if start <= on:
                current = self.values[start]
        return current


@cache
def parameters() -> dict[str, Parameter]:
    found: dict[str, Parameter] = {}
    for path in sorted(PARAMS_DIR.rglob("*.yaml")):
        name = path.relative_to(PARAMS_DIR).with_suffix("").as_posix()
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[name] = Parameter(name=name, **raw)
    return found


def param(name: str, on: dt.date) -> Any:
    return parameters()[name].at(on)


def boundaries() -> set[dt.date]:
    """Every date on which some parameter changes."""
    return {start for p in parameters().values() for start in p.values}
