"""Per-fact precision and recall of an evaluation run, for cases that carry `expected_facts`.

A verdict can be right by luck; the facts read from the question say whether it will stay right.
Each case labels the facts a careful reader gets (``{"consent": "no", "audience": "b2c"}``; a
list accepts any of its values; ``null`` says the text settles nothing on that fact, so any value
read is wrong). Facts a case does not label are not scored: a labeller writes down what matters,
not every fact. Values that lead towards `allowed` (``PERMISSIVE``) are the dangerous ones, so
their precision is reported on its own (goal: ≥ 0.98), with every wrong one listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel

#: (fact, value) pairs that can lead towards `allowed`: read one wrongly and a forbidden contact
#: looks allowed. Kept here rather than derived from `rules` so the yardstick does not move with
#: the code it measures.
PERMISSIVE: frozenset[tuple[str, str]] = frozenset(
    {
        ("consent", "yes"),
        ("partner_consent", "yes"),
        ("customer", "yes"),
        ("ongoing_contract", "yes"),
        ("related_offer", "yes"),
        ("informed", "yes"),
        ("callback", "yes"),
        ("audience", "b2b"),
        ("address", "generic"),
        ("sector", "other"),
        ("objected", "no"),
        ("bloctel", "no"),
    }
)
#: Facts of the answer that are not read from the question's words about the case.
_NOT_SCORED = frozenset({"contact"})


def norm(value: Any) -> str:
    """One spelling for a fact value: ``True``/"Yes"/"yes" are the same label."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value).strip().lower()


class Mark(BaseModel):
    """One scored fact of one case: ``tp`` right, ``fp`` a value read wrongly, ``fn`` missed."""

    case: str
    fact: str
    kind: str  # tp | fp | fn
    value: str  # the value read (tp, fp) or expected (fn)
    expected: str | None = None  # what the case labels ("a|b" for a choice, None: not stated)
    evidence: str | None = None  # the span the value was read from, when the answer gives it


def mark_case(
    case_id: str,
    expected: Mapping[str, Any],
    got: Mapping[str, Any],
    evidence: Mapping[str, Any] | None = None,
) -> list[Mark]:
    """Score the facts read for one case against its labels."""
    marks: list[Mark] = []
    evidence = evidence or {}
    for fact, label in expected.items():
        if fact in _NOT_SCORED:
            continue
        read = got.get(fact)
        span = evidence.get(fact)
        span = None if span is None else str(span)
        if label is None:
            if read is not None:
                marks.append(
                    Mark(case=case_id, fact=fact, kind="fp", value=norm(read), evidence=span)
                )
            continue
        accepted = [norm(v) for v in label] if isinstance(label, list) else [norm(label)]
        shown = "|".join(accepted)
        if read is None:
            marks.append(Mark(case=case_id, fact=fact, kind="fn", value=shown, expected=shown))
        else:
            right = norm(read) in accepted
            kind = "tp" if right else "fp"
            marks.append(
                Mark(
                    case=case_id,
                    fact=fact,
                    kind=kind,
                    value=norm(read),
                    expected=shown,
                    evidence=span,
                )
            )
            if not right:  # a wrong value also misses the right one
                marks.append(Mark(case=case_id, fact=fact, kind="fn", value=shown, expected=shown))
    return marks


def unlabelled_permissive(
    case_id: str,
    expected: Mapping[str, Any],
    got: Mapping[str, Any],
    evidence: Mapping[str, Any] | None = None,
) -> list[Mark]:
    """Permissive values read for facts the case does not label: not scored, shown for review.
    When the answer gives evidence spans, a value without one was not read from the question
    (the rules' presumptions, e.g. a sector "other") and is left out."""
    return [
        Mark(
            case=case_id,
            fact=fact,
            kind="unlabelled",
            value=norm(value),
            evidence=None if not evidence else str(evidence[fact]),
        )
        for fact, value in got.items()
        if fact not in expected
        and (fact, norm(value)) in PERMISSIVE
        and (not evidence or evidence.get(fact))
    ]


class Tally(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


class FactReport(BaseModel):
    cases: int
    overall: Tally
    by_fact: dict[str, Tally]
    by_value: dict[str, Tally]  # "fact=value"
    permissive: Tally
    wrong_permissive: list[Mark]
    unlabelled_permissive: list[Mark]

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "overall": self.overall.as_dict(),
            "by_fact": {k: t.as_dict() for k, t in sorted(self.by_fact.items())},
            "by_value": {k: t.as_dict() for k, t in sorted(self.by_value.items())},
            "permissive": self.permissive.as_dict(),
            "wrong_permissive": [m.model_dump(exclude_none=True) for m in self.wrong_permissive],
            "unlabelled_permissive": [
                m.model_dump(exclude_none=True) for m in self.unlabelled_permissive
            ],
        }

    def lines(self) -> list[str]:
        """The report as terminal lines (worst first where it matters)."""
        out = [f"facts: {self.cases} labelled cases, " + _figures(self.overall)]
        p = self.permissive
        out.append("facts: permissive values " + _figures(p) + " (goal: precision >= 0.98)")
        for fact, tally in sorted(self.by_fact.items()):
            out.append(f"  fact {fact}: " + _figures(tally))
        for key, tally in sorted(self.by_value.items()):
            flag = " [permissive]" if tuple(key.split("=", 1)) in PERMISSIVE else ""
            out.append(f"    {key}{flag}: " + _figures(tally))
        for m in self.wrong_permissive:
            span = f' from "{m.evidence}"' if m.evidence else ""
            out.append(
                f"  WRONG PERMISSIVE {m.case}: {m.fact}={m.value}{span} (labelled {m.expected})"
            )
        for m in self.unlabelled_permissive:
            span = f' from "{m.evidence}"' if m.evidence else ""
            out.append(f"  unlabelled permissive {m.case}: {m.fact}={m.value}{span} (not scored)")
        return out


def _figures(t: Tally) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    return f"precision {pct(t.precision)} recall {pct(t.recall)} (tp {t.tp}, fp {t.fp}, fn {t.fn})"


def report(marks: Iterable[Mark], unlabelled: Iterable[Mark], cases: int) -> FactReport:
    overall = Tally()
    by_fact: dict[str, Tally] = defaultdict(Tally)
    by_value: dict[str, Tally] = defaultdict(Tally)
    permissive = Tally()
    wrong: list[Mark] = []
    for m in marks:
        overall.add(m.kind)
        by_fact[m.fact].add(m.kind)
        by_value[f"{m.fact}={m.value}"].add(m.kind)
        if (m.fact, m.value) in PERMISSIVE:
            permissive.add(m.kind)
            if m.kind == "fp":
                wrong.append(m)
    return FactReport(
        cases=cases,
        overall=overall,
        by_fact=dict(by_fact),
        by_value=dict(by_value),
        permissive=permissive,
        wrong_permissive=wrong,
        unlabelled_permissive=list(unlabelled),
    )
