"""Operational logs (bot/logging_setup.py): JSON on demand, and never a rep's question or contact."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging

import pytest

from bot.answer import Answer
from bot.logging_setup import configure_logging, log_answer
from rules.decision import Verdict

QUESTION = "Puis-je appeler jean.dupont@acme.fr au 06 12 34 56 78 ?"


@pytest.fixture
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    yield stream
    for handler in list(root.handlers):
        if getattr(handler, "_gardefou_handler", False):
            root.removeHandler(handler)
    root.setLevel(level)


def _answer() -> Answer:
    return Answer(
        verdict=Verdict("forbidden"),
        summary="Interdit : jean.dupont@acme.fr n'a pas consenti.",
        language="fr",
        date=dt.date(2026, 11, 23),
        facts={"channel": "email", "contact": "jean.dupont@acme.fr"},
        rule_ids=["R1", "R16.consent"],
    )


def test_json_format_writes_one_object_per_line_with_verdict_rules_and_timing(captured):
    configure_logging(fmt="json", stream=captured)
    log_answer(logging.getLogger("gardefou.test"), _answer(), surface="slack", seconds=0.1234)
    entry = json.loads(captured.getvalue().strip())
    assert entry["verdict"] == "forbidden"
    assert entry["rule_ids"] == ["R1", "R16.consent"]
    assert entry["surface"] == "slack"
    assert entry["duration_ms"] == 123.4
    assert entry["level"] == "info" and "time" in entry


def test_an_answer_line_carries_neither_the_summary_nor_the_facts(captured):
    configure_logging(fmt="json", stream=captured)
    log_answer(logging.getLogger("gardefou.test"), _answer(), surface="cli", seconds=0.01)
    line = captured.getvalue()
    assert "jean.dupont" not in line and "consenti" not in line and "email" not in line


def test_extra_fields_outside_the_safe_list_are_dropped(captured):
    configure_logging(fmt="json", stream=captured)
    logging.getLogger("gardefou.test").info(
        "asked", extra={"question": QUESTION, "user": "U024BE7LH", "verdict": "allowed"}
    )
    entry = json.loads(captured.getvalue())
    assert "question" not in entry and "user" not in entry
    assert entry["verdict"] == "allowed"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_contacts_and_user_ids_that_reach_a_message_are_masked(captured, fmt):
    configure_logging(fmt=fmt, stream=captured)
    logging.getLogger("gardefou.test").warning("lookup failed for %s (%s)", QUESTION, "U024BE7LH")
    out = captured.getvalue()
    assert "jean.dupont@acme.fr" not in out
    assert "06 12 34 56 78" not in out
    assert "U024BE7LH" not in out
    assert "<EMAIL>" in out and "<NUMBER>" in out


def test_a_traceback_is_logged_masked(captured):
    configure_logging(fmt="json", stream=captured)
    try:
        raise ValueError(f"bad contact {QUESTION}")
    except ValueError:
        logging.getLogger("gardefou.test").exception("could not answer")
    entry = json.loads(captured.getvalue())
    assert entry["error"] == "ValueError"
    assert "jean.dupont" not in entry["traceback"]


def test_configuring_twice_keeps_one_handler(captured):
    configure_logging(fmt="text", stream=captured)
    configure_logging(fmt="json", stream=captured)
    logging.getLogger("gardefou.test").info("once")
    assert captured.getvalue().count("once") == 1


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="text or json"):
        configure_logging(fmt="xml")
