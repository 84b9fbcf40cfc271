"""General questions (retention, access requests, breaches, transfers, fines…): ``inform`` gives
the figures in force on a date with their legal basis, as a Decision of verdict ``info``."""

from __future__ import annotations

import datetime as dt
from functools import cache

from pydantic import BaseModel, ConfigDict

from rules.decision import Decision, Text, TraceStep, Verdict
from rules.facts import Facts
from rules.figures import fill
from rules.table import Rule, _load_yaml, ref_on, ref_version, references


class InfoTopic(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    rule_ids: tuple[str, ...]
    title: Text
    explanation: Text
    obligations: tuple[Text, ...] = ()
    basis: tuple[str, ...]
    topics: tuple[str, ...]
    #: a practice described and judged (a retention restarted at each update) is forbidden
    verdict: Verdict = Verdict.info


@cache
def info_topics() -> dict[str, InfoTopic]:
    found = {key: InfoTopic(**raw) for key, raw in _load_yaml("info").items()}
    for key, topic in found.items():
        unknown = [b for b in topic.basis if b not in references()]
        if unknown:
            raise ValueError(f"info topic {key}: unknown legal basis {unknown}")
    return found


#: topic id -> short title
INFO_TOPICS: dict[str, Text] = {key: t.title for key, t in info_topics().items()}


class UnknownTopic(KeyError):
    pass


def inform(topic: str, on: dt.date) -> Decision:
    """The figures and legal basis of a general topic (an ``INFO_TOPICS`` key) on ``on``."""
    try:
        entry = info_topics()[topic]
    except KeyError:
        raise UnknownTopic(f"unknown topic {topic!r}; known: {', '.join(INFO_TOPICS)}") from None
    return Decision(
        verdict=entry.verdict,
        date=on,
        facts=Facts(),
        rule_ids=list(entry.rule_ids),
        explanation=fill(entry.explanation, on),
        legal_basis=[ref_on(b, on) for b in entry.basis],
        obligations=[fill(t, on) for t in entry.obligations],
        to_confirm=unconfirmed([], list(entry.basis), on),
        trace=[TraceStep(rule_id=r, fired=True, note=f"info:{topic}") for r in entry.rule_ids],
        topics=list(entry.topics)[:3],
    )


def unconfirmed(rules: list[Rule], ref_ids: list[str], on: dt.date) -> list[Text]:
    """The points an answer rests on that are still to confirm: the rules' own reported points,
    or, when no rule has one, the legal bases (in their wording on ``on``) not read in the
    official text."""
    found: list[Text] = []
    for rule in rules:
        if rule.status == "to_confirm" and rule.to_confirm is not None:
            point = Text(
                fr=f"{rule.id} — {rule.to_confirm.fr}", en=f"{rule.id} — {rule.to_confirm.en}"
            )
            if point not in found:
                found.append(point)
    if found:
        # The rules' own points already name the unread texts; listing every basis again made
        # one warning of six near-identical items that reps skip.
        return found
    for ref_id in dict.fromkeys(ref_ids):
        version = ref_version(ref_id, on)
        if version.status == "to_confirm":
            point = Text(fr=version.label, en=version.label)
            if point not in found:
                found.append(point)
    return found
