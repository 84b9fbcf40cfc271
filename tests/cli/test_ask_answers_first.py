"""`gardefou ask "…"` prints its answer before writing the log entry (whose masking may load the
French NER model, ~5 s), and the entry is still written before the process ends."""

from __future__ import annotations

import json

from tests.cli.test_cli_edges import cli, env, real  # noqa: F401  (fixtures)


def test_one_shot_ask_prints_the_answer_before_the_log_is_written(cli, real, monkeypatch, capsys):  # noqa: F811
    printed_before_logging: list[str] = []
    record = real.journal.record

    def record_after_looking(question, answer, **where):  # type: ignore[no-untyped-def]
        printed_before_logging.append(capsys.readouterr().out)
        return record(question, answer, **where)

    monkeypatch.setattr(real.journal, "record", record_after_looking)
    code, _, _ = cli("ask", "--json", "Puis-je envoyer un SMS à un particulier sans son accord ?")
    assert code == 0
    assert json.loads(printed_before_logging[0])["verdict"] == "forbidden"
    entries = real.journal.list(limit=5)
    assert len(entries) == 1 and "SMS" in (entries[0].question or "")
