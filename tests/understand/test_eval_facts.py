"""`gardefou eval` on cases with `expected_facts`: per-fact precision/recall, permissive values
apart, and the count of wrong `allowed` (real rules, one-passage retrieval stand-in)."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.cli.eval_facts import mark_case, report, unlabelled_permissive


def test_a_permissive_value_read_against_the_label_is_a_false_positive_and_a_miss():
    marks = mark_case(
        "c1", {"consent": "no", "audience": "b2c"}, {"consent": "yes", "audience": "b2c"}
    )
    got = report(marks, [], 1)
    assert got.permissive.fp == 1 and got.permissive.precision == 0.0
    assert got.by_value["consent=no"].fn == 1
    assert got.by_value["audience=b2c"].tp == 1
    assert [m.fact for m in got.wrong_permissive] == ["consent"]


def test_unlabelled_facts_are_not_scored_but_unlabelled_permissive_ones_are_shown():
    expected = {"channel": "email"}
    read = {"channel": "email", "consent": "yes", "source": "form"}
    got = report(mark_case("c", expected, read), unlabelled_permissive("c", expected, read), 1)
    assert (got.overall.tp, got.overall.fp, got.overall.fn) == (1, 0, 0)
    assert got.permissive.tp + got.permissive.fp == 0
    assert [(m.fact, m.value) for m in got.unlabelled_permissive] == [("consent", "yes")]


def test_a_null_label_means_nothing_may_be_read_and_a_list_accepts_any():
    marks = mark_case(
        "c",
        {"consent": None, "source": ["purchased", "rented"]},
        {"consent": "yes", "source": "rented"},
    )
    got = report(marks, [], 1)
    assert got.by_value["consent=yes"].fp == 1 and got.by_value["source=rented"].tp == 1
    assert got.by_fact["consent"].recall is None  # nothing to find: no recall to speak of


def test_missing_facts_lower_recall_not_precision():
    got = report(mark_case("c", {"objected": "no", "bloctel": "yes"}, {}), [], 1)
    assert got.overall.precision is None and got.overall.recall == 0.0
    assert got.by_value["objected=no"].fn == 1


@pytest.fixture
def cli(pipeline, monkeypatch, capsys):
    import bot.pipeline

    monkeypatch.setattr(bot.pipeline, "get_pipeline", lambda settings=None: pipeline)

    def run(*argv: str) -> tuple[int, str]:
        try:
            main(list(argv))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        return code, capsys.readouterr().out

    return run


def _write(tmp_path, *cases):
    path = tmp_path / "cases.jsonl"
    path.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
    )
    return path


def test_eval_reports_facts_and_wrong_allowed(cli, tmp_path):
    path = _write(
        tmp_path,
        {
            "id": "f1",
            "kind": "ask",
            "question": "Je peux envoyer un SMS promo à un particulier qui ne m'a jamais donné son accord ?",
            "verdict_any": ["forbidden"],
            "expected_facts": {"channel": "sms", "audience": "b2c", "consent": "no"},
        },
        {
            # labelled against what the text says, to see a wrong value counted as one
            "id": "f2",
            "kind": "ask",
            "question": "Un particulier a donné son consentement explicite pour recevoir nos offres par e-mail, on peut lui écrire ?",
            "verdict_any": ["forbidden"],
            "expected_facts": {"channel": "email", "consent": "no"},
        },
    )
    code, out = cli("eval", str(path))
    lines = out.strip().splitlines()
    assert code == 0 and lines[-1] == "eval: 1 passed, 1 failed (2 cases)"
    assert "wrong allowed: 1" in lines
    assert any(line.startswith("facts: permissive values precision 0.000") for line in lines)
    assert any("WRONG PERMISSIVE f2: consent=yes" in line for line in lines)
    assert any("channel=sms: precision 1.000" in line for line in lines)

    code, out = cli("eval", "--json", str(path))
    data = json.loads(out)
    assert data["wrong_allowed"] == 1
    assert data["facts"]["permissive"]["fp"] == 1
    assert data["facts"]["by_value"]["audience=b2c"]["tp"] == 1
    assert data["cases"][0]["facts"]["channel"] == "sms"


def test_eval_without_labelled_facts_prints_no_fact_report(cli, tmp_path):
    path = _write(
        tmp_path,
        {
            "id": "a",
            "kind": "ask",
            "question": "Quelle est la météo demain ?",
            "verdict_any": ["out_of_scope"],
        },
    )
    code, out = cli("eval", str(path))
    assert code == 0 and "facts:" not in out and "wrong allowed: 0" in out
    assert out.strip().splitlines()[-1] == "eval: 1 passed, 0 failed (1 cases)"


def test_an_ask_case_may_label_its_facts_under_facts():
    from bot.cli.eval_cmd import Case

    ask = Case(id="a", kind="ask", question="q ?", verdict_any=["info"], facts={"channel": "sms"})
    check = Case(id="c", kind="check", facts={"channel": "sms"}, verdict_any=["allowed"])
    both = Case(
        id="b",
        kind="ask",
        question="q ?",
        verdict_any=["info"],
        facts={"channel": "sms"},
        expected_facts={"channel": "email"},
    )
    assert ask.labelled_facts == {"channel": "sms"} and check.labelled_facts is None
    assert both.labelled_facts == {"channel": "email"}


def test_an_unlabelled_value_with_no_span_was_not_read_and_is_not_listed():
    read = {"sector": "other", "consent": "yes"}
    spans = {"consent": "ils ont accepté"}
    listed = unlabelled_permissive("c", {}, read, spans)
    assert [(m.fact, m.evidence) for m in listed] == [("consent", "ils ont accepté")]
