"""An action whose day is known only within a period ("en août", "le 4 ou le 18"): the law of
each end of the period is applied; when the verdicts differ, the day is asked.

Pure: the caller hands the two decisions (one per end of the period) and gets the answer back.
"""

from __future__ import annotations

import datetime as dt

from rules.decision import Decision, MissingFact, Text, Verdict
from rules.table import questions, rule_boundaries


def over_period(first: Decision, last: Decision, period: tuple[dt.date, dt.date]) -> Decision:
    """The answer for an action on some day of ``period`` (its ends decided as ``first`` and
    ``last``): the common verdict when both ends agree, else ``needs_info`` asking the day and
    naming the change of the law in between."""
    if first.verdict is last.verdict and first.rule_ids == last.rule_ids:
        return last
    if first.verdict is last.verdict and first.verdict is not Verdict.needs_info:
        return last  # the same verdict on other grounds: the answer does not depend on the day
    start, end = sorted(period)
    changes = sorted(d for d in rule_boundaries() if start < d <= end)
    q = questions()["date"]
    asked = MissingFact(fact="date", question=q.question, options=list(q.options))
    return last.model_copy(
        update={
            "verdict": Verdict.needs_info,
            "rule_ids": _union(first.rule_ids, last.rule_ids),
            "explanation": _why(first, last, changes),
            "legal_basis": _union(first.legal_basis, last.legal_basis),
            # what either end still needs is asked (before the change, Bloctel may matter)
            "missing_facts": [asked, *_missing_of(first, last)],
            "obligations": [],
            "alternatives": [],
        }
    )


def _why(first: Decision, last: Decision, changes: list[dt.date]) -> Text:
    names = {"allowed": ("autorisé", "allowed"), "forbidden": ("interdit", "forbidden")}
    fr_a, en_a = names.get(first.verdict.value, ("à préciser", "to be settled"))
    fr_b, en_b = names.get(last.verdict.value, ("à préciser", "to be settled"))
    if changes:
        on = changes[0]
        return Text(
            fr=f"La règle change le {on:%d/%m/%Y} : avant cette date, c'est {fr_a} "
            f"({', '.join(first.rule_ids)}) ; à partir de cette date, c'est {fr_b} "
            f"({', '.join(last.rule_ids)}). À quelle date exacte l'action a-t-elle eu lieu ?",
            en=f"The rule changes on {on.isoformat()}: before that date it is {en_a} "
            f"({', '.join(first.rule_ids)}); from that date it is {en_b} "
            f"({', '.join(last.rule_ids)}). On what exact date did the action take place?",
        )
    return Text(
        fr=f"Selon le jour de la période, c'est {fr_a} ou {fr_b} : à quelle date exacte ?",
        en=f"Depending on the day in the period, it is {en_a} or {en_b}: on what exact date?",
    )


def _missing_of(first: Decision, last: Decision) -> list[MissingFact]:
    """The facts either end asks for, each once, the date aside."""
    seen: set[str] = {"date"}
    out = []
    for m in (*first.missing_facts, *last.missing_facts):
        if m.fact not in seen:
            seen.add(m.fact)
            out.append(m)
    return out


def _union(a: list, b: list) -> list:
    return [*a, *(x for x in b if x not in a)]
