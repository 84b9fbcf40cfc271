"""General questions (retention, access requests, breaches, transfers, fines…): ``inform`` gives
the figures in force on a date with their legal basis, as a Decision of verdict ``info``."""

from __future__ import annotations

import datetime as dt
from functools import cache

from pydantic import BaseModel, ConfigDict

from rules.decision import Decision, Text, TraceStep, Verdict
from rules.facts import Facts
from rules.figures import fill
from rules.table import _load_yaml, refs


class InfoTopic(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    rule_ids: tuple[str, ...]
    title: Text
    explanation: Text
    obligations: tuple[Text, ...] = ()
    basis: tuple[str, ...]
    topics: tuple[str, ...]


@cache
def info_topics() -> dict[str, InfoTopic]:
    found = {key: InfoTopic(**raw) for key, raw in _load_yaml("info").items()}
    for key, topic in found.items():
        unknown = [b for b in topic.basis if b not in refs()]
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
        verdict=Verdict.info,
        date=on,
        facts=Facts(),
        rule_ids=list(entry.rule_ids),
        explanation=fill(entry.explanation, on),
        legal_basis=[refs()[b] for b in entry.basis],
        obligations=[fill(t, on) for t in entry.obligations],
        trace=[TraceStep(rule_id=r, fired=True, note=f"info:{topic}") for r in entry.rule_ids],
        topics=list(entry.topics)[:3],
    )
