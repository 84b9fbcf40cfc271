"""Properties of the evaluator, on random partial facts (hypothesis).

(a) ``allowed`` is never returned while a decisive fact is unknown: every completion of the
    unknown facts that are not presumed with a duty (tables/presumptions.yaml) stays allowed.
(b) No completion of unknown facts turns a ``forbidden`` into ``allowed`` unless it fills a fact
    that the forbidding rule, or one of its exceptions, names.
(c) ``needs_info`` always asks at least one fact; ``allowed``/``forbidden`` always carry a legal
    basis on an official site; the tables leave no completion without a rule.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import decide
from rules.derive import outcome
from rules.evaluate import build_world, explore, verdicts
from rules.facts import ENUM_FACTS, Facts, parse_facts
from rules.table import presumptions, rule_index

DATES = [
    dt.date(2022, 6, 1),
    dt.date(2023, 6, 1),
    dt.date(2025, 7, 1),
    dt.date(2026, 3, 10),
    dt.date(2026, 8, 10),
    dt.date(2026, 8, 11),
    dt.date(2026, 11, 11),
    dt.date(2026, 11, 24),
]
ON = dt.date(2026, 11, 23)
CASE_FACTS = [f for f in ENUM_FACTS if f not in ("weekday",)]
#: Facts presumed with a duty (the answer tells the rep what to check) or changing the question.
DUTY_PRESUMED = {p.fact for p in presumptions() if p.obligation is not None} | {"action"}
#: Facts a derived fact or a derivation depends on.
DERIVED_FROM = {
    "call_time": {"weekday", "hour", "date"},
    "call_limit": {"calls_30d", "date"},
    "retention_expired": {"last_contact", "date"},
    "action": {"comment_kind"},
    "address": {"contact"},
}
OFFICIAL_HOSTS = ("legifrance.gouv.fr", "eur-lex.europa.eu", "cnil.fr", "curia.europa.eu")
FAST = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _values(fact: str) -> list[str]:
    return [m.value for m in ENUM_FACTS[fact]]


@st.composite
def partial_facts(draw) -> dict[str, str]:
    facts: dict[str, str] = {}
    # Prospecting questions are the ones reps ask; keep the other actions rarer.
    facts["action"] = draw(st.sampled_from([None, None, None, None, "share_list", "crm_comment"]))
    for fact in CASE_FACTS:
        if fact == "action":
            continue
        value = draw(st.one_of(st.none(), st.sampled_from(_values(fact))))
        if value is not None:
            facts[fact] = value
    if facts.get("action") != "crm_comment":
        facts.pop("comment_kind", None)
    if draw(st.booleans()):
        facts["hour"] = str(draw(st.integers(0, 23)))
    if draw(st.booleans()):
        facts["calls_30d"] = str(draw(st.integers(0, 6)))
    facts["date"] = draw(st.sampled_from(DATES)).isoformat()
    return {k: v for k, v in facts.items() if v is not None}


def _verdict(facts: Facts) -> str:
    world = build_world(facts, ON)
    return outcome(world, world.action_date)[0]


def _understood(known: dict[str, str], decision) -> dict[str, str]:
    """The stated facts with what they imply: the facts build_world adds (contact@ -> generic,
    b2b) and the ones the stated facts settle before any presumption (a bought list whose people
    accepted partners' offers has their consent). A completion never contradicts these."""
    understood = decision.facts.known()
    world = build_world(parse_facts(known), ON)
    settled = world.domains(world.action_date, presume=False)
    for fact in CASE_FACTS:
        if fact not in understood and len(settled[fact]) == 1:
            understood[fact] = next(iter(settled[fact]))
    return understood


def _completions(draw, known: dict[str, str], fillable: list[str]) -> tuple[dict, set[str]]:
    filled: dict[str, str] = {}
    for fact in fillable:
        if fact not in known:
            filled[fact] = draw(st.sampled_from(_values(fact)))
    return {**known, **filled}, set(filled)


@FAST
@given(partial_facts(), st.data())
def test_allowed_is_never_a_guess(known: dict[str, str], data) -> None:
    decision = decide(parse_facts(known), ON)
    if decision.verdict.value != "allowed":
        return
    understood = _understood(known, decision)
    fillable = [f for f in CASE_FACTS if f not in DUTY_PRESUMED and f != "comment_kind"]
    if understood.get("action") == "crm_comment":
        fillable.append("comment_kind")
    for _ in range(8):
        completed, filled = _completions(data.draw, understood, fillable)
        assert _verdict(parse_facts(completed)) == "allowed", (known, filled, completed)


def _named_facts(rule_ids: list[str]) -> set[str]:
    index = rule_index()
    named: set[str] = set()
    for rule_id in rule_ids:
        named |= index[rule_id].condition.facts()
        for other in index.values():
            if rule_id in other.exception_of:
                named |= other.condition.facts()
    for derived, sources in DERIVED_FROM.items():
        if derived in named:
            named |= sources
    return named


@FAST
@given(partial_facts(), st.data())
def test_forbidden_stands_unless_a_named_fact_changes(known: dict[str, str], data) -> None:
    decision = decide(parse_facts(known), ON)
    if decision.verdict.value != "forbidden":
        return
    named = _named_facts(decision.rule_ids)
    understood = _understood(known, decision)
    fillable = [f for f in CASE_FACTS if f not in ("action", "comment_kind")]
    for _ in range(8):
        completed, filled = _completions(data.draw, understood, fillable)
        if filled & named:
            continue
        assert _verdict(parse_facts(completed)) == "forbidden", (known, filled, decision.rule_ids)


@FAST
@given(partial_facts())
def test_every_answer_is_complete(known: dict[str, str]) -> None:
    world = build_world(parse_facts(known), ON)
    tree = explore(world.domains(world.action_date), world.action_date)
    assert None not in verdicts(tree), "a completion of these facts has no rule"
    decision = decide(parse_facts(known), ON)
    assert decision.verdict.value in ("allowed", "forbidden", "needs_info")
    if decision.verdict.value == "needs_info":
        assert decision.missing_facts
        assert all(m.question.fr and m.question.en and m.options for m in decision.missing_facts)
    else:
        assert decision.legal_basis
        assert decision.rule_ids
        assert decision.explanation.fr and decision.explanation.en
        assert 1 <= len(decision.topics) <= 3
    for ref in decision.legal_basis:
        assert urlparse(ref.url).hostname.endswith(OFFICIAL_HOSTS), ref.url
    for alt in decision.alternatives:
        assert alt.verdict.value == "allowed"
        changed = parse_facts({**decision.facts.known(), **alt.change})
        assert decide(changed, ON).verdict.value == "allowed"
