"""What the buttons of an answer carry, signed so that a click cannot point at someone else's case.

A click comes back with the value the app put in the button; nothing in it is trusted unless its
signature (HMAC-SHA256 with the app's secret, bot/privacy/secret.py) matches. The signed case
names who asked: only that person or a manager may act on it (bot/listeners/actions.py).
Pure: the key is given, nothing is read or written here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

#: Slack's limit on a button value.
VALUE_MAX = 2000


class Case(BaseModel):
    """An answered case, as a click needs it: enough to re-answer without the database."""

    e: int | None = None  # journal entry answered by the message
    u: str | None = None  # who asked: the one (with the managers) who may act on it
    d: str  # date of the verdict
    l: str  # noqa: E741 - language
    f: dict[str, Any]  # known facts (the contact left out: it never leaves in a button)
    x: dict[str, str] = {}  # where each fact was read (facts_evidence), kept across a re-answer
    s: str = ""  # signature of all the above


C = TypeVar("C", bound=Case)


class FactClick(Case):
    """The value behind a missing-fact button: the case, the fact asked and the value clicked."""

    k: str
    v: str


class Signer:
    """Signs and checks click values with the app's secret."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _mac(self, fields: dict[str, Any]) -> str:
        body = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self._key, body.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def sign(self, case: Case) -> Case:
        return case.model_copy(update={"s": self._mac(case.model_dump(exclude={"s"}))})

    def value(self, case: Case) -> str:
        """The signed case as a button value, within Slack's limit (evidence dropped if need be)."""
        signed = self.sign(case)
        text = _dumps(signed)
        while len(text) > VALUE_MAX and signed.x:
            longest = max(signed.x, key=lambda k: len(signed.x[k]))
            signed = self.sign(signed.model_copy(update={"x": _without(signed.x, longest)}))
            text = _dumps(signed)
        return text

    def read(self, value: str | None, model: type[C]) -> C | None:
        """The case behind a value if its signature holds, else None (forged, altered, legacy)."""
        try:
            case = model.model_validate_json(value or "")
        except (ValidationError, ValueError):
            return None
        expected = self._mac(case.model_dump(exclude={"s"}))
        return case if hmac.compare_digest(expected, case.s) else None


def _dumps(case: Case) -> str:
    return json.dumps(case.model_dump(), ensure_ascii=False)


def _without(spans: dict[str, str], key: str) -> dict[str, str]:
    return {k: v for k, v in spans.items() if k != key}
