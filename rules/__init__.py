"""Gardefou's law: is this prospecting action allowed, on this date, under French/EU law?

    decide(facts, on) -> Decision    verdict allowed | forbidden | needs_info
    inform(topic, on) -> Decision    verdict info: figures and legal basis for a general question
    INFO_TOPICS                      topic id -> short title

Pure functions: the only I/O is reading the module's own YAML (tables, params, refs) once.

How a verdict is reached (details in rules/evaluate.py):
- ``date`` decides the law in force: ``facts.date`` if stated, else ``on``. A stated ``facts.date``
  also gives the weekday and French public holidays of the action (``holidays`` package); without
  it the weekday is the stated ``weekday`` (if any) and public holidays are not presumed known.
- Three values: a condition on an unknown fact is undecided. The evaluator tries the values of
  the unknown facts a rule depends on; ``needs_info`` exactly when some completions allow and
  others do not, asking only the facts that make the difference; never ``allowed`` while such a
  fact is unknown; ``forbidden`` as soon as every completion forbids.
- Presumptions (rules/tables/presumptions.yaml) are the explicit, reviewable exception: facts a
  rep cannot sensibly be asked every time — objected, sector, source, call day and hour, an
  ongoing contract for a non-customer — are presumed ordinary when unknown, and the answer
  carries the obligation that makes the presumption true ("check the do-not-contact list",
  "call only Mon–Fri 10–13 h / 14–20 h, not on public holidays", "not for energy renovation,
  home adaptation or CPF"…). So "e-mail to a professional, work address, job-related offer,
  informed" is allowed (R3) with those duties, while a stated ``objected=yes`` forbids (R9) and a
  stated Sunday call forbids (R17).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rules.decision import Decision, LegalRef, MissingFact, Text, TraceStep, Verdict
from rules.derive import (
    ASK_AT_ONCE,
    alternatives,
    changes_over_time,
    rank_questions,
    settles_alone,
)
from rules.evaluate import (
    Leaf,
    Tree,
    World,
    build_world,
    decisive_facts,
    explore,
    flipping_facts,
    leaves,
    presumption_duties,
    verdicts,
)
from rules.facts import Facts
from rules.figures import fill
from rules.info import INFO_TOPICS, inform, unconfirmed
from rules.period import over_period
from rules.table import Rule, questions, ref_enacted, ref_on, rules

__all__ = ["INFO_TOPICS", "decide", "inform"]


def decide(
    facts: Facts,
    on: dt.date,
    doubts: frozenset[str] = frozenset(),
    period: tuple[dt.date, dt.date] | None = None,
) -> Decision:
    """The verdict for ``facts`` on the date of the action (``facts.date``, else ``on``).

    ``doubts``: unknown facts the question itself puts in doubt; they are asked, never presumed.
    ``period``: the action's day known only as one day of this period (or one of its two ends):
    the law of each end decides; when they differ, the day is asked (rules/period.py)."""
    if period is not None and facts.date is None:
        first, last = (decide(facts, day, doubts) for day in sorted(period))
        return over_period(first, last, period)
    world = build_world(facts, on, doubts)
    if doubts:
        world = replace(world, doubts=frozenset(doubts))
    law_date = world.action_date
    dom = world.domains(law_date)
    tree = explore(dom, law_date)
    outcome = verdicts(tree)
    all_leaves = leaves(tree)

    if len(outcome) == 1 and None not in outcome:
        verdict = Verdict(next(iter(outcome)))
        deciding = _deciding_rules(all_leaves)
        missing: list[MissingFact] = []
    elif None in outcome and len(outcome) == 1:
        verdict, deciding, missing = Verdict.out_of_scope, [], []
    else:
        verdict = Verdict.needs_info
        deciding = _rules_at_stake(all_leaves)
        asked = _that_matter(decisive_facts(tree), tree, dom)
        ranked = rank_questions(asked, tree, dom, settles_alone(world, on, law_date))
        missing = [_missing(f, law_date) for f in ranked]

    obligations: list[Text] = []
    basis_rules = list(deciding)
    if verdict is Verdict.allowed:
        for rule in deciding:
            obligations.extend(rule.obligations)
        for duty in _duties(world, law_date):
            obligations.extend(duty.obligations)
            basis_rules.append(duty)
    if verdict in (Verdict.allowed, Verdict.needs_info):
        for p in presumption_duties(world, law_date, outcome):
            assert p.obligation is not None
            obligations.append(p.obligation)

    legal_basis = _with_channel_basis(_basis(basis_rules, law_date), world, law_date, verdict)
    return Decision(
        verdict=verdict,
        date=law_date,
        facts=world.facts,
        rule_ids=[r.id for r in deciding],
        explanation=_explanation(verdict, deciding, missing, law_date),
        legal_basis=legal_basis,
        obligations=_dedupe([fill(t, law_date) for t in obligations]),
        missing_facts=missing,
        alternatives=(
            alternatives(world.facts, on, law_date)
            if verdict in (Verdict.forbidden, Verdict.needs_info)
            else []
        ),
        changes_over_time=changes_over_time(world.facts, on, law_date),
        warnings=list(world.notes),
        to_confirm=unconfirmed(basis_rules, [r.id for r in legal_basis], law_date),
        trace=_trace(world, law_date, deciding),
        topics=_dedupe_str([r.topic for r in deciding])[:3],
    )


def _that_matter(candidates: list[str], tree: Tree, dom: dict[str, frozenset[str]]) -> list[str]:
    """Keep the facts whose answer alone can flip the verdict: a fact split on in the tree may
    still be idle (consent, for an energy-renovation call that only a contract could allow)."""
    flipping = flipping_facts(tree, dom)
    return [f for f in candidates if f in flipping] or candidates


def _deciding_rules(all_leaves: list[Leaf]) -> list[Rule]:
    """Rules deciding in every completion; if none is common, all the deciding ones."""
    common = [r for r in all_leaves[0].rules if all(r in leaf.rules for leaf in all_leaves)]
    return common or _rules_at_stake(all_leaves)


def _rules_at_stake(all_leaves: list[Leaf]) -> list[Rule]:
    found: list[Rule] = []
    for leaf in all_leaves:
        for rule in leaf.rules[:1]:
            if rule not in found:
                found.append(rule)
    return found


def _duties(world: World, law_date: dt.date) -> list[Rule]:
    dom = world.domains(law_date)
    return [
        r
        for r in rules()
        if r.verdict == "duty" and r.in_force(law_date) and r.condition.eval(dom) is True
    ]


def _missing(fact: str, law_date: dt.date) -> MissingFact:
    q = questions()[fact]
    # a question may name the figure in force ("kept {prospect_years} years from it")
    return MissingFact(fact=fact, question=fill(q.question, law_date), options=list(q.options))


def _basis(deciding: list[Rule], law_date: dt.date) -> list[LegalRef]:
    """The rules' legal bases, each in the wording in force on the day of the action; a text
    not yet enacted that day (L.223-8 before 2 July 2025) is not cited."""
    found: list[LegalRef] = []
    for rule in deciding:
        for ref_id in rule.basis:
            if not ref_enacted(ref_id, law_date):
                continue
            ref = ref_on(ref_id, law_date)
            if ref not in found:
                found.append(ref)
    return found


def _with_channel_basis(
    found: list[LegalRef], world: World, law_date: dt.date, verdict: Verdict
) -> list[LegalRef]:
    """Every verdict on a call cites L.223-1, on an electronic message L.34-5: the text that
    frames the channel, even when another rule (an objection, scraping) decided."""
    channel = world.facts.channel
    if verdict not in (Verdict.allowed, Verdict.forbidden) or channel is None:
        return found
    if channel.value == "phone":
        needle, ref_id = "L.223-1", "conso_l223_1"
    elif channel.value in ("email", "sms", "fax", "automated_call", "social_dm"):
        needle, ref_id = "L.34-5", "cpce_l34_5"
    else:
        return found
    if any(needle in ref.ref for ref in found):
        return found
    return [*found, ref_on(ref_id, law_date)]


def _explanation(
    verdict: Verdict, deciding: list[Rule], missing: list[MissingFact], law_date: dt.date
) -> Text:
    if verdict is Verdict.needs_info:
        # Ask little: the questions that settle most now, the others with the next answer.
        asked_fr = " ; ".join(m.question.fr for m in missing[:ASK_AT_ONCE])
        asked_en = " ".join(m.question.en for m in missing[:ASK_AT_ONCE])
        stake_fr = ", ".join(f"{r.id} ({r.title.fr})" for r in deciding[:4])
        stake_en = ", ".join(f"{r.id} ({r.title.en})" for r in deciding[:4])
        return Text(
            fr=f"La réponse dépend de faits inconnus : {asked_fr} Règles en jeu : {stake_fr}.",
            en=f"The answer depends on unknown facts: {asked_en} Rules at stake: {stake_en}.",
        )
    if not deciding:
        return Text(
            fr="Aucune règle de prospection ne couvre ce cas.",
            en="No prospecting rule covers this case.",
        )
    whys = [fill(r.why, law_date) for r in deciding[:2]]
    return Text(fr=" ".join(w.fr for w in whys), en=" ".join(w.en for w in whys))


def _trace(world: World, law_date: dt.date, deciding: list[Rule]) -> list[TraceStep]:
    dom = world.domains(law_date)
    steps: list[TraceStep] = []
    for rule in rules():
        holds = rule.condition.eval(dom)
        if holds is False and rule not in deciding:
            continue
        if not rule.in_force(law_date):
            steps.append(
                TraceStep(
                    rule_id=rule.id, fired=False, note=f"not in force on {law_date.isoformat()}"
                )
            )
            continue
        note = "decides" if rule in deciding else ("duty" if rule.verdict == "duty" else "")
        steps.append(TraceStep(rule_id=rule.id, fired=holds, note=note))
    return steps


def _dedupe(texts: list[Text]) -> list[Text]:
    found: list[Text] = []
    for t in texts:
        if t not in found:
            found.append(t)
    return found


def _dedupe_str(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
