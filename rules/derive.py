"""What a memo would not give at once, derived from the rules rather than written by hand:

- ``alternatives``: the smallest changes of facts that turn a forbidden / needs_info into an
  allowed — single changes of what the rep can act on first (waiting for a permitted slot or for
  older calls to leave the 30-day window, consent, channel, offer…), then pairs when no single
  change works;
- ``changes_over_time``: for the same facts, the verdict on each side of the dates within twelve
  months where a rule or a parameter comes into or leaves force;
- ``rank_questions``: the order in which a ``needs_info`` asks its facts, the one that settles
  most first (a rep is asked ``ASK_AT_ONCE`` at a time; the rest after the answer).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from rules.calendar import is_public_holiday
from rules.decision import Alternative, ChangeOverTime, Text, Verdict
from rules.evaluate import Tree, World, build_world, explore, leaves, regions, verdicts
from rules.facts import Facts
from rules.params import boundaries, param
from rules.table import change_phrases, questions, rule_boundaries

MAX_ALTERNATIVES = 4
#: Questions put to the rep at once; the others come with the next answer.
ASK_AT_ONCE = 2
WINDOW = dt.timedelta(days=365)

#: Changes a rep can make, most useful first.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("consent", "yes"),
    ("channel", "post"),
    ("related_offer", "yes"),
    ("informed", "yes"),
    ("address", "professional"),
    ("partner_consent", "yes"),
    ("advantage_without_consent", "yes"),
    ("source", "form"),
    ("comment_kind", "factual"),
    ("ongoing_contract", "yes"),
    ("channel", "email"),
    ("channel", "phone"),
    ("audience", "b2b"),
)


def outcome(world: World, law_date: dt.date) -> tuple[str, str]:
    """(verdict, first deciding rule id) for a world on a law date."""
    tree = explore(world.domains(law_date), law_date)
    found = verdicts(tree)
    first = next((leaf.rules[0].id for leaf in leaves(tree) if leaf.rules), "")
    if len(found) == 1:
        verdict = next(iter(found))
        return (verdict or Verdict.out_of_scope.value), first
    return Verdict.needs_info.value, first


def _timing_candidates(world: World, law_date: dt.date) -> list[tuple[str, str]]:
    """Waiting: for the next permitted slot, or until older calls leave the 30-day window."""
    dom = world.domains(law_date, presume=False)
    found: list[tuple[str, str]] = []
    limit = param("phone/max_calls", law_date)
    if dom["call_limit"] == frozenset({"reached"}) and limit:
        found.append(("calls_30d", str(limit["calls"] - 1)))
    if dom["call_time"] != frozenset({"outside"}):
        return found
    hour = world.facts.hour
    if hour is not None and not (10 <= hour < 13 or 14 <= hour < 20):
        found.append(("hour", "10" if hour < 13 else "14"))
    if world.facts.date is not None:
        day = world.facts.date + dt.timedelta(days=1)
        while day.weekday() >= 5 or is_public_holiday(day):
            day += dt.timedelta(days=1)
        if day != world.facts.date:
            found.append(("date", day.isoformat()))
    elif world.facts.weekday is not None and world.facts.weekday.value in ("saturday", "sunday"):
        found.append(("weekday", "monday"))
    return found


def _phrase(change: dict[str, str]) -> Text:
    phrases = change_phrases()
    fr, en = [], []
    for key, value in change.items():
        text = phrases.get(f"{key}={value}") or phrases.get(key)
        if text is None:
            text = Text(fr=f"{key} = {value}", en=f"{key} = {value}")
        fr.append(text.fr.replace("{value}", value))
        en.append(text.en.replace("{value}", value))
    return Text(fr=" et ".join(fr), en=" and ".join(en))


def alternatives(facts: Facts, on: dt.date, law_date: dt.date) -> list[Alternative]:
    from rules.table import rule_index

    world = build_world(facts, on)
    base = world.facts
    crm = base.action is not None and base.action.value == "crm_comment"
    singles = _timing_candidates(world, law_date) + [
        (k, v)
        for k, v in CANDIDATES
        if (getattr(base, k) is None or getattr(base, k).value != v)
        and (k == "comment_kind") == crm  # a CRM comment is fixed by its wording, nothing else
    ]

    def allowed_with(change: dict[str, str]) -> str | None:
        from rules.facts import parse_facts

        changed = parse_facts({**{k: v for k, v in base.known().items()}, **change})
        verdict, rule_id = outcome(build_world(changed, on), law_date)
        return rule_id if verdict == Verdict.allowed.value else None

    found: list[Alternative] = []
    for combo_size in (1, 2):
        combos: Any = (
            [[c] for c in singles] if combo_size == 1 else itertools.combinations(singles, 2)
        )
        for combo in combos:
            keys = [k for k, _ in combo]
            if len(set(keys)) < len(keys):
                continue
            change = dict(combo)
            rule_id = allowed_with(change)
            if rule_id is None:
                continue
            rule = rule_index()[rule_id]
            how = _phrase(change)
            found.append(
                Alternative(
                    change=change,
                    verdict=Verdict.allowed,
                    explanation=Text(
                        fr=f"Autorisé {how.fr} ({rule_id} : {rule.title.fr}).",
                        en=f"Allowed {how.en} ({rule_id}: {rule.title.en}).",
                    ),
                )
            )
            if len(found) >= MAX_ALTERNATIVES:
                return found
        if found:
            return found
    return found


def changes_over_time(facts: Facts, on: dt.date, law_date: dt.date) -> list[ChangeOverTime]:
    """Where, within twelve months of ``law_date``, the same facts get another verdict.

    The window is cut at every date a rule or a parameter changes. Listed: the first period if
    its verdict differs from the one on ``law_date``, then every period whose verdict differs from
    the period before it (so "allowed until 2026-08-10" reads as the next entry's ``from``).
    """
    world = build_world(facts, on)
    start, end = law_date - WINDOW, law_date + WINDOW
    cuts = sorted(d for d in rule_boundaries() | boundaries() if start < d <= end)
    base_verdict, _ = outcome(world, law_date)
    found: list[ChangeOverTime] = []
    previous: str | None = None
    for i, day in enumerate([start, *cuts]):
        verdict, rule_id = outcome(world, day)
        differs = verdict != base_verdict if i == 0 else verdict != previous
        if differs:
            found.append(ChangeOverTime(**{"from": day}, verdict=Verdict(verdict), rule_id=rule_id))
        previous = verdict
    return found


def settles_alone(world: World, on: dt.date, law_date: dt.date) -> Callable[[str], bool | None]:
    """Whether some answer to a fact, with the facts known, makes the verdict definite: the case
    decided again with that value (presumptions follow the facts stated, so the tree of the
    unknown facts alone cannot tell). None for what is not a fact of its own (a call's time)."""
    from rules.facts import ENUM_FACTS, parse_facts

    known = world.facts.known()

    def check(fact: str) -> bool | None:
        if fact not in ENUM_FACTS:
            return None
        for member in ENUM_FACTS[fact]:
            changed = build_world(parse_facts({**known, fact: member.value}), on)
            if len(verdicts(explore(changed.domains(law_date), law_date))) == 1:
                return True
        return False

    return check


def rank_questions(
    asked: list[str],
    tree: Tree,
    dom: dict[str, frozenset[str]],
    settles: Callable[[str], bool | None] | None = None,
) -> list[str]:
    """``asked`` ordered by how much their answer settles, deterministically:

    1. a fact with a value that alone makes the verdict definite comes first (one answer can
       end the conversation; ``settles`` tells, see ``settles_alone``, else the tree does);
    2. then the fact after whose answer the verdict stays least undecided: for each of its
       values, the share of the remaining completions of the unknown facts that disagree with
       the verdict most of them give, averaged over the values (0 when every value settles it);
    3. ties keep the order a rep thinks in (tables/questions.yaml: what, channel, to whom…).

    Completions are counted exactly (fractions over the tree's regions), so the order does not
    depend on set iteration or float rounding.
    """
    areas = regions(tree)
    involved = sorted({f for _, path in areas for f in path} | set(asked))
    order = list(questions())

    def share(path: dict[str, frozenset[str]], fact: str, value: str) -> Fraction:
        """The share of all completions lying in this region with ``fact`` = ``value``."""
        part = Fraction(1)
        for name in involved:
            allowed = path.get(name, dom[name])
            if name == fact:
                allowed = allowed & {value}
            part *= Fraction(len(allowed), len(dom[name]))
        return part

    def key(fact: str) -> tuple[bool, Fraction, int, str]:
        settled = False
        undecided = Fraction(0)
        values = sorted(dom[fact])
        for value in values:
            mass: dict[str | None, Fraction] = {}
            for verdict, path in areas:
                mass[verdict] = mass.get(verdict, Fraction(0)) + share(path, fact, value)
            total = sum(mass.values(), Fraction(0))
            if not total:
                continue
            alive = [m for m in mass.values() if m]
            settled = settled or len(alive) == 1
            undecided += 1 - max(alive) / total
        exact = settles(fact) if settles is not None else None
        if exact is not None:
            settled = exact
        rank = order.index(fact) if fact in order else len(order)
        return (not settled, undecided / max(len(values), 1), rank, fact)

    return sorted(dict.fromkeys(asked), key=key)
