"""The rule tables (``rules/tables/*.yaml``) loaded into typed rules, in order of precedence.

Each rule is one situation of the legal brief: a stable id, a condition on facts, a verdict
(``allowed``, ``forbidden``, or ``duty`` for a rule that only adds obligations to an allowed
action), its legal basis (ids of ``rules/refs.yaml``), the period it is in force, and, in the
Catala spirit, what it is an exception of (``exception_of``) or overrides (``overrides``).

Precedence is computed, not hand-ordered: a rule comes before the rules it is an exception
of or overrides (``overrides: all`` puts it first); otherwise the order of the tables is kept.
The evaluator takes the first rule whose condition holds.

Every rule and every legal reference carries a ``status``: ``confirmed`` (the official text was
read) or ``to_confirm`` (reported, not read; ``to_confirm`` says what). A reference that changed
over time lists dated versions; ``ref_on(id, day)`` gives the wording in force on that day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from rules.conditions import TRUE, All, Condition, parse
from rules.decision import LegalRef, Text

TABLES_DIR = Path(__file__).parent / "tables"
REFS_FILE = Path(__file__).parent / "refs.yaml"
#: Reading order of the tables (also the order of precedence between unrelated rules).
RULE_TABLES = (
    "general",
    "keeping",
    "sectors",
    "scraped",
    "lists",
    "calls",
    "electronic",
    "phone",
    "post",
    "crm",
)


Status = Literal["confirmed", "to_confirm"]


class Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    title: Text
    verdict: Literal["allowed", "forbidden", "duty"]
    condition: Condition = Field(exclude=True)
    basis: tuple[str, ...]
    why: Text
    obligations: tuple[Text, ...] = ()
    topic: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    exception_of: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()  # ("all",) for a rule that beats every other
    #: confirmed: the reading of the law this rule encodes rests on texts read; to_confirm: part
    #: of it rests on a reported text, named in ``to_confirm``
    status: Status
    to_confirm: Text | None = None
    #: why the rule reads the law this way, for the reviewer (not shown to reps)
    note: Text | None = None
    table: str = ""
    #: the conditions as written in the table (``when``) and the table's ``scope``, for the rulebook
    when: Any = Field(default=None, exclude=True)
    scope: Any = Field(default=None, exclude=True)

    @field_validator("exception_of", "overrides", "basis", mode="before")
    @classmethod
    def _as_tuple(cls, v: Any) -> Any:
        return (v,) if isinstance(v, str) else tuple(v or ())

    def in_force(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )

    @property
    def brief_id(self) -> str:
        return self.id.split(".")[0]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false, so that ``yes``/``no`` stay the words of the facts.
    libyaml's parser when present: the tables load ~5x faster (~0.5 s of a cold first answer)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first in "tTfF":
    _Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, [_first])


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _load_yaml(name: str) -> Any:
    return load_yaml(TABLES_DIR / f"{name}.yaml")


class RefVersion(BaseModel):
    """One wording of a legal text, in force from ``valid_from`` to ``valid_to`` (inclusive)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    label: str
    url: str
    status: Status
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    version: dt.date | None = None  # the consolidated version read (confirmed only)
    checked: str | None = None  # where it was read
    note: str | None = None

    def in_force(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


class Reference(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    versions: tuple[RefVersion, ...]

    def enacted_by(self, day: dt.date) -> bool:
        """False before the text existed (its first wording's ``valid_from``)."""
        first = self.versions[0].valid_from
        return first is None or first <= day

    def on(self, day: dt.date) -> RefVersion:
        """The wording in force on ``day``; before the first or after the last, the nearest."""
        for version in self.versions:
            if version.in_force(day):
                return version
        first = self.versions[0]
        if first.valid_from is not None and day < first.valid_from:
            return first
        return self.versions[-1]


@cache
def references() -> dict[str, Reference]:
    found: dict[str, Reference] = {}
    for key, raw in load_yaml(REFS_FILE).items():
        versions = raw.get("versions", [raw])
        ref = Reference(id=key, versions=tuple(RefVersion(**v) for v in versions))
        for version in ref.versions:
            if version.status == "confirmed" and (version.version is None or not version.checked):
                raise ValueError(f"reference {key}: a confirmed text names its version and source")
            if version.status == "to_confirm" and not version.note:
                raise ValueError(f"reference {key}: say what remains to confirm")
        found[key] = ref
    return found


def ref_on(ref_id: str, day: dt.date) -> LegalRef:
    """The legal basis ``ref_id`` as worded on ``day`` (label and URL of that version)."""
    version = references()[ref_id].on(day)
    return LegalRef(id=ref_id, ref=version.label, url=version.url)


def ref_enacted(ref_id: str, day: dt.date) -> bool:
    return references()[ref_id].enacted_by(day)


def ref_version(ref_id: str, day: dt.date) -> RefVersion:
    return references()[ref_id].on(day)


@cache
def refs() -> dict[str, LegalRef]:
    """Every reference in its latest wording (the dated one: ``ref_on``)."""
    return {
        key: LegalRef(id=key, ref=r.versions[-1].label, url=r.versions[-1].url)
        for key, r in references().items()
    }


@cache
def definition_texts() -> dict[str, Any]:
    """The named conditions as written (for the rulebook)."""
    return dict(_load_yaml("definitions") or {})


@cache
def definitions() -> dict[str, Condition]:
    found: dict[str, Condition] = {}
    for name, raw in (_load_yaml("definitions") or {}).items():
        found[name] = parse(raw, found)  # a definition may use the ones above it
    return found


def _rule(raw: dict[str, Any], scope: Condition, table: str, scope_raw: Any = None) -> Rule:
    raw = dict(raw)
    when_raw = raw.pop("when", None)
    when = parse(when_raw, definitions())
    condition = when if scope is TRUE else All((scope, when))
    rule = Rule(condition=condition, table=table, when=when_raw, scope=scope_raw, **raw)
    missing = [b for b in rule.basis if b not in refs()]
    if missing:
        raise ValueError(f"rule {rule.id}: unknown legal basis {missing}")
    if rule.verdict != "duty" and not rule.basis:
        raise ValueError(f"rule {rule.id}: a verdict needs a legal basis")
    if (rule.status == "to_confirm") != (rule.to_confirm is not None):
        raise ValueError(f"rule {rule.id}: a to_confirm rule says what (and only such a rule)")
    return rule


def _precedence(rules: list[Rule]) -> list[Rule]:
    """Order rules so that exceptions and overriding rules come before what they beat."""
    ids = {r.id for r in rules}
    before: dict[str, set[str]] = {r.id: set() for r in rules}  # rule -> rules that must precede
    for r in rules:
        beaten = ids - {r.id} if "all" in r.overrides else set(r.exception_of) | set(r.overrides)
        unknown = beaten - ids
        if unknown:
            raise ValueError(f"rule {r.id} names unknown rules {sorted(unknown)}")
        for other in beaten:
            if "all" not in next(x for x in rules if x.id == other).overrides:
                before[other].add(r.id)
    # Stable depth-first order: a rule pulls what must precede it to just before itself (in table
    # order), so an exception defined in a later table never reorders unrelated rules (a greedy
    # "first ready" pass pushed the beaten rules back and let unrelated ones jump ahead of them).
    position = {r.id: k for k, r in enumerate(rules)}
    by_id = {r.id: r for r in rules}
    ordered: list[Rule] = []
    placed: set[str] = set()
    visiting: set[str] = set()

    def place(rule_id: str) -> None:
        if rule_id in placed:
            return
        if rule_id in visiting:
            raise ValueError("cycle in exception_of / overrides")
        visiting.add(rule_id)
        for first in sorted(before[rule_id], key=position.__getitem__):
            place(first)
        visiting.discard(rule_id)
        placed.add(rule_id)
        ordered.append(by_id[rule_id])

    for r in rules:
        place(r.id)
    return ordered


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule (verdict and duty), in order of precedence."""
    loaded: list[Rule] = []
    for table in RULE_TABLES:
        raw = _load_yaml(table)
        scope = parse(raw.get("scope"), definitions())
        loaded.extend(_rule(item, scope, table, raw.get("scope")) for item in raw["rules"])
    seen: set[str] = set()
    for r in loaded:
        if r.id in seen:
            raise ValueError(f"rule id {r.id} is used twice")
        seen.add(r.id)
    return tuple(_precedence(loaded))


@cache
def rule_index() -> dict[str, Rule]:
    return {r.id: r for r in rules()}


def rule_boundaries() -> set[dt.date]:
    """Dates on which a rule enters or leaves force."""
    found: set[dt.date] = set()
    for r in rules():
        if r.valid_from:
            found.add(r.valid_from)
        if r.valid_to:
            found.add(r.valid_to + dt.timedelta(days=1))
    return found


class Presumption(BaseModel):
    """A fact too impractical to ask every time, presumed when unknown, with the duty it creates."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)
    fact: str
    presumed: tuple[str, ...]
    #: presumed only when this holds for certain (a channel-specific presumption never leaks to a
    #: case whose channel is unknown)
    when: Condition | None = Field(default=None, exclude=True)
    unless: Condition | None = Field(default=None, exclude=True)
    obligation: Text | None = None
    why: str = ""
    #: presumed only for actions on these dates (a presumption the law of another period makes
    #: unsafe: a B2B call's line once the consumer regime needs consent)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def in_force(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@cache
def presumptions() -> tuple[Presumption, ...]:
    found = []
    for raw in _load_yaml("presumptions"):
        raw = dict(raw)
        unless = raw.pop("unless", None)
        when = raw.pop("when", None)
        presumed = raw.pop("presumed")
        presumed = [presumed] if not isinstance(presumed, list) else presumed
        values = tuple("yes" if v is True else "no" if v is False else str(v) for v in presumed)
        found.append(
            Presumption(
                presumed=values,
                when=parse(when, definitions()) if when else None,
                unless=parse(unless, definitions()) if unless else None,
                **raw,
            )
        )
    return tuple(found)


class Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    question: Text
    options: tuple[str, ...] = ()


@cache
def questions() -> dict[str, Question]:
    return {k: Question(**v) for k, v in _load_yaml("questions").items()}


@cache
def change_phrases() -> dict[str, Text]:
    """How an alternative's change is said: 'consent=yes' -> 'with the person's prior consent'."""
    return {k: Text(**v) for k, v in _load_yaml("changes").items()}
