"""Conditions on facts, written in the rule tables as plain YAML, evaluated in three values.

    channel: [email, sms]          the fact is one of these values
    consent: {not: [yes]}          the fact is none of these values
    all: [...] / any: [...] / not: {...}
    is: consumer_regime            a named condition of tables/definitions.yaml

A condition is evaluated against *domains*: for each fact, the set of values it may still
take (one value when stated, several when unknown). The answer is True (holds for every
value), False (for none) or None (undecided: it depends on an unknown fact). ``split`` names a
fact and a value set that would make progress, which is how the evaluator tries the values
of an unknown fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rules.facts import ENUM_FACTS

#: Values every fact used in conditions can take. Derived: ``call_time`` and ``call_limit``
#: (from ``calls_30d``, rules/calendar.py) and ``retention_expired`` (``last_contact`` older than
#: the retention period, rules/evaluate.py) and ``consent_expired`` (``consent_date`` older than the
#: validity of a phone consent, rules/evaluate.py).
DOMAINS: dict[str, frozenset[str]] = {
    **{name: frozenset(m.value for m in enum) for name, enum in ENUM_FACTS.items()},
    "call_time": frozenset({"within", "outside"}),
    "call_limit": frozenset({"under", "reached"}),
    "retention_expired": frozenset({"yes", "no"}),
    "consent_expired": frozenset({"yes", "no"}),
}

Domains = Mapping[str, frozenset[str]]


def _value(raw: Any) -> str:
    # YAML 1.1 reads yes/no as booleans.
    if raw is True:
        return "yes"
    if raw is False:
        return "no"
    return str(raw)


class Condition:
    def eval(self, dom: Domains) -> bool | None:
        raise NotImplementedError

    def split(self, dom: Domains) -> tuple[str, frozenset[str]] | None:
        raise NotImplementedError

    def facts(self) -> set[str]:
        raise NotImplementedError


@dataclass(frozen=True)
class In(Condition):
    fact: str
    values: frozenset[str]

    def eval(self, dom: Domains) -> bool | None:
        d = dom[self.fact]
        if d <= self.values:
            return True
        if not d & self.values:
            return False
        return None

    def split(self, dom: Domains) -> tuple[str, frozenset[str]] | None:
        return (self.fact, self.values) if self.eval(dom) is None else None

    def facts(self) -> set[str]:
        return {self.fact}


@dataclass(frozen=True)
class All(Condition):
    parts: tuple[Condition, ...]

    def eval(self, dom: Domains) -> bool | None:
        return _kleene(self.parts, dom, decisive=False)

    def split(self, dom: Domains) -> tuple[str, frozenset[str]] | None:
        return _first_open_split(self.parts, dom)

    def facts(self) -> set[str]:
        return _facts_of(self.parts)


@dataclass(frozen=True)
class Any_(Condition):
    parts: tuple[Condition, ...]

    def eval(self, dom: Domains) -> bool | None:
        return _kleene(self.parts, dom, decisive=True)

    def split(self, dom: Domains) -> tuple[str, frozenset[str]] | None:
        return _first_open_split(self.parts, dom)

    def facts(self) -> set[str]:
        return _facts_of(self.parts)


def _kleene(parts: tuple[Condition, ...], dom: Domains, *, decisive: bool) -> bool | None:
    """Three-valued AND (decisive=False: one False settles it) or OR (decisive=True)."""
    result: bool | None = not decisive
    for part in parts:
        value = part.eval(dom)
        if value is decisive:
            return decisive
        if value is None:
            result = None
    return result


def _first_open_split(
    parts: tuple[Condition, ...], dom: Domains
) -> tuple[str, frozenset[str]] | None:
    """The split of the first part still undecided: the fact to try values of."""
    for part in parts:
        if part.eval(dom) is None:
            return part.split(dom)
    return None


def _facts_of(parts: tuple[Condition, ...]) -> set[str]:
    return set().union(*(p.facts() for p in parts)) if parts else set()


@dataclass(frozen=True)
class Not(Condition):
    part: Condition

    def eval(self, dom: Domains) -> bool | None:
        value = self.part.eval(dom)
        return None if value is None else not value

    def split(self, dom: Domains) -> tuple[str, frozenset[str]] | None:
        return self.part.split(dom)

    def facts(self) -> set[str]:
        return self.part.facts()


TRUE = All(())


def parse(raw: Any, definitions: Mapping[str, Condition] | None = None) -> Condition:
    """Build a Condition from its YAML form; unknown facts or values fail at import."""
    definitions = definitions or {}
    if raw is None:
        return TRUE
    if isinstance(raw, list):
        return All(tuple(parse(item, definitions) for item in raw))
    if not isinstance(raw, Mapping):
        raise ValueError(f"a condition must be a mapping or a list, got {raw!r}")
    parts: list[Condition] = []
    for key, value in raw.items():
        if key == "all":
            parts.append(All(tuple(parse(v, definitions) for v in value)))
        elif key == "any":
            parts.append(Any_(tuple(parse(v, definitions) for v in value)))
        elif key == "not":
            parts.append(Not(parse(value, definitions)))
        elif key == "is":
            if value not in definitions:
                raise ValueError(f"unknown definition {value!r}")
            parts.append(definitions[value])
        else:
            parts.append(_leaf(key, value))
    return parts[0] if len(parts) == 1 else All(tuple(parts))


def _leaf(fact: str, raw: Any) -> Condition:
    if fact not in DOMAINS:
        raise ValueError(f"condition on unknown fact {fact!r}")
    negate = isinstance(raw, Mapping)
    if negate:
        if set(raw) != {"not"}:
            raise ValueError(f"{fact}: only {{not: [...]}} is accepted, got {raw!r}")
        raw = raw["not"]
    items = raw if isinstance(raw, list) else [raw]
    values = frozenset(_value(v) for v in items)
    unknown = values - DOMAINS[fact]
    if unknown:
        raise ValueError(f"{fact}: unknown values {sorted(unknown)}")
    return In(fact, DOMAINS[fact] - values if negate else values)
