"""`gardefou ask`, `chat` and `eval` on the real rules (one-passage retrieval stand-in)."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import main


@pytest.fixture
def cli(pipeline, monkeypatch, capsys):
    import bot.pipeline

    monkeypatch.setattr(bot.pipeline, "get_pipeline", lambda settings=None: pipeline)

    def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            main(list(argv))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_ask_json(cli):
    code, out, _ = cli(
        "ask",
        "--json",
        "--date",
        "2026-11-23",
        "Je peux envoyer un SMS à un particulier sans son accord ?",
    )
    assert code == 0
    answer = json.loads(out)
    assert answer["verdict"] == "forbidden" and answer["date"] == "2026-11-23"
    assert answer["legal_basis"] and answer["citations"]


def test_ask_text_output_shows_the_verdict(cli):
    code, out, _ = cli("ask", "--lang", "en", "Can I email consumers who never opted in?")
    assert code == 0 and out.startswith("Forbidden")


def test_ask_stream_answers_each_line_in_order(cli):
    lines = "Je peux envoyer un mail ?\n\nQuelle est la météo ?\nCan I email contact@acme.com our brochure?\n"
    code, out, _ = cli("ask", "--json", "-", stdin=lines)
    answers = [json.loads(line) for line in out.splitlines()]
    # one line out per line in, a blank one answered by an error object (issue 15)
    verdicts = [a.get("verdict", "error") for a in answers]
    assert code == 0 and verdicts == ["needs_info", "error", "out_of_scope", "allowed"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("ask", "--lang", "de", "Bonjour"), "--lang"),
        (("ask", "--date", "demain", "Bonjour"), "--date"),
        (("ask",), "no question"),
    ],
)
def test_ask_usage_errors_exit_2_with_one_line(cli, argv, needle):
    code, _, err = cli(*argv)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1


def test_chat_keeps_the_thread_between_lines(cli):
    lines = (
        "Je peux envoyer un SMS promo à un particulier qui ne m'a jamais donné son accord ?\n"
        "et si c'est un client qui a acheté chez nous, informé, pour des produits similaires ?\n"
    )
    code, out, _ = cli("chat", "--json", stdin=lines)
    answers = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert code == 0 and [a["verdict"] for a in answers] == ["forbidden", "allowed"]
    assert answers[1]["facts"]["channel"] == "sms"


def test_eval_prints_the_score_and_a_line_per_case(cli, tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {
                "id": "a",
                "kind": "ask",
                "question": "Je peux envoyer un mail ?",
                "verdict_any": ["needs_info"],
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "b",
                "kind": "check",
                "facts": {"channel": "post", "audience": "b2c"},
                "verdict_any": ["forbidden"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = cli("eval", str(cases))
    assert code == 0
    assert "PASS a" in out and "FAIL b" in out
    assert out.strip().splitlines()[-1] == "eval: 1 passed, 1 failed (2 cases)"
    code, out, _ = cli("eval", "--json", str(cases))
    report = json.loads(out)
    assert (report["passed"], report["failed"], report["total"]) == (1, 1, 2)


def test_eval_bad_file_is_a_usage_error(cli, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    code, _, err = cli("eval", str(bad))
    assert code == 2 and "bad.jsonl:1" in err
    code, _, err = cli("eval", str(tmp_path / "missing.jsonl"))
    assert code == 2
