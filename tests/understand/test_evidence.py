"""Evidence for every fact: the answer to a free-text question says where each fact was read,
as a span of the question typed; facts that came from elsewhere (the thread, inferred) have none.
And understanding does not depend on the pipeline (the import cycle is gone)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from rules.facts import Facts

ROOT = Path(__file__).resolve().parents[2]


def test_each_fact_read_from_the_question_comes_with_its_span(ask):
    question = (
        "Je peux envoyer un mail à un particulier qui a rempli notre formulaire ? "
        "Ils ont accepté de recevoir nos offres."
    )
    a = ask(question)
    assert a.facts["consent"] == "yes"
    assert "accepté" in a.facts_evidence["consent"]
    assert "mail" in a.facts_evidence["channel"]
    assert "formulaire" in a.facts_evidence["source"]
    for key, span in a.facts_evidence.items():
        assert key in a.facts
        assert span in question  # verbatim, as typed (accents and case kept)
    assert "facts_evidence" in a.to_json()


def test_a_fact_from_the_thread_has_no_span_in_the_follow_up(ask):
    context = Facts(channel="email", audience="b2c")
    a = ask("et s'il a donné son accord ?", context=context)
    assert a.facts["channel"] == "email" and a.facts.get("consent") == "yes"
    assert "channel" not in a.facts_evidence
    assert "accord" in a.facts_evidence["consent"]


def test_a_refusal_has_no_evidence(ask):
    assert ask("Quelle est la météo demain à Lyon ?").facts_evidence == {}


def test_understanding_never_imports_the_pipeline():
    for path in (ROOT / "bot" / "understand").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.startswith("bot.pipeline") for n in names), path.name


def test_either_import_order_works_and_understanding_loads_no_pipeline():
    for first, second in (
        ("bot.understand.answer", "bot.pipeline"),
        ("bot.pipeline", "bot.understand"),
    ):
        code = (
            f"import sys, importlib; importlib.import_module({first!r}); "
            f"assert ({first!r} == 'bot.pipeline') or 'bot.pipeline' not in sys.modules; "
            f"importlib.import_module({second!r})"
        )
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
